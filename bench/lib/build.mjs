// Build steps of the harness: the ajv standalone module, the browser bundles of every contender
// (esbuild, minified ESM) and the size table (gzip -9).
import { readFileSync, readdirSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zc } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildAjv } from './build-ajv.mjs';
import { CONTENDERS, SIZE_CONTENDERS } from './contenders.mjs';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = join(BENCH_DIR, 'build');
export const PKG_DIR = resolve(process.env.CAL_PROFILE_PKG || join(BENCH_DIR, '..', 'pkg'));

export const gzipSize = (buf) => gzipSync(buf, { level: zc.Z_BEST_COMPRESSION }).length;

export function pkgAvailable() {
  return existsSync(join(PKG_DIR, 'node.js')) && existsSync(join(PKG_DIR, 'index.js'))
    && existsSync(PKG_DIR) && readdirSync(PKG_DIR).some((f) => f.endsWith('.wasm'));
}

/** Resolves the harness's `/pkg/…` imports to the package directory (for bundling it in). */
const packageFromPkgDir = {
  name: 'pkg-dir',
  setup(build) {
    build.onResolve({ filter: /^\/pkg\// }, (args) => ({ path: join(PKG_DIR, args.path.slice(5)) }));
  },
};

export async function prepare() {
  buildAjv();
  mkdirSync(join(BUILD_DIR, 'browser'), { recursive: true });
  const bundles = {};
  for (const [name, c] of Object.entries(CONTENDERS)) {
    if (!c.browser) continue;
    const entry = name === 'ours' ? 'peers/ours.browser.mjs' : c.module;
    const outfile = join(BUILD_DIR, 'browser', `${name}.js`);
    const r = await esbuild.build({
      entryPoints: [join(BENCH_DIR, entry)],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // cal-profile is bundled into the page's module as an app bundler (Vite, webpack) would,
      // and its wasm is the asset emitted beside it, where `new URL('…wasm', import.meta.url)`
      // points: a page makes the requests it would make in production, not an extra hop to /pkg/.
      plugins: name === 'ours' ? [packageFromPkgDir] : [],
      outfile,
      logLevel: 'silent',
      metafile: true,
    });
    if (name === 'ours') for (const f of readdirSync(PKG_DIR).filter((x) => x.endsWith('.wasm'))) copyFileSync(join(PKG_DIR, f), join(BUILD_DIR, 'browser', f));
    const code = readFileSync(outfile);
    bundles[name] = { file: outfile, bytes: code.length, gzip: gzipSize(code), inputs: Object.keys(r.metafile.inputs).length };
  }
  return bundles;
}

/** The browser entry of the package and everything it statically imports (relative specifiers). */
function jsGraph(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g)) {
      walk(resolve(dirname(file), m[1] ?? m[2]));
    }
  };
  walk(entry);
  return [...seen];
}

/** Sizes: our wasm + JS (gzip -9) and each peer's minified esbuild bundle (gzip -9). */
export async function sizes(bundles) {
  const out = { ours: null, peers: {} };
  if (pkgAvailable()) {
    const files = readdirSync(PKG_DIR).filter((f) => /\.(wasm|m?js)$/.test(f) && !f.endsWith('.d.ts'));
    const perFile = {};
    for (const f of files) {
      const buf = readFileSync(join(PKG_DIR, f));
      perFile[f] = { bytes: buf.length, gzip: gzipSize(buf) };
    }
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    const browserJs = jsGraph(join(PKG_DIR, 'index.js')).map((f) => f.slice(PKG_DIR.length + 1));
    const sum = (list, k) => list.reduce((n, f) => n + (perFile[f]?.[k] ?? 0), 0);
    // The browser entry bundled and minified the way an app bundler would (wasm stays a file).
    let minJsGzip = null;
    try {
      const r = await esbuild.build({
        entryPoints: [join(PKG_DIR, 'index.js')], bundle: true, format: 'esm', platform: 'browser',
        target: 'es2022', minify: true, write: false, legalComments: 'none', logLevel: 'silent',
        loader: { '.wasm': 'file' }, outdir: join(BUILD_DIR, 'pkg-min'),
      });
      const js = r.outputFiles.filter((o) => o.path.endsWith('.js'));
      minJsGzip = js.reduce((n, o) => n + gzipSize(Buffer.from(o.contents)), 0);
    } catch (e) {
      minJsGzip = null;
    }
    out.ours = {
      files: perFile,
      browserJs,
      wasm,
      wasmGzip: sum(wasm, 'gzip'),
      jsGzip: sum(browserJs, 'gzip'),
      totalGzip: sum(wasm, 'gzip') + sum(browserJs, 'gzip'),
      minJsGzip,
      minTotalGzip: minJsGzip == null ? null : sum(wasm, 'gzip') + minJsGzip,
      allFilesGzip: sum(files, 'gzip'),
    };
  }
  for (const name of SIZE_CONTENDERS) if (bundles[name]) out.peers[name] = { bytes: bundles[name].bytes, gzip: bundles[name].gzip };
  return out;
}
