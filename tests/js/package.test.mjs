// The package as users get it (product.md §5): imported by name with `import` and `require()`
// from a project that links it, and `npm pack` of pkg/ installed into an empty project.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

import * as cal from '../../pkg/node.js';
import { NODE_BIN, PKG_DIR, ROOT, tempDir } from './helpers.mjs';

const run = promisify(execFile);

// The same checks, written once for ESM and once for CommonJS; each prints one JSON line.
const CHECKS = `
  const out = {
    exports: Object.keys(cal).sort(),
    strict: cal.validateUpdateMe({ timeZone: 'america/new_york', timeFormat: 24, name: 'Alice' }),
    strictBad: cal.validateUpdateMe({ timeFormat: '12' }),
    compat: cal.validateUpdateMeJson('{"timeFormat":"12","timezone":"UTC"}', { mode: 'compat' }),
    zone: cal.checkTimeZone('Asia/Calcutta'),
    parseThrows: (() => { try { cal.parseUpdateMe({ timeFormat: 13 }); return false; } catch (e) { return e instanceof cal.ValidationError && e instanceof Error; } })(),
  };
  console.log(JSON.stringify(out));
`;
const ESM = `import * as cal from 'cal-profile';\nimport { validateUpdateMe } from 'cal-profile';\nif (typeof validateUpdateMe !== 'function') throw new Error('named import');\n${CHECKS}`;
const CJS = `const cal = require('cal-profile');\nif (require('cal-profile/package.json').name !== 'cal-profile') throw new Error('package.json export');\n${CHECKS}`;

/** What the checks give in this process (the reference). */
function expected() {
  return JSON.parse(
    JSON.stringify({
      exports: Object.keys(cal).sort(),
      strict: cal.validateUpdateMe({ timeZone: 'america/new_york', timeFormat: 24, name: 'Alice' }),
      strictBad: cal.validateUpdateMe({ timeFormat: '12' }),
      compat: cal.validateUpdateMeJson('{"timeFormat":"12","timezone":"UTC"}', { mode: 'compat' }),
      zone: cal.checkTimeZone('Asia/Calcutta'),
      parseThrows: true,
    }),
  );
}

