// The fast path (js/fast.js) may only ever say "valid, unchanged": whenever it accepts a value,
// the core alone must accept it with equal data, no issue and no warning. Bodies are generated
// around every boundary the `Fast` kinds touch (and well past them), for every schema, as JS
// values, as JSON text and as UTF-8 bytes, and for the per-field schemas and checkTimeZone.
//
// `FAST_PATH_FUZZ_SECONDS=N node --test tests/js/fast-path.test.mjs` runs the same properties for
// N seconds with fresh seeds (`make fuzz` does), and prints the seed of any failure.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PKG_DIR } from './helpers.mjs';

const load = (name) => import(pathToFileURL(path.join(PKG_DIR, name)).href);
// The package's own modules, unbundled: the glue (the core alone), the reader and the fast path.
const glue = await load('cal_profile.js');
const wasm = glue.initSync({ module: readFileSync(path.join(PKG_DIR, 'cal_profile_bg.wasm')) });
const { read, encode } = await load('read.js');
const { fastPath } = await load('fast.js');
const { setMemory } = await load('instance.js');
const { plainText, bytesFastMax, BYTES_FAST_MAX } = await load('input.js');
const { SCHEMA, SCHEMAS, LIMITS } = await load('protocol.js');
const cal = await import(pathToFileURL(path.join(PKG_DIR, 'node.js')).href);
setMemory(wasm.memory, Buffer);

const zones = new Set(JSON.parse(glue.__lists()).timeZones);
// Both fast paths the package runs: with native scans alone, reading UTF-8 bodies up to cal.com's
// body limit (browsers, workers: input.js `bytesFastMax` without a Buffer), and with the core's
// plain-text scan for long strings, leaving long UTF-8 bodies to the core (Node, where the entry
// hands over its Buffer).
const fast = fastPath(() => zones, null, () => LIMITS.bodyBytes);
const fastNode = fastPath(() => zones, plainText, bytesFastMax);

// The core's verdict in `mode` (0 strict, 1 compat), every string inlined (no `kept`, no references).
const core = (id, mode, value) => JSON.parse(glue.__validate(id, mode, encode(read(value))));
const coreField = (id, mode, fi, value) => JSON.parse(glue.__validate(id, mode | ((fi + 1) << 1), encode(read(value, 1))));
// A text's data may point at `[start, end]` slices of it, a byte body's at byte ranges (`refs`):
// put the strings back.
const utf8 = new TextDecoder();
function coreJson(id, mode, body) {
  const text = typeof body === 'string';
  const r = JSON.parse(text ? glue.__validateJson(id, mode, body) : glue.__validateBytes(id, mode, body));
  const resolve = (v) => {
    if (Array.isArray(v)) return text ? body.slice(v[0], v[1]) : utf8.decode(body.subarray(v[0], v[1]));
    if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) v[k] = resolve(v[k]);
    return v;
  };
  if (r.refs) {
    r.data = resolve(r.data);
    delete r.refs;
  }
  return r;
}

