// Response guards against the cal.com API of today (issue 14): a key cal.com added is an
// `unknown_key` warning (path, keys, "not in this version of the model"), never a failure, in both
// modes, for every response guard and every entry (JS value, JSON text, bytes, Standard Schema);
// `data` stays the typed model; a known field whose type or value changed is still an issue.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';
import { MANAGED_USER, ME, assertFail, assertOk } from './helpers.mjs';

const MODES = [undefined, { mode: 'strict' }, { mode: 'compat' }];
const V1_USER = { id: 3, username: 'carol', name: null, email: 'carol@example.com', timeZone: 'Europe/Paris', weekStart: 'Monday' };
const CREATED = {
  user: MANAGED_USER,
  accessToken: 'at',
  refreshToken: 'rt',
  accessTokenExpiresAt: 1700000000000,
  refreshTokenExpiresAt: 1800000000000,
};
const LIMITS = { perDay: 3, perWeek: null, perMonth: 40, perYear: null };

// name → [valid data, where a new key goes (path), a changed known field ([path, value, code])]
const GUARDS = {
  Me: [ME, [], [['id'], '7', 'invalid_type']],
  ManagedUser: [MANAGED_USER, [], [['timeFormat'], '24', 'invalid_type']],
  CreatedManagedUser: [CREATED, ['user'], [['user', 'id'], null, 'invalid_type']],
  V1User: [V1_USER, [], [['email'], 42, 'invalid_type']],
  BookingLimitsResponse: [LIMITS, [], [['perDay'], 0, 'too_small']],
};

/** A deep copy of `v` with `value` set at `path`. */
function setAt(v, path, key, value) {
  const copy = structuredClone(v);
  let at = copy;
  for (const p of path) at = at[p];
  at[key] = value;
  return copy;
}

const entries = (name) => [
  ['value', (x, o) => cal[`validate${name}`](x, o)],
  ['json text', (x, o) => cal[`validate${name}Json`](JSON.stringify(x), o)],
  ['json bytes', (x, o) => cal[`validate${name}Json`](new TextEncoder().encode(JSON.stringify(x)), o)],
];

describe('response guards: a key cal.com added', () => {
  for (const [name, [good, at]] of Object.entries(GUARDS)) {
    test(`validate${name}: an unknown_key warning in both modes, data unchanged`, () => {
      const drifted = setAt(good, at, 'addedByCalCom', { nested: ['any', 1] });
      for (const [entry, validate] of entries(name)) {
        for (const options of MODES) {
          const r = assertOk(validate(drifted, options), good);
          const label = `${entry} ${JSON.stringify(options)}`;
          assert.equal(r.warnings.length, 1, label);
          const [w] = r.warnings;
          assert.equal(w.code, 'unknown_key', label);
          assert.deepEqual(w.path, [...at, 'addedByCalCom'], label);
          assert.deepEqual(w.keys, ['addedByCalCom'], label);
          assert.match(w.message, /not in this version of the model/, label);
        }
      }
      // parse* returns the typed data; the Standard Schema object succeeds too.
      assert.deepEqual(cal[`parse${name}`](drifted), good);
      const std = cal[`${name}Schema`]['~standard'].validate(drifted);
      assert.deepEqual(std, { value: good });
    });
  }

  test('GET /v2/me with locale (cal.com now lists it) passes and keeps it', () => {
    for (const locale of ['pt-BR', null]) {
      for (const options of MODES) assertOk(cal.validateMe({ ...ME, locale }, options), { ...ME, locale });
    }
    assertFail(cal.validateMe({ ...ME, locale: 'pt_BR' }), [{ code: 'invalid_value', path: ['locale'] }]);
  });

  test('a renamed field: the old one is required, the new one a warning with a did-you-mean', () => {
    const { timeZone, ...rest } = ME;
    const r = cal.validateMe({ ...rest, timezone: timeZone });
    assertFail(r, [{ code: 'required', path: ['timeZone'] }]);
    assert.equal(r.warnings[0].code, 'unknown_key');
    assert.deepEqual(r.warnings[0].suggestions, ['timeZone']);
  });

  test('a key added inside Me.organization is a warning too', () => {
    const org = { id: 1, isPlatform: false };
    for (const options of MODES) {
      const r = assertOk(cal.validateMe({ ...ME, organization: { ...org, slug: 'acme' } }, options), { ...ME, organization: org });
      assert.deepEqual(r.warnings.map((w) => [w.code, w.path]), [['unknown_key', ['organization', 'slug']]]);
    }
  });
});

describe('response guards: a known field that changed', () => {
  for (const [name, [good, , [path, value, code]]] of Object.entries(GUARDS)) {
    test(`validate${name}: ${path.join('.')} = ${JSON.stringify(value)} is a ${code} issue in both modes`, () => {
      const changed = setAt(good, path.slice(0, -1), path.at(-1), value);
      for (const [, validate] of entries(name)) {
        for (const options of MODES) assertFail(validate(changed, options), [{ code, path }]);
      }
    });
  }

  test('secrets in a v1 response stay errors', () => {
    for (const options of MODES) {
      assertFail(cal.validateV1User({ ...V1_USER, twoFactorSecret: 'x' }, options), [{ code: 'forbidden_key', path: ['twoFactorSecret'] }]);
    }
  });
});

describe('request bodies keep their own unknown-key rules', () => {
  test('PATCH /v2/me: strict rejects, compat strips with a warning; v1 rejects in both', () => {
    assertFail(cal.validateUpdateMe({ extra: 1 }), [{ code: 'unrecognized_keys', path: ['extra'] }]);
    assert.equal(cal.validateUpdateMe({ extra: 1 }, { mode: 'compat' }).warnings[0].code, 'stripped_key');
    for (const options of MODES) assertFail(cal.validateV1UserEdit({ extra: 1 }, options), [{ code: 'unrecognized_keys', path: ['extra'] }]);
  });
});
