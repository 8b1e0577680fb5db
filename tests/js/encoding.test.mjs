// JS values that JSON cannot hold reach the core with their kind (never silently turned into
// what JSON.stringify would make of them), nothing throws for a validation failure, and the
// wasm instance keeps working after every case (product.md §7).

import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';
import { assertFail, assertOk } from './helpers.mjs';

const COMPAT = { mode: 'compat' };
const MODES = [undefined, COMPAT];

class Plan {
  constructor() {
    this.tier = 'pro';
  }
}

/** A normal call still validates correctly (run after every test). */
function assertStillWorks() {
  assert.deepEqual(cal.validateUpdateMe({ name: 'ok', timeFormat: 24, timeZone: 'europe/london' }), {
    success: true,
    data: { name: 'ok', timeFormat: 24, timeZone: 'Europe/London' },
    warnings: [],
  });
  assertFail(cal.validateUpdateMe({ timeFormat: 13 }), [{ code: 'invalid_value', path: ['timeFormat'] }]);
  assert.deepEqual(cal.validateUpdateMeJson('{"name":"ok"}').data, { name: 'ok' });
}

/** One invalid_type issue at `path` whose `received` names `kind`, in both modes. */
function assertKind(body, path, kind) {
  for (const options of MODES) {
    const r = assertFail(cal.validateUpdateMe(body, options), [{ code: 'invalid_type', path }]);
    assert.match(r.issues[0].received ?? '', kind, `received ${JSON.stringify(r.issues[0].received)} (${JSON.stringify(options)})`);
  }
}

