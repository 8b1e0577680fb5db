// The Node entry compiles the wasm on the first call that needs the core (instance.js `defer`):
// importing the package and confirming plainly valid bodies must compile nothing, the first call
// that needs the core must compile it once and answer as always, and a failed compile must not
// leave the package broken. Each case runs in a fresh process whose WebAssembly.Module counts
// compiles, for the ESM and the CommonJS entry.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';

import * as cal from '../../pkg/node.js';
import { CANONICAL_ZONES } from '../../pkg/protocol.js';
import { PKG_DIR } from './helpers.mjs';

const run = promisify(execFile);

// Counts compiles; with FAIL_FIRST, the first compile throws as an engine out of memory would.
const COUNTING = `
  let compiles = 0;
  WebAssembly.Module = new Proxy(WebAssembly.Module, {
    construct(target, args) {
      compiles++;
      if (process.env.FAIL_FIRST && compiles === 1) throw new RangeError('no memory for the module');
      return Reflect.construct(target, args);
    },
  });
`;

const STEPS = `
  const typical = { name: 'Alice', timeZone: 'America/New_York', weekStart: 'Monday', timeFormat: 24, locale: 'pt-BR', metadata: { plan: 'pro', seats: 5 } };
  const steps = {};
  const step = (name, f) => {
    try {
      const r = f();
      steps[name] = { compiles, success: r.success, codes: (r.issues ?? []).map((i) => i.code) };
    } catch (e) {
      steps[name] = { compiles, threw: e.message };
    }
  };
  steps.imported = { compiles };
  step('valid', () => cal.validateUpdateMe(typical));
  step('validJson', () => cal.validateUpdateMeJson(JSON.stringify(typical)));
  step('validCompat', () => cal.validateUpdateMe({ timeZone: 'Europe/Paris' }, { mode: 'compat' }));
  step('invalid', () => cal.validateUpdateMe({ timeFormat: '24', weekStart: 'monday' }));
  step('again', () => cal.validateUpdateMe({ timeFormat: 13 }));
  step('zones', () => ({ success: cal.timeZones().length > 400 }));
  console.log(JSON.stringify(steps));
`;

async function steps(format, env = {}) {
  const entry = path.join(PKG_DIR, format === 'esm' ? 'node.js' : 'node.cjs');
  const script = format === 'esm'
    ? `${COUNTING}\nconst cal = await import(${JSON.stringify(entry)});\n${STEPS}`
    : `${COUNTING}\nconst cal = require(${JSON.stringify(entry)});\n${STEPS}`;
  const args = format === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, ...env } });
  return JSON.parse(stdout.trim().split('\n').pop());
}

describe('the Node entry compiles the wasm on first use', () => {
  for (const format of ['esm', 'cjs']) {
    test(`${format}: nothing is compiled for plainly valid bodies, once for the first that needs the core`, async () => {
      const s = await steps(format);
      assert.deepEqual(s.imported, { compiles: 0 });
      assert.deepEqual(s.valid, { compiles: 0, success: true, codes: [] });
      assert.deepEqual(s.validJson, { compiles: 0, success: true, codes: [] });
      assert.deepEqual(s.validCompat, { compiles: 0, success: true, codes: [] });
      assert.deepEqual(s.invalid, { compiles: 1, success: false, codes: ['invalid_type', 'invalid_value'] });
      assert.deepEqual(s.again, { compiles: 1, success: false, codes: ['invalid_value'] });
      assert.deepEqual(s.zones, { compiles: 1, success: true, codes: [] });
    });

    test(`${format}: a compile that throws is tried again by the next call`, async () => {
      const s = await steps(format, { FAIL_FIRST: '1' });
      assert.deepEqual(s.valid, { compiles: 0, success: true, codes: [] });
      assert.deepEqual(s.invalid, { compiles: 1, threw: 'no memory for the module' });
      assert.deepEqual(s.again, { compiles: 2, success: false, codes: ['invalid_value'] });
    });
  }

  test("the entry's zone names are the core's canonical names", () => {
    assert.deepEqual(CANONICAL_ZONES.split(' '), cal.timeZones());
  });
});
