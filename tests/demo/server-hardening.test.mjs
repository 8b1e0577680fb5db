// The reference server under hostile clients, over real HTTP on loopback: malformed bodies and
// framing, wrong content types, slow and stalled clients (bounded by the server's request
// timeout), 1000 concurrent PATCHes with no lost update (checked through X-Profile-Revision), and
// kill -9 at random moments under load (the store always parses and holds at least the last
// acknowledged write). Every test is bounded; the suite takes ~30 s.
// Run: node --test tests/demo/server-hardening.test.mjs   (needs the built package in pkg/)

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { API_KEY, authHeaders, getMe, patchMe, startServer, tempDir } from './helpers.mjs';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** The server's default request timeout (server/http.mjs REQUEST_TIMEOUT_MS). */
const REQUEST_TIMEOUT = 5_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freshServer(extraArgs = []) {
  const dir = await tempDir('hardening');
  const data = path.join(dir, 'profile.json');
  const server = await startServer(['--data', data, ...extraArgs]);
  return { dir, data, server, base: server.url, port: server.port };
}

async function readStore(file) {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

function assertErrorEnvelope(body, code) {
  assert.deepEqual(Object.keys(body), ['status', 'timestamp', 'path', 'error']);
  assert.equal(body.status, 'error');
  assert.match(body.timestamp, ISO);
  assert.equal(body.path, '/v2/me');
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
}

/** A PATCH through node:http: exactly these headers (no Content-Type added), this body. */
function request(base, { method = 'PATCH', headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/v2/me`, { method, headers: { Connection: 'close', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, body: json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Raw bytes over one TCP connection: writes `steps` ({ data } or { wait }) in order, while
 * collecting everything the server sends, until the server closes the connection or `maxMs` pass.
 * Resolves to { status, headers, body, text, closed, ms } (status etc. from the first response).
 */
function rawExchange(port, steps, { maxMs }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    let closed = false;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const m = /^HTTP\/1\.1 (\d{3})[^\r\n]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      const headers = {};
      if (m) {
        for (const line of m[2].split('\r\n')) {
          const i = line.indexOf(':');
          headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
        }
      }
      resolve({ status: m ? Number(m[1]) : null, headers, body: m ? m[3] : '', text, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(finish, maxMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('connect', async () => {
      for (const step of steps) {
        if (closed || finished) return;
        if (step.wait) await sleep(step.wait);
        else socket.write(step.data);
      }
    });
  });
}

const head = (lines) => `${lines.join('\r\n')}\r\n\r\n`;
const patchHead = (extra) => head(['PATCH /v2/me HTTP/1.1', 'Host: 127.0.0.1', `Authorization: Bearer ${API_KEY}`, 'Content-Type: application/json', ...extra]);

describe('malformed bodies', () => {
  let ctx;
  before(async () => { ctx = await freshServer(); });
  after(async () => { await ctx.server.stop(); await fs.rm(ctx.dir, { recursive: true, force: true }); });

  test('every malformed JSON body is a 400 in cal.com\'s envelope, and nothing changes', async () => {
    const before = await getMe(ctx.base);
    const storeBefore = await fs.readFile(ctx.data, 'utf8');
    const bodies = [
      '{', '}', '[', '{"name":}', '{"name":"a"', '{"name":"a",}', '{"name":"a"} x', '{"name":"a"}{}', "{'name':'a'}", '{name:"a"}',
      '{"defaultScheduleId":NaN}', '{"defaultScheduleId":0x10}', '{"defaultScheduleId":+1}', '{"bio":"a\u0000"}', '{"bio":"\\x41"}',
      '/* comment */ {}', ' ', '\r\n\t', 'null', '1', '-0', '"x"', 'true', '[]', '[{"name":"a"}]',
      // Deep nesting under the 100 kB limit: validated without a stack overflow.
      `{"metadata":${'['.repeat(40_000)}${']'.repeat(40_000)}}`,
      `{"metadata":${'['.repeat(40_000)}`,
      `{"metadata":{"a":${'{"a":'.repeat(15_000)}1${'}'.repeat(15_001)}}`,
      // Invalid UTF-8: a lone continuation byte, 0xFF, an overlong "/", an encoded surrogate, a cut sequence.
      ...[[0x80], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]].map((seq) => Buffer.concat([Buffer.from('{"name":"'), Buffer.from(seq), Buffer.from('"}')])),
      Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xe2, 0x82]),
    ];
    for (const body of bodies) {
      const r = await request(ctx.base, { headers: authHeaders(), body });
      const label = JSON.stringify(String(body).slice(0, 40));
      assert.equal(r.status, 400, `${label}: ${r.text.slice(0, 200)}`);
      assertErrorEnvelope(r.body, 'BadRequestException');
    }
    assert.deepEqual(await getMe(ctx.base), before);
    assert.equal(await fs.readFile(ctx.data, 'utf8'), storeBefore, 'the store file is untouched');
  });

  test('bodies over the limit (10^5-deep nesting, 4 MB of whitespace) are a 413, answered at once', async () => {
    for (const body of [`{"metadata":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, `{"name":"A"${' '.repeat(4 * 1024 * 1024)}}`]) {
      const started = Date.now();
      const r = await request(ctx.base, { headers: authHeaders(), body }).catch((e) => ({ error: e }));
      // The server answers 413 and hangs up once it has drained 1 MB; the client may see either.
      if (r.error) assert.match(r.error.code, /ECONNRESET|EPIPE/);
      else {
        assert.equal(r.status, 413);
        assertErrorEnvelope(r.body, 'PayloadTooLargeException');
      }
      assert.ok(Date.now() - started < 5000);
    }
    assert.equal((await getMe(ctx.base)).status, 200);
  });

  test('malformed HTTP framing is refused by the HTTP layer, and the server keeps serving', async () => {
    const exchanges = [
      // Chunked encoding with a size that is not hexadecimal.
      `${patchHead(['Transfer-Encoding: chunked'])}zz\r\n{}\r\n0\r\n\r\n`,
      // Both Content-Length and Transfer-Encoding (request smuggling).
      `${patchHead(['Content-Length: 2', 'Transfer-Encoding: chunked'])}2\r\n{}\r\n0\r\n\r\n`,
      // A Content-Length that is not a number.
      `${patchHead(['Content-Length: abc'])}{}`,
      // A header line without a colon.
      `${patchHead(['Broken header line'])}{}`,
      // A request line that is not HTTP.
      'HELLO\r\n\r\n',
    ];
    const results = await Promise.all(exchanges.map((raw) => rawExchange(ctx.port, [{ data: raw }], { maxMs: 3000 })));
    results.forEach((r, i) => {
      assert.equal(r.status, 400, `exchange ${i}: ${r.text.slice(0, 120)}`);
      assert.ok(r.closed, `exchange ${i}: the connection is closed`);
    });
    // A Content-Length shorter than the body: the rest is a second, malformed request, and Node's
    // parser answers 400 and closes the connection (the first request's answer may be lost with it).
    const short = await rawExchange(ctx.port, [{ data: `${patchHead(['Content-Length: 14'])}{"name":"Eve"}garbage\r\n\r\n` }], { maxMs: 3000 });
    assert.match(short.text, /HTTP\/1\.1 400/, short.text.slice(0, 200));
    assert.ok(short.closed);
    assert.equal((await getMe(ctx.base)).status, 200);
    assert.equal((await patchMe(ctx.base, { name: 'Dev User' })).status, 200);
  });
});

