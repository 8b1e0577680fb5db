// Conformance check: every contender on every scenario payload it is timed on, compared with the
// expected verdict (and normalised data, or the set of fields with issues). A contender that
// disagrees on a scenario is reported and not timed there. Also runs per-rule probes
// (informational: which contender implements which rule).
//
//   node conformance.mjs [--json] [--contenders a,b]
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAjv } from './lib/build-ajv.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { checkScenario, runProbes } from './lib/conform.mjs';
import { CONTENDERS, loadContender } from './lib/contenders.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));

export async function conformance(names = Object.keys(CONTENDERS)) {
  if (!existsSync(join(benchDir, 'build', 'ajv-update-me.mjs'))) buildAjv();
  const out = {};
  for (const name of names) {
    const c = CONTENDERS[name];
    let peer;
    try {
      peer = await loadContender(benchDir, name);
    } catch (e) {
      out[name] = { available: false, reason: String(e.message).split('\n')[0] };
      continue;
    }
    const scenarios = {};
    for (const id of c.scenarios) scenarios[id] = checkScenario(peer, SCENARIOS[id]);
    out[name] = { available: true, scenarios, probes: c.tzOnly || c.profile ? undefined : runProbes(peer) };
  }
  return out;
}

export function formatConformance(conf) {
  const lines = [];
  for (const [name, r] of Object.entries(conf)) {
    if (!r.available) {
      lines.push(`  ${name.padEnd(16)} UNAVAILABLE: ${r.reason}`);
      continue;
    }
    const bad = Object.entries(r.scenarios).filter(([, v]) => !v.ok);
    lines.push(`  ${name.padEnd(16)} ${bad.length === 0 ? 'ok' : 'DISAGREES'} on ${Object.keys(r.scenarios).join(' ')}`);
    for (const [id, v] of bad) lines.push(`      (${id}) ${v.detail}`);
    if (r.probes) {
      const miss = r.probes.filter((p) => p.got !== p.expected);
      if (miss.length) lines.push(`      rule probes: ${r.probes.length - miss.length}/${r.probes.length}; differs on ${miss.map((p) => `${p.name} (${p.got})`).join(', ')}`);
      else lines.push(`      rule probes: ${r.probes.length}/${r.probes.length}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--contenders');
  const names = i >= 0 ? args[i + 1].split(',') : Object.keys(CONTENDERS);
  const conf = await conformance(names);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(conf)}\n`);
  else console.log(`Conformance (expected verdicts on the scenario payloads; rule probes are informational)\n${formatConformance(conf)}`);
}
