// The reference server's /v2/me of today (issue 14) over real HTTP: GET /v2/me returns locale, and
// GET/PATCH /v2/me/booking-limits behaves like the published endpoint (compat validation by the
// package, cal.com's envelopes and 400 body), persisted with the profile across restarts.
// Run: node --test tests/demo/booking-limits.test.mjs   (needs the built package in pkg/)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_KEY, PKG_DIR, authHeaders, getMe, patchMe, startServer, tempDir } from './helpers.mjs';

const cp = await import(pathToFileURL(path.join(PKG_DIR, 'node.js')).href);
const LIMITS = '/v2/me/booking-limits';
const NONE = { perDay: null, perWeek: null, perMonth: null, perYear: null };

async function getLimits(base, key = API_KEY) {
  const res = await fetch(`${base}${LIMITS}`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: res.status, body: await res.json(), revision: res.headers.get('x-profile-revision') };
}

async function patchLimits(base, body, { key = API_KEY, headers = {} } = {}) {
  const res = await fetch(`${base}${LIMITS}`, {
    method: 'PATCH',
    headers: { ...authHeaders(key), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('GET /v2/me of today', () => {
  let dir;
  let server;
  before(async () => {
    dir = await tempDir('limits-me');
    server = await startServer(['--data', path.join(dir, 'profile.json')]);
  });
  after(async () => { await server.stop(); await fs.rm(dir, { recursive: true, force: true }); });

  test('returns locale, and the page\'s guard accepts it without a warning', async () => {
    const { body } = await getMe(server.url);
    assert.equal(body.data.locale, 'en');
    const guard = cp.validateMe(body.data);
    assert.equal(guard.success, true);
    assert.deepEqual(guard.warnings, []);
    const patched = await patchMe(server.url, { locale: 'pt-BR' });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.data.locale, 'pt-BR');
    assert.equal((await getMe(server.url)).body.data.locale, 'pt-BR');
  });
});

describe('/v2/me/booking-limits', () => {
  let dir;
  let data;
  let server;
  before(async () => {
    dir = await tempDir('limits');
    data = path.join(dir, 'profile.json');
    server = await startServer(['--data', data]);
  });
  after(async () => { await server.stop(); await fs.rm(dir, { recursive: true, force: true }); });

  test('401 without a valid key, in the error envelope with the endpoint\'s path', async () => {
    for (const headers of [{}, { Authorization: 'Bearer cal_test_wrong_0123456789' }]) {
      const res = await fetch(`${server.url}${LIMITS}`, { headers });
      assert.equal(res.status, 401);
      const body = await res.json();
      assert.equal(body.status, 'error');
      assert.equal(body.path, LIMITS);
      assert.equal(body.error.code, 'UnauthorizedException');
    }
  });

  test('GET: every limit present, null when unset; the package\'s response guard accepts it', async () => {
    const { status, body } = await getLimits(server.url);
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'success', data: NONE });
    assert.equal(cp.validateBookingLimitsResponse(body.data).success, true);
  });

  test('PATCH: omitted limits keep their value, null removes one; the answer is the whole set', async () => {
    let r = await patchLimits(server.url, { perDay: 3, perWeek: 10 });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data, { ...NONE, perDay: 3, perWeek: 10 });
    r = await patchLimits(server.url, { perWeek: null, perYear: 200 });
    assert.deepEqual(r.body.data, { perDay: 3, perWeek: null, perMonth: null, perYear: 200 });
    assert.deepEqual((await getLimits(server.url)).body.data, r.body.data);
    const stored = JSON.parse(await fs.readFile(data, 'utf8'));
    assert.deepEqual(stored.bookingLimits, r.body.data);
    // An empty body changes nothing.
    assert.deepEqual((await patchLimits(server.url, '')).body.data, r.body.data);
  });

  test('400 with cal.com\'s body for values under the published minimum; nothing stored', async () => {
    const before = (await getLimits(server.url)).body.data;
    const r = await patchLimits(server.url, '{"perDay":0,"perMonth":"5"}');
    assert.equal(r.status, 400);
    assert.equal(r.body.path, LIMITS);
    assert.equal(r.body.error.code, 'BadRequestException');
    assert.deepEqual(r.body.error.details.errors, [
      { property: 'perDay', value: 0, children: [], constraints: { min: 'perDay must not be less than 1' } },
      {
        property: 'perMonth', value: '5', children: [],
        constraints: { isNumber: 'perMonth must be a number conforming to the specified constraints', min: 'perMonth must not be less than 1' },
      },
    ]);
    assert.deepEqual((await getLimits(server.url)).body.data, before);
  });

  test('compat on the server: unknown keys dropped; what only strict refuses is stored', async () => {
    const r = await patchLimits(server.url, { perMonth: 1.5, perday: 4 });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.perMonth, 1.5);
    assert.equal(Object.hasOwn(r.body.data, 'perday'), false);
    // The page's strict check would not have sent it.
    assert.equal(cp.validateBookingLimits({ perMonth: 1.5 }).success, false);
  });

  test('415, 413 and 404 like /v2/me', async () => {
    const wrongType = await fetch(`${server.url}${LIMITS}`, {
      method: 'PATCH', headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'text/plain' }, body: '{}',
    });
    assert.equal(wrongType.status, 415);
    await wrongType.arrayBuffer();
    const big = await patchLimits(server.url, `{"perDay":1,"x":"${'a'.repeat(110 * 1024)}"}`);
    assert.equal(big.status, 413);
    assert.equal(big.body.path, LIMITS);
    for (const method of ['POST', 'DELETE']) {
      const res = await fetch(`${server.url}${LIMITS}`, { method, headers: authHeaders() });
      assert.equal(res.status, 404, method);
      await res.arrayBuffer();
    }
  });

  test('a restart keeps the limits', async () => {
    const before = (await getLimits(server.url)).body.data;
    await server.stop();
    server = await startServer(['--data', data]);
    assert.deepEqual((await getLimits(server.url)).body.data, before);
  });

  test('concurrent PATCHes of different limits lose no update', async () => {
    await patchLimits(server.url, NONE);
    const keys = ['perDay', 'perWeek', 'perMonth', 'perYear'];
    const answers = await Promise.all(keys.map((k, i) => patchLimits(server.url, { [k]: i + 1 })));
    assert.ok(answers.every((a) => a.status === 200));
    assert.deepEqual((await getLimits(server.url)).body.data, { perDay: 1, perWeek: 2, perMonth: 3, perYear: 4 });
  });
});

describe('proxy mode forwards /v2/me/booking-limits', () => {
  test('method, path and body reach the upstream', async () => {
    const seen = [];
    const upstream = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"status":"success","data":{"perDay":1,"perWeek":null,"perMonth":null,"perYear":null}}');
      });
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const server = await startServer(['--proxy', `http://127.0.0.1:${upstream.address().port}`]);
    try {
      const res = await fetch(`${server.url}${LIMITS}`, {
        method: 'PATCH', headers: { Authorization: 'Bearer cal_live_real', 'Content-Type': 'application/json' }, body: '{"perDay":1}',
      });
      assert.equal(res.status, 200);
      assert.equal((await res.json()).data.perDay, 1);
      assert.deepEqual(seen, [{ method: 'PATCH', url: LIMITS, body: '{"perDay":1}' }]);
    } finally {
      await server.stop();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
