// Prints the tables of the top-level README's "Performance" section from a results file, so that
// every figure there is copied from one harness run rather than typed by hand.
//
//   node tools/readme-performance.mjs [results/latest.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(benchDir, 'results', 'latest.json');
const r = JSON.parse(readFileSync(file, 'utf8'));
const s = r.summary;

const fx = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toPrecision(2)}×` : '—');
const fms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
const fk = (v) => (Number.isFinite(v) ? (v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0)) : '—');
const mark = (p, noisy) => `${p === true ? 'PASS' : p === false ? '**FAIL**' : 'n/a'}${noisy ? ' (within noise)' : ''}`;
const row = (cells) => `| ${cells.join(' | ')} |`;

// Speed and cold-start targets: one row per label, Node and Chromium side by side.
const byLabel = new Map();
for (const t of s.targets) {
  if (t.env !== 'node' && t.env !== 'chromium') continue;
  if (!byLabel.has(t.label)) byLabel.set(t.label, {});
  byLabel.get(t.label)[t.env] = t;
}
const cell = (t) => {
  if (!t) return '— (Node only)';
  if (t.unit === 'ms') return `${fms(t.measured)} vs ${fms(t.threshold)} ${mark(t.pass, t.withinNoise)}`;
  return `${fx(t.measured)} ${mark(t.pass, t.withinNoise)}`;
};
const lines = [];
lines.push(row(['target (cal-profile ÷ fair peer, throughput)', 'needed', 'Node 20', 'headless Chromium']));
lines.push('|:--|--:|--:|--:|');
for (const [label, v] of byLabel) {
  const t = v.node ?? v.chromium;
  const what = label.replace(/ ≥ [\d.]+×$/, '');
  const need = t.unit === 'ms' ? '≤ valibot' : `≥ ${t.threshold}×`;
  lines.push(row([t.unit === 'ms' ? 'cold start (import + first validation of (a)), time' : `${what}`, need, cell(v.node), cell(v.chromium)]));
}
console.log(lines.join('\n'));
console.log('');

if (s.server) {
  const out = [];
  out.push(row(['body', 'cal-profile req/s', 'zod req/s', 'ratio (≥ 1× needed)']));
  out.push('|:--|--:|--:|--:|');
  const title = { a: '(a) typical valid body', b: '(b) 4 errors (400 with cal.com\'s body)', c: '(c) 50 metadata keys × 500 chars' };
  for (const [pid, v] of Object.entries(s.server)) {
    const t = s.targets.find((x) => x.env === 'server' && x.label.includes(`(${pid})`));
    out.push(row([title[pid] ?? pid, fk(v.ours?.rps), fk(v.zod?.rps), `${fx(v.ratio)} ${mark(v.ratio >= 1, t?.withinNoise)}`]));
  }
  console.log(out.join('\n'));
  console.log('');
}

const size = s.targets.find((t) => t.env === 'size');
if (size) console.log(`size: ${size.measured} B vs ${size.threshold} B → ${mark(size.pass)}`);
const m = r.machine;
const loads = (m.load1Samples ?? []).slice().sort((a, b) => a - b);
console.log(`run: ${r.startedAt}, ${r.durationS} s, Node ${m.node}, Chromium ${m.chromium ?? '—'}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}, `
  + `load ${m.loadavgStart?.[0]} → ${m.loadavgEnd?.[0]}${loads.length ? ` (min ${loads[0]}, median ${loads[loads.length >> 1]}, max ${loads[loads.length - 1]})` : ''}`);
