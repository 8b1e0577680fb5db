// Turns raw samples into medians, ratios and pass/fail targets; renders markdown and console text.
import { median, spread } from './measure.mjs';
import { CONTENDERS } from './contenders.mjs';
import { SCENARIOS } from './scenarios.mjs';

/** The size target: no larger than the previous release's default package (wasm + browser JS, gzip -9). */
export const SIZE_LIMIT = 58654;

const PEER_COLUMNS = ['zod', 'zod-compiled', 'zod-mini', 'valibot', 'ajv', 'class-validator-cached', 'class-validator', 'intl-cached', 'intl'];
const MAIN_ROWS = ['a', 'b', 'c', 'd', 'e:a', 'e:b', 'e:c', 'buf:a', 'buf:b', 'buf:c'];

function medians(bucket) {
  const out = {};
  for (const [id, byName] of Object.entries(bucket ?? {})) {
    out[id] = {};
    for (const [name, { samples, errors }] of Object.entries(byName)) {
      const ops = samples.map((s) => s.opsPerSec);
      out[id][name] = {
        opsPerSec: median(ops),
        nsPerOp: 1e9 / median(ops),
        spread: spread(ops),
        n: ops.length,
        errors: errors.length ? errors : undefined,
      };
    }
  }
  return out;
}

function ratios(med) {
  const out = {};
  for (const [id, byName] of Object.entries(med)) {
    const ours = byName.ours?.opsPerSec;
    if (!Number.isFinite(ours)) continue;
    out[id] = {};
    for (const [name, m] of Object.entries(byName)) {
      if (name === 'ours' || CONTENDERS[name]?.profile) continue;
      if (Number.isFinite(m.opsPerSec)) out[id][name] = ours / m.opsPerSec;
    }
  }
  return out;
}

function coldMedians(bucket) {
  const out = {};
  for (const [name, { samples, errors }] of Object.entries(bucket ?? {})) {
    out[name] = {
      coldMs: median(samples.map((s) => s.coldMs)),
      importMs: median(samples.map((s) => s.importMs)),
      firstMs: median(samples.map((s) => s.firstMs)),
      n: samples.length,
      errors: errors.length ? errors : undefined,
    };
  }
  return out;
}

