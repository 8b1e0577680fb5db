// The schemas as documents, held honest by real validators: ajv (draft 2020-12 and draft-07, with
// ajv-formats) runs each generated JSON Schema over every conformance vector and the fuzz corpus,
// next to the validator itself. Everything strict mode accepts, the strict JSON Schema accepts (and
// the same for compat), and every `data` strict and compat return fits the output schema. What the JSON Schema accepts
// and strict rejects is listed below, class by class, and asserted: a new class fails the test.
// The OpenAPI 3.0 targets and the OpenAPI 3.1 document are checked by @readme/openapi-parser.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import { validate as validateOpenApi, compileErrors } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv07 from 'ajv';
import addFormats from 'ajv-formats';

import * as cal from '../../pkg/node.js';
import { ME, MANAGED_USER, ROOT } from './helpers.mjs';

const SCHEMAS = {
  UpdateMeInput: cal.UpdateMeSchema,
  CreateManagedUserInput: cal.CreateManagedUserSchema,
  V1UserCreateInput: cal.V1UserCreateSchema,
  V1UserEditInput: cal.V1UserEditSchema,
  Me: cal.MeSchema,
  ManagedUser: cal.ManagedUserSchema,
  CreatedManagedUser: cal.CreatedManagedUserSchema,
  V1User: cal.V1UserSchema,
  BookingLimitsInput: cal.BookingLimitsSchema,
  TeamBookingLimitsInput: cal.TeamBookingLimitsSchema,
  BookingLimits: cal.BookingLimitsResponseSchema,
};
const VALIDATE_JSON = {
  UpdateMeInput: cal.validateUpdateMeJson,
  CreateManagedUserInput: cal.validateCreateManagedUserJson,
  V1UserCreateInput: cal.validateV1UserCreateJson,
  V1UserEditInput: cal.validateV1UserEditJson,
  Me: cal.validateMeJson,
  ManagedUser: cal.validateManagedUserJson,
  CreatedManagedUser: cal.validateCreatedManagedUserJson,
  V1User: cal.validateV1UserJson,
  BookingLimitsInput: cal.validateBookingLimitsJson,
  TeamBookingLimitsInput: cal.validateTeamBookingLimitsJson,
  BookingLimits: cal.validateBookingLimitsResponseJson,
};
const DTO = {
  UpdateManagedUserInput: 'UpdateMeInput',
  CreateManagedUserInput: 'CreateManagedUserInput',
  schemaUserEditBodyParams: 'V1UserEditInput',
  schemaUserCreateBodyParams: 'V1UserCreateInput',
};
const MODES = ['strict', 'compat'];

/**
 * What the strict JSON Schemas accept and strict mode rejects, as `issue code @ top-level key`
 * of strict's issues, each with why JSON Schema cannot say it. The README lists the same.
 */
const KNOWN_STRICT_GAPS = {
  // The pattern rules out only characters no zone name has; the names are words (and timeZones()):
  // an enum cannot take every casing strict accepts.
  'invalid_time_zone @ timeZone': 'time-zone names beyond their characters',
  // validator.js isURL's host rules (a TLD, no underscores, no trailing dot, …) are a procedure.
  'invalid_format @ avatarUrl': 'isURL beyond the http(s) scheme and the length',
  // Astral characters are one code point (maxLength) and two UTF-16 units (cal.com's .length).
  'too_big @ metadata': 'lengths in UTF-16 units',
  // JSON.parse keeps the last of duplicate keys; a JSON Schema never sees the others.
  duplicate_key: 'duplicate keys',
  // A number JavaScript cannot hold exactly parses to a nearby one.
  'inexact number': 'numbers JavaScript cannot hold exactly',
  // A lone surrogate is a string like any other to JSON Schema.
  invalid_unicode: 'lone surrogates',
  // The 100 kB limit is about the text, not the value.
  body_too_large: 'a body over 102400 bytes',
};

function ajvs() {
  const make = (Ajv) => {
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    return ajv;
  };
  return { 'draft-2020-12': make(Ajv2020.default ?? Ajv2020), 'draft-07': make(Ajv07.default ?? Ajv07) };
}

// One compiled validator per schema, target, mode and io.
const compiled = new Map();
const AJV = ajvs();
function checker(name, target, mode, io) {
  const key = `${name} ${target} ${mode} ${io}`;
  if (!compiled.has(key)) {
    const doc = cal.toJsonSchema(SCHEMAS[name], { target, mode, io });
    compiled.set(key, AJV[target].compile(doc));
  }
  return compiled.get(key);
}

