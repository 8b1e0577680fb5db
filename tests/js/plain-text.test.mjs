// The core's plain-text scan (src/utf16.rs, wasm SIMD in the shipped build) as the JS layer asks
// it in Node (js/input.js `plainText`: Buffer copies the string's UTF-16 units into the input
// buffer): "is this string well-formed, with nothing JSON escapes?" must get the definition's
// answer for every string, or undefined where it cannot be asked. The fast path and the encoder
// trust a `true` without another look.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PKG_DIR } from './helpers.mjs';

const load = (name) => import(pathToFileURL(path.join(PKG_DIR, name)).href);
const glue = await load('cal_profile.js');
const wasm = glue.initSync({ module: readFileSync(path.join(PKG_DIR, 'cal_profile_bg.wasm')) });
const { setMemory } = await load('instance.js');
const { plainText, inputBytes } = await load('input.js');
setMemory(wasm.memory, Buffer);

/** The definition, in JS: no lone surrogate, no `"`, `\` or control character. */
const plainByDefinition = (s) => s.isWellFormed() && !/["\\\u0000-\u001f]/.test(s);
// Text with nothing past U+00FF is not asked about (isWellFormed is free on it): undefined.
const expected = (s) => (/[^\u0000-\u00ff]/.test(s) ? plainByDefinition(s) : undefined);

// Units that matter to the scan, and ordinary ones on either side of its thresholds.
const SPECIAL = ['\ud83d', '\ude00', '\udbff', '\udc00', '\ud800', '\udfff', '"', '\\', '\u0000', '\u001f', '\n'];
const ORDINARY = ['a', ' ', '\u0020', '\u0021', '\u0023', '\u005b', '\u005d', '\u007f', 'é', '東', '\ud7ff', '\ue000', '\uffff', '\u03ff', '\ufc00'];

describe('plainText: the core scan answers as the definition does', () => {
  test('one special unit at every offset of strings of 0 to 40 units (every position in a SIMD block and past it)', () => {
    let checked = 0;
    for (let n = 0; n <= 40; n++) {
      // One unit past U+00FF at the end makes the string one the scan is asked about.
      const base = 'a'.repeat(n) + '東';
      assert.equal(plainText(base), true, `${n} ordinary units and 東`);
      assert.equal(plainText('a'.repeat(n)), undefined, `${n} ASCII units`);
      for (let at = 0; at <= n; at++) {
        for (const u of SPECIAL) {
          const s = base.slice(0, at) + u + base.slice(at);
          assert.equal(plainText(s), plainByDefinition(s), `${JSON.stringify(u)} at ${at} of ${n + 2}`);
          checked++;
        }
        // A pair in every position, block boundaries included: plain.
        const pair = base.slice(0, at) + '😀' + base.slice(at);
        assert.equal(plainText(pair), true, `a pair at ${at} of ${n + 3}`);
      }
    }
    assert.ok(checked > 9_000);
  });

  test('200,000 random strings over special and ordinary units agree with the definition', () => {
    let seed = 0x9a1e;
    const random = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    };
    let plain = 0;
    for (let k = 0; k < 200_000; k++) {
      const n = Math.floor(random() * (random() < 0.9 ? 48 : 700));
      const rare = random() * 0.05;
      let s = '';
      while (s.length < n) {
        const from = random() < rare ? SPECIAL : random() < 0.1 ? ['😀', '🚀'] : ORDINARY;
        s += from[Math.floor(random() * from.length)];
      }
      const answer = expected(s);
      if (answer === true) plain++;
      assert.equal(plainText(s), answer, JSON.stringify(s));
    }
    // Both answers must be common, or the property says little.
    assert.ok(plain > 30_000 && plain < 160_000, `${plain} plain strings`);
  });

  test('a string longer than the input buffer is not asked about: undefined', () => {
    const units = inputBytes().length / 2;
    assert.equal(plainText('東'.repeat(units)), true);
    assert.equal(plainText('東'.repeat(units + 1)), undefined);
  });

  test('after wasm memory grows (its old buffer detached), the scan still reads the new copy', () => {
    assert.equal(plainText('東京 😀 '.repeat(100)), true);
    wasm.memory.grow(1);
    assert.equal(plainText('東京 😀 '.repeat(100)), true);
    assert.equal(plainText('東京 \ud83d '.repeat(100)), false);
  });

  test('without a Buffer (browsers, Deno without Node globals), there is nothing to ask: undefined', () => {
    setMemory(wasm.memory, null);
    try {
      assert.equal(plainText('東京 😀 '.repeat(100)), undefined);
    } finally {
      setMemory(wasm.memory, Buffer);
    }
  });
});