// ---- a small seeded generator ------------------------------------------------------------------

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const ZONES = [...zones];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Numbers as JSON may spell them: some read back the same, some JSON.parse rounds (which strict
// mode refuses in metadata: JavaScript cannot hold them), one overflows.
const NUMBER_SPELLINGS = [
  '1e5', '100000', '2E1', '24.0', '-0', '0', '1234567890123456', '123456789012345', '9007199254740993',
  '123456789012345678901234567890', '0.1e-400', '1e400', '1.0000000000000001', '-12',
];

function generator(random) {
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => random() < p;
  const units = (n) => {
    const pieces = ['a', 'Z', 'é', '東', '😀', ' ', '"', '\\', '\n', '\u0000', '\ud800', '\udc00', '-', '_'];
    const plain = ['a', 'b', 'é', '東', '😀', ' ', 'x'];
    let s = '';
    const from = chance(0.8) ? plain : pieces;
    while (s.length < n) s += pick(from);
    return s.slice(0, n);
  };
  const near = (limit) => pick([0, 1, limit - 1, limit, limit + 1, int(limit + 2)]);
  const number = () =>
    pick([0, -0, 1, -1, 12, 24, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e21, 5e-324, NaN, Infinity, -Infinity, int(1000)]);
  const zone = () => {
    const z = pick(ZONES);
    return pick([z, z, z.toLowerCase(), z.toUpperCase(), z + ' ', 'US/Eastern', 'Asia/Calcutta', 'UTC', 'utc', 'Not/AZone', '']);
  };
  const key = () => pick(['plan', 'seats', '', units(near(LIMITS.metadataKeyLength)), pick(['constructor', '__proto__', 'toString', 'prototype', 'valueOf']), '1', '01', 'a.b']);
  const metadataValue = () => {
    switch (int(8)) {
      case 0:
      case 1:
        return units(near(LIMITS.metadataValueLength));
      case 2:
        return units(int(20));
      case 3:
        return number();
      case 4:
        return chance(0.5);
      case 5:
        return pick([null, undefined, [], {}, { a: 1 }, new Date(0), 10n]);
      default:
        return pick(['pro', 'x', '']);
    }
  };
  const metadata = () => {
    if (chance(0.05)) return pick([null, [], 'x', 1, new Map()]);
    const n = chance(0.1) ? near(LIMITS.metadataKeys) : int(8);
    const o = chance(0.05) ? Object.create(null) : {};
    for (let i = 0; i < n; i++) {
      const k = chance(0.7) ? `k${i}` : key();
      Object.defineProperty(o, k, { value: metadataValue(), enumerable: true, writable: true, configurable: true });
    }
    return o;
  };
  const anyValue = () =>
    pick([
      () => units(int(30)),
      () => units(near(LIMITS.emailLength)),
      number,
      () => chance(0.5),
      () => null,
      () => undefined,
      zone,
      () => pick(DAYS),
      () => pick(DAYS).toLowerCase(),
      () => pick(cal.locales()),
      () => pick(['pt_BR', 'EN', 'en-US', 'xx']),
      () => pick(['alice@example.com', 'a@b', 'Alice@Example.COM', 'x'.repeat(250) + '@a.io']),
      () => pick(['https://example.com/a.png', 'http://x', 'ftp://x', 'https://' + 'a'.repeat(2100)]),
      metadata,
      () => pick(['12', '24', 12, 24, 13]),
      () => pick(['2024-05-01', '2024-05-01T10:00:00.000Z', '2024-02-30']),
      () => pick([{}, [], { id: 1, isPlatform: false }]),
    ])();
  /** A body for schema `id`: mostly its own fields with plausible values, sometimes anything. */
  const body = (id) => {
    const fields = SCHEMAS[id].fields;
    const o = {};
    for (const f of fields) {
      if (chance(0.35)) continue;
      o[f.name] = chance(0.75) ? plausible(f) : anyValue();
    }
    if (chance(0.1)) o[pick(['timezone', 'extra', '__proto__', 'Name'])] = anyValue();
    return o;
  };
  const plausible = (f) => {
    const kind = f.fast === null ? 0 : f.fast[0];
    switch (kind) {
      case 1: // TEXT
        return chance(0.9) ? units(int(40)) : anyValue();
      case 2: // ONE_OF
        return chance(0.9) ? pick(f.fast[1]) : anyValue();
      case 3: // INT_RANGE
        return pick([f.fast[1], f.fast[2], f.fast[2] + 1, f.fast[1] - 1, 1 + int(100), 2.5, -0]);
      case 7: // TIME_ZONE
        return zone();
      case 8: // METADATA
        return metadata();
      default:
        return anyValue();
    }
  };
  /**
   * JSON texts of a body, some exactly JSON.stringify's, some written another way: each way the
   * fast path's token scan and member count must notice (or may let through, when the core reads
   * it the same), alone and combined so that one could hide another.
   */
  const texts = (value) => {
    let s;
    try {
      s = JSON.stringify(value) ?? 'null';
    } catch {
      return null; // a BigInt: no JSON text
    }
    const respell = [
      (t) => t.replace(/([,:{[])"/g, '$1\n "'),
      (t) => '\ufeff' + t,
      (t) => t + ' ',
      (t) => t.replace(/:24\b/, ':24.0').replace(/:12\b/, ':1.2e1'),
      // One of its numbers, picked at random, written another way: some read back the same, some
      // are numbers JSON.parse rounds (which strict mode refuses in metadata).
      (t) => {
        const at = [...t.matchAll(/:(-?\d[\d.eE+-]*)(?=[,}])/g)];
        if (at.length === 0) return t;
        const m = pick(at);
        const spelled = pick([...NUMBER_SPELLINGS, `${m[1]}.0`, `${m[1]}e0`]);
        return `${t.slice(0, m.index)}:${spelled}${t.slice(m.index + m[0].length)}`;
      },
      // A metadata number (any finite one passes), in each spelling.
      (t) => t.replace(/"metadata":\{/, `"metadata":{"n0":${pick(NUMBER_SPELLINGS)},`),
      // A duplicate key, before or after the kept one, at the top or in metadata.
      (t) => t.replace(/^\{/, '{"name":"dup",'),
      (t) => t.replace(/}$/, ',"name":"Alice"}'),
      (t) => t.replace(/"metadata":\{/, '"metadata":{"k0":"dup",'),
      (t) => t.replace(/"metadata":\{"([^"]*)":/, '"metadata":{"$1":1,"$1":'),
      // Strings that begin with a colon (which a count of `":` would take for keys), alone and
      // beside a duplicate (an extra count must not make up for the dropped member).
      (t) => t.replace(/"metadata":\{/, '"metadata":{"c0":":x",":k":2,'),
      (t) => t.replace(/^\{/, '{"name":":dup",'),
      (t) => t.replace(/"metadata":\{"([^"]*)":/, '"metadata":{"$1":":1","$1":'),
      // Escapes that JSON.parse reads as the same text, or not.
      (t) => t.replace(/"Monday"/, '"\\u004donday"'),
      (t) => t.replace(/\//, '\\/'),
      (t) => t.replace(/"([^"]*)":/, '"$1" :'),
      (t) => t.replace(/,/, ', '),
      // Keys a JS object orders differently from the text (integer-like keys come first).
      (t) => t.replace(/"metadata":\{/, '"metadata":{"1":"one",'),
    ];
    // Whitespace or a shorter number beside a duplicate: the pair must not cancel out.
    const a = pick(respell);
    const b = pick(respell);
    return { text: s, respell, others: [a(s), b(a(s))] };
  };
  return { body, texts, zone, int, pick };
}

// ---- the properties ------------------------------------------------------------------------------

const clean = (r) => r.success === true && r.warnings.length === 0;
// Equal data, the same key order too (JSON.stringify follows it).
function sameData(fastData, coreData, what) {
  assert.deepStrictEqual(fastData, coreData, what);
  assert.equal(JSON.stringify(fastData), JSON.stringify(coreData), what);
}

// The two fast paths answer alike (the scan only replaces native scans): their common answer.
function both(ask, what) {
  const answer = ask(fast);
  assert.deepStrictEqual(ask(fastNode), answer, `${what}: the fast paths with and without the core's scan disagree`);
  return answer;
}

function checkBody(id, mode, value, stats) {
  const data = both((f) => f.body(id, mode, read(value)), `schema ${id} mode ${mode}`);
  if (data === undefined) {
    stats.declined++;
    return;
  }
  stats.accepted++;
  const r = core(id, mode, value);
  const what = `mode ${mode} schema ${id} body ${String(JSON.stringify(value)).slice(0, 300)}`;
  assert.ok(clean(r), `${what}: the fast path accepted what the core answers ${JSON.stringify(r).slice(0, 400)}`);
  sameData(data, r.data, what);
}

// Both fast paths read every text and UTF-8 body up to BYTES_FAST_MAX, and must answer alike; a
// longer body only the browsers' does (Node's core reads it faster), and each answer stands on
// its own.
function checkJson(id, mode, text, stats) {
  for (const input of [text, new TextEncoder().encode(text)]) {
    const what = `mode ${mode} schema ${id} JSON ${JSON.stringify(text.slice(0, 300))}`;
    const answers = [fast.json(id, mode, input), fastNode.json(id, mode, input)];
    if (typeof input === 'string' || input.length <= BYTES_FAST_MAX) {
      assert.deepStrictEqual(answers[1], answers[0], `${what}: the fast paths disagree`);
    } else {
      assert.equal(answers[1], undefined, `${what}: Node's fast path read a body past ${BYTES_FAST_MAX} bytes`);
    }
    let r;
    for (const data of answers) {
      if (data === undefined) {
        stats.declined++;
        continue;
      }
      stats.accepted++;
      if (input.length > BYTES_FAST_MAX) stats.long = (stats.long ?? 0) + 1;
      r ??= coreJson(id, mode, input);
      assert.ok(clean(r), `${what}: the fast path accepted what the core answers ${JSON.stringify(r).slice(0, 400)}`);
      sameData(data, r.data, what);
    }
  }
}

function checkField(id, mode, fi, value, stats) {
  const plain = both((f) => f.field(id, mode, fi, read(value, 1)), `schema ${id} mode ${mode} field ${fi}`);
  if (plain === undefined) {
    stats.declined++;
    return;
  }
  stats.accepted++;
  const r = coreField(id, mode, fi, value);
  const name = SCHEMAS[id].fields[fi].name;
  const what = `mode ${mode} schema ${id} field ${name} value ${String(JSON.stringify(value)).slice(0, 200)}`;
  assert.ok(clean(r), `${what}: the fast path accepted what the core answers ${JSON.stringify(r).slice(0, 400)}`);
  sameData(plain[0], r.data[name], what);
}

/** Runs `rounds` generated cases from `seed`; returns how many the fast path accepted and declined. */
function run(seed, rounds) {
  const g = generator(rng(seed));
  const stats = { accepted: 0, declined: 0 };
  const ids = Object.values(SCHEMA);
  for (let n = 0; n < rounds; n++) {
    const id = g.pick(ids);
    const mode = g.int(2);
    const value = g.body(id);
    checkBody(id, mode, value, stats);
    if (SCHEMAS[id].request) {
      const t = g.texts(value);
      for (const text of t === null ? [] : [t.text, ...t.others]) checkJson(id, mode, text, stats);
    }
    const fi = g.int(SCHEMAS[id].fields.length);
    const name = SCHEMAS[id].fields[fi].name;
    checkField(id, mode, fi, Object.hasOwn(value, name) ? value[name] : undefined, stats);
  }
  return stats;
}

describe('the fast path never accepts what the core would not, with the same data', () => {
  test('20,000 generated bodies over every schema, both modes, as values, JSON text, bytes and single fields', () => {
    const stats = run(0x5eed, 20_000);
    // Both answers must be common, or the property says little.
    assert.ok(stats.accepted > 5_000, `only ${stats.accepted} accepted`);
    assert.ok(stats.declined > 5_000, `only ${stats.declined} declined`);
  });

  test('plainly valid bodies as JSON text written every other way, and two ways at once', () => {
    const g = generator(rng(0x7e47));
    const stats = { accepted: 0, declined: 0 };
    let bodies = 0;
    for (let n = 0; bodies < 600 && n < 100_000; n++) {
      const id = g.pick([SCHEMA.UPDATE_ME, SCHEMA.UPDATE_ME, ...Object.values(SCHEMA)]);
      const mode = g.int(2);
      const value = g.body(id);
      if (g.int(2) === 0 && SCHEMAS[id].fields.some((f) => f.name === 'metadata')) value.metadata = { plan: 'pro', seats: g.int(100) };
      if (!SCHEMAS[id].request || fast.body(id, mode, read(value)) === undefined) continue;
      const t = g.texts(value);
      if (t === null) continue;
      bodies++;
      for (const respell of t.respell) {
        checkJson(id, mode, respell(t.text), stats);
        checkJson(id, mode, g.pick(t.respell)(respell(t.text)), stats);
      }
    }
    assert.equal(bodies, 600);
    assert.ok(stats.accepted > 3_000 && stats.declined > 3_000, JSON.stringify(stats));
  });

  test('every canonical time-zone name, and its other spellings', () => {
    const stats = { accepted: 0, declined: 0 };
    for (const z of zones) {
      for (const v of [z, z.toLowerCase(), z.toUpperCase()]) {
        checkBody(SCHEMA.UPDATE_ME, 0, { timeZone: v }, stats);
        checkBody(SCHEMA.UPDATE_ME, 1, { timeZone: v }, stats);
        const fastAnswer = cal.checkTimeZone(v);
        assert.deepStrictEqual(fastAnswer, JSON.parse(glue.__checkTimeZone(v)), v);
      }
    }
    assert.ok(stats.accepted >= 2 * zones.size - 20, `${stats.accepted} of ${2 * zones.size} canonical names accepted`);
  });

  test('the body limit: bodies around 102,400 bytes of metadata text', () => {
    const stats = { accepted: 0, declined: 0 };
    // 50 values of 500 units; the unit's size as JSON sets the body's size around the limit
    // (`\u0001` is written as 6 bytes, `"` and `\n` as 2).
    for (const unit of ['a', 'é', '東', '😀', '"', '\n', '\u0001']) {
      for (const extra of [0, 1, 200, 2000]) {
        const metadata = {};
        for (let i = 0; i < LIMITS.metadataKeys; i++) metadata[`key_${i}`] = unit.repeat(Math.floor(LIMITS.metadataValueLength / unit.length));
        const value = { name: 'x'.repeat(extra), metadata };
        for (const mode of [0, 1]) {
          checkBody(SCHEMA.UPDATE_ME, mode, value, stats);
          checkJson(SCHEMA.UPDATE_ME, mode, JSON.stringify(value), stats);
        }
      }
    }
    // Some of these texts are past BYTES_FAST_MAX and within the limit: some must have been read
    // and accepted, or the long texts went unproven.
    assert.ok(stats.accepted > 0 && stats.declined > 0 && stats.long > 0, JSON.stringify(stats));
  });

  test('the public API answers plainly valid bodies with the same result as the core', () => {
    const body = { name: 'Alice', timeZone: 'Europe/Paris', weekStart: 'Monday', timeFormat: 24, locale: 'de', metadata: { plan: 'pro', seats: 5 } };
    for (const [mode, options] of [[0, undefined], [1, { mode: 'compat' }]]) {
      assert.deepStrictEqual(cal.validateUpdateMe(body, options), core(SCHEMA.UPDATE_ME, mode, body));
      assert.deepStrictEqual(cal.validateUpdateMeJson(JSON.stringify(body), options), core(SCHEMA.UPDATE_ME, mode, body));
    }
    // The data is a copy: changing it leaves the input alone.
    const r = cal.validateUpdateMe(body);
    r.data.metadata.plan = 'free';
    assert.equal(body.metadata.plan, 'pro');
  });

  // Only when asked (`make fuzz`): the seeded run above is the test every `make test` runs.
  const seconds = Number(process.env.FAST_PATH_FUZZ_SECONDS ?? 0);
  if (seconds > 0) test(`fuzzing with fresh seeds for ${seconds} s`, () => {
    const end = Date.now() + seconds * 1000;
    let rounds = 0;
    while (Date.now() < end) {
      const seed = (Math.random() * 2 ** 32) >>> 0;
      try {
        run(seed, 1000);
      } catch (e) {
        e.message = `seed ${seed}: ${e.message}`;
        throw e;
      }
      rounds += 1000;
    }
    console.log(`fast-path fuzz: ${rounds} bodies in ${seconds} s, no disagreement`);
  });
});