export function summarise(r) {
  const node = medians(r.node);
  const chromium = r.chromium ? medians(r.chromium) : null;
  const ratioNode = ratios(node);
  const ratioChromium = chromium ? ratios(chromium) : null;
  const coldNode = coldMedians(r.coldNode);
  const coldChromium = r.coldChromium ? coldMedians(r.coldChromium) : null;
  // The targets of issue 12 (point 2), against fair peers (time zones cached), same run.
  const targets = [];
  // `spreads` = the relative spreads (max − min) / median of cal-profile's and the peer's samples. A
  // verdict is "within noise" when the ratio is closer to the threshold than the two half-spreads
  // combined (on a log scale): another run on the same machine could well give the other verdict.
  const ratioTarget = (label, env, v, min, spreads = []) => {
    const halves = spreads.filter(Number.isFinite).map((x) => x / 2);
    const noise = Math.log(halves.reduce((f, h) => f * (1 + h), 1));
    const withinNoise = Number.isFinite(v) && halves.length > 0 ? Math.abs(Math.log(v / min)) < noise : null;
    targets.push({ label, env, measured: v, threshold: min, unit: '×', pass: Number.isFinite(v) ? v >= min : null, spreads, withinNoise });
  };
  let med = null;
  const speed = (label, id, peer, min, env, table) => ratioTarget(label, env, table?.[id]?.[peer], min, [med?.[id]?.ours?.spread, med?.[id]?.[peer]?.spread]);
  for (const [env, table, m] of [['node', ratioNode, node], ['chromium', ratioChromium, chromium]]) {
    if (!table) continue;
    med = m;
    speed('(a) object vs zod classic ≥ 1.5×', 'a', 'zod', 1.5, env, table);
    speed('(a) object vs valibot ≥ 1×', 'a', 'valibot', 1, env, table);
    speed('(b) object vs zod classic ≥ 1.5×', 'b', 'zod', 1.5, env, table);
    speed('(c) object vs zod classic ≥ 1.5×', 'c', 'zod', 1.5, env, table);
    speed('(e:a) raw JSON text vs JSON.parse + ajv standalone ≥ 1×', 'e:a', 'ajv', 1, env, table);
    speed('(e:c) raw JSON text vs JSON.parse + ajv standalone ≥ 1.5×', 'e:c', 'ajv', 1.5, env, table);
    if (env === 'node') speed('(buf:c) Buffer body vs JSON.parse(buf.toString()) + ajv standalone ≥ 2×', 'buf:c', 'ajv', 2, env, table);
    speed('(d) time zones vs the cached Intl check (Set + memo) ≥ 5×', 'd', 'intl-cached', 5, env, table);
  }
  for (const [env, cold] of [['node', coldNode], ['chromium', coldChromium]]) {
    if (!cold) continue;
    const o = cold.ours?.coldMs;
    const v = cold.valibot?.coldMs;
    const raw = env === 'node' ? r.coldNode : r.coldChromium;
    const spreads = ['ours', 'valibot'].map((n) => spread((raw?.[n]?.samples ?? []).map((x) => x.coldMs)));
    const noise = Math.log(spreads.reduce((f, x) => f * (1 + x / 2), 1));
    targets.push({
      label: 'cold start (import + first validate) ≤ valibot', env, measured: o, threshold: v, unit: 'ms',
      pass: Number.isFinite(o) && Number.isFinite(v) ? o <= v : null,
      spreads, withinNoise: Number.isFinite(o) && Number.isFinite(v) ? Math.abs(Math.log(o / v)) < noise : null,
    });
  }
  const size = r.sizes?.ours?.totalGzip;
  targets.push({
    label: 'default package (wasm + browser JS, gzip -9) ≤ the previous release', env: 'size', measured: size, threshold: SIZE_LIMIT, unit: 'B',
    pass: Number.isFinite(size) ? size <= SIZE_LIMIT : null,
  });
  let server = null;
  if (r.server) {
    server = {};
    for (const [pid, byV] of Object.entries(r.server.results)) {
      server[pid] = {};
      for (const [v, s] of Object.entries(byV)) {
        server[pid][v] = { rps: median(s.runs), p50: median(s.latencyP50), p99: median(s.latencyP99), n: s.runs.length, errors: s.errors, non2xx: s.non2xx, error: s.error };
      }
      if (server[pid].ours && server[pid].zod) server[pid].ratio = server[pid].ours.rps / server[pid].zod.rps;
    }
    for (const pid of ['a', 'b', 'c']) {
      const runs = (v) => r.server.results[pid]?.[v]?.runs ?? [];
      if (server[pid]) ratioTarget(`server PATCH /v2/me (${pid}) req/s vs the zod server ≥ 1×`, 'server', server[pid].ratio, 1, [spread(runs('ours')), spread(runs('zod'))]);
    }
  }
  return { node, chromium, ratioNode, ratioChromium, coldNode, coldChromium, targets, server };
}

