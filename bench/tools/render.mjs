// Re-renders a results file's markdown (and its summary) from the raw samples it holds, with the
// current lib/report.mjs: no re-measuring. For a change to the report's format or targets.
//
//   node tools/render.mjs [results/latest.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { summarise, renderMarkdown, renderConsole } from '../lib/report.mjs';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(benchDir, 'results', 'latest.json');
const r = JSON.parse(readFileSync(file, 'utf8'));
r.summary = summarise(r);
writeFileSync(file, `${JSON.stringify(r, null, 1)}\n`);
writeFileSync(file.replace(/\.json$/, '.md'), renderMarkdown(r));
console.log(renderConsole(r));
