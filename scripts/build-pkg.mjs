// Writes the package's entries and type declarations into pkg/, after `make pkg` has put the
// wasm-bindgen glue (cal_profile.js, models.d.ts), api.js and the optimised wasm there.
//
// One entry per runtime, each one self-contained module over the same glue and api.js, so a
// runtime loads exactly one file (plus the wasm where it must stay a file):
//
//   index.js       browsers and client bundles: fetches cal_profile_bg.wasm by URL (top-level await)
//   node.js        Node ESM, Deno, Bun, server-side bundles: the wasm bytes inlined (base64)
//   node.cjs       the same for `require` (CommonJS, Node >= 18, Jest)
//   workerd.js     Cloudflare workerd: `import module from './cal_profile_bg.wasm'`
//   edge-light.js  Vercel edge / Next.js edge: the same import spelled `?module`
//
// The declarations are flattened into index.d.ts (ESM) and index.d.cts (CommonJS): one file each,
// no relative imports, so TypeScript reads each in the module format its extension says.

import { build } from 'esbuild';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const entries = path.join(root, 'js', 'entries');

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'error',
  // The entries import './cal_profile.js', './api.js' and the wasm as siblings inside pkg/.
  absWorkingDir: pkg,
};

async function entry(source, outfile, options) {
  const contents = await readFile(path.join(entries, source), 'utf8');
  await build({
    ...common,
    stdin: { contents, resolveDir: pkg, sourcefile: `js/entries/${source}`, loader: 'js' },
    outfile: path.join(pkg, outfile),
    ...options,
  });
}

// `platform: 'neutral'` gives esbuild's plain-JS base64 decoder (no `Buffer`), so the Node
// entries also run where `Buffer` is not a global (Deno's own modules, jsdom).
const inlined = { platform: 'neutral', loader: { '.wasm': 'binary' } };

await Promise.all([
  entry('browser.js', 'index.js', { format: 'esm', platform: 'browser' }),
  entry('node.js', 'node.js', { format: 'esm', ...inlined }),
  entry('node.js', 'node.cjs', { format: 'cjs', ...inlined }),
  entry('workerd.js', 'workerd.js', { format: 'esm', platform: 'neutral', external: ['*.wasm'] }),
  entry('edge-light.js', 'edge-light.js', { format: 'esm', platform: 'neutral', external: ['*.wasm?module'] }),
]);

// ---- declarations --------------------------------------------------------------------------

const models = await readFile(path.join(pkg, 'models.d.ts'), 'utf8');
const api = await readFile(path.join(root, 'js', 'api.d.ts'), 'utf8');
// api.d.ts imports and re-exports the model types from './models.js'; in the flattened file they
// are declared (and exported) right above, so both statements go.
const apiBody = api
  .replace(/^import type \{[^}]*\} from '\.\/models\.js';\n/m, '')
  .replace(/^export type \{[^}]*\};\n/m, '');
if (apiBody.includes("'./models.js'")) throw new Error('js/api.d.ts: unexpected import of ./models.js');
const declarations = `// cal-profile: the model types (generated from the Rust models by tsify) and the API over them.\n\n${models.trim()}\n\n${apiBody.trim()}\n`;
await writeFile(path.join(pkg, 'index.d.ts'), declarations);
await writeFile(path.join(pkg, 'index.d.cts'), declarations);

// The package carries the project's README and LICENSE.
await copyFile(path.join(root, 'README.md'), path.join(pkg, 'README.md'));
await copyFile(path.join(root, 'LICENSE'), path.join(pkg, 'LICENSE'));

// Intermediate files no entry needs at run time.
await Promise.all(['cal_profile.d.ts'].map((f) => rm(path.join(pkg, f), { force: true })));
