// The JS contract of every exported function of the built package (product.md §3, §4).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';
import { MANAGED_USER, ME, PKG_DIR, ROOT, assertFail, assertIssue, assertOk, assertResult } from './helpers.mjs';

const COMPAT = { mode: 'compat' };
const STRICT = { mode: 'strict' };

const CALCOM_LOCALES =
  'ar ca de es eu he id ja lv pl ro sr th vi az cs el es-419 fi hr it km nl pt ru sv tr zh-CN bg da en et fr hu iw ko no pt-BR sk ta uk zh-TW bn'.split(' ');
const V1_LOCALES = 'en fr it ru es de pt ro nl pt-BR es-419 ko ja pl ar iw zh-CN zh-TW cs sr sv vi bn'.split(' ');
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const KEY = 'cal_live_0123456789abcdef';

const V1_USER = {
  id: 3,
  username: 'carol',
  name: null,
  email: 'carol@example.com',
  timeZone: 'Europe/Paris',
  weekStart: 'Monday',
};

// name → [valid input, invalid input]: every validator trio of §4.
const TRIOS = {
  UpdateMe: [{ name: 'Alice', timeFormat: 24, timeZone: 'Europe/Paris' }, { timeFormat: 13 }],
  CreateManagedUser: [{ email: 'alice@example.com', name: 'Alice' }, { name: 'Alice' }],
  V1UserCreate: [{ email: 'alice@example.com', username: 'alice' }, { email: 'alice@example.com' }],
  V1UserEdit: [{ name: 'Alice', hideBranding: true }, { hideBranding: 'yes' }],
  Me: [ME, { ...ME, id: '7' }],
  ManagedUser: [MANAGED_USER, { ...MANAGED_USER, locale: 'xx' }],
  CreatedManagedUser: [
    { user: MANAGED_USER, accessToken: 'at', refreshToken: 'rt', accessTokenExpiresAt: 1700000000000, refreshTokenExpiresAt: 1800000000000 },
    { user: MANAGED_USER, accessToken: 'at' },
  ],
  V1User: [V1_USER, { ...V1_USER, email: 42 }],
  BookingLimits: [{ perDay: 2, perWeek: null }, { perDay: 0 }],
  TeamBookingLimits: [{ perMonth: 12, perYear: null }, { perYear: '100' }],
  BookingLimitsResponse: [{ perDay: 3, perWeek: null, perMonth: null, perYear: 200 }, { perDay: 3 }],
};

