// Shared by the demo tests: start server/server.mjs as a real process on a free port.

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = path.join(ROOT, 'server', 'server.mjs');
export const PKG_DIR = path.join(ROOT, 'pkg');
export const OUTPUT_DIR = path.join(ROOT, 'test-output', 'demo');
export const API_KEY = 'cal_test_0123456789abcdef0123456789abcdef';

export async function tempDir(prefix) {
  return fs.mkdtemp(path.join(os.tmpdir(), `cal-profile-${prefix}-`));
}

/**
 * Starts the server with `args` (plus --port 0 and --api-key `apiKey` unless that is null) and
 * resolves once it has printed its start-up lines: { url, port, proc, output(), stop(), kill() }.
 */
export function startServer(args = [], { env = {}, apiKey = API_KEY } = {}) {
  const fullArgs = [SERVER, '--port', '0', ...args];
  if (apiKey !== null) fullArgs.push('--api-key', apiKey);
  const proc = spawn(process.execPath, fullArgs, {
    cwd: ROOT,
    env: { ...process.env, CAL_PROFILE_PROXY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start within 10 s:\n${out}`));
    }, 10_000);
    const onData = (chunk) => {
      out += chunk;
      const m = /cal-profile demo: (http:\/\/\S+)/.exec(out);
      // The last start-up line: "email verification: …" (local store) or "proxy: …".
      if (m && /^(email verification|proxy): .*\n/m.test(out)) {
        clearTimeout(timer);
        const url = m[1];
        resolve({
          url,
          port: Number(new URL(url).port),
          proc,
          exited,
          output: () => out,
          /** Graceful stop (SIGTERM): in-flight requests finish first. */
          async stop() {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
            return exited;
          },
          /** A crash: SIGKILL, nothing gets to finish. */
          async kill() {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
            return exited;
          },
        });
      }
    };
    proc.stdout.setEncoding('utf8').on('data', onData);
    proc.stderr.setEncoding('utf8').on('data', (chunk) => { out += chunk; });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

export function authHeaders(key = API_KEY) {
  return { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
}

export async function getMe(base, key = API_KEY) {
  const res = await fetch(`${base}/v2/me`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: res.status, body: await res.json() };
}

export async function patchMe(base, body, { key = API_KEY, headers = {} } = {}) {
  const res = await fetch(`${base}/v2/me`, {
    method: 'PATCH',
    headers: { ...authHeaders(key), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
