// Static files: www/ and pkg/ under their base directories only, with a MIME type per extension
// and a Content-Security-Policy on the page.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { notFound } from './http.mjs';

const PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'www', 'index.html');

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
  const html = fs.readFileSync(PAGE, 'utf8');
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

export async function serveStatic(req, res, baseDir, relPath) {
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
