// One timed sample in a fresh Node process. Prints one JSON line on stdout.
//
//   node worker.mjs time <contender> <scenario>[,<scenario>…] [warmupMs] [budgetMs]
//   node worker.mjs cold <contender>
//
// `time` checks the contender's conformance on each scenario first and refuses to time a
// scenario it gets wrong. `cold` measures import + first validation of (a) in this fresh process.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, makeOp } from './lib/scenarios.mjs';
import { checkScenario } from './lib/conform.mjs';
import { measure } from './lib/measure.mjs';
import { CONTENDERS, loadContender } from './lib/contenders.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const [mode, name, scenarioArg, warmupArg, budgetArg] = process.argv.slice(2);

async function main() {
  if (mode === 'cold') {
    const c = CONTENDERS[name];
    const body = SCENARIOS.a.payload;
    const t0 = performance.now();
    const mod = await import(new URL(c.module, `file://${benchDir}/`).href);
    const peer = mod[c.exportName ?? 'default'];
    const t1 = performance.now();
    const r = c.tzOnly ? peer.timeZoneValid(body.timeZone) : peer.touch(peer.validateObject(body));
    const t2 = performance.now();
    return { mode, contender: name, importMs: t1 - t0, firstMs: t2 - t1, coldMs: t2 - t0, sink: Number(r) };
  }
  if (mode === 'time') {
    const peer = await loadContender(benchDir, name);
    const samples = {};
    for (const id of scenarioArg.split(',')) {
      const scenario = SCENARIOS[id];
      const conf = checkScenario(peer, scenario);
      if (!conf.ok) {
        samples[id] = { error: `non-conformant: ${conf.detail}` };
        continue;
      }
      samples[id] = measure(makeOp(peer, scenario), { warmupMs: Number(warmupArg ?? 200), budgetMs: Number(budgetArg ?? 500) });
    }
    return { mode, contender: name, samples };
  }
  throw new Error(`usage: node worker.mjs time|cold <contender> …`);
}

main().then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e) => {
    process.stdout.write(`${JSON.stringify({ mode, contender: name, error: String(e && e.stack ? e.stack : e) })}\n`);
    process.exitCode = 1;
  },
);
