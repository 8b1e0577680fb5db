#!/usr/bin/env node
// The demo's reference server: serves www/ and pkg/, and a local GET/PATCH /v2/me and
// /v2/me/booking-limits that behave like cal.com's API v2 (auth, 100 kB body limit, compat
// validation with the same cal-profile package the page uses, cal.com's envelopes and 400 body,
// the email-verification rule), with the profile and its limits persisted atomically to a JSON
// file. `--proxy <url>` forwards both to a real cal.com instead. Node built-ins only.

import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

/** cal.com's body-parser limit ("100kb" = 102400 bytes); a bigger body is a 413 before validation. */
const BODY_LIMIT = 100 * 1024;
/** How much of an oversized body we drain (so the client can read the 413) before hanging up. */
const DRAIN_LIMIT = 1024 * 1024;
const ME_PATH = '/v2/me';
const STATE_VERSION = 1;
/**
 * How long a client may take to send a request body, from the moment its headers arrived: a
 * stalled or trickling body is answered 408 and its connection closed, so slow clients cannot hold
 * connections (and the body buffers) open. Headers get the same bound (Node's headersTimeout).
 */
const REQUEST_TIMEOUT_MS = 5_000;
/** How often Node sweeps connections for the header/request timeouts (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 250;

const USAGE = `Usage: node server/server.mjs [options]

  --port <n>                 port to listen on (default 8080; 0 picks a free one)
  --host <addr>              address to bind (default 127.0.0.1)
  --data <file>              profile store (default server/data/profile.json)
  --proxy <url>              forward /v2/me and /v2/me/booking-limits to this API (e.g. https://api.cal.com) instead of the
                             local store; also env CAL_PROFILE_PROXY
  --api-key <key>            dev API key to accept (default: generated once, kept in the data file)
  --request-timeout <ms>     time a client has to send a request's headers and body (default 5000)
  --no-email-verification    apply email changes at once (default: cal.com's verification rule)
  -h, --help                 this text`;

const SEED_USER = Object.freeze({
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
  organizationId: null,
  locale: 'en',
  metadata: {},
});

/** Exactly the keys of cal.com's `Me` (GET/PATCH /v2/me `data`), in its order; `locale` is in cal.com's current API reference. */
const ME_KEYS = ['id', 'email', 'username', 'name', 'avatarUrl', 'bio', 'timeFormat',
  'defaultScheduleId', 'weekStart', 'timeZone', 'locale', 'organizationId'];
const LIMITS_PATH = '/v2/me/booking-limits';
/** GET/PATCH /v2/me/booking-limits `data`: every interval, null when unset. */
const LIMIT_KEYS = ['perDay', 'perWeek', 'perMonth', 'perYear'];
const NO_LIMITS = Object.freeze(Object.fromEntries(LIMIT_KEYS.map((k) => [k, null])));
/** Columns that are NOT NULL in cal.com's `users` table: writing null there is a 500 in cal.com. */
const NOT_NULL = new Set(['email', 'timeZone', 'weekStart']);
const INT32_MAX = 2 ** 31 - 1;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

