// The demo server's /openapi.json (the package's openApiDocument()) and the reference page that
// renders it (www/api.html), in headless Chromium under the server's CSP.
// Run: node --test tests/demo/openapi.test.mjs   (needs the built package in pkg/ and /usr/bin/chromium)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { validate as validateOpenApi, compileErrors } from '@readme/openapi-parser';
import { OUTPUT_DIR, startServer, tempDir } from './helpers.mjs';
import * as cal from '../../pkg/node.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

let server;
let dir;

before(async () => {
  dir = await tempDir('openapi');
  server = await startServer(['--data', path.join(dir, 'profile.json')]);
});

after(async () => {
  await server?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('GET /openapi.json is the package\'s document, and a valid one', async () => {
  const res = await fetch(new URL('/openapi.json', server.url));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const doc = await res.json();
  assert.deepEqual(doc, cal.openApiDocument());
  const r = await validateOpenApi(doc);
  assert.ok(r.valid, compileErrors(r));
  const head = await fetch(new URL('/openapi.json', server.url), { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('the reference page renders every endpoint and schema under the CSP', async () => {
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    const res = await page.goto(new URL('/api.html', server.url).href);
    assert.match(res.headers()['content-security-policy'], /script-src 'self'/);
    await page.waitForSelector('#api-schemas section');
    const doc = cal.openApiDocument();
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    assert.equal(await page.locator('#api-endpoints section').count(), operations);
    assert.equal(await page.locator('#api-schemas section').count(), Object.keys(doc.components.schemas).length);
    const timeZone = page.locator('#schema-UpdateMeInput tr', { hasText: 'timeZone' });
    assert.match(await timeZone.innerText(), /IANA time-zone name/);
    assert.match(await page.locator('#api-status').innerText(), /OpenAPI 3\.1\.0/);
    // The main page links here.
    await page.goto(new URL('/', server.url).href);
    assert.equal(await page.locator('a[href="api.html"]').count(), 1);
    await page.goto(new URL('/api.html', server.url).href);
    await page.waitForSelector('#api-schemas section');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'api-reference.png'), fullPage: false });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
