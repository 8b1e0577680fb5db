// The hostile-input suite (product.md §7) against the built package: the shared cases of
// hostile-cases.mjs in Node, and the same module in headless Chromium (a page importing
// /pkg/index.js, served from 127.0.0.1), each case reported back to Node as its own test.
// Run: node --test tests/js/hostile.test.mjs   (needs the built package in pkg/)

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import * as cal from '../../pkg/node.js';
import { CHROMIUM, CHROMIUM_ARGS, ISSUE_CODES, PKG_DIR, serve, tempDir } from './helpers.mjs';
import { cases, issueCodesFromDts, runCase } from './hostile-cases.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The heavy cases (50 MB strings, 10^6-deep nesting) fit the browser run too (a few seconds, a
// few hundred MB); set CAL_PROFILE_HOSTILE_BROWSER_HEAVY=0 to leave them to Node.
const BROWSER_HEAVY = process.env.CAL_PROFILE_HOSTILE_BROWSER_HEAVY !== '0';
const PAGE_TIMEOUT = 150_000;

/** node:test suites per group, one test per case; `body(c)` runs or looks up case `c`. */
function defineCases(list, body) {
  const groups = new Map();
  for (const c of list) {
    if (!groups.has(c.group)) groups.set(c.group, []);
    groups.get(c.group).push(c);
  }
  for (const [group, members] of groups) {
    describe(group, () => {
      for (const c of members) test(c.name, () => body(c));
    });
  }
}

test('the issue codes the cases check against are the ones pkg/index.d.ts declares', async () => {
  const fromDts = issueCodesFromDts(await fs.readFile(path.join(PKG_DIR, 'index.d.ts'), 'utf8'));
  assert.deepEqual([...fromDts].sort(), [...ISSUE_CODES].sort());
});

describe('hostile inputs in Node', () => {
  defineCases(cases(cal), (c) => runCase(cal, c, { issueCodes: ISSUE_CODES }));
});

describe('hostile inputs in Chromium', () => {
  const expected = cases(cal, { heavy: BROWSER_HEAVY });
  let dir;
  let server;
  let context;
  let results = new Map();
  let pageProblems = [];
  let elapsed = 0;

  before(async () => {
    dir = await tempDir('hostile');
    const site = path.join(dir, 'site');
    await fs.mkdir(site);
    await fs.writeFile(
      path.join(site, 'index.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>cal-profile hostile inputs</title>
<script type="module">
  import * as cal from '/pkg/index.js';
  import { issueCodesFromDts, runCases } from '/cases/hostile-cases.mjs';
  try {
    const issueCodes = issueCodesFromDts(await (await fetch('/pkg/index.d.ts')).text());
    window.__hostile = { results: await runCases(cal, { issueCodes, heavy: ${BROWSER_HEAVY} }) };
  } catch (e) {
    window.__hostile = { failure: String((e && e.stack) || e) };
  }
</script>`,
    );
    server = await serve({ '/pkg/': PKG_DIR, '/cases/': HERE, '/': site });
    // A fresh profile in our temp dir, removed with it.
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageProblems.push(`pageerror: ${e.message}`));
    page.on('crash', () => pageProblems.push('the page crashed'));
    page.on('response', (r) => {
      if (r.status() >= 400) pageProblems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') pageProblems.push(`console.error: ${m.text()}`);
    });
    const started = Date.now();
    await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => window.__hostile !== undefined, null, { timeout: PAGE_TIMEOUT, polling: 250 });
    elapsed = Date.now() - started;
    const out = await page.evaluate(() => window.__hostile);
    assert.equal(out.failure, undefined, `the page failed: ${out.failure}`);
    results = new Map(out.results.map((r) => [r.name, r]));
  }, { timeout: PAGE_TIMEOUT + 60_000 });

  after(async () => {
    if (context) await context.close().catch(() => {});
    if (server) await server.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('the page ran every case, without page errors', (t) => {
    assert.deepEqual(pageProblems, []);
    assert.deepEqual([...results.keys()], expected.map((c) => c.name));
    t.diagnostic(`${results.size} cases in ${elapsed} ms${BROWSER_HEAVY ? '' : ' (heavy cases left to Node)'}`);
  });

  defineCases(expected, (c) => {
    const r = results.get(c.name);
    assert.ok(r, 'the case did not run in the page');
    if (!r.ok) assert.fail(r.error);
  });
});