// The page runs only our own modules; wasm needs 'wasm-unsafe-eval'; avatars may come from any https: host.
// The one inline script is the page's import map (the package's language modules import it by
// name), allowed by its hash and nothing else.
const IMPORT_MAP_HASH = (() => {
  const html = fs.readFileSync(path.join(ROOT, 'www', 'index.html'), 'utf8');
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html);
  return map ? `'sha256-${crypto.createHash('sha256').update(map[1]).digest('base64')}'` : '';
})();
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${IMPORT_MAP_HASH}`.trim(),
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);
/** Browser-only request headers that must not leak from the local page to the real API. */
const NOT_FORWARDED = new Set(['cookie', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode',
  'sec-fetch-dest', 'sec-fetch-user']);

// ---------------------------------------------------------------------------------------------
// cal.com's envelopes

function errorEnvelope(reqPath, code, message, details) {
  const error = { code, message };
  if (details !== undefined) error.details = details;
  return { status: 'error', timestamp: new Date().toISOString(), path: reqPath, error };
}

function sendJson(res, status, body, extraHeaders = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

function toMe(user) {
  const me = {};
  for (const k of ME_KEYS) me[k] = user[k] === undefined ? null : user[k];
  return me;
}

// ---------------------------------------------------------------------------------------------
// The store: one JSON file, replaced atomically, writes serialised through a queue.

class Store {
  constructor(file) {
    this.file = path.resolve(file);
    this.state = null;
    this.tail = Promise.resolve();
    this.tmpCounter = 0;
  }

  /**
   * Loads the store, or creates it from the seed. `validKey(key)` is the package's shape check: a
   * stored key that no longer passes it (an older demo's format) is replaced by a new one.
   */
  async open({ apiKey, validKey }) {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await this.removeStaleTempFiles();
    let text = null;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    const newKey = () => `cal_test_${crypto.randomBytes(16).toString('hex')}`;
    if (text === null) {
      this.state = {
        version: STATE_VERSION,
        apiKey: apiKey || newKey(),
        user: structuredClone(SEED_USER),
      };
      await this.writeFile(this.state);
      return;
    }
    let state;
    try {
      state = JSON.parse(text);
    } catch (err) {
      throw new Error(`${this.file} is not valid JSON (${err.message}); move it away to start from the seed profile`);
    }
    if (!state || typeof state !== 'object' || !state.user || typeof state.apiKey !== 'string') {
      throw new Error(`${this.file} is not a cal-profile demo store; move it away to start from the seed profile`);
    }
    const wanted = apiKey || (validKey(state.apiKey) ? state.apiKey : newKey());
    if (wanted !== state.apiKey) {
      state = { ...state, apiKey: wanted };
      await this.writeFile(state);
    }
    this.state = state;
  }

  async removeStaleTempFiles() {
    const dir = path.dirname(this.file);
    const prefix = `${path.basename(this.file)}.tmp-`;
    for (const name of await fsp.readdir(dir)) {
      if (name.startsWith(prefix)) await fsp.rm(path.join(dir, name), { force: true });
    }
  }

  get user() {
    return this.state.user;
  }

  get apiKey() {
    return this.state.apiKey;
  }

  /** How many updates the store has applied (kept in the file; older stores start at 0). */
  get revision() {
    return this.state.revision ?? 0;
  }

  /**
   * Runs `change(state)` → new state (or throws) after every earlier update has finished, writes it
   * durably, and only then makes it the current state. Concurrent callers therefore each see the
   * previous caller's result: no update is lost, and nothing unwritten is ever acknowledged.
   * Each update bumps `revision`, so a lost update would show as two answers with one revision.
   */
  update(change) {
    const run = async () => {
      const next = change(structuredClone(this.state));
      next.revision = (this.state.revision ?? 0) + 1;
      await this.writeFile(next);
      this.state = next;
      return next;
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => {});
    return result;
  }

  /** write temp file → fsync → rename over the store → fsync the directory. */
  async writeFile(state) {
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.tmp-${process.pid}-${++this.tmpCounter}`;
    const fh = await fsp.open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await fsp.rename(tmp, this.file);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    const dh = await fsp.open(dir, 'r');
    try {
      await dh.sync();
    } catch (err) {
      // Some file systems refuse fsync on a directory; the rename is still atomic there.
      if (err.code !== 'EINVAL' && err.code !== 'EISDIR' && err.code !== 'EPERM') throw err;
    } finally {
      await dh.close();
    }
  }
}

/** Thrown while applying an update for cases where cal.com itself fails with a 500. */
class InternalError extends Error {}

/**
 * Applies cal.com-compat `data` (what cal.com would store) to the user, with the email rule of
 * calcom-rules.md §5 ("email verification on, user not platform-managed") unless disabled.
 */
