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
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

// Entries that instantiate at import call the glue directly: core.js's lazy wrappers are for the
// Node entry, which instantiates on first use (js/instance.js), and would only add bytes here.
const direct = {
  name: 'glue-directly',
  setup(b) {
    b.onResolve({ filter: /^\.\/core\.js$/ }, () => ({ path: path.join(pkg, 'cal_profile.js') }));
  },
};

// The Node entries carry the wasm as base64 text and decode it themselves (js/entries/node.js):
// natively where `Buffer` exists, with `atob` where it does not (Deno's own modules, jsdom).
// esbuild's `binary` loader decodes in a JS loop that took 7-10 ms of a 20 ms cold import.
const inlined = { platform: 'neutral', loader: { '.wasm': 'base64' } };

await Promise.all([
  entry('browser.js', 'index.js', { format: 'esm', platform: 'browser', plugins: [direct] }),
  entry('node.js', 'node.js', { format: 'esm', ...inlined }),
  entry('node.js', 'node.cjs', { format: 'cjs', ...inlined }),
  entry('workerd.js', 'workerd.js', { format: 'esm', platform: 'neutral', external: ['*.wasm'], plugins: [direct] }),
  entry('edge-light.js', 'edge-light.js', { format: 'esm', platform: 'neutral', external: ['*.wasm?module'], plugins: [direct] }),
]);

// ---- languages (issue 13) ------------------------------------------------------------------
//
// Every catalog js/locales/<code>.js becomes pkg/locales/<code>.js (ESM) and <code>.cjs
// (CommonJS), each with the renderer (js/locales/format.js) bundled in and the package imported
// by its own name, so it registers into the instance the app uses. `en` is generated from the
// core's table (js/locales/messages.json): only `localizeIssues(issues, 'en')` needs it.

const localeSrc = path.join(root, 'js', 'locales');
const localeOut = path.join(pkg, 'locales');
await rm(localeOut, { recursive: true, force: true });
await mkdir(localeOut);
const table = JSON.parse(await readFile(path.join(localeSrc, 'messages.json'), 'utf8'));
const english = `import { catalog } from './format.js';\nexport default catalog('en', ${JSON.stringify({
  messages: Object.fromEntries(table.messages.map((m) => [m.id, m.en])),
  expected: table.expected,
  received: table.received,
})});\n`;
const catalogs = [['en', english]];
for (const file of await readdir(localeSrc)) {
  const m = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.js$/.exec(file);
  if (m) catalogs.push([m[1], await readFile(path.join(localeSrc, file), 'utf8')]);
}
// UTF-8 output: Arabic or Japanese text escaped as \uXXXX would triple in size.
const localeCommon = { ...common, platform: 'neutral', external: ['cal-profile'], charset: 'utf8' };
await Promise.all(
  catalogs.flatMap(([code, contents]) =>
    ['esm', 'cjs'].map((format) =>
      build({
        ...localeCommon,
        stdin: { contents, resolveDir: localeSrc, sourcefile: `js/locales/${code}.js`, loader: 'js' },
        outfile: path.join(localeOut, `${code}.${format === 'esm' ? 'js' : 'cjs'}`),
        format,
      }),
    ),
  ),
);
// One declaration per catalog beside it (TypeScript's old `node` resolution, which ignores
// `exports`, looks there), ESM and CommonJS.
const catalogTypes = `// A cal-profile catalog: importing this module registers it (see js/locales/README.md).
import type { Catalog } from 'cal-profile';
declare const catalog: Catalog;
export default catalog;
`;
await Promise.all(
  catalogs.flatMap(([code]) => [
    writeFile(path.join(localeOut, `${code}.d.ts`), catalogTypes),
    writeFile(path.join(localeOut, `${code}.d.cts`), catalogTypes.replace('export default catalog;', 'export = catalog;')),
  ]),
);

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
