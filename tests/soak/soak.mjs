// make soak: 10^7 mixed valid and invalid calls through the built package, asserting that wasm
// memory and the JS heap stay flat. Run with `node --expose-gc tests/soak/soak.mjs [calls]`.
//
// Bounds (after a warm-up of 10^5 calls): wasm linear memory grows by at most 1 MiB, and the JS
// heap after a full GC by at most 16 MiB. Leaks show up long before 10^7 calls: a leak of a few
// bytes per call would exceed both.
import { readFileSync } from 'node:fs';

// The API over the glue and wasm, unbundled so that the soak holds the instance's memory, and
// given what the Node entry (js/entries/node.js) hands over on first use, here at once: the
// memory and Node's Buffer. (pkg/node.js bundles a glue of its own, whose instance a separate
// import of cal_profile.js cannot reach.)
import * as cal from '../../pkg/api.js';
import { initSync } from '../../pkg/cal_profile.js';
import { setMemory } from '../../pkg/instance.js';

const { memory } = initSync({ module: readFileSync(new URL('../../pkg/cal_profile_bg.wasm', import.meta.url)) });
setMemory(memory, Buffer);

const CALLS = Number(process.argv[2] ?? 1e7);
const WASM_BOUND = 1 << 20;
const HEAP_BOUND = 16 << 20;

const bodies = [
  { name: 'Alice', timeZone: 'Europe/Rome', weekStart: 'Monday', timeFormat: 24, locale: 'it', metadata: { plan: 'pro', seats: 3 } },
  { timeFormat: '12', timezone: 'UTC', weekStart: 'monday', locale: 'pt_BR', metadata: { k: null } },
  { timeZone: 'Europe/Londn', email: 'not-an-email', avatarUrl: 'javascript:alert(1)' },
  { metadata: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v'.repeat(10)])) },
  // Long text past Latin-1: in Node its units go through the core's plain-text scan, and as bytes
  // it comes back transcoded to UTF-16 through the output buffer (js/input.js).
  { bio: 'Zürich 東京 😀 '.repeat(30), metadata: { note: 'é'.repeat(400) } },
  { name: '\uD800', bio: 10n, defaultScheduleId: NaN },
];
const json = bodies.slice(0, 5).map((b) => JSON.stringify(b));
const bytes = json.map((t) => Buffer.from(t));

function call(i) {
  switch (i % 8) {
    case 0: case 1: case 2: return cal.validateUpdateMe(bodies[i % bodies.length]);
    case 3: return cal.validateUpdateMe(bodies[i % bodies.length], { mode: 'compat' });
    case 4: return cal.validateUpdateMeJson(json[i % json.length], { mode: 'compat' });
    case 5: return cal.validateUpdateMeJson(bytes[i % bytes.length]);
    case 6: return cal.checkTimeZone(i % 16 ? 'america/new_york' : 'Europe/Londn');
    default:
      try { return cal.parseUpdateMe(bodies[i % bodies.length]); } catch (e) { return e.issues; }
  }
}

const heap = () => { globalThis.gc?.(); return process.memoryUsage().heapUsed; };
const mb = (n) => (n / 1048576).toFixed(2) + ' MiB';

for (let i = 0; i < 1e5; i++) call(i);
const wasm0 = memory.buffer.byteLength;
const heap0 = heap();
const t0 = process.hrtime.bigint();
let wasmMax = wasm0;
let heapMax = heap0;
const step = Math.max(1, Math.floor(CALLS / 20));
for (let i = 0; i < CALLS; i++) {
  call(i);
  if (i % step === step - 1) {
    wasmMax = Math.max(wasmMax, memory.buffer.byteLength);
    const h = heap();
    heapMax = Math.max(heapMax, h);
    console.log(`${(i + 1).toExponential(1)} calls: wasm ${mb(memory.buffer.byteLength)}, heap ${mb(h)}`);
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const wasmGrowth = wasmMax - wasm0;
const heapGrowth = heapMax - heap0;
console.log(`soak: ${CALLS} calls in ${secs.toFixed(1)} s (${Math.round(CALLS / secs)} calls/s); wasm memory ${mb(wasm0)} -> max ${mb(wasmMax)} (+${mb(wasmGrowth)}, bound ${mb(WASM_BOUND)}); JS heap after GC ${mb(heap0)} -> max ${mb(heapMax)} (+${mb(heapGrowth)}, bound ${mb(HEAP_BOUND)})`);
if (!globalThis.gc) console.log('(run with --expose-gc for exact heap figures)');
if (wasmGrowth > WASM_BOUND || heapGrowth > HEAP_BOUND) {
  console.error('soak: FAILED, memory grew beyond its bound');
  process.exit(1);
}
console.log('soak: passed');
