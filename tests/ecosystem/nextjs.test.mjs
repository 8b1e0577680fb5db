// Next.js 16 with the package and no configuration: `next build` (Turbopack, the default) and
// `next build --webpack`, each served by `next start` on a loopback port. Route handlers (Node and
// edge runtimes) are called with fetch; the client component form is checked in its server-rendered
// HTML (read with JavaScript off) and live in Chromium. See fixtures/next/README.md.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { probe } from './fixtures/probe.cjs';
import { BIN, FIXTURES, chromium, freePort, sh, startServer, workDir } from './lib.mjs';

const cal = await import('cal-profile');
const expected = probe(cal);
const { verdict } = await import('./fixtures/next/app/verdict.js');
const FIXTURE = path.join(FIXTURES, 'next');
const env = { NEXT_TELEMETRY_DISABLED: '1', CI: '1' };

/** What a route fronting cal.com's PATCH /v2/me answers for a body (the reference, in plain Node). */
function expectedAnswer(body) {
  const r = cal.validateUpdateMeJson(body, { mode: 'compat' });
  return r.success ? { status: 200, body: r.data } : { status: 400, body: cal.calErrorBody(r.issues, { path: '/v2/me', timestamp: 'T' }) };
}

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(15_000) });
  const json = await res.json();
  if (json.timestamp !== undefined) {
    assert.ok(Math.abs(Date.parse(json.timestamp) - Date.now()) < 120_000, `timestamp ${json.timestamp}`);
    json.timestamp = 'T';
  }
  return { status: res.status, body: json };
}

async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  assert.equal(res.status, 200, url);
  return res.json();
}

const BODIES = ['{"timeFormat":"12","timezone":"UTC"}', '{"timeFormat":13,"timeZone":"europe/londn"}', '{"name":"Zoë","bio":"' + 'b'.repeat(300) + '"}'];

test('the app has no Next.js configuration at all', async () => {
  const files = await fs.readdir(FIXTURE);
  assert.deepEqual(files.filter((f) => f.startsWith('next.config')), []);
});

let browser;
before(async () => {
  browser = await chromium();
});
after(async () => {
  await browser?.close();
});

/** The same app built by `next build ${args}` in `dir`, started, and checked. */
function suite(name, { dir, args, edgeRoutes }) {
  describe(name, () => {
    let server;
    let base;
    before(
      async () => {
        const d = await dir();
        await sh(path.join(BIN, 'next'), ['build', ...args], { cwd: d, env, timeout: 240_000 });
        const port = await freePort();
        base = `http://127.0.0.1:${port}`;
        server = await startServer(path.join(BIN, 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: d, env, url: `${base}/api/me`, timeout: 60_000 });
      },
      { timeout: 330_000 },
    );
    after(() => server?.stop());

    for (const [route, runtime] of [['/api/me', 'nodejs'], ...edgeRoutes.map((r) => [r, 'edge'])]) {
      test(`${route} (${runtime} runtime): GET answers the probe, POST answers what cal.com would`, { timeout: 60_000 }, async () => {
        assert.deepEqual(await getJson(base + route), { runtime, probe: expected });
        for (const body of BODIES) assert.deepEqual(await post(base + route, body), expectedAnswer(body), body);
      });
    }

    test("the 'use client' form's server render ran the package (read with JavaScript off)", { timeout: 60_000 }, async () => {
      const html = await (await fetch(base + '/', { signal: AbortSignal.timeout(15_000) })).text();
      assert.match(html, /<output id="verdict">invalid_time_zone: /);
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(base + '/');
        assert.equal(await page.textContent('#verdict'), verdict('europe/londn'));
        assert.deepEqual(JSON.parse(await page.textContent('#probe')), expected);
      } finally {
        await context.close();
      }
    });

    test('the form in Chromium: hydrates with no error, probes, validates live as the user types', { timeout: 60_000 }, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Chromium's own request for /favicon.ico (the app has none) is a 404 logged as an error.
      page.on('console', (m) => m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url ?? ''}`));
      try {
        await page.goto(base + '/');
        await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30_000 });
        assert.deepEqual(await page.evaluate(() => window.__result), expected);
        for (const typed of ['Asia/Calcutta', 'america/new_york', 'Mars/Olympus']) {
          await page.fill('#timeZone', typed);
          await page.waitForFunction((v) => document.querySelector('#verdict').textContent === v, verdict(typed), { timeout: 10_000 });
        }
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  });
}

suite('next build (Turbopack, the default)', {
  dir: async () => FIXTURE,
  args: [],
  edgeRoutes: ['/api/edge', '/api/edge-pages'],
});

// Next 16.4.6's webpack build fails on any App Router edge route handler (ENOENT
// …/route_client-reference-manifest.js, also for a two-line route that imports nothing): the
// webpack build is of a copy of the app without app/api/edge; its edge runtime is covered by the
// Pages Router edge API route. The copy keeps the fixture's layout, so '../../probe.cjs' resolves.
suite('next build --webpack', {
  dir: async () => {
    const work = await workDir('next-webpack');
    const copy = path.join(work, 'next');
    await fs.cp(FIXTURE, copy, { recursive: true, filter: (src) => !/[/\\](\.next|node_modules)$/.test(src) && !src.endsWith(path.join('app', 'api', 'edge')) });
    await fs.copyFile(path.join(FIXTURES, 'probe.cjs'), path.join(work, 'probe.cjs'));
    return copy;
  },
  args: ['--webpack'],
  edgeRoutes: ['/api/edge-pages'],
});
