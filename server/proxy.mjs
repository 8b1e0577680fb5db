// --proxy: /v2/me and /v2/me/booking-limits forwarded to a real cal.com, minus the hop-by-hop
// headers and what only the local page's browser sends.

import http from 'node:http';
import https from 'node:https';
import { errorEnvelope, sendJson } from './http.mjs';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);
/** Browser-only request headers that must not leak from the local page to the real API. */
const NOT_FORWARDED = new Set(['cookie', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode',
  'sec-fetch-dest', 'sec-fetch-user']);

export function proxyRequest(req, res, target) {
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