function applyUpdate(user, data, { emailVerification }) {
  const next = { ...user, metadata: user.metadata === null ? null : { ...user.metadata } };
  for (const [key, value] of Object.entries(data)) {
    if (value === null && NOT_NULL.has(key)) {
      // Prisma rejects null on a NOT NULL column: cal.com answers 500 and stores nothing.
      throw new InternalError(`${key} cannot be null`);
    }
    if (key === 'defaultScheduleId' && value !== null && !(Number.isInteger(value) && Math.abs(value) <= INT32_MAX)) {
      // An Int column: floats and out-of-range numbers fail in the database, i.e. a 500.
      throw new InternalError('defaultScheduleId is not a 32-bit integer');
    }
  }
  if (Object.hasOwn(data, 'metadata')) next.metadata = data.metadata === null ? null : { ...data.metadata };
  for (const key of ['name', 'bio', 'avatarUrl', 'timeFormat', 'defaultScheduleId', 'weekStart', 'timeZone', 'locale']) {
    if (Object.hasOwn(data, key)) next[key] = data[key];
  }
  if (Object.hasOwn(data, 'email') && data.email !== user.email) {
    if (emailVerification) {
      // The primary email stays until the new one is verified; the response shows the old one.
      next.metadata = { ...(next.metadata ?? {}), emailChangeWaitingForVerification: data.email.toLowerCase() };
    } else {
      next.email = data.email;
    }
  }
  return next;
}

// ---------------------------------------------------------------------------------------------
// HTTP

function bearerToken(req) {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer +(\S+) *$/i.exec(header);
  return m ? m[1] : '';
}

function sameSecret(a, b) {
  const x = crypto.createHash('sha256').update(a).digest();
  const y = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(x, y);
}

/**
 * Reads the body up to `limit` bytes within `timeoutMs` of the call. Resolves to a Buffer, or to
 * null after answering itself: 413 for a declared or streamed size over the limit (the rest is
 * drained up to DRAIN_LIMIT, never kept), 408 for a body still incomplete at the deadline (the
 * connection is then closed), nothing when the client went away mid-body.
 */
function readBody(req, res, limit, timeoutMs, reqPath = ME_PATH) {
  return new Promise((resolve) => {
    let timer = null;
    const tooLarge = () => {
      clearTimeout(timer);
      sendJson(res, 413, errorEnvelope(reqPath, 'PayloadTooLargeException', 'request entity too large'),
        { Connection: 'close' });
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      req.resume();
      resolve(null);
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge();
      return;
    }
    const chunks = [];
    let size = 0;
    let done = false;
    timer = setTimeout(() => {
      if (done) return;
      done = true;
      chunks.length = 0;
      sendJson(res, 408, errorEnvelope(reqPath, 'RequestTimeoutException',
        `The request body did not arrive within ${timeoutMs} ms`), { Connection: 'close' });
      // Once the answer is out, drop the connection: the rest of the body is not waited for.
      res.once('finish', () => req.destroy());
      resolve(null);
    }, timeoutMs);
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    req.on('error', () => {
      // The client went away (or Node's own timeout closed the socket): there is no one to answer.
      clearTimeout(timer);
      if (!done) {
        done = true;
        res.destroy();
        resolve(null);
      }
    });
  });
}

function parseOrUndefined(buffer) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isJsonContentType(value) {
  if (value === undefined) return true;
  const [media, ...params] = String(value).split(';');
  const type = media.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) return false;
  // The body is read as UTF-8: another charset is refused (body-parser answers 415 for those it
  // cannot decode too) rather than decoded wrongly.
  for (const param of params) {
    const [name, raw = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = raw.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return false;
  }
  return true;
}

async function serveStatic(req, res, baseDir, relPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return notFound(req, res);
  }
  if (decoded.includes('\0')) return notFound(req, res);
  const file = path.resolve(baseDir, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== baseDir && !file.startsWith(baseDir + path.sep)) return notFound(req, res);
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch {
    return notFound(req, res);
  }
  if (!stat.isFile()) return notFound(req, res);
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CSP } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return undefined;
  }
  fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  return undefined;
}

function notFound(req, res) {
  const pathname = req.url.split('?')[0];
  sendJson(res, 404, errorEnvelope(pathname, 'NotFoundException', `Cannot ${req.method} ${pathname}`));
}

