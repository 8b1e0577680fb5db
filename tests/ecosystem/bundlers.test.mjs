// The package through the bundlers integrators run, with no cal-profile-specific option:
// esbuild --platform=node (ESM and CommonJS output), Vite 8 (client build in Chromium, SSR build
// with the package inlined, the dev server with its dependency optimizer), webpack 5 (client build
// in Chromium). Server bundles are copied to a
// folder outside the project (no node_modules, no wasm file) and run there with Node.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { probe } from './fixtures/probe.cjs';
import { BIN, ECO, FIXTURES, chromium, freePort, isolatedDir, jsonOf, pageResult, serveStatic, sh, startServer, workDir } from './lib.mjs';

// The reference: the installed package in this process (plain Node 20 ESM).
const cal = await import('cal-profile');
const expected = probe(cal);

/** What the server fixtures must answer for their good and bad PATCH /v2/me bodies. */
function expectedAnswers() {
  const good = cal.validateUpdateMeJson('{"timeFormat":"12","timezone":"UTC"}', { mode: 'compat' });
  const bad = cal.validateUpdateMeJson('{"timeFormat":13}', { mode: 'compat' });
  return {
    good: { status: 200, body: good.data },
    bad: { status: 400, body: cal.calErrorBody(bad.issues, { path: '/v2/me', timestamp: 'T' }) },
  };
}

/** A server fixture's output, with the (run-dependent) timestamp of cal.com's error body checked and set to 'T'. */
function answersOf(out) {
  const ts = out.bad?.body?.timestamp;
  assert.ok(Math.abs(Date.parse(ts) - Date.now()) < 120_000, `error body timestamp ${ts}`);
  out.bad.body.timestamp = 'T';
  return out;
}

/** Copies `files` (names in `from`) into a fresh folder outside the project and runs `node main` there. */
async function runIsolated(name, from, files, main, extra = {}) {
  const dir = await isolatedDir(name);
  try {
    for (const f of files) await fs.cp(path.join(from, f), path.join(dir, f), { recursive: true });
    for (const [f, text] of Object.entries(extra)) await fs.writeFile(path.join(dir, f), text);
    assert.ok(!(await fs.readdir(dir)).some((f) => f.endsWith('.wasm')), 'no wasm file beside the bundle');
    return await jsonOf(process.execPath, [main], { cwd: dir, timeout: 30_000 });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

let browser;
before(async () => {
  browser = await chromium();
});
after(async () => {
  await browser?.close();
});

/** Serves a built client folder and returns the probe the page computed. */
async function probeInBrowser(dir) {
  const server = await serveStatic(dir);
  try {
    return await pageResult(browser, `${server.url}/index.html`);
  } finally {
    await server.close();
  }
}

describe('esbuild --platform=node, one output file run alone', () => {
  const src = path.join(FIXTURES, 'esbuild', 'server.js');
  for (const [format, file] of [
    ['esm', 'server.mjs'],
    ['cjs', 'server.cjs'],
  ]) {
    test(`--format=${format}`, { timeout: 60_000 }, async () => {
      const out = await workDir(`esbuild-${format}`);
      await sh(path.join(BIN, 'esbuild'), [src, '--bundle', '--platform=node', `--format=${format}`, `--outfile=${path.join(out, file)}`, '--log-level=warning']);
      assert.deepEqual(await fs.readdir(out), [file]);
      const { probe: got, ...answers } = answersOf(await runIsolated(`esbuild-${format}`, out, [file], file));
      assert.deepEqual(got, expected);
      assert.deepEqual(answers, expectedAnswers());
    });
  }
});

describe('Vite 8', () => {
  const root = path.join(FIXTURES, 'vite');
  test('client build, in Chromium', { timeout: 90_000 }, async () => {
    const out = await workDir('vite-client');
    await sh(path.join(BIN, 'vite'), ['build', root, '--outDir', out, '--emptyOutDir'], { timeout: 60_000 });
    const assets = await fs.readdir(path.join(out, 'assets'));
    assert.equal(assets.filter((f) => f.endsWith('.wasm')).length, 1, `the wasm is emitted as an asset: ${assets}`);
    assert.deepEqual(await probeInBrowser(out), expected);
  });
  test('SSR build with ssr.noExternal (the package inlined), run alone', { timeout: 90_000 }, async () => {
    const out = await workDir('vite-ssr');
    await sh(path.join(BIN, 'vite'), ['build', root, '--ssr', 'server.js', '--outDir', out, '--emptyOutDir'], { timeout: 60_000 });
    const files = await fs.readdir(out);
    // The deployed app's package.json says its .js files are ES modules, as Vite projects do.
    const { probe: got, ...answers } = answersOf(await runIsolated('vite-ssr', out, files, 'server.js', { 'package.json': '{"type":"module"}' }));
    assert.deepEqual(got, expected);
    assert.deepEqual(answers, expectedAnswers());
  });
  test('dev server (dependency pre-bundling on, no optimizeDeps option), in Chromium', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    // --force: the dependency optimizer runs now rather than reusing an earlier result.
    const server = await startServer(
      path.join(BIN, 'vite'),
      [root, '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--force'],
      { cwd: root, url },
    );
    const browser = await chromium();
    try {
      assert.deepEqual(await pageResult(browser, `${url}dev.html`), {
        strict: cal.validateUpdateMe({ timeZone: 'america/new_york', timeFormat: 24, name: 'Alice' }),
        bytes: cal.validateUpdateMeJson(new TextEncoder().encode('{"timeFormat":"12"}'), { mode: 'compat' }),
        field: cal.UpdateMeSchema.shape.timeZone['~standard'].validate('europe/londn'),
      });
      // It went through the optimizer: the pre-bundled copy is what the page loaded.
      const meta = JSON.parse(await fs.readFile(path.join(ECO, 'node_modules', '.vite', 'deps', '_metadata.json'), 'utf8'));
      assert.ok(meta.optimized['cal-profile'], `cal-profile pre-bundled: ${Object.keys(meta.optimized)}`);
    } finally {
      await browser.close();
      server.stop();
    }
  });
});

test('webpack 5, target web, in Chromium', { timeout: 120_000 }, async () => {
  const dir = path.join(FIXTURES, 'webpack');
  const out = await workDir('webpack');
  await sh(path.join(BIN, 'webpack'), ['--config', path.join(dir, 'webpack.config.js'), '--output-path', out], { cwd: ECO, timeout: 90_000 });
  await fs.copyFile(path.join(dir, 'index.html'), path.join(out, 'index.html'));
  assert.equal((await fs.readdir(out)).filter((f) => f.endsWith('.wasm')).length, 1, 'the wasm is emitted as an asset');
  assert.deepEqual(await probeInBrowser(out), expected);
});
