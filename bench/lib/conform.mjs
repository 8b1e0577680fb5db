// Conformance: does a contender give the expected verdict (and normalised data / issue fields) on
// a scenario payload? Browser-safe ESM, used by conformance.mjs, worker.mjs and the browser runner.
import { SCENARIOS, PROBES, bufferOf } from './scenarios.mjs';

export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k])) return false;
  return true;
}

const short = (v) => {
  const s = JSON.stringify(v);
  return s && s.length > 160 ? `${s.slice(0, 157)}...` : s;
};

/** Checks one scenario; returns { ok, detail }. */
export function checkScenario(peer, scenario) {
  try {
    if (scenario.kind === 'tz') {
      // Twice: a cached check (Set + memo) must give the same verdicts cold and memoised.
      const wrong = [];
      for (let pass = 1; pass <= 2; pass++) {
        for (const [s, valid] of scenario.list) {
          if (peer.timeZoneValid(s) !== valid) wrong.push(`${JSON.stringify(s)} → ${!valid}, expected ${valid}${pass === 2 ? ' (memoised)' : ''}`);
        }
      }
      return wrong.length === 0
        ? { ok: true, detail: `${scenario.list.length} verdicts agree (twice)` }
        : { ok: false, detail: `${wrong.length} of ${2 * scenario.list.length} verdicts (two passes) differ: ${wrong.slice(0, 6).join('; ')}` };
    }
    let result;
    if (scenario.kind === 'object') {
      const before = JSON.stringify(scenario.payload);
      result = peer.validateObject(scenario.payload);
      if (JSON.stringify(scenario.payload) !== before) return { ok: false, detail: 'mutated its input' };
    } else if (scenario.kind === 'buffer') {
      const buf = bufferOf(scenario);
      result = peer.validateBuffer(buf);
      if (buf.toString('utf8') !== scenario.text) return { ok: false, detail: 'mutated its input' };
    } else {
      result = peer.validateJsonText(scenario.text);
    }
    const n = peer.normalise(result);
    const { expect } = scenario;
    if (n.ok !== expect.ok) {
      return { ok: false, detail: `verdict ${n.ok ? 'valid' : 'invalid'}, expected ${expect.ok ? 'valid' : 'invalid'}${n.ok ? '' : `: ${short(n.issues.map((i) => `${i.field}: ${i.message}`))}`}` };
    }
    if (expect.ok) {
      if (!deepEqual(n.data, expect.data)) return { ok: false, detail: `normalised data differs: ${short(n.data)}` };
      return { ok: true, detail: 'valid, data equal' };
    }
    const fields = [...new Set(n.issues.map((i) => i.field))].sort();
    if (!deepEqual(fields, expect.fields)) {
      return { ok: false, detail: `issues on ${short(fields)}, expected ${short(expect.fields)}` };
    }
    return { ok: true, detail: `${n.issues.length} issues on ${fields.join(', ')}` };
  } catch (e) {
    return { ok: false, detail: `threw ${e && e.stack ? String(e.stack).split('\n').slice(0, 2).join(' ') : e}` };
  }
}

/** Runs the informational per-rule probes; returns [{ name, expected, got }]. */
export function runProbes(peer) {
  return PROBES.map(([name, body, expected]) => {
    let got;
    try {
      got = peer.normalise(peer.validateObject(body)).ok;
    } catch (e) {
      got = `threw: ${e.message}`;
    }
    return { name, expected, got };
  });
}

export function checkAll(peer, scenarioIds) {
  const out = {};
  for (const id of scenarioIds) out[id] = checkScenario(peer, SCENARIOS[id]);
  return out;
}
