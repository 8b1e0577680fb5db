// The package in each runtime that loads it unbundled: Node (ESM, and CommonJS down to Node 18),
// Deno with no permissions, Bun; and the packaging linters, on the packed tarball.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

import { probe } from './fixtures/probe.cjs';
import { BIN, ECO, FIXTURES, INSTALLED, NODES, WORK, isolatedDir, jsonOf, sh } from './lib.mjs';

// The reference: the installed package in this process (plain Node 20 ESM).
const expected = probe(await import('cal-profile'));

test('the reference itself is right', () => {
  assert.ok(expected.exports.includes('validateUpdateMe') && expected.exports.length > 50);
  assert.deepEqual(expected.strict.data, { timeZone: 'America/New_York', timeFormat: 24, name: 'Alice' });
  assert.deepEqual(expected.strictBad.issues.map((i) => i.code), ['invalid_type', 'unrecognized_keys']);
  assert.deepEqual(expected.compat.data, { timeFormat: 12 });
  assert.equal(expected.bytes.data.name, 'Zoë');
  assert.deepEqual(expected.lone.issues.map((i) => [i.code, i.path[0]]), [['invalid_unicode', 'name'], ['invalid_unicode', 'bio']]);
  assert.deepEqual(expected.loneText.issues.map((i) => [i.code, i.path[0]]), [['invalid_unicode', 'bio']]);
  assert.equal(expected.zone.canonical, 'Asia/Kolkata');
  assert.deepEqual(expected.field.issues[0].suggestions, ['Europe/London']);
  assert.ok(expected.zones > 400);
  assert.equal(expected.parseThrows, true);
});

describe('Node', () => {
  const dir = path.join(FIXTURES, 'node');
  test(`ESM on Node ${process.versions.node}`, async () => {
    assert.deepEqual(await jsonOf(process.execPath, ['esm.mjs'], { cwd: dir }), expected);
  });
  test(`require on Node ${process.versions.node}`, async () => {
    assert.deepEqual(await jsonOf(process.execPath, ['cjs.cjs'], { cwd: dir }), expected);
  });
  for (const [version, node] of Object.entries(NODES)) {
    test(`require and import on Node ${version} (no require(esm) there)`, async () => {
      assert.match(await sh(node, ['--version']), new RegExp(`^v${version.replace('.', '\\.')}\\.`));
      assert.deepEqual(await jsonOf(node, ['cjs.cjs'], { cwd: dir }), expected);
      assert.deepEqual(await jsonOf(node, ['esm.mjs'], { cwd: dir }), expected);
    });
  }
});

test('Deno, with no --allow-read or any other permission', async () => {
  const out = await jsonOf(path.join(BIN, 'deno'), ['run', '--no-prompt', '--no-config', '--node-modules-dir=manual', 'main.ts'], {
    cwd: path.join(FIXTURES, 'deno'),
    env: { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: path.join(WORK, 'deno-cache') },
  });
  assert.deepEqual(out, expected);
});

describe('Bun', () => {
  const bun = path.join(BIN, 'bun');
  const cwd = path.join(FIXTURES, 'bun');
  test('bun run', async () => {
    assert.deepEqual(await jsonOf(bun, ['run', 'main.ts'], { cwd }), expected);
  });
  test('bun build --target=bun, the bundle run alone from another folder', async () => {
    const out = await isolatedDir('bun');
    try {
      await sh(bun, ['build', '--target=bun', '--outfile', path.join(out, 'main.js'), 'main.ts'], { cwd });
      assert.deepEqual(await fs.readdir(out), ['main.js'], 'one file, no wasm beside it');
      assert.deepEqual(await jsonOf(bun, ['main.js'], { cwd: out }), expected);
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });
});

describe('packaging linters on the installed package', () => {
  test('publint: no errors, warnings or suggestions', async () => {
    const out = await sh(path.join(BIN, 'publint'), ['run', INSTALLED, '--strict', '--level', 'suggestion'], { cwd: ECO });
    assert.match(out, /All good!/, out);
  });
  test('@arethetypeswrong/cli: every resolution mode resolves, no problem of any kind', async () => {
    const tarball = path.join(WORK, 'tarball', (await fs.readdir(path.join(WORK, 'tarball'))).find((f) => f.endsWith('.tgz')));
    const out = JSON.parse(await sh(path.join(BIN, 'attw'), [tarball, '--format', 'json', '--no-color'], { cwd: ECO }).catch((e) => e.stdout));
    assert.deepEqual(out.analysis.problems, []);
    const resolved = Object.fromEntries(
      Object.values(out.analysis.entrypoints['.'].resolutions).map((r) => [r.resolutionKind, r.resolution?.fileName.replace(/^.*\//, '')]),
    );
    // CommonJS consumers get the .d.cts, ESM and bundlers the .d.ts: each in its own format.
    assert.deepEqual(resolved, { node10: 'index.d.cts', 'node16-cjs': 'index.d.cts', 'node16-esm': 'index.d.ts', bundler: 'index.d.ts' });
  });
});