const fx = (v) => (Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toPrecision(2)}×` : '—');
const fnum = (v) => (Number.isFinite(v) ? (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(v >= 10 ? 0 : 1)) : '—');
const fns = (v) => (Number.isFinite(v) ? (v >= 1e6 ? `${(v / 1e6).toFixed(2)} ms` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} µs` : `${v.toFixed(0)} ns`) : '—');
const fms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
const fkb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KiB` : '—');
const label = (n) => CONTENDERS[n]?.label ?? n;
const passMark = (p) => (p === true ? 'PASS' : p === false ? 'FAIL' : 'n/a');
const verdict = (t) => `${passMark(t.pass)}${t.withinNoise ? ' (within noise)' : ''}`;
const halfSpreads = (t) => (t.spreads?.length ? t.spreads.map((x) => (Number.isFinite(x) ? `±${Math.round(x * 50)}%` : '—')).join(' / ') : '');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function ratioTable(ratio) {
  const cols = PEER_COLUMNS.filter((p) => Object.values(ratio).some((row) => p in row));
  const rows = MAIN_ROWS.filter((id) => ratio[id]).map((id) => [`(${id}) ${SCENARIOS[id].title}`, ...cols.map((p) => fx(ratio[id][p]))]);
  return table(['scenario', ...cols.map(label)], rows);
}

function absTable(med) {
  const cols = ['ours', ...PEER_COLUMNS].filter((p) => Object.values(med).some((row) => p in row));
  const rows = MAIN_ROWS.filter((id) => med[id]).map((id) => [
    `(${id})`,
    ...cols.map((p) => {
      const m = med[id][p];
      if (!m) return '';
      if (!Number.isFinite(m.opsPerSec)) return `error`;
      return `${fns(m.nsPerOp)} ±${Math.round(m.spread * 50)}%`;
    }),
  ]);
  return table(['scenario (time per op, median; ± half the spread)', ...cols.map(label)], rows);
}

function targetTable(targets) {
  return table(['target', 'where', 'measured', 'needed', '± half-spread (ours / peer)', 'result'], targets.map((t) => [
    t.label,
    t.env,
    t.unit === '×' ? fx(t.measured) : t.unit === 'ms' ? fms(t.measured) : `${fkb(t.measured)} (${t.measured ?? '—'} B)`,
    t.unit === '×' ? `≥ ${t.threshold}×` : t.unit === 'ms' ? `≤ ${fms(t.threshold)} (valibot)` : `≤ ${fkb(t.threshold)} (${t.threshold} B)`,
    halfSpreads(t),
    `**${verdict(t)}**`,
  ]));
}

function conformanceTable(conf) {
  const ids = [...MAIN_ROWS];
  const rows = Object.entries(conf).filter(([n]) => !CONTENDERS[n]?.profile).map(([n, r]) => {
    if (!r.available) return [label(n), ...ids.map(() => ''), `unavailable: ${r.reason}`];
    const probes = r.probes ? `${r.probes.filter((p) => p.got === p.expected).length}/${r.probes.length}` : '';
    const missed = r.probes ? r.probes.filter((p) => p.got !== p.expected).map((p) => p.name).join('; ') : '';
    return [label(n), ...ids.map((id) => (r.scenarios[id] ? (r.scenarios[id].ok ? '✓' : '✗') : '')), `${probes}${missed ? ` (differs: ${missed})` : ''}`];
  });
  const details = [];
  for (const [n, r] of Object.entries(conf)) {
    if (!r.available) continue;
    for (const [id, v] of Object.entries(r.scenarios)) if (!v.ok) details.push(`- ${label(n)} (${id}): ${v.detail} — not timed there`);
  }
  return `${table(['contender', ...ids.map((i) => `(${i})`), 'rule probes'], rows)}${details.length ? `\n\n${details.join('\n')}` : ''}`;
}

function profileSection(r, s) {
  const n = s.node;
  const ns = (id, name) => n[id]?.[name]?.nsPerOp;
  const lines = [];
  const o = (id) => ns(id, 'ours');
  if (Number.isFinite(o('a'))) {
    lines.push(table(['entry point', '(a) typical', '(b) 4 errors', '(c) big metadata'], [
      ['cal-profile validateUpdateMe(object) strict', fns(o('a')), fns(o('b')), fns(o('c'))],
      ['cal-profile validateUpdateMe(object) compat', fns(ns('a', 'ours-compat')), '', fns(ns('c', 'ours-compat'))],
      ['cal-profile validateUpdateMeJson(string)', fns(o('e:a')), fns(o('e:b')), fns(o('e:c'))],
      ['cal-profile validateUpdateMeJson(Buffer)', fns(o('buf:a')), fns(o('buf:b')), fns(o('buf:c'))],
      ['cal-profile JSON.parse + validateUpdateMe', fns(ns('e:a', 'ours-parse')), '', fns(ns('e:c', 'ours-parse'))],
      ['JSON.parse(text) alone (every peer pays it in (e))', fns(ns('e:a', 'json-parse')), '', fns(ns('e:c', 'json-parse'))],
      ['JSON.parse(buf.toString()) alone (every peer pays it in (buf))', fns(ns('buf:a', 'json-parse')), '', fns(ns('buf:c', 'json-parse'))],
      ['zod 4 classic, object (for scale)', fns(ns('a', 'zod')), fns(ns('b', 'zod')), fns(ns('c', 'zod'))],
      ['valibot, object (for scale)', fns(ns('a', 'valibot')), fns(ns('b', 'valibot')), fns(ns('c', 'valibot'))],
      ['ajv standalone, JSON.parse + validate (for scale)', fns(ns('e:a', 'ajv')), fns(ns('e:b', 'ajv')), fns(ns('e:c', 'ajv'))],
    ]));
  }
  const slices = ['d:canonical', 'd:case', 'd:link', 'd:invalid'].filter((id) => n[id]);
  if (slices.length) {
    lines.push('');
    lines.push(table(['(d) slice: time per string', 'cal-profile checkTimeZone', 'cached Intl (Set + memo)', 'Intl.DateTimeFormat per call', 'ours ÷ cached', 'ours ÷ per call'], slices.map((id) => {
      const len = SCENARIOS[id].list.length;
      const a = ns(id, 'ours-tz') / len;
      const c = ns(id, 'intl-cached-tz') / len;
      const b = ns(id, 'intl-tz') / len;
      return [`${id} (${len})`, fns(a), fns(c), fns(b), fx(c / a), fx(b / a)];
    })));
  }
  return lines.join('\n');
}

export function renderMarkdown(r) {
  const s = r.summary;
  const m = r.machine;
  const out = [];
  out.push(`# cal-profile benchmark — ${r.startedAt}${r.config.quick ? ' (QUICK smoke run: indicative only)' : ''}`);
  out.push('');
  const loads = (m.load1Samples ?? []).slice().sort((x, y) => x - y);
  const loadRange = loads.length ? ` (1-min load every 10 s: min ${loads[0]}, median ${median(loads)}, max ${loads[loads.length - 1]})` : '';
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB, ${m.os}; load average ${m.loadavgStart.join(' ')} at start, ${m.loadavgEnd?.join(' ')} at end${loadRange}. `
    + `Node ${m.node} (V8 ${m.v8}, ICU ${m.icu}, tz ${m.tz})${m.chromium ? `, headless Chromium ${m.chromium}` : ''}. `
    + `Repository ${m.commit ?? '?'}${m.dirty ? ' (uncommitted changes in src/js/pkg)' : ''}, cal-profile ${m.versions['cal-profile'] ?? 'not built'}.`);
  out.push('');
  out.push(`Peers: ${Object.entries(m.versions).filter(([k]) => k !== 'cal-profile').map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  out.push('');
  out.push(`Method: ${r.config.quick ? 'one process per contender (smoke run)' : `${r.config.processes} fresh Node processes per cell (${r.config.profileProcesses} for the profile cells), ${r.config.warmupMs} ms warm-up then ${r.config.budgetMs} ms timed`}; `
    + `Chromium: ${r.config.browserProcesses} fresh browser contexts per cell, ${r.config.browserWarmupMs} + ${r.config.browserBudgetMs} ms. Medians. `
    + `**Ratios are cal-profile's throughput ÷ the peer's (> 1× = cal-profile faster)**, measured in the same run; absolute times are not comparable between runs. Total ${r.durationS} s.`);
  out.push('');
  out.push('Fair peers: every JS peer checks time zones the cached way (a `Set` of `Intl.supportedValuesOf(\'timeZone\')` built once + a memoised `Intl.DateTimeFormat` fallback), except the column "class-validator IsTimeZone (cal.com)", which keeps class-validator\'s own per-call check because that is what cal.com runs. The bare per-call `Intl.DateTimeFormat` appears only as an informational column of (d). (buf:*) rows are Node only.');
  if (!r.pkg.available) out.push(`\n**cal-profile was not built (${r.pkg.dir}): peers only, no ratios.**`);
  else out.push(`\npkg/ fingerprint ${r.pkg.fingerprintStart}${r.pkg.changedDuringRun ? ` → ${r.pkg.fingerprintEnd}: **pkg/ was rebuilt during the run; the cal-profile figures mix two builds**` : ''}.`);
  out.push('');
  out.push('## Targets');
  out.push('');
  out.push(targetTable(s.targets));
  out.push('');
  out.push('## Throughput ratios, Node (cal-profile ÷ peer)');
  out.push('');
  out.push(Object.keys(s.ratioNode).length ? ratioTable(s.ratioNode) : '_no cal-profile figures_');
  if (s.ratioChromium) {
    out.push('');
    out.push('## Throughput ratios, headless Chromium (cal-profile ÷ peer)');
    out.push('');
    out.push(Object.keys(s.ratioChromium).length ? ratioTable(s.ratioChromium) : '_no cal-profile figures_');
  }
  out.push('');
  out.push('## Cold start (fresh process / fresh browser context: import + first validation of (a))');
  out.push('');
  const coldNames = Object.keys(s.coldNode);
  out.push(table(['contender', 'Node median', 'Node import / first call', 'ours ÷ peer (time)', 'Chromium median', 'Chromium import / first call', 'ours ÷ peer (time)'], coldNames.map((n) => {
    const a = s.coldNode[n];
    const b = s.coldChromium?.[n];
    return [label(n), fms(a?.coldMs), `${fms(a?.importMs)} / ${fms(a?.firstMs)}`, n === 'ours' ? '' : fx(s.coldNode.ours?.coldMs / a?.coldMs),
      fms(b?.coldMs), b ? `${fms(b.importMs)} / ${fms(b.firstMs)}` : '—', n === 'ours' || !b ? '' : fx(s.coldChromium.ours?.coldMs / b?.coldMs)];
  })));
  out.push('');
  out.push('(For cold start the ratio is a time ratio: < 1× = cal-profile starts faster.)');
  out.push('');
  out.push('## Size (gzip -9)');
  out.push('');
  const z = r.sizes;
  const rows = [];
  if (z.ours) {
    rows.push(['cal-profile: wasm + browser JS as shipped in pkg/', fkb(z.ours.totalGzip), `${z.ours.wasm.join(', ')} ${fkb(z.ours.wasmGzip)} + ${z.ours.browserJs.join(', ')} ${fkb(z.ours.jsGzip)}`]);
    if (z.ours.minTotalGzip) rows.push(['cal-profile: wasm + browser JS minified by esbuild', fkb(z.ours.minTotalGzip), `JS ${fkb(z.ours.minJsGzip)}`]);
  }
  for (const [n, v] of Object.entries(z.peers)) rows.push([`${label(n)} (esbuild bundle, minified)`, fkb(v.gzip), `${fkb(v.bytes)} minified`]);
  out.push(table(['what', 'gzip -9', 'detail'], rows));
  if (s.server) {
    out.push('');
    out.push(`## Server: PATCH /v2/me on loopback (bench/server, autocannon ${r.server.connections} connections, ${r.server.durationS} s runs, median)`);
    out.push('');
    out.push('cal-profile: `validateUpdateMeJson(buf, { mode: \'compat\' })` + `calErrorBody`; zod: `JSON.parse(buf.toString())` + a zod 4 classic compat schema, time zones cached like every peer. Requests/s of each run in brackets.');
    out.push('');
    const runs = (pid, v) => (r.server.results[pid]?.[v]?.runs ?? []).map((x) => fnum(x)).join(', ');
    out.push(table(['body', 'cal-profile req/s', 'zod req/s', 'ratio', 'p50 / p99 latency (ours, zod)'], Object.entries(s.server).map(([pid, v]) => [
      `(${pid}) ${SCENARIOS[pid].title}`, `${fnum(v.ours?.rps)} [${runs(pid, 'ours')}]`, `${fnum(v.zod?.rps)} [${runs(pid, 'zod')}]`, fx(v.ratio),
      `${v.ours?.p50 ?? '—'}/${v.ours?.p99 ?? '—'} ms, ${v.zod?.p50 ?? '—'}/${v.zod?.p99 ?? '—'} ms${v.ours?.error || v.zod?.error ? ` — ${v.ours?.error ?? ''} ${v.zod?.error ?? ''}` : ''}`,
    ])));
  }
  out.push('');
  out.push('## Conformance (checked before timing; a ✗ cell is not timed)');
  out.push('');
  out.push('Node:');
  out.push('');
  out.push(conformanceTable(r.conformance.node));
  if (r.conformance.chromium) {
    out.push('');
    out.push('Chromium:');
    out.push('');
    out.push(conformanceTable(r.conformance.chromium));
  }
  out.push('');
  out.push('## Absolute figures, Node (this run only)');
  out.push('');
  out.push(absTable(s.node));
  if (s.chromium) {
    out.push('');
    out.push('## Absolute figures, Chromium (this run only)');
    out.push('');
    out.push(absTable(s.chromium));
  }
  const prof = profileSection(r, s);
  if (prof) {
    out.push('');
    out.push('## Profile: where cal-profile spends its time (Node, time per operation)');
    out.push('');
    out.push(prof);
  }
  const errs = [];
  for (const [env, med] of [['node', s.node], ['chromium', s.chromium]]) {
    for (const [id, byName] of Object.entries(med ?? {})) for (const [n, v] of Object.entries(byName)) if (v.errors) errs.push(`- ${env} ${n} (${id}): ${v.errors[0]}`);
  }
  if (r.chromiumError) errs.push(`- chromium: ${r.chromiumError}`);
  if (r.serverError) errs.push(`- server: ${r.serverError}`);
  if (errs.length) {
    out.push('');
    out.push('## Errors');
    out.push('');
    out.push(errs.join('\n'));
  }
  out.push('');
  return out.join('\n');
}