function vectors() {
  const out = [];
  const files = readdirSync(path.join(ROOT, 'tests/vectors')).map((f) => path.join(ROOT, 'tests/vectors', f));
  const shared = '/work/shared/conformance';
  try {
    for (const f of readdirSync(shared)) if (f.endsWith('.json')) files.push(path.join(shared, f));
  } catch {
    // The team's shared folder is optional outside this machine.
  }
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    for (const v of JSON.parse(readFileSync(file, 'utf8'))) {
      const name = DTO[v.dto];
      if (name) out.push({ name, text: JSON.stringify(v.payload), from: path.basename(file) });
    }
  }
  // The response guards have no vectors: the fixtures of the other tests stand in.
  out.push({ name: 'Me', text: JSON.stringify(ME), from: 'helpers' });
  out.push({ name: 'ManagedUser', text: JSON.stringify(MANAGED_USER), from: 'helpers' });
  for (const limits of [{}, { perDay: 3, perWeek: null }, { perDay: 1.5 }, { perYear: 0 }, { perMonth: 2147483648 }]) {
    for (const name of ['BookingLimitsInput', 'TeamBookingLimitsInput']) out.push({ name, text: JSON.stringify(limits), from: 'booking limits' });
  }
  out.push({ name: 'BookingLimits', text: '{"perDay":3,"perWeek":null,"perMonth":null,"perYear":100}', from: 'booking limits' });
  // Two classes the corpus lacks, written out so the list below is seen whole.
  out.push({ name: 'UpdateMeInput', text: '{"name":"\\ud83d"}', from: 'a lone surrogate' });
  out.push({ name: 'UpdateMeInput', text: JSON.stringify({ bio: 'a'.repeat(102_400) }), from: 'a body over 100 kB' });
  return out;
}

function fuzzBodies() {
  const dir = path.join(ROOT, 'fuzz/corpus/json_body');
  let files = [];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  const out = [];
  for (const f of files) {
    const bytes = readFileSync(path.join(dir, f));
    for (const name of Object.keys(SCHEMAS)) out.push({ name, bytes, from: `fuzz ${f}` });
  }
  return out;
}

// A class: the issue code at the top-level key; what does not depend on the field, by code alone.
function classOf(issue) {
  if (['duplicate_key', 'invalid_unicode', 'body_too_large'].includes(issue.code)) return issue.code;
  if (issue.code === 'invalid_type' && /held exactly/.test(issue.message)) return 'inexact number';
  return `${issue.code} @ ${issue.path.length ? issue.path[0] : ''}`;
}

/** Runs every case through the validator and ajv; returns what disagrees. */
function run(cases, target) {
  const counts = { cases: 0, strictAccepted: 0, compatAccepted: 0 };
  const missed = []; // strict accepted, JSON Schema rejected: must stay empty
  const compatMissed = []; // the same for compat mode
  const outputMisfits = [];
  const gaps = new Map(); // class -> example
  for (const c of cases) {
    const body = c.bytes ?? c.text;
    let value;
    try {
      value = JSON.parse(typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, ''));
    } catch {
      continue; // not JSON: nothing for a JSON Schema to see
    }
    counts.cases++;
    for (const mode of MODES) {
      const r = VALIDATE_JSON[c.name](body, { mode });
      const input = checker(c.name, target, mode, 'input');
      const ok = input(value);
      if (r.success) {
        counts[`${mode}Accepted`]++;
        if (!ok) (mode === 'strict' ? missed : compatMissed).push({ ...c, errors: input.errors });
        const output = checker(c.name, target, mode, 'output');
        if (!output(r.data)) outputMisfits.push({ name: c.name, mode, from: c.from, data: r.data, errors: output.errors });
      } else if (mode === 'strict' && ok) {
        for (const i of r.issues) if (!gaps.has(classOf(i))) gaps.set(classOf(i), c.from);
      }
    }
  }
  return { counts, missed, compatMissed, outputMisfits, gaps };
}

const ALL_CASES = [...vectors(), ...fuzzBodies()];

