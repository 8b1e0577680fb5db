// A tiny static file server for the browser run: /pkg/* from the package directory, everything
// else from bench/. Loopback only. Cross-origin isolated (COOP/COEP) so that performance.now()
// has its fine resolution in Chromium; no caching, so every fresh context fetches anew.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export function startStaticServer({ benchDir, pkgDir }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let root = benchDir;
    let rel = decodeURIComponent(url.pathname);
    if (rel.startsWith('/pkg/')) {
      root = pkgDir;
      rel = rel.slice(4);
    }
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