export function renderConsole(r) {
  const s = r.summary;
  const lines = [];
  lines.push('');
  lines.push(`Throughput ratios, Node (cal-profile ÷ peer, > 1× = faster)${r.config.quick ? ' — QUICK run, indicative only' : ''}`);
  lines.push(Object.keys(s.ratioNode).length ? ratioTable(s.ratioNode) : '  (no cal-profile figures)');
  if (s.ratioChromium && Object.keys(s.ratioChromium).length) {
    lines.push('');
    lines.push('Throughput ratios, headless Chromium');
    lines.push(ratioTable(s.ratioChromium));
  }
  lines.push('');
  lines.push('Targets');
  for (const t of s.targets) {
    const measured = t.unit === '×' ? fx(t.measured) : t.unit === 'ms' ? `${fms(t.measured)} vs ${fms(t.threshold)}` : `${t.measured ?? '—'} B`;
    lines.push(`  ${passMark(t.pass).padEnd(4)}  [${t.env}] ${t.label}: ${measured}${t.withinNoise ? ` (within noise: ${halfSpreads(t)})` : ''}`);
  }
  const pass = s.targets.filter((t) => t.pass === true).length;
  const fail = s.targets.filter((t) => t.pass === false).length;
  lines.push(`  targets: ${pass} pass, ${fail} fail, ${s.targets.length - pass - fail} n/a`);
  return lines.join('\n');
}
