// The browser side of the harness: Playwright opens this page in a fresh context for every
// sample and calls one of the functions below. Contender bundles live at /build/browser/<name>.js.
import { SCENARIOS, makeOp } from '/lib/scenarios.mjs';
import { checkScenario, runProbes } from '/lib/conform.mjs';
import { measure } from '/lib/measure.mjs';

const load = async (name) => (await import(`/build/browser/${name}.js`)).default;

window.conformance = async ({ name, ids }) => {
  const peer = await load(name);
  const scenarios = {};
  for (const id of ids) scenarios[id] = checkScenario(peer, SCENARIOS[id]);
  return { scenarios, probes: peer.validateObject ? runProbes(peer) : undefined };
};

window.runSample = async ({ name, scenario, warmupMs, budgetMs }) => {
  const peer = await load(name);
  const conf = checkScenario(peer, SCENARIOS[scenario]);
  if (!conf.ok) return { error: `non-conformant: ${conf.detail}` };
  return measure(makeOp(peer, SCENARIOS[scenario]), { warmupMs, budgetMs });
};

window.coldStart = async ({ name }) => {
  const body = SCENARIOS.a.payload;
  const t0 = performance.now();
  const peer = await load(name);
  const t1 = performance.now();
  const r = peer.validateObject ? peer.touch(peer.validateObject(body)) : peer.timeZoneValid(body.timeZone);
  const t2 = performance.now();
  return { importMs: t1 - t0, firstMs: t2 - t1, coldMs: t2 - t0, sink: Number(r) };
};

window.ready = true;