describe('exports', () => {
  test('every function, class and constant declared in pkg/index.d.ts is exported, and nothing undeclared', () => {
    const dts = readFileSync(path.join(PKG_DIR, 'index.d.ts'), 'utf8');
    const declared = [...new Set([...dts.matchAll(/^export declare (?:function|const|class) (\w+)/gm)].map((m) => m[1]))].sort();
    assert.ok(declared.length > 40, `found ${declared.length} declarations`);
    assert.deepEqual(Object.keys(cal).sort(), declared);
  });

  test('the browser and Node entries are each one module with the same exports', () => {
    const exportsOf = (source) => {
      const clause = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(source);
      assert.ok(clause, 'one export clause at the end');
      return clause[1].split(',').map((e) => e.trim().split(/\s+as\s+/).pop()).sort();
    };
    const browser = readFileSync(path.join(PKG_DIR, 'index.js'), 'utf8');
    // Bundled: no import of another module, only the wasm file next to it, fetched by URL.
    assert.doesNotMatch(browser, /\bimport\s*[{*\w]|\bfrom\s*["']|\bimport\(/);
    assert.match(browser, /new URL\("\.\/cal_profile_bg\.wasm",\s*import\.meta\.url\)/);
    assert.deepEqual(exportsOf(browser), Object.keys(cal).sort());
    // The Node entry reads no file: no import at all, the wasm is inside it.
    const node = readFileSync(path.join(PKG_DIR, 'node.js'), 'utf8');
    assert.doesNotMatch(node, /\bimport\s*[{*\w]|\bfrom\s*["']|\bimport\(|readFileSync|\.wasm/);
    assert.deepEqual(exportsOf(node), Object.keys(cal).sort());
  });

  test('LIMITS has exactly the keys its declaration names, each a number the core enforces', () => {
    const dts = readFileSync(path.join(PKG_DIR, 'index.d.ts'), 'utf8');
    const block = /export declare const LIMITS: Readonly<\{([^}]*)\}>/.exec(dts);
    assert.ok(block, 'LIMITS is declared');
    const declared = [...block[1].matchAll(/^\s*(\w+): number;/gm)].map((m) => m[1]);
    assert.deepEqual(Object.keys(cal.LIMITS), declared);
    assert.ok(Object.isFrozen(cal.LIMITS));
    // Each limit is where the core's verdict turns.
    const { metadataKeyLength: k, metadataValueLength: v, emailLength: e, int32Max: max } = cal.LIMITS;
    assert.equal(cal.checkMetadata({ ['a'.repeat(k)]: 'x'.repeat(v) }).success, true);
    assert.equal(cal.checkMetadata({ ['a'.repeat(k + 1)]: 'x' }).success, false);
    assert.equal(cal.checkMetadata({ a: 'x'.repeat(v + 1) }).success, false);
    // 64 + 1 + three labels and `.com`: the first label takes what is left of the length.
    const email = (length) => `${'a'.repeat(64)}@${'b'.repeat(length - 193)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`;
    assert.equal(email(e).length, e);
    assert.equal(cal.checkEmail(email(e)).success, true);
    assert.equal(cal.checkEmail(email(e + 1)).success, false);
    assert.equal(cal.validateUpdateMe({ defaultScheduleId: max }).success, true);
    assert.equal(cal.validateUpdateMe({ defaultScheduleId: max + 1 }).success, false);
    const body = (n) => `{"bio":"${'x'.repeat(n - 10)}"}`; // n bytes of JSON
    assert.equal(cal.validateUpdateMeJson(body(cal.LIMITS.bodyBytes)).success, true);
    assert.equal(cal.validateUpdateMeJson(body(cal.LIMITS.bodyBytes + 1)).issues[0].code, 'body_too_large');
  });

  test('CAL_API_VERSION is 2024-08-13', () => {
    assert.equal(cal.CAL_API_VERSION, '2024-08-13');
  });
});

describe('result shape', () => {
  test('a success is { success: true, data, warnings: [] } without issues', () => {
    const r = cal.validateUpdateMe({ name: 'Alice' });
    assert.deepEqual(r, { success: true, data: { name: 'Alice' }, warnings: [] });
    assert.equal(Object.hasOwn(r, 'issues'), false);
  });

  test('a failure is { success: false, issues, warnings } without data; an issue has code, path, message', () => {
    const r = cal.validateUpdateMe({ timeFormat: 13 });
    assertFail(r, [{ code: 'invalid_value', path: ['timeFormat'] }]);
    assert.equal(Object.hasOwn(r, 'data'), false);
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.issues[0].values, [12, 24]);
  });

  test('every validator returns the Result shape for valid and invalid input in both modes', () => {
    for (const [name, [good, bad]] of Object.entries(TRIOS)) {
      for (const options of [undefined, STRICT, COMPAT]) {
        const v = cal[`validate${name}`];
        assert.equal(assertResult(v(good, options)).success, true, `${name} valid ${JSON.stringify(options)}`);
        assert.equal(assertResult(v(bad, options)).success, false, `${name} invalid ${JSON.stringify(options)}`);
      }
    }
  });

  test('warnings are an array on successes too and carry issue-shaped entries', () => {
    const r = assertOk(cal.validateUpdateMe({ timeZone: 'Asia/Calcutta' }));
    assert.equal(r.warnings.length, 1);
    assert.equal(r.warnings[0].code, 'deprecated_time_zone');
    assert.deepEqual(r.warnings[0].path, ['timeZone']);
    assert.equal(r.warnings[0].canonical, 'Asia/Kolkata');
  });

  test('all issues are collected, with JSON wire paths, in a deterministic order', () => {
    const body = { weekStart: 'monday', timeFormat: 13, locale: 'pt_BR', email: 5, timezone: 'UTC', metadata: { plan: {} } };
    const r = assertFail(cal.validateUpdateMe(body));
    const paths = r.issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(paths, ['email', 'locale', 'metadata.plan', 'timeFormat', 'timezone', 'weekStart']);
    assert.deepEqual(cal.validateUpdateMe(body), r, 'same input, same issues in the same order');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    assert.deepEqual(
      cal.validateUpdateMe(reordered).issues.map((i) => i.code).sort(),
      r.issues.map((i) => i.code).sort(),
    );
  });

  test('messages never echo more than a short excerpt of a long input', () => {
    const long = 'Q'.repeat(5000);
    for (const r of [
      cal.validateUpdateMe({ timeZone: long }),
      cal.validateUpdateMe({ weekStart: long }),
      cal.validateUpdateMe({ locale: long }),
      cal.validateUpdateMe({ email: long }),
      cal.validateUpdateMe({ avatarUrl: long }),
      cal.checkEmail(long),
      cal.checkApiKey(`cal_live_${long}!`),
    ]) {
      assertFail(r);
      for (const i of r.issues) {
        assert.ok(i.message.length < 300, `message of ${i.message.length} characters: ${i.message.slice(0, 80)}…`);
        assert.ok(!i.message.includes('Q'.repeat(100)), 'message echoes the input');
      }
    }
  });
});

describe('modes', () => {
  test('strict is the default (no options, undefined, null, {} and { mode: undefined })', () => {
    const body = { timeFormat: '12', timezone: 'UTC', name: null };
    const strict = cal.validateUpdateMe(body, STRICT);
    assertFail(strict);
    for (const options of [undefined, null, {}, { mode: undefined }]) {
      assert.deepEqual(cal.validateUpdateMe(body, options), strict, JSON.stringify(options));
    }
    assert.deepEqual(cal.validateUpdateMe(body), strict);
  });

  test('strict: the string "12" is a type error with the hint to use the number', () => {
    const r = assertFail(cal.validateUpdateMe({ timeFormat: '12' }), [{ code: 'invalid_type', path: ['timeFormat'] }]);
    assert.match(r.issues[0].message, /number 12/);
  });

  test('compat: "12" is coerced like JS Number() and reported as a warning', () => {
    const r = assertOk(cal.validateUpdateMe({ timeFormat: '12' }, COMPAT), { timeFormat: 12 });
    assert.deepEqual(r.warnings.map((w) => [w.code, w.path]), [['coerced', ['timeFormat']]]);
  });

  test('strict: an unknown key is unrecognized_keys with a "did you mean" suggestion', () => {
    const r = assertFail(cal.validateUpdateMe({ timezone: 'UTC' }), [{ code: 'unrecognized_keys', path: ['timezone'] }]);
    assert.deepEqual(r.issues[0].suggestions, ['timeZone']);
  });

  test('compat: an unknown key is stripped from data and reported as a stripped_key warning', () => {
    const r = assertOk(cal.validateUpdateMe({ timezone: 'UTC', name: 'A' }, COMPAT), { name: 'A' });
    assert.deepEqual(r.warnings.map((w) => [w.code, w.path]), [['stripped_key', ['timezone']]]);
  });

  test('null: strict accepts it only on clearable fields; compat lets it through everywhere', () => {
    assertOk(cal.validateUpdateMe({ name: null, bio: null, avatarUrl: null, locale: null }), { name: null, bio: null, avatarUrl: null, locale: null });
    for (const field of ['timeFormat', 'weekStart', 'timeZone', 'email', 'metadata']) {
      const r = assertFail(cal.validateUpdateMe({ [field]: null }));
      assert.deepEqual(r.issues.map((i) => i.path), [[field]]);
      assertOk(cal.validateUpdateMe({ [field]: null }, COMPAT));
    }
  });

  test('strict: defaultScheduleId null passes with a no_default_schedule warning', () => {
    const r = assertOk(cal.validateUpdateMe({ defaultScheduleId: null }), { defaultScheduleId: null });
    assert.deepEqual(r.warnings.map((w) => [w.code, w.path]), [['no_default_schedule', ['defaultScheduleId']]]);
  });

  test('timeZone: data carries the canonical spelling in strict mode', () => {
    assertOk(cal.validateUpdateMe({ timeZone: 'america/new_york' }), { timeZone: 'America/New_York' });
  });

  test('timeZone: unknown names get suggestions', () => {
    const r = assertFail(cal.validateUpdateMe({ timeZone: 'Europe/Londn' }), [{ code: 'invalid_time_zone', path: ['timeZone'] }]);
    assert.equal(r.issues[0].suggestions[0], 'Europe/London');
  });

  test('a bad mode throws a TypeError from every function that takes options', () => {
    const withOptions = Object.keys(cal).filter((k) => /^(validate|parse|check)/.test(k) && k !== 'checkTimeZone' && k !== 'checkApiKey');
    assert.equal(withOptions.length, 40, withOptions.join(' '));
    for (const name of withOptions) {
      const input = name.endsWith('Json') ? '{}' : {};
      for (const bad of [{ mode: 'lax' }, { mode: 'STRICT' }, { mode: 1 }, 'compat']) {
        assert.throws(() => cal[name](input, bad), TypeError, `${name}(…, ${JSON.stringify(bad)})`);
      }
    }
  });
});

describe('parse*', () => {
  for (const [name, [good, bad]] of Object.entries(TRIOS)) {
    test(`parse${name} returns data or throws a ValidationError with the issues`, () => {
      const parse = cal[`parse${name}`];
      const validate = cal[`validate${name}`];
      assert.deepEqual(parse(good), validate(good).data);
      assert.deepEqual(parse(good, COMPAT), validate(good, COMPAT).data);
      const expected = validate(bad);
      let thrown;
      assert.throws(() => parse(bad), (e) => {
        thrown = e;
        return true;
      });
      assert.ok(thrown instanceof cal.ValidationError, 'a ValidationError');
      assert.ok(thrown instanceof Error, 'an Error');
      assert.equal(thrown.name, 'ValidationError');
      assert.deepEqual(thrown.issues, expected.issues);
      assert.deepEqual(thrown.warnings, expected.warnings);
      assert.ok(thrown.message.length > 0);
    });
  }

  test('ValidationError can be constructed and names the first issue in its message', () => {
    const e = new cal.ValidationError([
      { code: 'required', path: ['email'], message: 'Required: email is missing' },
      { code: 'required', path: ['name'], message: 'Required: name is missing' },
    ]);
    assert.ok(e instanceof Error);
    assert.match(e.message, /^email: Required: email is missing/);
    assert.equal(e.issues.length, 2);
    assert.deepEqual(e.warnings, []);
  });

  test('parse* honours { mode: "compat" }', () => {
    assert.deepEqual(cal.parseUpdateMe({ timeFormat: '24' }, COMPAT), { timeFormat: 24 });
    assert.throws(() => cal.parseUpdateMe({ timeFormat: '24' }), cal.ValidationError);
  });
});

describe('validate*Json', () => {
  const text = '{"name":"Alice","timeFormat":24,"timeZone":"europe/paris"}';
  const expected = { name: 'Alice', timeFormat: 24, timeZone: 'Europe/Paris' };

  test('a string body', () => {
    assertOk(cal.validateUpdateMeJson(text), expected);
  });

  test('a Buffer body', () => {
    assertOk(cal.validateUpdateMeJson(Buffer.from(text)), expected);
  });

  test('a Uint8Array body, also a view at an offset into a larger buffer', () => {
    assertOk(cal.validateUpdateMeJson(new TextEncoder().encode(text)), expected);
    const big = new Uint8Array(text.length + 20).fill(0x20);
    big.set(new TextEncoder().encode('garbage!'), 0);
    big.set(new TextEncoder().encode(text), 10);
    assertOk(cal.validateUpdateMeJson(big.subarray(10, 10 + text.length)), expected);
  });

  test('an ArrayBuffer body', () => {
    const bytes = new TextEncoder().encode(text);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    assert.ok(ab instanceof ArrayBuffer);
    assertOk(cal.validateUpdateMeJson(ab), expected);
  });

  test('invalid JSON is an invalid_json issue at path [], not a throw', () => {
    for (const body of ['{"name":', ' ', 'nope', '{"name":"a",}', '{"a":1}x', Buffer.from('{"a":1'), Buffer.from('{"a":tru')]) {
      for (const options of [undefined, COMPAT]) {
        const r = assertFail(cal.validateUpdateMeJson(body, options), [{ code: 'invalid_json', path: [] }]);
        assert.ok(r.issues[0].message.length > 0);
      }
    }
    const r = cal.validateUpdateMeJson('{"name":');
    assert.equal(typeof r.issues[0].position, 'number');
  });

  test('an empty body: invalid_json in strict mode, {} in compat mode (body-parser reads no body as {})', () => {
    for (const body of ['', new Uint8Array(0), new ArrayBuffer(0)]) {
      assertFail(cal.validateUpdateMeJson(body), [{ code: 'invalid_json', path: [] }]);
      assertOk(cal.validateUpdateMeJson(body, COMPAT), {});
    }
  });

  test('bytes that are not UTF-8 are an invalid_json issue', () => {
    assertFail(cal.validateUpdateMeJson(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])), [{ code: 'invalid_json', path: [] }]);
  });

  test('a duplicate key is an error in strict mode and a warning in compat mode', () => {
    const body = '{"name":"a","name":"b"}';
    assertFail(cal.validateUpdateMeJson(body), [{ code: 'duplicate_key', path: ['name'] }]);
    const r = assertOk(cal.validateUpdateMeJson(body, COMPAT), { name: 'b' });
    assert.deepEqual(r.warnings.map((w) => w.code), ['duplicate_key']);
  });

  test('a body that is not text or bytes is a TypeError', () => {
    for (const body of [42, null, undefined, { name: 'a' }, [1]]) {
      assert.throws(() => cal.validateUpdateMeJson(body), TypeError, String(body));
    }
  });

  test('every *Json validator agrees with its object validator on the same payload', () => {
    for (const [name, [good, bad]] of Object.entries(TRIOS)) {
      for (const payload of [good, bad]) {
        for (const options of [undefined, COMPAT]) {
          assert.deepEqual(
            cal[`validate${name}Json`](JSON.stringify(payload), options),
            cal[`validate${name}`](payload, options),
            `${name} ${JSON.stringify(payload)} ${JSON.stringify(options)}`,
          );
        }
      }
    }
  });

  test('the 100 kB body limit applies to the JSON text', () => {
    const r = assertFail(cal.validateUpdateMeJson(JSON.stringify({ bio: 'x'.repeat(110_000) }), COMPAT), [{ code: 'body_too_large', path: [] }]);
    assert.equal(r.issues[0].maximum, 102400);
    assertFail(cal.validateUpdateMe({ bio: 'x'.repeat(110_000) }), [{ code: 'body_too_large', path: [] }]);
    assertOk(cal.validateUpdateMeJson(JSON.stringify({ bio: 'x'.repeat(90_000) })));
  });
});

describe('field helpers', () => {
  test('checkTimeZone: any casing gives the canonical name', () => {
    assert.deepEqual(cal.checkTimeZone('america/new_york'), { valid: true, canonical: 'America/New_York', suggestions: [] });
    assert.deepEqual(cal.checkTimeZone('Europe/London'), { valid: true, canonical: 'Europe/London', suggestions: [] });
  });

  test('checkTimeZone: a deprecated link gives its proper spelling as alias and its target as canonical', () => {
    assert.deepEqual(cal.checkTimeZone('Asia/Calcutta'), { valid: true, canonical: 'Asia/Kolkata', alias: 'Asia/Calcutta', suggestions: [] });
    assert.deepEqual(cal.checkTimeZone('asia/calcutta'), { valid: true, canonical: 'Asia/Kolkata', alias: 'Asia/Calcutta', suggestions: [] });
    assert.deepEqual(cal.checkTimeZone('US/Eastern'), { valid: true, canonical: 'America/New_York', alias: 'US/Eastern', suggestions: [] });
  });

  test('checkTimeZone: unknown names get up to 3 useful suggestions, best first', () => {
    for (const [input, best] of [
      ['Europe/Londn', 'Europe/London'],
      ['America/New York', 'America/New_York'],
      ['new york', 'America/New_York'],
    ]) {
      const r = cal.checkTimeZone(input);
      assert.equal(r.valid, false, input);
      assert.equal(r.canonical, undefined, input);
      assert.ok(r.suggestions.length >= 1 && r.suggestions.length <= 3, `${input}: ${r.suggestions}`);
      assert.equal(r.suggestions[0], best, input);
    }
  });

  test('checkTimeZone: empty or non-string input is invalid without suggestions', () => {
    for (const input of ['', 42, null, undefined]) {
      assert.deepEqual(cal.checkTimeZone(input), { valid: false, suggestions: [] }, String(input));
    }
  });

  test('timeZones(): sorted canonical names only, each one its own canonical', () => {
    const zones = cal.timeZones();
    assert.ok(zones.length > 300, `${zones.length} zones`);
    assert.deepEqual([...zones].sort(), zones, 'sorted');
    assert.equal(new Set(zones).size, zones.length, 'no duplicates');
    for (const z of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Europe/Kyiv', 'UTC']) assert.ok(zones.includes(z), z);
    for (const z of ['Asia/Calcutta', 'US/Eastern', 'Europe/Kiev', 'Zulu']) assert.ok(!zones.includes(z), `${z} is a link`);
    for (const z of zones) {
      const c = cal.checkTimeZone(z);
      assert.equal(c.valid, true, z);
      assert.equal(c.canonical, z, z);
      assert.equal(c.alias, undefined, z);
    }
  });

  test('timeZones() returns a fresh copy', () => {
    const a = cal.timeZones();
    a.length = 0;
    assert.ok(cal.timeZones().length > 300);
  });

  test('tzdbVersion() is a tz release name', () => {
    assert.match(cal.tzdbVersion(), /^20\d\d[a-z]$/);
  });

  test('locales(): the 43 API v2 locales in cal.com\'s order', () => {
    assert.deepEqual(cal.locales(), CALCOM_LOCALES);
    assert.equal(cal.locales().length, 43);
  });

  test('v1Locales(): the 23 API v1 locales', () => {
    assert.deepEqual(cal.v1Locales(), V1_LOCALES);
  });

  test('weekDays(): Monday … Sunday', () => {
    assert.deepEqual(cal.weekDays(), WEEK);
  });

  test('checkLocale: exact values pass, near misses get suggestions', () => {
    assertOk(cal.checkLocale('pt-BR'), 'pt-BR');
    for (const [input, best] of [['pt_BR', 'pt-BR'], ['pt-br', 'pt-BR'], ['en-US', 'en']]) {
      const r = assertFail(cal.checkLocale(input), [{ code: 'invalid_value', path: [] }]);
      assert.equal(r.issues[0].suggestions[0], best, input);
      assertFail(cal.checkLocale(input, COMPAT));
    }
    assertFail(cal.checkLocale(42), [{ code: 'invalid_type', path: [] }]);
  });

  test('checkEmail: a real address in strict mode, any string in compat mode (cal.com: IsString)', () => {
    assertOk(cal.checkEmail('alice@example.com'), 'alice@example.com');
    assertFail(cal.checkEmail('not-an-email'), [{ code: 'invalid_format', path: [] }]);
    assertFail(cal.checkEmail(`${'a'.repeat(250)}@example.com`));
    assertOk(cal.checkEmail('not-an-email', COMPAT), 'not-an-email');
    assertFail(cal.checkEmail(5, COMPAT), [{ code: 'invalid_type', path: [] }]);
  });

  test('checkAvatarUrl: absolute http(s) in strict mode, isURL rules in compat mode', () => {
    assertOk(cal.checkAvatarUrl('https://example.com/me.png'), 'https://example.com/me.png');
    assertOk(cal.checkAvatarUrl('http://example.com/me.png'));
    for (const url of ['cal.com/a.png', 'ftp://example.com/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '']) {
      assertFail(cal.checkAvatarUrl(url), [{ code: 'invalid_format', path: [] }]);
    }
    assertOk(cal.checkAvatarUrl('cal.com/a.png', COMPAT));
    assertOk(cal.checkAvatarUrl('ftp://example.com/a.png', COMPAT));
    assertFail(cal.checkAvatarUrl('javascript:alert(1)', COMPAT));
    assertFail(cal.checkAvatarUrl(`https://example.com/${'a'.repeat(2100)}`, COMPAT));
  });

  test('checkMetadata: a flat record of string | number | boolean, order kept', () => {
    const r = assertOk(cal.checkMetadata({ plan: 'pro', seats: 3, trial: false }), { plan: 'pro', seats: 3, trial: false });
    assert.deepEqual(Object.keys(r.data), ['plan', 'seats', 'trial']);
    assertFail(cal.checkMetadata({ plan: { tier: 1 } }), [{ code: 'invalid_type', path: ['plan'] }]);
    assertFail(cal.checkMetadata([]), [{ code: 'invalid_type', path: [] }]);
    assertFail(cal.checkMetadata(JSON.parse('{"__proto__":"x"}')), [{ code: 'forbidden_key', path: ['__proto__'] }]);
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    const big = assertFail(cal.checkMetadata(tooMany), [{ code: 'too_big', path: [] }]);
    assert.equal(big.issues[0].maximum, 50);
    // UTF-16 code units: 250 emoji (500 units) pass, 251 fail.
    assertOk(cal.checkMetadata({ e: '😀'.repeat(250) }));
    const long = assertFail(cal.checkMetadata({ e: '😀'.repeat(251) }), [{ code: 'too_big', path: ['e'] }]);
    assert.equal(long.issues[0].unit, 'utf16');
  });

  test('checkApiKey: cal_ keys and tokens by shape', () => {
    assertOk(cal.checkApiKey(KEY), KEY);
    assertOk(cal.checkApiKey('cal_test_abcdefgh12'));
    for (const bad of ['', 'nope', `Bearer ${KEY}`, ` ${KEY}`, `"${KEY}"`, 'cal_live_', 'cal_live_abc', 42, null]) {
      assertFail(cal.checkApiKey(bad));
    }
  });

  test('defaultScheduleFor: Monday–Friday 09:00–17:00 in the zone cal.com stores, null without a valid zone', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    assert.deepEqual(cal.defaultScheduleFor('Europe/London'), {
      timeZone: 'Europe/London',
      availability: [{ days, startTime: '09:00', endTime: '17:00' }],
    });
    // cal.com stores its CapitalizeTimeZone spelling.
    assert.equal(cal.defaultScheduleFor('america/new_york').timeZone, 'America/New_York');
    for (const z of ['Narnia/Woods', '', null, undefined]) assert.equal(cal.defaultScheduleFor(z), null, String(z));
  });
});

describe('diffUpdate', () => {
  test('unchanged fields are left out, changed ones kept', () => {
    assert.deepEqual(cal.diffUpdate(ME, { ...ME }), {});
    assert.deepEqual(cal.diffUpdate(ME, { name: 'Alice', bio: 'Hello', timeFormat: 24 }), { bio: 'Hello', timeFormat: 24 });
    assert.deepEqual(cal.diffUpdate(ME, { name: null, bio: null }), { name: null });
  });

  test('a time zone differing only in case is unchanged', () => {
    assert.deepEqual(cal.diffUpdate(ME, { timeZone: 'europe/london' }), {});
    assert.deepEqual(cal.diffUpdate(ME, { timeZone: 'EUROPE/LONDON', name: 'Bob' }), { name: 'Bob' });
    assert.equal(Object.keys(cal.diffUpdate(ME, { timeZone: 'Europe/Paris' }))[0], 'timeZone');
  });

  test('metadata is compared by content', () => {
    const current = { ...ME, metadata: { plan: 'pro', seats: 3 } };
    assert.deepEqual(cal.diffUpdate(current, { metadata: { plan: 'pro', seats: 3 } }), {});
    assert.deepEqual(cal.diffUpdate(current, { metadata: { plan: 'pro', seats: 4 } }), { metadata: { plan: 'pro', seats: 4 } });
    assert.deepEqual(cal.diffUpdate(ME, { metadata: { plan: 'pro' } }), { metadata: { plan: 'pro' } });
  });

  test('fields the current user lacks are kept', () => {
    assert.deepEqual(cal.diffUpdate(ME, { locale: 'fr' }), { locale: 'fr' });
  });

  test('non-object arguments throw a TypeError', () => {
    assert.throws(() => cal.diffUpdate(42, { name: 'x' }), TypeError);
    assert.throws(() => cal.diffUpdate(ME, 'x'), TypeError);
  });

  test('changed values are passed through unvalidated, so validating the diff reports them', () => {
    for (const desired of [{ timeFormat: 13 }, { foo: 1 }, { weekStart: 'funday' }]) {
      const out = cal.diffUpdate(ME, desired);
      assert.deepEqual(out, desired);
      const r = cal.validateUpdateMe(out);
      assert.equal(r.success, false, JSON.stringify(desired));
      assert.deepEqual(r.issues[0].path, Object.keys(desired));
    }
  });
});

describe('buildPatchMeRequest', () => {
  test('a baseUrl with a path keeps it (a proxy in front of cal.com)', () => {
    for (const baseUrl of ['https://proxy.example.com/cal', 'https://proxy.example.com/cal/']) {
      const r = cal.buildPatchMeRequest({ apiKey: KEY, body: {}, baseUrl });
      assert.equal(r.url, 'https://proxy.example.com/cal/v2/me');
    }
  });

  test('a valid key and body give { url, init } for fetch with the three headers', () => {
    const r = cal.buildPatchMeRequest({ apiKey: KEY, body: { name: 'Alice', timeZone: 'america/new_york' } });
    assert.equal(r.success, true);
    assert.equal(r.url, 'https://api.cal.com/v2/me');
    assert.deepEqual(r.init, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'cal-api-version': '2024-08-13' },
      body: JSON.stringify({ name: 'Alice', timeZone: 'America/New_York' }),
    });
    assert.deepEqual(r.warnings, []);
    assert.doesNotThrow(() => new Request(r.url, r.init));
  });

  test('a custom baseUrl', () => {
    assert.equal(cal.buildPatchMeRequest({ apiKey: KEY, body: {}, baseUrl: 'http://127.0.0.1:8080' }).url, 'http://127.0.0.1:8080/v2/me');
    assert.equal(cal.buildPatchMeRequest({ apiKey: KEY, body: {}, baseUrl: 'https://cal.example.org/' }).url, 'https://cal.example.org/v2/me');
  });

  test('a bad baseUrl is an issue at ["baseUrl"]', () => {
    for (const baseUrl of ['not a url', 'ftp://example.com']) {
      const r = cal.buildPatchMeRequest({ apiKey: KEY, body: {}, baseUrl });
      assert.equal(r.success, false);
      assert.deepEqual(r.issues.map((i) => i.path), [['baseUrl']]);
    }
  });

  test('a bad key gives issues at ["apiKey"]', () => {
    for (const apiKey of ['', 'nope', `Bearer ${KEY}`]) {
      const r = cal.buildPatchMeRequest({ apiKey, body: { name: 'A' } });
      assert.equal(r.success, false);
      assert.equal(r.url, undefined);
      assert.equal(r.init, undefined);
      assert.deepEqual(r.issues.map((i) => i.path), [['apiKey']]);
      r.issues.forEach((i) => assertIssue(i));
    }
  });

  test('a bad body gives issues at ["body", …] (strict)', () => {
    const r = cal.buildPatchMeRequest({ apiKey: KEY, body: { timeFormat: '12', timezone: 'UTC' } });
    assert.equal(r.success, false);
    assert.deepEqual(r.issues.map((i) => i.path).sort(), [['body', 'timeFormat'], ['body', 'timezone']]);
    assert.ok(Array.isArray(r.warnings));
  });

  test('a bad key and a bad body are reported together', () => {
    const r = cal.buildPatchMeRequest({ apiKey: 'nope', body: { timeFormat: 13 } });
    assert.deepEqual(r.issues.map((i) => i.path), [['apiKey'], ['body', 'timeFormat']]);
  });

  test('warnings of the body are passed on', () => {
    const r = cal.buildPatchMeRequest({ apiKey: KEY, body: { timeZone: 'Asia/Calcutta' } });
    assert.equal(r.success, true);
    assert.deepEqual(r.warnings.map((w) => w.code), ['deprecated_time_zone']);
  });
});

describe('calErrorBody', () => {
  test("cal.com's 400 body: status, timestamp, path, error.code, details.errors[property, children, constraints]", () => {
    const r = assertFail(cal.validateUpdateMe({ timeFormat: 13, locale: 'xx' }, COMPAT));
    const before = Date.now();
    const body = cal.calErrorBody(r.issues);
    assert.deepEqual(Object.keys(body), ['status', 'timestamp', 'path', 'error']);
    assert.equal(body.status, 'error');
    assert.equal(body.path, '/v2/me');
    assert.match(body.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(Math.abs(Date.parse(body.timestamp) - before) < 60_000);
    assert.equal(body.error.code, 'BadRequestException');
    assert.equal(body.error.message, 'Bad Request Exception');
    assert.deepEqual(body.error.details.errors, [
      { property: 'timeFormat', children: [], constraints: { isIn: 'timeFormat must be one of the following values: 12, 24' } },
      { property: 'locale', children: [], constraints: { isEnum: `locale must be one of the following values: ${CALCOM_LOCALES.join(', ')}` } },
    ]);
  });

  test('the timestamp is the time of the call to the millisecond, also for bodies in quick succession', () => {
    const issues = cal.validateUpdateMe({ timeFormat: 13 }, COMPAT).issues;
    for (let i = 0; i < 200; i++) {
      const before = Date.now();
      const stamp = Date.parse(cal.calErrorBody(issues).timestamp);
      assert.ok(before <= stamp && stamp <= Date.now(), `${stamp} outside [${before}, now]`);
    }
    const first = Date.parse(cal.calErrorBody(issues).timestamp);
    const t = Date.now();
    while (Date.now() === t); // into the next millisecond
    assert.ok(Date.parse(cal.calErrorBody(issues).timestamp) > first);
  });

  test('path, timestamp and the values from body are taken from options', () => {
    const issues = cal.validateUpdateMe({ timeFormat: 13 }, COMPAT).issues;
    const body = cal.calErrorBody(issues, { path: '/v2/oauth-clients/abc/users/1', body: { timeFormat: 13 }, timestamp: '2024-01-01T00:00:00.000Z' });
    assert.equal(body.path, '/v2/oauth-clients/abc/users/1');
    assert.equal(body.timestamp, '2024-01-01T00:00:00.000Z');
    assert.deepEqual(body.error.details.errors, [
      { property: 'timeFormat', value: 13, children: [], constraints: { isIn: 'timeFormat must be one of the following values: 12, 24' } },
    ]);
  });

  test('several constraints of one property are merged in order', () => {
    const issues = cal.validateUpdateMe({ timeFormat: 'abc' }, COMPAT).issues;
    const errors = cal.calErrorBody(issues).error.details.errors;
    assert.equal(errors.length, 1);
    assert.deepEqual(Object.keys(errors[0].constraints), ['isIn', 'isNumber']);
  });

  test('strict-only issues (no cal.com constraint) are left out', () => {
    const issues = cal.validateUpdateMe({ timezone: 'UTC' }).issues;
    assert.equal(issues.length, 1);
    assert.deepEqual(cal.calErrorBody(issues).error.details.errors, []);
  });
});

describe("calErrorBody reproduces cal.com's 400 for every invalid v2 vector", () => {
  const FILES = [
    '/work/shared/conformance/calcom-vectors-public.json',
    path.join(ROOT, 'tests/vectors/update-me.json'),
    path.join(ROOT, 'tests/vectors/create-managed-user.json'),
  ];
  const VALIDATORS = {
    UpdateManagedUserInput: cal.validateUpdateMeJson,
    CreateManagedUserInput: cal.validateCreateManagedUserJson,
  };
  // `file#index` of runtime_dependent vectors (ICU time-zone data) allowed to differ, each with
  // the reason. Empty: on this build none differs.
  const RUNTIME_EXPLAINED = new Map();

  const strip = (errors) => errors.map((e) => ({ property: e.property, constraints: e.constraints }));

  for (const file of FILES) {
    test(path.basename(file), () => {
      const vectors = JSON.parse(readFileSync(file, 'utf8'));
      const mismatches = [];
      let compared = 0;
      vectors.forEach((v, i) => {
        const validate = VALIDATORS[v.dto];
        if (!validate || v.valid || !v.errors || v.errors.length === 0) return; // v1, valid, or cal.com 500s
        compared++;
        const tag = `${path.basename(file)}#${i} ${JSON.stringify(v.payload).slice(0, 100)}`;
        const r = validate(JSON.stringify(v.payload), COMPAT);
        if (r.success) {
          mismatches.push(`${tag}: compat accepts it`);
          return;
        }
        const errors = cal.calErrorBody(r.issues).error.details.errors;
        for (const e of errors) assert.deepEqual(e.children, [], `${tag}: children`);
        const got = strip(errors);
        const want = strip(v.errors);
        // Same properties in the same order, same constraint keys in the same order, same messages.
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          if (v.runtime_dependent && RUNTIME_EXPLAINED.has(`${path.basename(file)}#${i}`)) return;
          mismatches.push(`${tag}${v.runtime_dependent ? ' (runtime_dependent)' : ''}\n    got  ${JSON.stringify(got)}\n    want ${JSON.stringify(want)}`);
        }
      });
      assert.ok(compared > 0, 'some vectors compared');
      assert.deepEqual(mismatches, [], `${mismatches.length} of ${compared} vectors differ:\n${mismatches.join('\n')}`);
    });
  }
});

describe('create managed user', () => {
  test('valid: email and name', () => {
    assertOk(cal.validateCreateManagedUser({ email: 'alice@example.com', name: 'Alice', timeZone: 'europe/london' }), {
      email: 'alice@example.com',
      name: 'Alice',
      timeZone: 'Europe/London',
    });
  });

  test('invalid: email and name are required', () => {
    const r = assertFail(cal.validateCreateManagedUser({}), [
      { code: 'required', path: ['email'] },
      { code: 'required', path: ['name'] },
    ]);
    // cal.com's constraints ride on compat issues only: strict issues render an empty 400 list.
    assert.deepEqual(cal.calErrorBody(r.issues).error.details.errors, []);
    const compat = cal.validateCreateManagedUser({}, COMPAT);
    assert.deepEqual(cal.calErrorBody(compat.issues).error.details.errors.map((e) => e.property), ['email', 'name']);
  });

  test("its own timeFormat message (cal.com's create DTO)", () => {
    const r = cal.validateCreateManagedUser({ email: 'a@example.com', name: 'A', timeFormat: 13 }, COMPAT);
    assert.deepEqual(cal.calErrorBody(r.issues).error.details.errors[0].constraints, { isIn: 'timeFormat must be a number either 12 or 24' });
  });

  test('weekStart: unchecked by cal.com (compat), checked by strict', () => {
    const body = { email: 'a@example.com', name: 'A', weekStart: 'Funday' };
    assertOk(cal.validateCreateManagedUser(body, COMPAT));
    assertFail(cal.validateCreateManagedUser(body), [{ code: 'invalid_value', path: ['weekStart'] }]);
  });
});

describe('response guards', () => {
  test('validateMe: a valid /v2/me data and a drifted one', () => {
    assertOk(cal.validateMe(ME), ME);
    assertOk(cal.validateMe({ ...ME, organization: { id: 1, isPlatform: false } }));
    assertFail(cal.validateMe({ ...ME, id: '7' }), [{ code: 'invalid_type', path: ['id'] }]);
    // A key cal.com added is news, not failure (tests/js/response-guards.test.mjs has the rest).
    const added = assertOk(cal.validateMe({ ...ME, extra: 1 }), ME);
    assert.deepEqual(added.warnings.map((w) => [w.code, w.path]), [['unknown_key', ['extra']]]);
    const missing = { ...ME };
    delete missing.email;
    assertFail(cal.validateMe(missing), [{ code: 'required', path: ['email'] }]);
  });

  test('validateManagedUser: valid and invalid', () => {
    assertOk(cal.validateManagedUser(MANAGED_USER), MANAGED_USER);
    assertOk(cal.validateManagedUser({ ...MANAGED_USER, metadata: { a: 1 }, avatarUrl: null }));
    assertFail(cal.validateManagedUser({ ...MANAGED_USER, locale: 'xx' }), [{ code: 'invalid_value', path: ['locale'] }]);
  });

  test('validateCreatedManagedUser: valid and invalid', () => {
    const [good] = TRIOS.CreatedManagedUser;
    assertOk(cal.validateCreatedManagedUser(good), good);
    assertFail(cal.validateCreatedManagedUser({ ...good, user: { ...MANAGED_USER, id: null } }), [{ code: 'invalid_type', path: ['user', 'id'] }]);
    assertFail(cal.validateCreatedManagedUser({ user: MANAGED_USER, accessToken: 'at' }), [
      { code: 'required', path: ['refreshToken'] },
      { code: 'required', path: ['accessTokenExpiresAt'] },
      { code: 'required', path: ['refreshTokenExpiresAt'] },
    ]);
  });

  test('validateV1User: valid and invalid; secrets in the read shape rejected', () => {
    assertOk(cal.validateV1User(V1_USER), V1_USER);
    assertFail(cal.validateV1User({ ...V1_USER, email: 42 }), [{ code: 'invalid_type', path: ['email'] }]);
    for (const options of [undefined, COMPAT]) {
      assertFail(cal.validateV1User({ ...V1_USER, password: 'hunter2' }, options), [{ code: 'forbidden_key', path: ['password'] }]);
    }
  });
});

describe('API v1 inputs', () => {
  test('validateV1UserCreate: valid; username required', () => {
    assertOk(cal.validateV1UserCreate({ email: 'alice@example.com', username: 'alice', locale: 'pt-BR' }));
    assertFail(cal.validateV1UserCreate({ email: 'alice@example.com' }), [{ code: 'required', path: ['username'] }]);
  });

  test('validateV1UserEdit: valid; unknown keys rejected in both modes; time zones case-sensitive', () => {
    assertOk(cal.validateV1UserEdit({ name: 'A', timeZone: 'Europe/London', brandColor: '#ff0000' }));
    for (const options of [undefined, COMPAT]) {
      assertFail(cal.validateV1UserEdit({ foo: 1 }, options), [{ code: 'unrecognized_keys', path: ['foo'] }]);
      assertFail(cal.validateV1UserEdit({ timeZone: 'europe/london' }, options), [{ code: 'invalid_time_zone', path: ['timeZone'] }]);
    }
    // v2-only locale (ca) is not a v1 locale.
    assertFail(cal.validateV1UserEdit({ locale: 'ca' }));
  });

  test('v1 secrets (password, twoFactorSecret, backupCodes) are rejected on create and edit, in both modes', () => {
    for (const options of [undefined, COMPAT]) {
      for (const secret of ['password', 'twoFactorSecret', 'backupCodes']) {
        assertFail(cal.validateV1UserEdit({ [secret]: 'x' }, options), [{ code: 'forbidden_key', path: [secret] }]);
        assertFail(cal.validateV1UserCreate({ email: 'a@example.com', username: 'a', [secret]: 'x' }, options), [{ code: 'forbidden_key', path: [secret] }]);
      }
      assert.throws(() => cal.parseV1UserCreate({ email: 'a@example.com', username: 'a', password: 'x' }, options), cal.ValidationError);
    }
  });
});

describe('Standard Schema objects', () => {
  const SCHEMAS = {
    UpdateMeSchema: 'UpdateMe',
    CreateManagedUserSchema: 'CreateManagedUser',
    V1UserCreateSchema: 'V1UserCreate',
    V1UserEditSchema: 'V1UserEdit',
    MeSchema: 'Me',
    ManagedUserSchema: 'ManagedUser',
    CreatedManagedUserSchema: 'CreatedManagedUser',
    V1UserSchema: 'V1User',
  };
  for (const [schemaName, trio] of Object.entries(SCHEMAS)) {
    test(`${schemaName}['~standard']: version 1, vendor cal-profile, validate gives { value } or { issues }`, () => {
      const std = cal[schemaName]['~standard'];
      assert.equal(std.version, 1);
      assert.equal(std.vendor, 'cal-profile');
      const [good, bad] = TRIOS[trio];
      const ok = std.validate(good);
      assert.deepEqual(ok, { value: cal[`validate${trio}`](good).data });
      assert.equal(ok.issues, undefined);
      const ko = std.validate(bad);
      assert.deepEqual(ko, { issues: cal[`validate${trio}`](bad).issues });
      assert.ok(ko.issues.length > 0);
    });
  }
});

describe('invariant: every payload strict accepts, compat accepts too', () => {
  test('over the vectors and a few handmade bodies', () => {
    const bodies = [
      ...JSON.parse(readFileSync(path.join(ROOT, 'tests/vectors/update-me.json'), 'utf8')).map((v) => v.payload),
      { name: 'A', bio: null, timeFormat: 12, weekStart: 'Sunday', timeZone: 'asia/calcutta', locale: 'pt-BR', metadata: { a: 1, b: true, c: 'x' } },
    ];
    let strictAccepted = 0;
    for (const b of bodies) {
      if (cal.validateUpdateMe(b).success) {
        strictAccepted++;
        assert.equal(cal.validateUpdateMe(b, COMPAT).success, true, JSON.stringify(b));
      }
    }
    assert.ok(strictAccepted > 10);
  });
});
