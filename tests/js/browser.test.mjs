// The package in a real browser (product.md §5): a plain <script type="module"> page importing
// pkg/index.js, and a Vite production build of a tiny app, both in headless Chromium, giving the
// same results as Node.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

import { chromium } from 'playwright-core';

import * as cal from '../../pkg/node.js';
import { CHROMIUM_ARGS, NODE_BIN, PKG_DIR, serve, tempDir } from './helpers.mjs';

const run = promisify(execFile);

// Run in the page (serialised with toString) and in Node: the same calls, one JSON-able answer.
function compute(cal) {
  const body = { name: 'Alice', timeFormat: 24, timeZone: 'america/new_york', locale: 'pt-BR', metadata: { plan: 'pro', seats: 3 } };
  let thrown = null;
  try {
    cal.parseUpdateMe({ timeFormat: 13 });
  } catch (e) {
    thrown = { validationError: e instanceof cal.ValidationError, error: e instanceof Error, issues: e.issues };
  }
  const compatIssues = cal.validateUpdateMe({ timeFormat: 13, locale: 'xx' }, { mode: 'compat' }).issues;
  return {
    strict: cal.validateUpdateMe(body),
    strictBad: cal.validateUpdateMe({ timeFormat: '12', timezone: 'UTC', name: '\uD800x' }),
    compat: cal.validateUpdateMe({ timeFormat: '12', timezone: 'UTC', name: '\uD800x' }, { mode: 'compat' }),
    jsonText: cal.validateUpdateMeJson('{"timeZone":"Asia/Calcutta"}'),
    jsonBytes: cal.validateUpdateMeJson(new TextEncoder().encode('{"weekStart":"monday"}')),
    unreadable: cal.validateUpdateMe(new Proxy({}, { ownKeys() { throw new Error('x'); } })),
    create: cal.validateCreateManagedUser({}),
    zone: cal.checkTimeZone('Europe/Londn'),
    zones: cal.timeZones().length,
    tzdb: cal.tzdbVersion(),
    locales: cal.locales(),
    thrown,
    errorBody: cal.calErrorBody(compatIssues, { timestamp: '2024-01-01T00:00:00.000Z' }),
    diff: cal.diffUpdate({ name: 'A', timeZone: 'Europe/London' }, { name: 'B', timeZone: 'europe/london' }),
    request: cal.buildPatchMeRequest({ apiKey: 'cal_live_0123456789abcdef', body: { bio: 'hi' } }),
  };
}

/** Opens `url` in a new page and waits for `window.__result`; fails on any page error. */
async function resultOf(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await page.waitForFunction(() => 'result' in window || 'failure' in window, null, { timeout: 15_000 }).catch(() => {});
    const failure = await page.evaluate(() => window.failure);
    assert.equal(failure, undefined, `the page failed: ${failure}`);
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(errors, []);
    assert.ok(result, `no result from ${url}; errors: ${errors.join('\n')}`);
    return result;
  } finally {
    await page.close();
  }
}

function assertSameAsNode(result) {
  const inNode = JSON.parse(JSON.stringify(compute(cal)));
  assert.deepEqual(result, inNode);
  assert.equal(result.strict.success, true);
  assert.deepEqual(result.strict.data.timeZone, 'America/New_York');
  assert.equal(result.strictBad.success, false);
  assert.equal(result.compat.success, true);
  assert.equal(result.compat.data.name, '\uD800x');
  assert.equal(result.thrown.validationError, true);
}

describe('in Chromium', () => {
  let browser;
  let dir;
  const cleanups = [];

  before(async () => {
    dir = await tempDir('browser');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
  });

  after(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
    if (browser) await browser.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  /** A plain page importing /pkg/index.js (dynamically, so that a failed import is reported). */
  async function plainSite(name) {
    const site = path.join(dir, name);
    await fs.mkdir(site);
    await fs.writeFile(
      path.join(site, 'index.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>cal-profile</title>
<script type="module">
  try {
    const cal = await import('/pkg/index.js');
    window.result = JSON.parse(JSON.stringify((${compute.toString()})(cal)));
  } catch (e) {
    window.failure = String(e && e.message || e);
  }
</script>`,
    );
    return site;
  }

  test('a plain <script type="module"> page importing /pkg/index.js validates (strict and compat) like Node', { timeout: 30_000 }, async () => {
    const server = await serve({ '/pkg/': PKG_DIR, '/': await plainSite('plain') });
    cleanups.push(server.close);
    assertSameAsNode(await resultOf(browser, `${server.url}/`));
    assert.deepEqual(server.wasmTypes, ['application/wasm'], 'the wasm is fetched once, as application/wasm');
  });

  test('a host that serves the wasm as application/octet-stream still gets a working package', { timeout: 30_000 }, async () => {
    const server = await serve({ '/pkg/': PKG_DIR, '/': await plainSite('octet') }, { wasmType: 'application/octet-stream' });
    cleanups.push(server.close);
    assertSameAsNode(await resultOf(browser, `${server.url}/`));
    assert.deepEqual(server.wasmTypes, ['application/octet-stream']);
  });

  test('a missing wasm fails the import with its URL and HTTP status', { timeout: 30_000 }, async () => {
    const server = await serve({ '/pkg/': PKG_DIR, '/': await plainSite('missing') }, { missing: ['/pkg/cal_profile_bg.wasm'] });
    cleanups.push(server.close);
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 15_000 });
      await page.waitForFunction(() => 'result' in window || 'failure' in window, null, { timeout: 15_000 });
      assert.equal(await page.evaluate(() => window.result), undefined);
      assert.equal(await page.evaluate(() => window.failure), `cal-profile: fetching ${server.url}/pkg/cal_profile_bg.wasm failed with HTTP 404`);
    } finally {
      await page.close();
    }
  });

  test('a Vite build of an app importing the package validates like Node', { timeout: 60_000 }, async () => {
    const app = path.join(dir, 'vite-app');
    await fs.mkdir(path.join(app, 'node_modules'), { recursive: true });
    await fs.cp(PKG_DIR, path.join(app, 'node_modules', 'cal-profile'), { recursive: true });
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
    await fs.writeFile(
      path.join(app, 'index.html'),
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>vite app</title><script type="module" src="/main.js"></script>',
    );
    await fs.writeFile(
      path.join(app, 'main.js'),
      `import * as cal from 'cal-profile';
const compute = ${compute.toString()};
try {
  window.result = JSON.parse(JSON.stringify(compute(cal)));
} catch (e) {
  window.failure = String(e && e.stack || e);
}
`,
    );
    await run(path.join(NODE_BIN, 'vite'), ['build', '--logLevel', 'warn'], { cwd: app, timeout: 45_000 }).catch((e) => {
      assert.fail(`vite build failed:\n${e.stdout}${e.stderr}`);
    });
    const dist = path.join(app, 'dist');
    const assets = await fs.readdir(path.join(dist, 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets.join(' ')}`);
    const server = await serve({ '/': dist });
    cleanups.push(server.close);
    assertSameAsNode(await resultOf(browser, `${server.url}/`));
    assert.equal(server.wasmTypes.length, 1);
  });
});
