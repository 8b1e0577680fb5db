// Shared by the JS tests of the built package (pkg/).

import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PKG_DIR = path.join(ROOT, 'pkg');
export const NODE_BIN = path.join(ROOT, 'node_modules', '.bin');

/** A valid `GET /v2/me` data object. */
export const ME = {
  id: 7,
  email: 'alice@example.com',
  username: 'alice',
  name: 'Alice',
  avatarUrl: null,
  bio: null,
  timeFormat: 12,
  defaultScheduleId: 3,
  weekStart: 'Monday',
  timeZone: 'Europe/London',
  organizationId: null,
};

/** A valid managed user (platform API). */
export const MANAGED_USER = {
  id: 11,
  email: 'bob+clientid@example.com',
  username: null,
  name: 'Bob',
  bio: null,
  timeZone: 'America/New_York',
  weekStart: 'Sunday',
  createdDate: '2024-05-01T10:00:00.000Z',
  timeFormat: 24,
  defaultScheduleId: null,
  locale: 'en',
};

/** The `IssueCode` union declared in pkg/index.d.ts: every code the package may emit. */
export const ISSUE_CODES = (() => {
  const dts = readFileSync(path.join(PKG_DIR, 'index.d.ts'), 'utf8');
  const m = /export type IssueCode =([^;]+);/.exec(dts);
  assert.ok(m, 'pkg/index.d.ts declares IssueCode');
  return new Set([...m[1].matchAll(/'([a-z_]+)'/g)].map((x) => x[1]));
})();

/** Asserts one issue has the §3 shape (code from IssueCode, wire path, English message). */
export function assertIssue(issue, where = 'issue') {
  assert.equal(typeof issue, 'object', `${where} is an object`);
  assert.ok(ISSUE_CODES.has(issue.code), `${where}.code ${JSON.stringify(issue.code)} is a declared IssueCode`);
  assert.ok(Array.isArray(issue.path), `${where}.path is an array`);
  for (const seg of issue.path) {
    assert.ok(typeof seg === 'string' || (typeof seg === 'number' && Number.isInteger(seg)), `${where}.path segment ${String(seg)}`);
  }
  assert.equal(typeof issue.message, 'string', `${where}.message is a string`);
  assert.ok(issue.message.length > 0, `${where}.message is not empty`);
}

/** Asserts a `Result<T>` has the §3 shape and returns it. */
export function assertResult(r) {
  assert.equal(typeof r, 'object');
  assert.equal(typeof r.success, 'boolean', 'success is a boolean');
  assert.ok(Array.isArray(r.warnings), 'warnings is always an array');
  r.warnings.forEach((w, i) => assertIssue(w, `warnings[${i}]`));
  if (r.success) {
    assert.ok('data' in r, 'a success has data');
    assert.equal(r.issues, undefined, 'a success has no issues');
  } else {
    assert.ok(Array.isArray(r.issues), 'a failure has issues');
    assert.ok(r.issues.length > 0, 'a failure has at least one issue');
    assert.equal(r.data, undefined, 'a failure has no data');
    r.issues.forEach((x, i) => assertIssue(x, `issues[${i}]`));
  }
  return r;
}

export function assertOk(r, data) {
  assertResult(r);
  assert.equal(r.success, true, `expected success, got ${JSON.stringify(r.issues)}`);
  if (arguments.length > 1) assert.deepEqual(r.data, data);
  return r;
}

/** Asserts a failure and that its issues are, in order, exactly `expected` ({code, path} each). */
export function assertFail(r, expected) {
  assertResult(r);
  assert.equal(r.success, false, `expected a failure, got ${JSON.stringify(r.data)}`);
  if (expected) {
    assert.deepEqual(
      r.issues.map((i) => ({ code: i.code, path: i.path })),
      expected,
    );
  }
  return r;
}

export async function tempDir(prefix) {
  return fs.mkdtemp(path.join(os.tmpdir(), `cal-profile-${prefix}-`));
}

// ---- the browser tests: headless Chromium and a static server --------------------------------

export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium flags for a quiet, offline, bounded run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * A static server on 127.0.0.1 (random port) for `routes`: URL prefix → directory. `wasmType`
 * serves .wasm files as another type (a static host that does not know application/wasm), and
 * `missing` answers 404 for the paths it lists.
 */
export async function serve(routes, { wasmType = MIME['.wasm'], missing = [] } = {}) {
  const wasmTypes = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const prefix = Object.keys(routes).find((p) => pathname.startsWith(p));
    if (!prefix || missing.includes(pathname)) {
      res.writeHead(404).end();
      return;
    }
    const root = routes[prefix];
    const file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) throw new Error('not a file');
      const type = file.endsWith('.wasm') ? wasmType : MIME[path.extname(file)] ?? 'application/octet-stream';
      if (file.endsWith('.wasm')) wasmTypes.push(type);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    wasmTypes,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}