describe('JS values JSON cannot hold', () => {
  afterEach(assertStillWorks);

  test('undefined is treated as absent', () => {
    for (const options of MODES) {
      assertOk(cal.validateUpdateMe({ name: undefined, bio: 'b' }, options), { bio: 'b' });
      assertFail(cal.validateCreateManagedUser({ email: undefined, name: 'A' }, options), [{ code: 'required', path: ['email'] }]);
    }
  });

  test('undefined as a metadata value or as the whole body is not valid', () => {
    assertKind({ metadata: { a: undefined } }, ['metadata', 'a'], /undefined/);
    for (const options of MODES) assertFail(cal.validateUpdateMe(undefined, options), [{ code: 'invalid_type', path: [] }]);
  });

  test('NaN is a NaN, not the null JSON.stringify would send', () => {
    assertKind({ defaultScheduleId: NaN }, ['defaultScheduleId'], /NaN/);
    assertKind({ metadata: { n: NaN } }, ['metadata', 'n'], /NaN/);
  });

  test('Infinity and -Infinity are not numbers cal.com accepts (not null either)', () => {
    assertKind({ defaultScheduleId: Infinity }, ['defaultScheduleId'], /^Infinity$/);
    assertKind({ defaultScheduleId: -Infinity }, ['defaultScheduleId'], /^-Infinity$/);
    assertKind({ metadata: { n: -Infinity } }, ['metadata', 'n'], /-Infinity/);
  });

  test('-0 is the number zero', () => {
    // Strict: a schedule ID is ≥ 1, so -0 is too small (not a type error); compat: IsNumber accepts it.
    const r = assertFail(cal.validateUpdateMe({ defaultScheduleId: -0 }), [{ code: 'too_small', path: ['defaultScheduleId'] }]);
    assert.equal(r.issues[0].minimum, 1);
    const c = assertOk(cal.validateUpdateMe({ defaultScheduleId: -0 }, COMPAT));
    assert.ok(c.data.defaultScheduleId === 0, String(c.data.defaultScheduleId));
    assertOk(cal.validateUpdateMe({ metadata: { n: -0 } }));
    assertFail(cal.validateUpdateMe({ timeFormat: -0 }), [{ code: 'invalid_value', path: ['timeFormat'] }]);
  });

  test('BigInt is a bigint (JSON.stringify would throw)', () => {
    assertKind({ defaultScheduleId: 3n }, ['defaultScheduleId'], /bigint/i);
    assertKind({ metadata: { n: 1n } }, ['metadata', 'n'], /bigint/i);
    for (const options of MODES) assertFail(cal.validateUpdateMe(1n, options), [{ code: 'invalid_type', path: [] }]);
  });

  test('Symbol is a symbol (JSON.stringify would drop the key)', () => {
    assertKind({ name: Symbol('x') }, ['name'], /symbol/i);
  });

  test('a function is a function (JSON.stringify would drop the key)', () => {
    assertKind({ name: () => 'Alice' }, ['name'], /function/i);
    assertKind({ metadata: { f() {} } }, ['metadata', 'f'], /function/i);
  });

  test('a Date is a Date (JSON.stringify would send an ISO string)', () => {
    assertKind({ name: new Date(0) }, ['name'], /date/i);
    assertKind({ bio: new Date(0) }, ['bio'], /date/i);
  });

  test('a Map and a Set are not plain objects (JSON.stringify would send {})', () => {
    assertKind({ metadata: new Map([['plan', 'pro']]) }, ['metadata'], /map/i);
    assertKind({ metadata: new Set(['pro']) }, ['metadata'], /set/i);
    for (const options of MODES) {
      assertFail(cal.validateUpdateMe(new Map([['name', 'A']]), options), [{ code: 'invalid_type', path: [] }]);
    }
  });

  test('a RegExp is a RegExp (JSON.stringify would send {})', () => {
    assertKind({ name: /alice/ }, ['name'], /regexp/i);
    assertKind({ metadata: /x/ }, ['metadata'], /regexp/i);
  });

  test('a class instance is not a plain object', () => {
    assertKind({ metadata: new Plan() }, ['metadata'], /instance|class|Plan/i);
    for (const options of MODES) assertFail(cal.validateUpdateMe(new Plan(), options), [{ code: 'invalid_type', path: [] }]);
  });

  test('Object.create(null) is a plain object: accepted', () => {
    const body = Object.assign(Object.create(null), { name: 'Alice', metadata: Object.assign(Object.create(null), { plan: 'pro' }) });
    for (const options of MODES) assertOk(cal.validateUpdateMe(body, options), { name: 'Alice', metadata: { plan: 'pro' } });
    assertOk(cal.checkMetadata(Object.assign(Object.create(null), { a: 1 })), { a: 1 });
  });

  test('arrays are arrays: rejected where an object or a string is expected', () => {
    assertKind({ metadata: ['pro'] }, ['metadata'], /array/i);
    assertKind({ name: ['Alice'] }, ['name'], /array/i);
    assertKind({ metadata: { tags: ['a'] } }, ['metadata', 'tags'], /array/i);
    assertFail(cal.validateUpdateMe([{ name: 'A' }]), [{ code: 'invalid_type', path: [] }]);
  });

  test('a lone surrogate: strict invalid_unicode, compat keeps the string exactly', () => {
    assertFail(cal.validateUpdateMe({ name: '\uD800x' }), [{ code: 'invalid_unicode', path: ['name'] }]);
    const r = assertOk(cal.validateUpdateMe({ name: '\uD800x' }, COMPAT));
    assert.equal(r.data.name, '\uD800x');
    assertFail(cal.validateUpdateMe({ metadata: { '\uDC00': 'x' } }), [{ code: 'invalid_unicode', path: ['metadata', '\uDC00'] }]);
    const k = assertOk(cal.validateUpdateMe({ metadata: { '\uDC00': 'y\uD83D' } }, COMPAT));
    assert.deepEqual(Object.entries(k.data.metadata), [['\uDC00', 'y\uD83D']]);
    // A well-formed pair is fine in both modes.
    assertOk(cal.validateUpdateMe({ name: 'A😀' }), { name: 'A😀' });
  });

  test('JSON text: an unescaped lone surrogate at any offset is found, a real U+FFFD at any offset is kept', () => {
    // The text goes in unchecked (encodeInto writes a lone surrogate as U+FFFD); the core's scan
    // for U+FFFD must see it at every position of its 16-byte blocks, or strict mode would accept
    // a replacement character the caller never sent.
    for (let at = 0; at <= 40; at++) {
      const pad = 'a'.repeat(at);
      for (const lone of ['\uD800', '\uDFFF']) {
        const text = `{"name":"${pad}${lone}x"}`;
        assertFail(cal.validateUpdateMeJson(text), [{ code: 'invalid_unicode', path: ['name'] }]);
        assert.equal(assertOk(cal.validateUpdateMeJson(text, COMPAT)).data.name, `${pad}${lone}x`, `at ${at}`);
      }
      // A space after a colon keeps the text off the fast path: the core answers.
      const real = `{"name": "${pad}\uFFFDx","bio": "${'é'.repeat(300)}"}`;
      for (const options of MODES) {
        assert.deepEqual(assertOk(cal.validateUpdateMeJson(real, options)).data, { name: `${pad}\uFFFDx`, bio: 'é'.repeat(300) }, `at ${at}`);
      }
    }
  });

  test('a lone surrogate escaped in JSON text: the same verdicts', () => {
    assertFail(cal.validateUpdateMeJson('{"name":"\\ud800x"}'), [{ code: 'invalid_unicode', path: ['name'] }]);
    assert.equal(cal.validateUpdateMeJson('{"name":"\\ud800x"}', COMPAT).data.name, '\uD800x');
  });

  test('a getter that throws: an unreadable issue at its path, no throw', () => {
    const body = { bio: 'b' };
    Object.defineProperty(body, 'name', { enumerable: true, get() { throw new Error('boom'); } });
    for (const options of MODES) {
      let r;
      assert.doesNotThrow(() => { r = cal.validateUpdateMe(body, options); });
      assertFail(r, [{ code: 'unreadable', path: ['name'] }]);
    }
  });

  test('a getter that throws inside metadata: an unreadable issue at its path, no throw', () => {
    const metadata = {};
    Object.defineProperty(metadata, 'plan', { enumerable: true, get() { throw new Error('boom'); } });
    for (const options of MODES) {
      let r;
      assert.doesNotThrow(() => { r = cal.validateUpdateMe({ metadata }, options); });
      assertFail(r, [{ code: 'unreadable', path: ['metadata', 'plan'] }]);
    }
  });

  test('a Proxy whose ownKeys trap throws: an unreadable issue at path [], no throw', () => {
    const body = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    for (const options of MODES) {
      let r;
      assert.doesNotThrow(() => { r = cal.validateUpdateMe(body, options); });
      assertFail(r, [{ code: 'unreadable', path: [] }]);
    }
  });

  test('a Proxy whose getPrototypeOf trap throws: an unreadable issue at path [], no throw', () => {
    const body = new Proxy({}, { getPrototypeOf() { throw new Error('no proto'); } });
    assertFail(cal.validateUpdateMe(body), [{ code: 'unreadable', path: [] }]);
  });

  test('a Proxy with a throwing ownKeys trap as metadata: an unreadable issue at ["metadata"]', () => {
    const metadata = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    for (const options of MODES) {
      assertFail(cal.validateUpdateMe({ metadata }, options), [{ code: 'unreadable', path: ['metadata'] }]);
    }
  });

  test('a cyclic metadata value is an issue, without hanging', () => {
    const metadata = { plan: 'pro' };
    metadata.self = metadata;
    for (const options of MODES) {
      const r = assertFail(cal.validateUpdateMe({ metadata }, options));
      assert.deepEqual(r.issues[0].path, ['metadata', 'self']);
    }
    const body = { name: 'A' };
    body.metadata = body;
    assertFail(cal.validateUpdateMe(body));
  });

  test('10^6-deep nesting is an issue, without a stack overflow', () => {
    const root = {};
    let node = root;
    for (let i = 0; i < 1e6; i++) node = node.a = {};
    const r = assertFail(cal.validateUpdateMe({ metadata: root }));
    assert.deepEqual(r.issues[0].path, ['metadata', 'a']);
    const text = `{"metadata":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}`;
    assertFail(cal.validateUpdateMeJson(text, COMPAT));
  });

  test('the same kinds reach the field helpers', () => {
    assertFail(cal.checkEmail(new Date(0)), [{ code: 'invalid_type', path: [] }]);
    assertFail(cal.checkLocale(Symbol('en')), [{ code: 'invalid_type', path: [] }]);
    assertFail(cal.checkMetadata(new Map()), [{ code: 'invalid_type', path: [] }]);
    assertFail(cal.checkAvatarUrl(1n), [{ code: 'invalid_type', path: [] }]);
  });

  test('a TypeError for a bad option leaves the instance working', () => {
    assert.throws(() => cal.validateUpdateMe({ name: 'A' }, { mode: 'nope' }), TypeError);
    assert.throws(() => cal.validateUpdateMeJson(42), TypeError);
  });
});
