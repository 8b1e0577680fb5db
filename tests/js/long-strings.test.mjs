// Long strings stay on the JS side (the core gets `!s<length>` and answers with references), and
// long unescaped strings of a JSON text come back as slices of it. Neither may change a verdict:
// every case here is checked against the bytes entry point (`validate…Json(Uint8Array)`), which
// copies everything into wasm and never uses either shortcut.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as cal from '../../pkg/node.js';
import { MANAGED_USER, ME, assertFail, assertOk } from './helpers.mjs';

const COMPAT = { mode: 'compat' };
const MODES = [undefined, COMPAT];
const utf8 = new TextEncoder();

/** `n` UTF-16 units of mixed text: ASCII, Latin-1, CJK and astral characters. */
function text(n, seed = 0) {
  const pieces = ['Lorem ipsum ', 'café ', '東京 ', '😀 ', 'naïve ', 'dolor '];
  let s = '';
  for (let i = seed; s.length < n; i++) s += pieces[i % pieces.length];
  s = s.slice(0, n);
  const last = s.charCodeAt(n - 1);
  return last >= 0xd800 && last <= 0xdbff ? `${s.slice(0, -1)}x` : s;
}

/** The object, JSON text and bytes entry points agree on `body` (JSON-representable). */
function assertSameVerdicts(validate, validateJson, body, options) {
  const json = JSON.stringify(body);
  const reference = validateJson(utf8.encode(json), options);
  assert.deepEqual(validate(body, options), reference, 'object input');
  assert.deepEqual(validateJson(json, options), reference, 'JSON text input');
  return reference;
}

const update = (body, options) => assertSameVerdicts(cal.validateUpdateMe, cal.validateUpdateMeJson, body, options);

const url = (n) => `https://cal.com/avatars/${'a'.repeat(n - 'https://cal.com/avatars/.png'.length)}.png`;