for (const target of ['draft-2020-12', 'draft-07']) {
  describe(`JSON Schema ${target} against the validator`, () => {
    const result = run(ALL_CASES, target);

    test('the corpus is what we think it is', () => {
      assert.ok(result.counts.cases > 5000, JSON.stringify(result.counts));
      assert.ok(result.counts.strictAccepted > 500, JSON.stringify(result.counts));
      console.log(`${target}: ${JSON.stringify(result.counts)}`);
    });

    test('everything strict accepts, the strict JSON Schema accepts', () => {
      assert.deepEqual(
        result.missed.slice(0, 5).map((m) => ({ name: m.name, from: m.from, text: (m.text ?? '').slice(0, 200), errors: m.errors })),
        [],
      );
    });

    test('everything compat accepts, the compat JSON Schema accepts', () => {
      assert.deepEqual(
        result.compatMissed.slice(0, 5).map((m) => ({ name: m.name, from: m.from, text: (m.text ?? '').slice(0, 200), errors: m.errors })),
        [],
      );
    });

    test('every data strict and compat return fits the output schema', () => {
      assert.deepEqual(result.outputMisfits.slice(0, 5), []);
    });

    test('what the JSON Schema accepts and strict rejects is the known list', () => {
      const found = [...result.gaps.keys()].sort();
      const unknown = found.filter((k) => !(k in KNOWN_STRICT_GAPS));
      assert.deepEqual(unknown, [], `new classes: ${unknown.map((k) => `${k} (${result.gaps.get(k)})`).join(', ')}`);
      // Every listed class is seen in this corpus, so the list does not rot.
      const unseen = Object.keys(KNOWN_STRICT_GAPS).filter((k) => !result.gaps.has(k));
      assert.deepEqual(unseen, []);
    });
  });
}

describe('per-field schemas of the fuzz corpus (field_rules)', () => {
  // fuzz/fuzz_targets/field_rules.rs: the first byte picks the rule (index modulo 13).
  const RULES = [
    ['UpdateMeInput', 'timeZone'], ['V1UserEditInput', 'timeZone'], ['UpdateMeInput', 'email'],
    ['UpdateMeInput', 'avatarUrl'], ['UpdateMeInput', 'locale'], ['UpdateMeInput', 'weekStart'],
    ['UpdateMeInput', 'timeFormat'], ['UpdateMeInput', 'defaultScheduleId'], ['UpdateMeInput', 'metadata'],
    null, ['V1UserCreateInput', 'createdDate'], ['V1UserEditInput', 'brandColor'], ['V1UserEditInput', 'email'],
  ];
  test('every value strict accepts fits its property schema', () => {
    const dir = path.join(ROOT, 'fuzz/corpus/field_rules');
    let files = [];
    try {
      files = readdirSync(dir);
    } catch {
      return;
    }
    const ajv = AJV['draft-2020-12'];
    const props = new Map();
    let checked = 0;
    const missed = [];
    for (const f of files) {
      const bytes = readFileSync(path.join(dir, f));
      const rule = bytes.length ? RULES[bytes[0] % RULES.length] : null;
      if (!rule) continue;
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(1));
      } catch {
        continue;
      }
      const [name, field] = rule;
      if (!props.has(`${name}.${field}`)) {
        props.set(`${name}.${field}`, ajv.compile(cal.toJsonSchema(SCHEMAS[name].shape[field])));
      }
      const check = props.get(`${name}.${field}`);
      const values = [text];
      try {
        values.push(JSON.parse(text));
      } catch {
        // only the string
      }
      for (const v of values) {
        const r = SCHEMAS[name].shape[field]['~standard'].validate(v);
        if (r.issues || v === undefined) continue;
        checked++;
        if (!check(v)) missed.push({ field, v: String(v).slice(0, 80), errors: check.errors });
      }
    }
    assert.deepEqual(missed.slice(0, 5), []);
    assert.ok(checked > 50, `${checked} values checked`);
  });
});

