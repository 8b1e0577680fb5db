// The reference server over real HTTP: auth, body limit, cal.com's 400 body, the email rule,
// persistence across restarts and crashes, concurrent PATCHes, proxy mode.
// Run: node --test tests/demo/server.test.mjs   (needs the built package in pkg/)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_KEY, PKG_DIR, authHeaders, getMe, patchMe, startServer, tempDir } from './helpers.mjs';

const cp = await import(pathToFileURL(path.join(PKG_DIR, 'node.js')).href);

const SEED_ME = {
  id: 1,
  email: 'dev@example.com',
  username: 'dev',
  name: 'Dev User',
  avatarUrl: null,
  bio: null,
  timeFormat: 12,
  defaultScheduleId: 1,
  weekStart: 'Monday',
  timeZone: 'Europe/London',
  locale: 'en',
  organizationId: null,
};
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

async function freshServer(extraArgs = []) {
  const dir = await tempDir('server');
  const data = path.join(dir, 'profile.json');
  const server = await startServer(['--data', data, ...extraArgs]);
  return { dir, data, server, base: server.url };
}

async function readStore(file) {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

/** A raw request (no fetch conveniences): full control of headers and the body stream. */
function rawRequest(base, { method = 'PATCH', headers = {}, write }) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/v2/me`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    write(req);
  });
}

function assertErrorEnvelope(body, code) {
  assert.deepEqual(Object.keys(body), ['status', 'timestamp', 'path', 'error']);
  assert.equal(body.status, 'error');
  assert.match(body.timestamp, ISO);
  assert.equal(body.path, '/v2/me');
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
}

describe('reference server', () => {
  let ctx;
  before(async () => { ctx = await freshServer(); });
  after(async () => { await ctx.server.stop(); await fs.rm(ctx.dir, { recursive: true, force: true }); });

  test('serves the page and the package with the right types', async () => {
    const page = await fetch(`${ctx.base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    const csp = page.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    const html = await page.text();
    // Labels carry their words' key (www/i18n/); the one inline script, the import map, is
    // allowed by exactly its hash.
    assert.match(html, /<label for="timeZone" data-i18n="field.timeZone"><\/label>/);
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1];
    const hash = createHash('sha256').update(map).digest('base64');
    assert.match(csp, new RegExp(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    assert.doesNotMatch(csp, /unsafe-inline/);

    const app = await fetch(`${ctx.base}/app.js`);
    assert.equal(app.status, 200);
    assert.match(app.headers.get('content-type'), /^text\/javascript/);
    await app.arrayBuffer();

    const entry = await fetch(`${ctx.base}/pkg/index.js`);
    assert.equal(entry.status, 200);
    assert.match(entry.headers.get('content-type'), /^text\/javascript/);
    await entry.arrayBuffer();

    const wasm = (await fs.readdir(PKG_DIR)).find((f) => f.endsWith('.wasm'));
    if (wasm) {
      const res = await fetch(`${ctx.base}/pkg/${wasm}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/wasm');
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
    }
  });

  test('does not serve files outside www/ and pkg/', async () => {
    for (const p of ['/../server/server.mjs', '/%2e%2e/server/server.mjs', '/pkg/../server/server.mjs',
      '/pkg/%2e%2e/%2e%2e/etc/passwd', '/..%2fserver%2fserver.mjs', '/nope.js']) {
      const status = await new Promise((resolve, reject) => {
        http.get(`${ctx.base}${p}`, { insecureHTTPParser: false }, (res) => { res.resume(); resolve(res.statusCode); })
          .on('error', reject);
      });
      assert.equal(status, 404, p);
    }
  });

  test('401 in cal.com\'s error envelope without a valid Bearer cal_ key', async () => {
    const cases = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer ' },
      { Authorization: 'Bearer cal_wrong_key' },
      { Authorization: `Bearer ${API_KEY.replace('cal_', 'xyz_')}` },
      { Authorization: `Token ${API_KEY}` },
    ];
    for (const headers of cases) {
      const res = await fetch(`${ctx.base}/v2/me`, { headers });
      assert.equal(res.status, 401, JSON.stringify(headers));
      assertErrorEnvelope(await res.json(), 'UnauthorizedException');
    }
    const patched = await fetch(`${ctx.base}/v2/me`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Mallory"}',
    });
    assert.equal(patched.status, 401);
    assertErrorEnvelope(await patched.json(), 'UnauthorizedException');
    assert.equal((await getMe(ctx.base)).body.data.name, 'Dev User');
  });

  test('GET /v2/me answers the seeded profile in cal.com\'s success envelope, exactly the Me keys', async () => {
    const { status, body } = await getMe(ctx.base);
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'success', data: SEED_ME });
    assert.equal(cp.validateMe(body.data).success, true);
    const lowerBearer = await fetch(`${ctx.base}/v2/me`, { headers: { authorization: `bearer ${API_KEY}` } });
    assert.equal(lowerBearer.status, 200);
    await lowerBearer.arrayBuffer();
  });

  test('400 with cal.com\'s body (calErrorBody of the compat issues); nothing stored', async () => {
    const raw = '{"timeFormat":13,"weekStart":"monday"}';
    const { status, body } = await patchMe(ctx.base, raw);
    assert.equal(status, 400);
    assertErrorEnvelope(body, 'BadRequestException');
    assert.equal(body.error.message, 'Bad Request Exception');
    const expected = cp.calErrorBody(cp.validateUpdateMeJson(raw, { mode: 'compat' }).issues, { path: '/v2/me', body: JSON.parse(raw) });
    // As it goes over the wire (JSON drops undefined members).
    assert.deepEqual({ ...body, timestamp: null }, JSON.parse(JSON.stringify({ ...expected, timestamp: null })));
    const props = body.error.details.errors.map((e) => e.property);
    assert.deepEqual([...props].sort(), ['timeFormat', 'weekStart']);
    const tf = body.error.details.errors.find((e) => e.property === 'timeFormat');
    assert.equal(tf.value, 13);
    assert.equal(tf.constraints.isIn, 'timeFormat must be one of the following values: 12, 24');
    assert.deepEqual((await getMe(ctx.base)).body.data, SEED_ME);
  });

  test('400 for bodies that are not a JSON object', async () => {
    for (const raw of ['{"name":', 'not json', '[1,2]', '"x"', '{"name":"a","name":"b"}']) {
      const { status, body } = await patchMe(ctx.base, raw);
      if (status === 200) {
        // Duplicate keys are legal JSON: cal.com (JSON.parse) keeps the last one.
        assert.equal(raw, '{"name":"a","name":"b"}');
        assert.equal(body.data.name, 'b');
        await patchMe(ctx.base, { name: 'Dev User' });
        continue;
      }
      assert.equal(status, 400, raw);
      assert.equal(body.status, 'error');
      assert.equal(body.path, '/v2/me');
    }
    const text = await fetch(`${ctx.base}/v2/me`, { method: 'PATCH', headers: { ...authHeaders(), 'Content-Type': 'text/plain' }, body: '{}' });
    assert.equal(text.status, 415);
    assertErrorEnvelope(await text.json(), 'UnsupportedMediaTypeException');
  });

  test('compat: unknown keys dropped, "12" coerced, the time zone stored as CapitalizeTimeZone leaves it', async () => {
    let r = await patchMe(ctx.base, { timezone: 'Europe/Paris', timeFormat: '24', name: 'Ada' });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.timeZone, 'Europe/London');
    assert.equal(r.body.data.timeFormat, 24);
    assert.equal(r.body.data.name, 'Ada');
    r = await patchMe(ctx.base, { timeZone: 'america/new_york' });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.timeZone, 'America/New_York');
    r = await patchMe(ctx.base, { timeZone: 'US/Eastern' });
    assert.equal(r.body.data.timeZone, 'Us/Eastern');
    r = await patchMe(ctx.base, { timeZone: 'Europe/London', timeFormat: 12, name: 'Dev User' });
    assert.deepEqual(r.body.data, SEED_ME);
  });

  test('an empty body changes nothing and answers the profile', async () => {
    const res = await fetch(`${ctx.base}/v2/me`, { method: 'PATCH', headers: authHeaders() });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).data, SEED_ME);
  });

  test('null where cal.com\'s database refuses it is a 500 and stores nothing', async () => {
    for (const body of [{ timeZone: null }, { weekStart: null }, { email: null }, { defaultScheduleId: 1.5 }]) {
      const r = await patchMe(ctx.base, body);
      assert.equal(r.status, 500, JSON.stringify(body));
      assertErrorEnvelope(r.body, 'InternalServerErrorException');
    }
    assert.deepEqual((await getMe(ctx.base)).body.data, SEED_ME);
  });

  test('timeFormat null is stored, and then /v2/me fails like cal.com until it is set again', async () => {
    const r = await patchMe(ctx.base, { timeFormat: null });
    assert.equal(r.status, 500);
    assert.equal((await getMe(ctx.base)).status, 500);
    const fixed = await patchMe(ctx.base, { timeFormat: 12 });
    assert.equal(fixed.status, 200);
    assert.deepEqual(fixed.body.data, SEED_ME);
  });

  test('email change waits for verification: old email answered, new one lowercased in metadata', async () => {
    const r = await patchMe(ctx.base, { email: 'New.Address@Example.COM', name: 'Still Applied' });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.email, 'dev@example.com');
    assert.equal(r.body.data.name, 'Still Applied');
    const stored = await readStore(ctx.data);
    assert.equal(stored.user.email, 'dev@example.com');
    assert.equal(stored.user.metadata.emailChangeWaitingForVerification, 'new.address@example.com');
    await patchMe(ctx.base, { name: 'Dev User', metadata: {} });
  });

  test('413 for a body over 100 kB, declared or streamed, before validation', async () => {
    const limit = 100 * 1024;
    // Exactly at the limit is fine (body-parser's "100kb" is 102400 bytes).
    const prefix = '{"bio":"';
    const atLimit = `${prefix}${'a'.repeat(limit - prefix.length - 2)}"}`;
    assert.equal(Buffer.byteLength(atLimit), limit);
    let r = await rawRequest(ctx.base, {
      headers: { ...authHeaders(), 'Content-Length': limit },
      write: (req) => req.end(atLimit),
    });
    assert.equal(r.status, 200);
    assert.equal(JSON.parse(r.body).data.bio.length, limit - prefix.length - 2);

    const over = `${prefix}${'a'.repeat(limit - prefix.length - 1)}"}`;
    r = await rawRequest(ctx.base, {
      headers: { ...authHeaders(), 'Content-Length': Buffer.byteLength(over) },
      write: (req) => req.end(over),
    });
    assert.equal(r.status, 413);
    assertErrorEnvelope(JSON.parse(r.body), 'PayloadTooLargeException');

    // Chunked, no Content-Length: the server counts while streaming.
    r = await rawRequest(ctx.base, {
      headers: authHeaders(),
      write: (req) => {
        for (let i = 0; i < 20; i++) req.write('x'.repeat(10_000));
        req.end();
      },
    });
    assert.equal(r.status, 413);

    // A declared 50 MB body is refused at once, without waiting for (or keeping) the bytes.
    const started = Date.now();
    r = await rawRequest(ctx.base, {
      headers: { ...authHeaders(), 'Content-Length': 50 * 1024 * 1024 },
      write: (req) => {
        req.on('error', () => {});
        req.write('{"bio":"');
      },
    });
    assert.equal(r.status, 413);
    assert.ok(Date.now() - started < 5000);

    const after = await getMe(ctx.base);
    assert.equal(after.status, 200);
    await patchMe(ctx.base, { bio: null });
  });

  test('POST and DELETE /v2/me are not routes (404 envelope)', async () => {
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const res = await fetch(`${ctx.base}/v2/me`, { method, headers: authHeaders(), body: method === 'DELETE' ? undefined : '{}' });
      assert.equal(res.status, 404, method);
      assertErrorEnvelope(await res.json(), 'NotFoundException');
    }
  });
});