function proxyRequest(req, res, target) {
  const pathname = req.url;
  const url = new URL(pathname, target);
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HOP_BY_HOP.has(name) && !NOT_FORWARDED.has(name)) headers[name] = value;
  }
  const client = url.protocol === 'https:' ? https : http;
  const upstream = client.request(url, { method: req.method, headers }, (upRes) => {
    const out = {};
    for (const [name, value] of Object.entries(upRes.headers)) {
      if (!HOP_BY_HOP.has(name) && name !== 'set-cookie') out[name] = value;
    }
    res.writeHead(upRes.statusCode ?? 502, out);
    upRes.pipe(res);
    upRes.on('error', () => res.destroy());
  });
  upstream.setTimeout(30_000, () => upstream.destroy(new Error('upstream timed out')));
  upstream.on('error', (err) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 502, errorEnvelope(pathname.split('?')[0], 'BadGatewayException',
      `Could not reach ${url.origin}: ${err.message}`));
  });
  req.pipe(upstream);
}

export async function createDemoServer(options = {}) {
  const opts = {
    dataFile: path.join(HERE, 'data', 'profile.json'),
    wwwDir: path.join(ROOT, 'www'),
    pkgDir: path.join(ROOT, 'pkg'),
    emailVerification: true,
    proxy: null,
    apiKey: null,
    requestTimeout: REQUEST_TIMEOUT_MS,
    ...options,
  };
  const wwwDir = path.resolve(opts.wwwDir);
  const pkgDir = path.resolve(opts.pkgDir);
  const proxy = opts.proxy ? new URL(opts.proxy) : null;
  if (proxy && proxy.protocol !== 'https:' && proxy.protocol !== 'http:') {
    throw new Error(`--proxy must be an http(s) URL, got ${opts.proxy}`);
  }

  let cp = null;
  let store = null;
  if (!proxy) {
    const entry = path.join(pkgDir, 'node.js');
    try {
      cp = await import(pathToFileURL(entry).href);
    } catch (err) {
      throw new Error(`cannot load the cal-profile package from ${entry} (run \`make pkg\` first): ${err.message}`);
    }
    const validKey = (key) => typeof key === 'string' && key.startsWith('cal_') && cp.checkApiKey(key).success;
    if (opts.apiKey && !validKey(opts.apiKey)) {
      throw new Error(`--api-key must look like a cal.com API key (cal_test_ or cal_live_ and at least 8 letters or digits), got ${opts.apiKey}`);
    }
    store = new Store(opts.dataFile);
    await store.open({ apiKey: opts.apiKey, validKey });
  }

  /** Answers 401 and returns false unless the request carries the store's API key. */
  function authorized(req, res, reqPath) {
    const token = bearerToken(req);
    if (token === null) {
      sendJson(res, 401, errorEnvelope(reqPath, 'UnauthorizedException',
        'No Authorization header: send "Authorization: Bearer cal_…"'));
      return false;
    }
    if (!token.startsWith('cal_') || !sameSecret(token, store.apiKey)) {
      sendJson(res, 401, errorEnvelope(reqPath, 'UnauthorizedException', 'Invalid API Key'));
      return false;
    }
    return true;
  }

  async function handleMe(req, res) {
    if (!authorized(req, res, ME_PATH)) return undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      return sendMe(res, store.user, store.revision);
    }
    // PATCH
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(res, 415, errorEnvelope(ME_PATH, 'UnsupportedMediaTypeException',
        'The body must be JSON in UTF-8 (Content-Type: application/json)'));
    }
    const body = await readBody(req, res, BODY_LIMIT, opts.requestTimeout);
    if (body === null) return undefined;
    // body-parser reads an empty body as {}.
    const raw = body.length === 0 ? '{}' : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    const result = cp.validateUpdateMeJson(raw, { mode: 'compat' });
    if (!result.success) {
      // The parsed body only fills in each error's `value`, as class-validator reports it.
      try {
        return sendJson(res, 400, cp.calErrorBody(result.issues, { path: ME_PATH, body: parseOrUndefined(body) }));
      } catch (err) {
        // A value nested too deeply for JSON.stringify (~10^4 levels fit in 100 kB) is left out
        // rather than turning the 400 into a 500.
        if (!(err instanceof RangeError)) throw err;
        return sendJson(res, 400, cp.calErrorBody(result.issues, { path: ME_PATH }));
      }
    }
    let state;
    try {
      state = await store.update((current) => {
        current.user = applyUpdate(current.user, result.data, { emailVerification: opts.emailVerification });
        return current;
      });
    } catch (err) {
      if (err instanceof InternalError) {
        return sendJson(res, 500, errorEnvelope(ME_PATH, 'InternalServerErrorException', 'Internal server error'));
      }
      throw err;
    }
    return sendMe(res, state.user, state.revision);
  }

  /**
   * GET/PATCH /v2/me/booking-limits (calcom-rules.md §6): the body checked in compat mode (the
   * published constraints; cal.com's validation source is not public), the limits stored with the
   * profile, atomically like it. cal.com answers 403 to accounts outside an organization; the
   * local store has one account and serves it.
   */
  async function handleLimits(req, res) {
    if (!authorized(req, res, LIMITS_PATH)) return undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      return sendLimits(res, store.state.bookingLimits, store.revision);
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJson(res, 415, errorEnvelope(LIMITS_PATH, 'UnsupportedMediaTypeException',
        'The body must be JSON in UTF-8 (Content-Type: application/json)'));
    }
    const body = await readBody(req, res, BODY_LIMIT, opts.requestTimeout, LIMITS_PATH);
    if (body === null) return undefined;
    const raw = body.length === 0 ? '{}' : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    const result = cp.validateBookingLimitsJson(raw, { mode: 'compat' });
    if (!result.success) {
      try {
        return sendJson(res, 400, cp.calErrorBody(result.issues, { path: LIMITS_PATH, body: parseOrUndefined(body) }));
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
        return sendJson(res, 400, cp.calErrorBody(result.issues, { path: LIMITS_PATH }));
      }
    }
    const state = await store.update((current) => {
      // Omitted intervals keep their stored value; null removes a limit.
      current.bookingLimits = { ...NO_LIMITS, ...current.bookingLimits, ...result.data };
      return current;
    });
    return sendLimits(res, state.bookingLimits, state.revision);
  }

  /** The limits as cal.com answers them, checked by the package's response guard (compat: the published constraints). */
  function sendLimits(res, stored, revision) {
    const data = {};
    for (const k of LIMIT_KEYS) data[k] = stored?.[k] ?? null;
    const guard = cp.validateBookingLimitsResponse(data, { mode: 'compat' });
    if (!guard.success) {
      return sendJson(res, 500, errorEnvelope(LIMITS_PATH, 'InternalServerErrorException',
        `Internal server error: stored limits do not match the schema (${guard.issues.map((i) => i.message).join('; ')})`));
    }
    return sendJson(res, 200, { status: 'success', data }, { 'X-Profile-Revision': String(revision) });
  }

  /**
   * Builds the Me response and checks it like cal.com's zod output schema (a failure is a 500 there
   * too). `X-Profile-Revision` (not a cal.com header) is the store revision the answer shows.
   */
  function sendMe(res, user, revision) {
    const me = toMe(user);
    const guard = cp.validateMe(me);
    // validateMe also applies cal.com's 100 kB *request* limit to the Me it is given (a near-100 kB
    // bio fails it); cal.com's responses have no such limit, so that one issue does not count here.
    const failures = guard.success ? [] : guard.issues.filter((issue) => issue.code !== 'body_too_large');
    if (failures.length) {
      return sendJson(res, 500, errorEnvelope(ME_PATH, 'InternalServerErrorException',
        `Internal server error: stored profile does not match the Me schema (${failures.map((i) => i.message).join('; ')})`));
    }
    return sendJson(res, 200, { status: 'success', data: me }, { 'X-Profile-Revision': String(revision) });
  }

  // GET /openapi.json: the package's OpenAPI 3.1 document (strict schemas), written once. The
  // proxy mode loads the package only for this.
  let openApiText = null;
  async function serveOpenApi(req, res) {
    if (openApiText === null) {
      const pkg = cp ?? (await import(pathToFileURL(path.join(pkgDir, 'node.js')).href));
      openApiText = JSON.stringify(pkg.openApiDocument(), null, 2);
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(openApiText),
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : openApiText);
  }

  async function handle(req, res) {
    const pathname = req.url.split('?')[0];
    if (pathname === ME_PATH) {
      if (proxy) return proxyRequest(req, res, proxy);
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PATCH') {
        req.resume();
        return sendJson(res, 404, errorEnvelope(ME_PATH, 'NotFoundException', `Cannot ${req.method} ${ME_PATH}`));
      }
      return handleMe(req, res);
    }
    if (pathname === LIMITS_PATH) {
      if (proxy) return proxyRequest(req, res, proxy);
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PATCH') {
        req.resume();
        return sendJson(res, 404, errorEnvelope(LIMITS_PATH, 'NotFoundException', `Cannot ${req.method} ${LIMITS_PATH}`));
      }
      return handleLimits(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      return notFound(req, res);
    }
    if (pathname === '/openapi.json') return serveOpenApi(req, res);
    if (pathname === '/' || pathname === '/index.html') return serveStatic(req, res, wwwDir, 'index.html');
    if (pathname.startsWith('/pkg/')) return serveStatic(req, res, pkgDir, pathname.slice('/pkg/'.length));
    if (pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    return serveStatic(req, res, wwwDir, pathname.slice(1));
  }

  // Node's own timeouts bound the headers and back readBody's deadline up (the 408 is ours when
  // the headers made it); they are enforced every TIMEOUT_CHECK_INTERVAL_MS.
  const serverOptions = {
    headersTimeout: opts.requestTimeout,
    requestTimeout: opts.requestTimeout + 1_000,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  };
  const server = http.createServer(serverOptions, (req, res) => {
    handle(req, res).catch((err) => {
      console.error(`${req.method} ${req.url}: ${err.stack ?? err}`);
      if (!res.headersSent) {
        sendJson(res, 500, errorEnvelope(req.url.split('?')[0], 'InternalServerErrorException', 'Internal server error'));
      } else {
        res.destroy();
      }
    });
  });
  return { server, store, options: opts, proxy };
}

