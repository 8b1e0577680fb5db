#!/usr/bin/env node
// The demo's reference server: serves www/ and pkg/, and a local GET/PATCH /v2/me and
// /v2/me/booking-limits that behave like cal.com's API v2 (auth, 100 kB body limit, compat
// validation with the same cal-profile package the page uses, cal.com's envelopes and 400 body,
// the email-verification rule), with the profile and its limits persisted atomically to a JSON
// file. `--proxy <url>` forwards both to a real cal.com instead. Node built-ins only.
//
// This file is the command line and the wiring; each job has its module: http.mjs (bodies,
// answers, timeouts), static.mjs, store.mjs, auth.mjs, calcom.mjs (the emulation), proxy.mjs.

import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isApiKey } from './auth.mjs';
import { calcomRoutes, LIMITS_PATH, ME_PATH } from './calcom.mjs';
import { errorEnvelope, notFound, REQUEST_TIMEOUT_MS, sendJson, timeoutOptions } from './http.mjs';
import { proxyRequest } from './proxy.mjs';
import { serveStatic } from './static.mjs';
import { Store } from './store.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

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
  let routes = null;
  if (!proxy) {
    const entry = path.join(pkgDir, 'node.js');
    try {
      cp = await import(pathToFileURL(entry).href);
    } catch (err) {
      throw new Error(`cannot load the cal-profile package from ${entry} (run \`make pkg\` first): ${err.message}`);
    }
    const validKey = isApiKey(cp);
    if (opts.apiKey && !validKey(opts.apiKey)) {
      throw new Error(`--api-key must look like a cal.com API key (cal_test_ or cal_live_ and at least 8 letters or digits), got ${opts.apiKey}`);
    }
    store = new Store(opts.dataFile);
    await store.open({ apiKey: opts.apiKey, validKey });
    routes = calcomRoutes(cp, store, opts);
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
      return routes.handleMe(req, res);
    }
    if (pathname === LIMITS_PATH) {
      if (proxy) return proxyRequest(req, res, proxy);
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PATCH') {
        req.resume();
        return sendJson(res, 404, errorEnvelope(LIMITS_PATH, 'NotFoundException', `Cannot ${req.method} ${LIMITS_PATH}`));
      }
      return routes.handleLimits(req, res);
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

  const server = http.createServer(timeoutOptions(opts.requestTimeout), (req, res) => {
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