describe('persistence', () => {
  test('a restart keeps every acknowledged change, and the generated dev key', async () => {
    const dir = await tempDir('persist');
    const data = path.join(dir, 'profile.json');
    try {
      let server = await startServer(['--data', data], { apiKey: null });
      const key = /dev API key: (cal_\S+)/.exec(server.output())?.[1];
      assert.ok(key, server.output());
      assert.equal((await readStore(data)).apiKey, key);
      const changes = {
        name: 'Grace', bio: 'Hi 👋 <b>there</b>', timeZone: 'asia/tokyo', weekStart: 'Sunday', timeFormat: 24,
        locale: 'pt-BR', metadata: { plan: 'pro', seats: 3, beta: true },
      };
      const r = await patchMe(server.url, changes, { key });
      assert.equal(r.status, 200);
      await server.stop();

      server = await startServer(['--data', data], { apiKey: null });
      try {
        assert.match(server.output(), new RegExp(`dev API key: ${key}`));
        const me = await getMe(server.url, key);
        assert.equal(me.status, 200);
        assert.deepEqual(me.body.data, {
          ...SEED_ME, name: 'Grace', bio: 'Hi 👋 <b>there</b>', timeZone: 'Asia/Tokyo', weekStart: 'Sunday', timeFormat: 24,
          locale: 'pt-BR',
        });
        const stored = await readStore(data);
        assert.equal(stored.user.locale, 'pt-BR');
        assert.deepEqual(stored.user.metadata, { plan: 'pro', seats: 3, beta: true });
      } finally {
        await server.stop();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a crash (SIGKILL) between sequential writes loses no acknowledged write', async () => {
    const dir = await tempDir('crash-seq');
    const data = path.join(dir, 'profile.json');
    try {
      let server = await startServer(['--data', data]);
      let lastAcked = -1;
      const killer = setTimeout(() => server.kill(), 400);
      for (let i = 0; ; i++) {
        let r;
        try {
          r = await patchMe(server.url, { bio: `write ${i}` });
        } catch {
          break;
        }
        assert.equal(r.status, 200);
        lastAcked = i;
      }
      clearTimeout(killer);
      await server.exited;
      assert.ok(lastAcked >= 0, 'some writes were acknowledged before the crash');
      const stored = JSON.parse(await fs.readFile(data, 'utf8'));
      // The acknowledged write, or the one in flight when the process died.
      assert.ok([`write ${lastAcked}`, `write ${lastAcked + 1}`].includes(stored.user.bio),
        `stored ${stored.user.bio}, last acknowledged write ${lastAcked}`);
      server = await startServer(['--data', data]);
      try {
        assert.equal((await getMe(server.url)).body.data.bio, stored.user.bio);
      } finally {
        await server.stop();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a crash during a burst of concurrent writes leaves a valid store and no temp files', async () => {
    const dir = await tempDir('crash-burst');
    const data = path.join(dir, 'profile.json');
    try {
      let server = await startServer(['--data', data]);
      const sent = new Set();
      let acked = 0;
      const inflight = [];
      for (let i = 0; i < 150; i++) {
        const bio = `burst ${i}`;
        sent.add(bio);
        inflight.push(patchMe(server.url, { bio }).then((r) => { if (r.status === 200) acked++; }, () => {}));
      }
      while (acked < 10) await new Promise((resolve) => setTimeout(resolve, 1));
      await server.kill();
      await Promise.all(inflight);
      const stored = JSON.parse(await fs.readFile(data, 'utf8'));
      assert.ok(sent.has(stored.user.bio), `stored ${stored.user.bio}`);
      server = await startServer(['--data', data]);
      try {
        const me = await getMe(server.url);
        assert.equal(me.status, 200);
        assert.equal(me.body.data.bio, stored.user.bio);
        assert.deepEqual((await fs.readdir(dir)).filter((f) => f !== 'profile.json'), [],
          'temp files of the killed process are removed at start-up');
      } finally {
        await server.stop();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('concurrent PATCHes of different fields lose no update', async () => {
    const { dir, data, server } = await freshServer();
    try {
      const patches = [
        { name: 'Concurrent Name' },
        { bio: 'concurrent bio' },
        { timeZone: 'Europe/Berlin' },
        { weekStart: 'Wednesday' },
        { timeFormat: 24 },
        { defaultScheduleId: 42 },
        { avatarUrl: 'https://example.com/a.png' },
        { locale: 'de' },
        { metadata: { a: 1 } },
        { email: 'later@example.com' },
      ];
      const rounds = 5;
      const results = await Promise.all(Array.from({ length: rounds }, () => patches).flat()
        .map((p) => patchMe(server.url, p)));
      assert.ok(results.every((r) => r.status === 200), JSON.stringify(results.map((r) => r.status)));
      const me = (await getMe(server.url)).body.data;
      assert.equal(me.name, 'Concurrent Name');
      assert.equal(me.bio, 'concurrent bio');
      assert.equal(me.timeZone, 'Europe/Berlin');
      assert.equal(me.weekStart, 'Wednesday');
      assert.equal(me.timeFormat, 24);
      assert.equal(me.defaultScheduleId, 42);
      assert.equal(me.avatarUrl, 'https://example.com/a.png');
      const stored = (await readStore(data)).user;
      assert.equal(stored.locale, 'de');
      assert.equal(stored.metadata.a, 1);

      // Many writers of one field: each response shows its own write, and the store the last one.
      const bios = Array.from({ length: 40 }, (_, i) => `bio ${i}`);
      const responses = await Promise.all(bios.map((bio) => patchMe(server.url, { bio })));
      responses.forEach((r, i) => assert.equal(r.body.data.bio, bios[i]));
      const final = (await readStore(data)).user.bio;
      assert.ok(bios.includes(final));
      assert.equal((await getMe(server.url)).body.data.bio, final);
    } finally {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('--no-email-verification applies a new email at once', async () => {
    const { dir, server } = await freshServer(['--no-email-verification']);
    try {
      const r = await patchMe(server.url, { email: 'new@example.com' });
      assert.equal(r.status, 200);
      assert.equal(r.body.data.email, 'new@example.com');
    } finally {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a dev key the page would refuse is never used: replaced in the store, refused on the command line', async () => {
    const dir = await tempDir('key');
    const data = path.join(dir, 'profile.json');
    try {
      await fs.writeFile(data, JSON.stringify({ version: 1, apiKey: 'cal_test_dev_0123', user: { ...SEED_ME, locale: 'en', metadata: {} } }));
      const server = await startServer(['--data', data], { apiKey: null });
      try {
        const key = /dev API key: (cal_\S+)/.exec(server.output())?.[1];
        assert.match(key, /^cal_test_[0-9a-f]{32}$/);
        assert.equal(cp.checkApiKey(key).success, true);
        assert.equal((await readStore(data)).apiKey, key);
        assert.equal((await getMe(server.url, key)).status, 200);
      } finally {
        await server.stop();
      }
      await assert.rejects(startServer(['--data', data], { apiKey: 'cal_x' }), /--api-key must look like/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('refuses to start on a corrupt store instead of overwriting it', async () => {
    const dir = await tempDir('corrupt');
    const data = path.join(dir, 'profile.json');
    await fs.writeFile(data, '{"version":1,"apiKey":"cal_x","user":{');
    try {
      await assert.rejects(startServer(['--data', data]), /not valid JSON/);
      assert.equal(await fs.readFile(data, 'utf8'), '{"version":1,"apiKey":"cal_x","user":{');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('proxy mode', () => {
  let upstream;
  let seen;
  before(async () => {
    upstream = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(req.method === 'PATCH' ? 400 : 200, { 'Content-Type': 'application/json', 'x-upstream': 'yes' });
        // Streamed in pieces.
        res.write('{"status":');
        setTimeout(() => res.end(`"${req.method === 'PATCH' ? 'error' : 'success'}","from":"upstream"}`), 20);
      });
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  });
  after(() => new Promise((resolve) => upstream.close(resolve)));

  for (const via of ['--proxy', 'CAL_PROFILE_PROXY']) {
    test(`forwards method, headers and body and streams the answer back (${via})`, async () => {
      seen = [];
      const target = `http://127.0.0.1:${upstream.address().port}`;
      const server = via === '--proxy'
        ? await startServer(['--proxy', target])
        : await startServer([], { env: { CAL_PROFILE_PROXY: target } });
      try {
        assert.match(server.output(), /forwarded to/);
        const res = await fetch(`${server.url}/v2/me`, {
          method: 'PATCH',
          headers: { Authorization: 'Bearer cal_live_real', 'Content-Type': 'application/json', 'cal-api-version': '2024-08-13', Cookie: 'local=1', Origin: server.url },
          body: '{"timeZone":"europe/paris"}',
        });
        assert.equal(res.status, 400);
        assert.equal(res.headers.get('x-upstream'), 'yes');
        assert.deepEqual(await res.json(), { status: 'error', from: 'upstream' });
        const get = await fetch(`${server.url}/v2/me`, { headers: { Authorization: 'Bearer cal_live_real' } });
        assert.equal(get.status, 200);
        await get.arrayBuffer();
        assert.equal(seen.length, 2);
        const [patch] = seen;
        assert.equal(patch.method, 'PATCH');
        assert.equal(patch.url, '/v2/me');
        assert.equal(patch.body, '{"timeZone":"europe/paris"}');
        assert.equal(patch.headers.authorization, 'Bearer cal_live_real');
        assert.equal(patch.headers['cal-api-version'], '2024-08-13');
        assert.equal(patch.headers.host, `127.0.0.1:${upstream.address().port}`);
        assert.equal(patch.headers.cookie, undefined);
        assert.equal(patch.headers.origin, undefined);
        // The page itself is still served locally.
        const page = await fetch(`${server.url}/`);
        assert.equal(page.status, 200);
        await page.arrayBuffer();
      } finally {
        await server.stop();
      }
    });
  }

  test('an unreachable upstream is a 502 in the error envelope', async () => {
    const closed = http.createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    const server = await startServer(['--proxy', `http://127.0.0.1:${port}`]);
    try {
      const res = await fetch(`${server.url}/v2/me`, { headers: { Authorization: 'Bearer cal_x' } });
      assert.equal(res.status, 502);
      assertErrorEnvelope(await res.json(), 'BadGatewayException');
    } finally {
      await server.stop();
    }
  });
});
