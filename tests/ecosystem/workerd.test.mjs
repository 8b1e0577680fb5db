// Cloudflare workerd: the Worker in fixtures/workerd, bundled by wrangler with no cal-profile rule
// (wrangler resolves the package's `workerd` entry and keeps the wasm a compiled module), served
// by `wrangler dev --local` (miniflare running workerd) with no network, and called with fetch.
// Wrangler 4.164 needs Node >= 22.12: it runs on the Node 22 from the registry (NODE22).

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { probe } from './fixtures/probe.cjs';
import { ECO, FIXTURES, freePort, sh, startServer, workDir } from './lib.mjs';

const cal = await import('cal-profile');
const expected = probe(cal);
const FIXTURE = path.join(FIXTURES, 'workerd');
const NODE22 = path.join(ECO, 'node_modules', 'node22', 'bin', 'node');
const WRANGLER = path.join(ECO, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
// No telemetry, no prompts, no fetch of the `Request.cf` data from workers.cloudflare.com.
const env = { WRANGLER_SEND_METRICS: 'false', CI: '1', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_LOG: 'warn' };

function expectedAnswer(body) {
  const r = cal.validateUpdateMeJson(body, { mode: 'compat' });
  return r.success ? { status: 200, body: r.data } : { status: 400, body: cal.calErrorBody(r.issues, { path: '/v2/me', timestamp: 'T' }) };
}

test('the wrangler configuration has no module rule, alias or anything else for cal-profile', async () => {
  const text = await fs.readFile(path.join(FIXTURE, 'wrangler.jsonc'), 'utf8');
  const config = JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
  assert.deepEqual(Object.keys(config).sort(), ['compatibility_date', 'main', 'name']);
});

test('wrangler deploy --dry-run: the wasm is bundled as its own module, not inlined', { timeout: 90_000 }, async () => {
  const out = await workDir('workerd-deploy');
  await sh(NODE22, [WRANGLER, 'deploy', '--dry-run', '--outdir', out], { cwd: FIXTURE, env, timeout: 60_000 });
  const files = await fs.readdir(out);
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm module in ${files}`);
  assert.deepEqual(await fs.readFile(path.join(out, wasm[0])), await fs.readFile(path.join(ECO, 'node_modules', 'cal-profile', 'cal_profile_bg.wasm')));
  assert.ok((await fs.stat(path.join(out, 'worker.js'))).size < 60_000, 'worker.js does not carry the wasm bytes');
});

let server;
let base;
before(
  async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startServer(NODE22, [WRANGLER, 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false'], {
      cwd: FIXTURE,
      env,
      url: base,
      timeout: 90_000,
    });
  },
  { timeout: 120_000 },
);
after(() => server?.stop());

test('wrangler dev --local: GET answers the probe computed in workerd', { timeout: 60_000 }, async () => {
  const res = await fetch(base, { signal: AbortSignal.timeout(30_000) });
  assert.equal(res.status, 200, server.log());
  assert.deepEqual(await res.json(), { probe: expected });
});

test('wrangler dev --local: POST answers what cal.com would', { timeout: 60_000 }, async () => {
  for (const body of ['{"timeFormat":"12","timezone":"UTC"}', '{"timeFormat":13,"timeZone":"europe/londn"}', '{"name":"Zoë","bio":"' + 'b'.repeat(300) + '"}']) {
    const res = await fetch(base, { method: 'POST', body, signal: AbortSignal.timeout(30_000) });
    const json = await res.json();
    if (json.timestamp !== undefined) {
      assert.ok(Math.abs(Date.parse(json.timestamp) - Date.now()) < 120_000, `timestamp ${json.timestamp}`);
      json.timestamp = 'T';
    }
    assert.deepEqual({ status: res.status, body: json }, expectedAnswer(body), body);
  }
});
