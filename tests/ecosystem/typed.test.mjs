// TypeScript consumers of the installed tarball: `module: node16` in a CommonJS project (emitted and
// run on Node 20 and Node 18), `moduleResolution: bundler` ESM under the strictest flags, and Jest 30
// + ts-jest in CommonJS (NestJS's default set-up).

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';

import { probe } from './fixtures/probe.cjs';
import { BIN, ECO, FIXTURES, NODES, WORK, jsonOf, sh, workDir } from './lib.mjs';
import { tsc } from './typed-lib.mjs';

const expected = probe(await import('cal-profile'));

describe('TypeScript module: node16 in a CommonJS project (--strict)', { timeout: 120_000 }, () => {
  const fixture = path.join(FIXTURES, 'ts-node16-cjs');
  let main;

  test('tsc resolves the CommonJS types (index.d.cts) and compiles with no error (TS1479 before)', async () => {
    const out = await workDir('ts-node16-cjs');
    const files = await tsc(fixture, ['--outDir', out, '--explainFiles']);
    assert.match(files, /node_modules\/cal-profile\/index\.d\.cts\n\s+Imported via 'cal-profile' from file 'fixtures\/ts-node16-cjs\/main\.ts'/);
    assert.doesNotMatch(files, /cal-profile\/index\.d\.ts\b/);
    // The emitted file keeps the fixture's layout (rootDir is fixtures/, for ../probe.cjs) and its
    // CommonJS package.json, so Node reads it as CommonJS as it would in the project.
    main = path.join(out, 'ts-node16-cjs', 'main.js');
    await fs.copyFile(path.join(fixture, 'package.json'), path.join(out, 'ts-node16-cjs', 'package.json'));
    assert.match(await fs.readFile(main, 'utf8'), /require\("cal-profile"\)/);
  });

  test(`the emitted CommonJS runs on Node ${process.versions.node}`, async () => {
    assert.ok(main, 'compiled');
    assert.deepEqual(await jsonOf(process.execPath, [main], { cwd: path.dirname(main) }), expected);
  });

  test('the emitted CommonJS runs on Node 18.20', async () => {
    assert.ok(main, 'compiled');
    assert.match(await sh(NODES['18.20'], ['--version']), /^v18\.20\./);
    assert.deepEqual(await jsonOf(NODES['18.20'], [main], { cwd: path.dirname(main) }), expected);
  });
});

test('TypeScript moduleResolution: bundler, ESM, --strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess', { timeout: 90_000 }, async () => {
  const files = await tsc(path.join(FIXTURES, 'ts-bundler'), ['--explainFiles']);
  assert.match(files, /node_modules\/cal-profile\/index\.d\.ts\n\s+Imported via 'cal-profile' from file 'fixtures\/ts-bundler\/consumer\.ts'/);
});

test('Jest 30 + ts-jest, CommonJS (preset ts-jest, module commonjs): the spec passes', { timeout: 120_000 }, async () => {
  const config = path.join(FIXTURES, 'jest-cjs', 'jest.config.js');
  await fs.rm(path.join(WORK, 'jest-cache'), { recursive: true, force: true }); // ts-jest compiles and type-checks afresh
  const report = JSON.parse(await sh(path.join(BIN, 'jest'), ['--config', config, '--ci', '--json', '--runInBand'], { cwd: ECO, timeout: 110_000 }));
  const tests = report.testResults.flatMap((f) => f.assertionResults.map((a) => [a.title, a.status]));
  assert.equal(report.success, true, JSON.stringify(report.testResults.map((f) => f.message)));
  assert.deepEqual(tests, [
    ['loads the CommonJS entry', 'passed'],
    ['normalises a valid body', 'passed'],
    ['reports issues with paths and suggestions', 'passed'],
    ['answers as cal.com would in compat mode, on raw bytes', 'passed'],
    ['the Standard Schema object works in Jest too', 'passed'],
  ]);
});