async function main(argv) {
  let args;
  try {
    ({ values: args } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        proxy: { type: 'string' },
        'api-key': { type: 'string' },
        'request-timeout': { type: 'string', default: String(REQUEST_TIMEOUT_MS) },
        'no-email-verification': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be 0–65535, got ${args.port}`);
    process.exit(2);
  }
  const requestTimeout = Number(args['request-timeout']);
  if (!Number.isInteger(requestTimeout) || requestTimeout < 100) {
    console.error(`--request-timeout must be a whole number of milliseconds ≥ 100, got ${args['request-timeout']}`);
    process.exit(2);
  }
  const proxyUrl = args.proxy ?? process.env.CAL_PROFILE_PROXY ?? null;
  let demo;
  try {
    demo = await createDemoServer({
      ...(args.data ? { dataFile: args.data } : {}),
      proxy: proxyUrl || null,
      apiKey: args['api-key'] ?? null,
      emailVerification: !args['no-email-verification'],
      requestTimeout,
    });
  } catch (err) {
    console.error(`cal-profile demo: ${err.message}`);
    process.exit(1);
  }
  const { server, store, proxy } = demo;
  server.on('error', (err) => {
    console.error(`cal-profile demo: cannot listen on ${args.host}:${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, args.host, () => {
    const { port: actual } = server.address();
    const host = args.host.includes(':') ? `[${args.host}]` : args.host;
    console.log(`cal-profile demo: http://${host}:${actual}`);
    if (proxy) {
      console.log(`proxy: /v2/me is forwarded to ${proxy.origin} (use your real cal.com API key)`);
    } else {
      console.log(`dev API key: ${store.apiKey}`);
      console.log(`profile store: ${store.file}`);
      console.log(`email verification: ${demo.options.emailVerification ? 'on' : 'off'}`);
    }
  });
  const stop = () => {
    server.close(() => process.exit(0));
    // close() drops only connections idle right now; a response still being flushed makes its
    // connection idle a moment later, so keep sweeping. Every write is atomic, so the final
    // deadline cannot leave a torn store behind.
    setInterval(() => server.closeIdleConnections(), 50).unref();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