describe('long strings', () => {
  test('valid long values come back unchanged, at every depth', () => {
    const metadata = {};
    for (let i = 0; i < 50; i++) metadata[`key_${i}`] = text(500, i);
    const body = { name: text(1000), bio: text(300, 3), avatarUrl: url(400), metadata };
    for (const options of MODES) assertOk(update(body, options), body);
  });

  test('invalid long values: the same issues as for the whole text', () => {
    const cases = [
      { email: `${'a'.repeat(300)}@example.com` },
      { avatarUrl: url(2085) },
      { avatarUrl: `ftp://${'a'.repeat(300)}` },
      { timeZone: `Europe/${'x'.repeat(300)}` },
      { locale: 'x'.repeat(300) },
      { weekStart: 'M'.repeat(300) },
      { metadata: { a: text(501), b: text(300) } },
      { metadata: { [text(41)]: text(300) } },
      { name: text(300), timezone: text(300) },
    ];
    for (const body of cases) {
      assert.equal(update(body).success, false, JSON.stringify(body).slice(0, 60));
      update(body, COMPAT);
    }
  });

  test('long strings JSON escapes, or with a lone surrogate, are sent whole', () => {
    const quoted = `"${'\\'.repeat(100)}\n${text(300)}\u0001"`;
    for (const options of MODES) assertOk(update({ bio: quoted, metadata: { q: quoted.slice(0, 500) } }, options));
    const lone = `${text(300)}\ud800`;
    assertFail(cal.validateUpdateMe({ bio: lone }), [{ code: 'invalid_unicode', path: ['bio'] }]);
    assertFail(cal.validateUpdateMe({ metadata: { a: lone } }), [{ code: 'invalid_unicode', path: ['metadata', 'a'] }]);
    const compat = assertOk(cal.validateUpdateMe({ bio: lone, metadata: { a: lone } }, COMPAT));
    assert.equal(compat.data.bio, lone);
    assert.equal(compat.data.metadata.a, lone);
  });

  test('a polluted Object.prototype adds nothing to the data', () => {
    Object.prototype.polluted = { injected: true }; // eslint-disable-line no-extend-native
    try {
      const r = assertOk(cal.validateUpdateMe({ bio: text(400), metadata: { a: text(300) } }));
      assert.equal(Object.hasOwn(r.data, 'polluted'), false);
      assert.equal(Object.hasOwn(r.data.metadata, 'polluted'), false);
    } finally {
      delete Object.prototype.polluted;
    }
  });

  test('a getter runs once even when the core asks for a long text after all', () => {
    let reads = 0;
    const body = {
      get avatarUrl() {
        reads++;
        return url(300);
      },
      bio: text(400),
    };
    assertOk(cal.validateUpdateMe(body), { avatarUrl: url(300), bio: text(400) });
    assert.equal(reads, 1);
  });

  test('strings of millions of units, kept or with a quote to escape, also when the core asks again', () => {
    for (const huge of [text(3_000_000), `${text(3_000_000)}"`]) {
      for (const options of MODES) {
        const r = update({ bio: huge, avatarUrl: url(300) }, options);
        assert.equal(r.issues[0].code, 'body_too_large');
      }
      // The avatar rule reads its text: the core asks again.
      const me = { ...ME, avatarUrl: url(300), bio: huge };
      assertOk(assertSameVerdicts(cal.validateMe, cal.validateMeJson, me), me);
    }
  });

  test("the 100 kB limit stays exact to the byte with long multi-byte strings", () => {
    // {"bio":"…"} is 10 bytes of JSON around the text; é is 2 bytes of UTF-8.
    const limit = 102400;
    for (const [size, ok] of [[limit, true], [limit + 1, false]]) {
      const bio = 'é'.repeat(50000) + 'a'.repeat(size - 10 - 100000);
      assert.equal(utf8.encode(JSON.stringify({ bio })).length, size);
      for (const options of MODES) {
        const r = update({ bio }, options);
        assert.equal(r.success, ok, `${size} bytes`);
        if (!ok) assert.equal(r.issues[0].code, 'body_too_large');
      }
    }
    // Far under the limit in bytes, though 3 bytes a unit would not prove it.
    const metadata = {};
    for (let i = 0; i < 50; i++) metadata[`k${i}`] = 'é'.repeat(500);
    assertOk(update({ metadata, bio: 'a'.repeat(40000) }));
  });

  test("a bytes body's long strings come back exact: every UTF-8 width at every offset", () => {
    // In Node, text past Latin-1 is transcoded by the core (src/transcode.rs), sixteen bytes at a
    // time; Latin-1 text is decoded by TextDecoder. Bodies past the input buffer, each larger than
    // the last, make wasm memory grow between calls (the output buffer's view must follow), and
    // take the copying path.
    const widths = ['a', 'é', 'ÿ', 'Ā', '東', '\uffff', '😀', '\u{10ffff}'];
    for (const [w, c] of widths.entries()) {
      const huge = utf8.encode(JSON.stringify({ bio: text(150_000 * (w + 1)) }));
      for (let at = 0; at < 40; at++) {
        if (at === 20) assert.equal(cal.validateUpdateMeJson(huge).success, false);
        const bio = `${'x'.repeat(at)}${c}${'y'.repeat(70)}${c}`;
        const body = { bio, metadata: { k: `${bio}${text(300, at)}` } };
        const json = JSON.stringify(body);
        for (const bytes of [utf8.encode(json), Buffer.from(json)]) {
          const r = cal.validateUpdateMeJson(bytes);
          assert.deepEqual(r, { success: true, data: body, warnings: [] }, `${c} at ${at}`);
        }
      }
    }
  });

  test('JSON text: slices survive a byte-order mark and escaped lone surrogates before them', () => {
    const long = text(300);
    const body = `\ufeff{"name":"x\\ud800","bio":${JSON.stringify(long)},"metadata":{"k":${JSON.stringify(long)}}}`;
    const r = assertOk(cal.validateUpdateMeJson(body, COMPAT));
    assert.deepEqual(r.data, { name: 'x\ud800', bio: long, metadata: { k: long } });
    // A raw lone surrogate is escaped before the text goes in; later slices still line up.
    const raw = `{"name":"x\ud800y","bio":${JSON.stringify(long)}}`;
    assert.deepEqual(assertOk(cal.validateUpdateMeJson(raw, COMPAT)).data, { name: 'x\ud800y', bio: long });
  });

  test('a nested response object keeps its long strings', () => {
    const user = { ...MANAGED_USER, name: text(600), bio: text(700, 2) };
    const created = {
      user,
      accessToken: 'a'.repeat(300),
      refreshToken: 'r'.repeat(280),
      accessTokenExpiresAt: 1730000000000,
      refreshTokenExpiresAt: 1760000000000,
    };
    for (const options of MODES) {
      const r = assertSameVerdicts(cal.validateCreatedManagedUser, cal.validateCreatedManagedUserJson, created, options);
      assert.equal(r.success, true);
      assert.deepEqual(r.data.user.bio, user.bio);
    }
  });

  test('field helpers: a long value is the data, or the same issue', () => {
    const metadata = { a: text(500), b: text(499, 1) };
    assert.deepEqual(assertOk(cal.checkMetadata(metadata)).data, metadata);
    assert.equal(assertOk(cal.checkAvatarUrl(url(300))).data, url(300));
    assertFail(cal.checkEmail(`${'a'.repeat(300)}@example.com`), [{ code: 'too_big', path: [] }]);
    assertFail(cal.checkMetadata({ a: text(501) }), [{ code: 'too_big', path: ['a'] }]);
  });
});