describe('content types', () => {
  let ctx;
  before(async () => { ctx = await freshServer(); });
  after(async () => { await ctx.server.stop(); await fs.rm(ctx.dir, { recursive: true, force: true }); });

  test('a body that is not UTF-8 JSON by its Content-Type is a 415, and nothing changes', async () => {
    const before = await getMe(ctx.base);
    const cases = [
      ['text/plain', '{"name":"Mallory"}'],
      ['text/plain;charset=UTF-8', '{"name":"Mallory"}'],
      ['application/x-www-form-urlencoded', 'name=Mallory'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nMallory\r\n--x--\r\n'],
      ['application/jsonx', '{"name":"Mallory"}'],
      ['json', '{"name":"Mallory"}'],
      ['', '{"name":"Mallory"}'],
      [';;;', '{"name":"Mallory"}'],
      ['application/json; charset=latin1', '{"name":"Mallory"}'],
      ['application/json; charset=iso-8859-1', Buffer.from('{"name":"Mall\xf6ry"}', 'latin1')],
      ['application/json; charset=utf-16le', Buffer.from('{"name":"Mallory"}', 'utf16le')],
      [`application/json; charset=${'x'.repeat(4000)}`, '{"name":"Mallory"}'],
    ];
    for (const [type, body] of cases) {
      const r = await request(ctx.base, { headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': type }, body });
      assert.equal(r.status, 415, `${JSON.stringify(type.slice(0, 60))}: ${r.text.slice(0, 200)}`);
      assertErrorEnvelope(r.body, 'UnsupportedMediaTypeException');
    }
    assert.deepEqual(await getMe(ctx.base), before);
  });

  test('application/json in any spelling, with or without charset=utf-8, is read', async () => {
    const types = ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'application/json ; CHARSET=utf8'];
    for (const [i, type] of types.entries()) {
      const r = await request(ctx.base, { headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': type }, body: `{"bio":"type ${i}"}` });
      assert.equal(r.status, 200, `${type}: ${r.text.slice(0, 200)}`);
      assert.equal(r.body.data.bio, `type ${i}`);
    }
  });

  test('without a Content-Type the body is read as JSON (the server\'s documented leniency)', async () => {
    const r = await request(ctx.base, { headers: { Authorization: `Bearer ${API_KEY}` }, body: '{"bio":"no type"}' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.data.bio, 'no type');
    const bad = await request(ctx.base, { headers: { Authorization: `Bearer ${API_KEY}` }, body: 'not json' });
    assert.equal(bad.status, 400);
    await patchMe(ctx.base, { bio: null });
  });
});

describe('slow clients', () => {
  let ctx;
  before(async () => { ctx = await freshServer(); });
  after(async () => { await ctx.server.stop(); await fs.rm(ctx.dir, { recursive: true, force: true }); });

  test('stalled and trickling requests are cut off after the request timeout while others are served', { timeout: 30_000 }, async () => {
    const before = (await getMe(ctx.base)).body.data;
    const maxMs = REQUEST_TIMEOUT + 6_000;
    const trickle = [{ data: patchHead(['Content-Length: 200']) }];
    for (let i = 0; i < 60; i++) trickle.push({ wait: 200 }, { data: i === 0 ? '{"name":"' : 'x' });
    const slow = Promise.all([
      // A body that stops after a few bytes.
      rawExchange(ctx.port, [{ data: `${patchHead(['Content-Length: 50'])}{"name":"Sl` }], { maxMs }),
      // A body that keeps coming, one byte every 200 ms (it would take 40 s): a deadline, not an idle timer.
      rawExchange(ctx.port, trickle, { maxMs }),
      // A chunked body whose last chunk never comes.
      rawExchange(ctx.port, [{ data: `${patchHead(['Transfer-Encoding: chunked'])}5\r\n{"nam\r\n` }], { maxMs }),
      // Headers that never end (slowloris).
      rawExchange(ctx.port, [{ data: `PATCH /v2/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${API_KEY}\r\n` }], { maxMs }),
    ]);
    // A slow but complete body within the deadline is fine.
    const inTime = rawExchange(ctx.port, [
      { data: patchHead(['Content-Length: 20']) },
      ...['{"bio"', ':"in', ' time', '"}   '].flatMap((data) => [{ wait: 300 }, { data }]),
    ], { maxMs });
    // Meanwhile the server answers everyone else at once.
    const started = Date.now();
    let served = 0;
    while (Date.now() - started < REQUEST_TIMEOUT - 1000) {
      const t0 = Date.now();
      const r = served % 2 ? await getMe(ctx.base) : await patchMe(ctx.base, { timeFormat: 24 });
      assert.equal(r.status, 200);
      assert.ok(Date.now() - t0 < 1500, `a request took ${Date.now() - t0} ms while slow clients were connected`);
      served++;
      await sleep(100);
    }
    assert.ok(served >= 10, `${served} requests served`);

    const [stalled, trickled, chunked, headers] = await slow;
    for (const [label, r] of [['stalled body', stalled], ['trickling body', trickled], ['unfinished chunked body', chunked]]) {
      assert.equal(r.status, 408, `${label}: ${r.text.slice(0, 200)}`);
      assertErrorEnvelope(JSON.parse(r.body), 'RequestTimeoutException');
      assert.ok(r.closed, `${label}: the server closes the connection`);
      assert.ok(r.ms >= REQUEST_TIMEOUT - 500 && r.ms <= REQUEST_TIMEOUT + 3000, `${label}: answered after ${r.ms} ms`);
    }
    // Node's headersTimeout: a bare 408 and a closed connection.
    assert.ok(headers.closed, 'stalled headers: the server closes the connection');
    assert.ok(headers.ms <= REQUEST_TIMEOUT + 3000, `stalled headers: closed after ${headers.ms} ms`);
    assert.ok(headers.status === null || headers.status === 408, headers.text);

    const ok = await inTime;
    assert.equal(ok.status, 200, ok.text.slice(0, 300));
    assert.equal(JSON.parse(ok.body).data.bio, 'in time');
    // The cut-off requests changed nothing.
    const afterMe = (await getMe(ctx.base)).body.data;
    assert.deepEqual(afterMe, { ...before, timeFormat: 24, bio: 'in time' });
  });

  test('a client that disconnects mid-body leaves the server healthy', async () => {
    const r = await rawExchange(ctx.port, [{ data: `${patchHead(['Content-Length: 100'])}{"name":"Gone` }, { wait: 100 }], { maxMs: 300 });
    assert.equal(r.status, null);
    const me = await getMe(ctx.base);
    assert.equal(me.status, 200);
    assert.notEqual(me.body.data.name, 'Gone');
    assert.doesNotMatch(ctx.server.output(), /Error|aborted/, 'no error is logged for a client that went away');
  });
});

describe('1000 concurrent PATCHes', () => {
  let ctx;
  before(async () => { ctx = await freshServer(); });
  after(async () => { await ctx.server.stop(); await fs.rm(ctx.dir, { recursive: true, force: true }); });

  test('every one is applied exactly once, in one order that every answer agrees with', { timeout: 60_000 }, async () => {
    const first = await fetch(`${ctx.base}/v2/me`, { headers: authHeaders() });
    const r0 = Number(first.headers.get('x-profile-revision'));
    const me0 = (await first.json()).data;
    const N = 1000;
    const bodies = Array.from({ length: N }, (_, i) => (i % 2 ? { bio: `bio ${i}` } : { name: `name ${i}` }));
    const acks = await Promise.all(bodies.map(async (body, i) => {
      const res = await fetch(`${ctx.base}/v2/me`, { method: 'PATCH', headers: authHeaders(), body: JSON.stringify(body) });
      return { i, body, status: res.status, revision: Number(res.headers.get('x-profile-revision')), data: (await res.json()).data };
    }));
    assert.deepEqual(acks.filter((a) => a.status !== 200).map((a) => a.status), []);
    // Each update got its own revision, r0+1 … r0+N: none lost, none merged, none applied twice.
    const revisions = acks.map((a) => a.revision).sort((a, b) => a - b);
    assert.deepEqual(revisions, Array.from({ length: N }, (_, i) => r0 + 1 + i));
    // Replaying the updates in revision order gives exactly what each answer showed.
    const state = { name: me0.name, bio: me0.bio };
    for (const a of [...acks].sort((x, y) => x.revision - y.revision)) {
      Object.assign(state, a.body);
      assert.deepEqual({ name: a.data.name, bio: a.data.bio }, state, `the answer of revision ${a.revision}`);
    }
    const final = await fetch(`${ctx.base}/v2/me`, { headers: authHeaders() });
    assert.equal(Number(final.headers.get('x-profile-revision')), r0 + N);
    const me = (await final.json()).data;
    assert.deepEqual({ name: me.name, bio: me.bio }, state);
    const stored = await readStore(ctx.data);
    assert.equal(stored.revision, r0 + N);
    assert.deepEqual({ name: stored.user.name, bio: stored.user.bio }, state);
    assert.deepEqual((await fs.readdir(ctx.dir)).filter((f) => f !== 'profile.json'), [], 'no temp files left');
  });
});

describe('kill -9 under load', () => {
  test('at random moments, the store always parses and holds the last acknowledged write', { timeout: 60_000 }, async (t) => {
    const dir = await tempDir('kill9');
    const data = path.join(dir, 'profile.json');
    const CYCLES = 5;
    const WORKERS = 16;
    let floor = 0;
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const server = await startServer(['--data', data]);
        try {
          // The restarted server serves exactly what the file holds, and no temp file survives.
          const res = await fetch(`${server.url}/v2/me`, { headers: authHeaders() });
          assert.equal(res.status, 200);
          assert.equal(Number(res.headers.get('x-profile-revision')), floor);
          const me = (await res.json()).data;
          const stored = await readStore(data);
          assert.equal(me.name, stored.user.name);
          assert.deepEqual((await fs.readdir(dir)).filter((f) => f !== 'profile.json'), []);

          const acks = [];
          const sent = new Set();
          const worker = async (w) => {
            for (let i = 0; ; i++) {
              const tag = `cycle ${cycle} worker ${w} write ${i}`;
              sent.add(tag);
              let r;
              try {
                r = await fetch(`${server.url}/v2/me`, { method: 'PATCH', headers: authHeaders(), body: JSON.stringify({ name: tag, bio: tag }) });
                const body = await r.json();
                assert.equal(r.status, 200);
                acks.push({ tag, revision: Number(r.headers.get('x-profile-revision')), data: body.data });
              } catch (e) {
                if (e instanceof assert.AssertionError) throw e;
                return; // The server is gone.
              }
            }
          };
          const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
          const delay = 100 + Math.floor(Math.random() * 400);
          await sleep(delay);
          await server.kill();
          await Promise.all(workers);
          t.diagnostic(`cycle ${cycle}: killed after ${delay} ms, ${acks.length} writes acknowledged`);

          const after = await readStore(data); // Parses, or the test fails here.
          assert.equal(after.user.name, after.user.bio, 'one write, whole');
          const ackRevisions = acks.map((a) => a.revision);
          assert.equal(new Set(ackRevisions).size, acks.length, 'no two acknowledged writes share a revision');
          assert.ok(ackRevisions.every((r) => r > floor), 'revisions keep growing across restarts');
          for (const a of acks) assert.equal(a.data.name, a.tag, 'each answer shows its own write');
          if (acks.length) {
            const last = acks.reduce((x, y) => (y.revision > x.revision ? y : x));
            assert.ok(after.revision >= last.revision, `the file (revision ${after.revision}) holds the last acknowledged write (${last.revision})`);
            if (after.revision === last.revision) assert.equal(after.user.name, last.tag);
            else {
              // Writes that completed but whose answer was lost with the process: one per worker at most.
              assert.ok(after.revision - last.revision <= WORKERS, `${after.revision - last.revision} unacknowledged writes`);
              assert.ok(sent.has(after.user.name) && !acks.some((a) => a.tag === after.user.name), after.user.name);
            }
          }
          floor = after.revision;
        } finally {
          await server.kill();
        }
      }
      const server = await startServer(['--data', data]);
      try {
        const res = await fetch(`${server.url}/v2/me`, { headers: authHeaders() });
        assert.equal(Number(res.headers.get('x-profile-revision')), floor);
        assert.equal((await res.json()).data.name, (await readStore(data)).user.name);
        assert.deepEqual((await fs.readdir(dir)).filter((f) => f !== 'profile.json'), []);
      } finally {
        await server.stop();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