async function runNode(cwd, file) {
  const { stdout } = await run(process.execPath, [file], { cwd, timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

async function writeConsumer(dir) {
  await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  await fs.writeFile(path.join(dir, 'esm.mjs'), ESM);
  await fs.writeFile(path.join(dir, 'cjs.cjs'), CJS);
}

function assertValidates(out) {
  const want = expected();
  assert.deepEqual(out, want);
  assert.deepEqual(out.strict.data, { timeZone: 'America/New_York', timeFormat: 24, name: 'Alice' });
  assert.equal(out.strictBad.success, false);
  assert.deepEqual(out.compat.data, { timeFormat: 12 });
}

describe('package.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));

  /** Every path a condition leads to, with the conditions on the way (`node.require.types`). */
  const targets = (node, via = []) =>
    typeof node === 'string' ? [[via.join('.'), node]] : Object.entries(node).flatMap(([k, v]) => targets(v, [...via, k]));

  test('an entry per runtime, in the order resolvers must meet them, each with its types first', () => {
    assert.equal(manifest.name, 'cal-profile');
    assert.equal(manifest.type, 'module');
    const root = manifest.exports['.'];
    assert.deepEqual(Object.keys(root), ['workerd', 'edge-light', 'node', 'require', 'default']);
    assert.deepEqual(Object.fromEntries(targets(root)), {
      'workerd.types': './index.d.ts',
      'workerd.default': './workerd.js',
      'edge-light.types': './index.d.ts',
      'edge-light.default': './edge-light.js',
      'node.import.types': './index.d.ts',
      'node.import.default': './node.js',
      'node.require.types': './index.d.cts',
      'node.require.default': './node.cjs',
      'require.types': './index.d.cts',
      'require.default': './node.cjs',
      'default.types': './index.d.ts',
      'default.default': './index.js',
    });
    for (const [via] of targets(root)) if (via.endsWith('default')) assert.ok(!via.includes('types'));
  });

  test('every file the manifest names exists in pkg/', () => {
    for (const f of manifest.files) assert.ok(existsSync(path.join(PKG_DIR, f)), f);
    for (const [, target] of [['main', manifest.main], ['types', manifest.types], ...targets(manifest.exports['.'])]) {
      assert.ok(existsSync(path.join(PKG_DIR, target)), target);
    }
  });

  test('no dependencies', () => {
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.peerDependencies, undefined);
  });
});

describe('by name from a project that links pkg/', () => {
  let dir;
  before(async () => {
    dir = await tempDir('linked');
    await writeConsumer(dir);
    await fs.mkdir(path.join(dir, 'node_modules'));
    await fs.symlink(PKG_DIR, path.join(dir, 'node_modules', 'cal-profile'), 'dir');
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('import', async () => {
    assertValidates(await runNode(dir, 'esm.mjs'));
  });

  test('require()', async () => {
    assertValidates(await runNode(dir, 'cjs.cjs'));
  });
});

describe('npm pack of pkg/, installed into an empty project', () => {
  let dir;
  let tarball;
  before(async () => {
    dir = await tempDir('packed');
    const packDir = path.join(dir, 'pack');
    await fs.mkdir(packDir);
    const { stdout } = await run('npm', ['pack', PKG_DIR, '--pack-destination', packDir, '--json'], { cwd: packDir, timeout: 60_000 });
    const info = JSON.parse(stdout);
    tarball = path.join(packDir, info[0].filename);
    const project = path.join(dir, 'project');
    await fs.mkdir(project);
    await writeConsumer(project);
    await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], { cwd: project, timeout: 120_000 });
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('the tarball holds the entries, the wasm, both declaration files, README and LICENSE, nothing else', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    // Every catalog of js/locales/ and the generated English, each as ESM and CommonJS.
    const codes = (await fs.readdir(path.join(ROOT, 'js', 'locales'))).map((f) => /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.js$/.exec(f)?.[1]).filter(Boolean);
    const locales = ['en', ...codes].flatMap((c) => ['.cjs', '.d.cts', '.d.ts', '.js'].map((x) => `locales/${c}${x}`));
    assert.deepEqual(files, [
      'LICENSE', 'README.md', 'cal_profile_bg.wasm', 'edge-light.js', 'index.d.cts', 'index.d.ts', 'index.js',
      ...locales.sort(),
      'node.cjs', 'node.js', 'package.json', 'workerd.js',
    ]);
  });

  test('a catalog by name registers into the instance the app uses (import and require)', async () => {
    const project = path.join(dir, 'project');
    const body = "{ timeZone: 'Europe/Londn' }";
    await fs.writeFile(
      path.join(project, 'locale.mjs'),
      `import { validateUpdateMe } from 'cal-profile';\nimport de from 'cal-profile/locales/de';\nimport 'cal-profile/locales/ar';\n` +
        `console.log(JSON.stringify([de.locale, validateUpdateMe(${body}, { locale: 'de' }).issues[0].message, validateUpdateMe(${body}, { locale: 'ar' }).issues[0].msg]));\n`,
    );
    await fs.writeFile(
      path.join(project, 'locale.cjs'),
      `const { validateUpdateMe } = require('cal-profile');\nrequire('cal-profile/locales/de');\n` +
        `console.log(JSON.stringify(['de', validateUpdateMe(${body}, { locale: 'de' }).issues[0].message, 'time_zone.unknown.suggest']));\n`,
    );
    for (const file of ['locale.mjs', 'locale.cjs']) {
      const { stdout } = await run(process.execPath, [file], { cwd: project, timeout: 30_000 });
      assert.deepEqual(JSON.parse(stdout), ['de', 'Keine IANA-Zeitzone: „Europe/Londn“; meinten Sie Europe/London?', 'time_zone.unknown.suggest'], file);
    }
  });

  test('it installs with no dependencies of its own', async () => {
    const installed = path.join(dir, 'project', 'node_modules');
    const entries = (await fs.readdir(installed)).filter((e) => !e.startsWith('.'));
    assert.deepEqual(entries, ['cal-profile']);
    assert.equal((await fs.lstat(path.join(installed, 'cal-profile'))).isSymbolicLink(), false, 'a real copy, not a link');
  });

  test('import validates a body', async () => {
    assertValidates(await runNode(path.join(dir, 'project'), 'esm.mjs'));
  });

  test('require() validates a body', async () => {
    assertValidates(await runNode(path.join(dir, 'project'), 'cjs.cjs'));
  });

  test('TypeScript resolves the types by package name (nodenext)', async () => {
    const project = path.join(dir, 'project');
    await fs.writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] }, files: ['check.mts'] }),
    );
    await fs.writeFile(
      path.join(project, 'check.mts'),
      [
        "import { validateUpdateMe, pickLocale, type UpdateMeInput, type Result, type Catalog } from 'cal-profile';",
        "import de from 'cal-profile/locales/de';",
        "const catalog: Catalog = de;",
        "const r: Result<UpdateMeInput> = validateUpdateMe({ timeFormat: 12 }, { locale: pickLocale(['de-AT']) });",
        "void catalog;",
        '// @ts-expect-error only cal.com\'s locale codes',
        "validateUpdateMe({}, { locale: 'de-AT' });",
        "if (r.success) { const tf: 12 | 24 | undefined = r.data.timeFormat; void tf; }",
        '// @ts-expect-error 13 is not a TimeFormat',
        'const bad: UpdateMeInput = { timeFormat: 13 };',
        'void bad;',
        '',
      ].join('\n'),
    );
    await run(path.join(NODE_BIN, 'tsc'), ['-p', project], { cwd: project, timeout: 60_000 }).catch((e) => {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    });
  });
});