describe('toJsonSchema and ~standard.jsonSchema', () => {
  test('Standard JSON Schema is the same generator, in the schema object\'s mode', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const target of ['draft-2020-12', 'draft-07', 'openapi-3.0']) {
        assert.deepEqual(schema['~standard'].jsonSchema.input({ target }), cal.toJsonSchema(schema, { target }), name);
        assert.deepEqual(schema['~standard'].jsonSchema.output({ target }), cal.toJsonSchema(schema, { target, io: 'output' }));
        const compat = schema.withOptions({ mode: 'compat' });
        assert.deepEqual(compat['~standard'].jsonSchema.input({ target }), cal.toJsonSchema(schema, { target, mode: 'compat' }));
      }
    }
  });

  test('a field alone is its property in the parent document, in its mode', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const [field, alone] of Object.entries(schema.shape)) {
        for (const mode of MODES) {
          for (const target of ['draft-2020-12', 'openapi-3.0']) {
            const parent = cal.toJsonSchema(schema, { mode, target, io: 'output' });
            const expected = target === 'openapi-3.0' ? parent.properties[field] : { $schema: parent.$schema, ...parent.properties[field] };
            assert.deepEqual(cal.toJsonSchema(alone, { mode, target, io: 'output' }), expected, `${name}.${field}`);
            assert.deepEqual(alone.withOptions({ mode })['~standard'].jsonSchema.input({ target }), cal.toJsonSchema(alone, { mode, target }));
          }
        }
      }
    }
  });

  test('the documents say what they are', () => {
    const strict = cal.toJsonSchema(cal.UpdateMeSchema);
    assert.equal(strict.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(strict.title, 'UpdateMeInput');
    assert.equal(strict.additionalProperties, false);
    assert.deepEqual(strict.properties.locale.enum.slice(0, 3), ['ar', 'ca', 'de']);
    assert.equal(strict.properties.locale.enum.length, 44); // 43 and null
    assert.deepEqual(strict.properties.weekStart.enum, cal.weekDays());
    assert.deepEqual(strict.properties.timeFormat.enum, [12, 24]);
    assert.equal(strict.properties.metadata.maxProperties, 50);
    assert.match(strict.properties.timeZone.description, /IANA/);
    const compat = cal.toJsonSchema(cal.UpdateMeSchema, { mode: 'compat' });
    assert.equal(compat.additionalProperties, true);
    assert.equal(compat.properties.timeFormat.anyOf.length, 2);
    const out = cal.toJsonSchema(cal.UpdateMeSchema, { mode: 'compat', io: 'output' });
    assert.equal(out.additionalProperties, false);
    assert.deepEqual(out.properties.timeFormat.type, ['integer', 'null']);
    assert.equal(cal.toJsonSchema(cal.MeSchema, { target: 'draft-07' }).$schema, 'http://json-schema.org/draft-07/schema#');
    const oas = cal.toJsonSchema(cal.MeSchema, { target: 'openapi-3.0' });
    assert.equal(oas.$schema, undefined);
    assert.equal(oas.properties.name.nullable, true);
    // Every call is a fresh copy.
    strict.title = 'changed';
    assert.equal(cal.toJsonSchema(cal.UpdateMeSchema).title, 'UpdateMeInput');
  });

  test('misuse throws a TypeError, as the spec asks for unknown targets', () => {
    assert.throws(() => cal.UpdateMeSchema['~standard'].jsonSchema.input({ target: 'draft-04' }), TypeError);
    assert.throws(() => cal.toJsonSchema(cal.UpdateMeSchema, { io: 'both' }), TypeError);
    assert.throws(() => cal.toJsonSchema(cal.UpdateMeSchema, { mode: 'lenient' }), TypeError);
    assert.throws(() => cal.toJsonSchema({}), TypeError);
    assert.throws(() => cal.UpdateMeSchema.shape.timeZone['~standard'].jsonSchema.output({ target: 'draft-04' }), TypeError);
  });
});

describe('OpenAPI', () => {
  test('the OpenAPI 3.1 document validates, in both modes', async () => {
    for (const mode of MODES) {
      const doc = cal.openApiDocument({ mode });
      assert.equal(doc.openapi, '3.1.0');
      const r = await validateOpenApi(structuredClone(doc));
      assert.ok(r.valid, compileErrors(r));
      assert.deepEqual(Object.keys(doc.paths), [
        '/v2/me',
        '/v2/me/booking-limits',
        '/v2/me/team-booking-limits/{teamId}',
        '/v2/oauth-clients/{clientId}/users',
        '/v2/oauth-clients/{clientId}/users/{userId}',
        '/v1/users',
        '/v1/users/{userId}',
      ]);
      assert.deepEqual(doc.components.schemas.UpdateMeInput, (() => {
        const { $schema, ...rest } = cal.toJsonSchema(cal.UpdateMeSchema, { mode });
        return rest;
      })());
    }
  });

  test('every openapi-3.0 target is a valid OpenAPI 3.0 schema object', async () => {
    const schemas = {};
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const mode of MODES) {
        for (const io of ['input', 'output']) {
          schemas[`${name}_${mode}_${io}`] = cal.toJsonSchema(schema, { target: 'openapi-3.0', mode, io });
        }
      }
    }
    const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas } };
    const r = await validateOpenApi(doc);
    assert.ok(r.valid, compileErrors(r));
  });
});
