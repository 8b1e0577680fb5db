// What the entry that instantiates the wasm (js/entries/*) hands over: the instance's memory, so
// that the JS layer can write a call's input straight into the core's input buffer, and in Node
// its `Buffer`, which copies a string's UTF-16 units there as they are (input.js `plainText`).
// Internal: not part of the package's exports. (wasm-bindgen's own `memory()` export was measured
// to slow every later call 5-10x in Node 20; the instance's exported memory costs nothing.)
//
// The Node entry instantiates lazily (`defer`): compiling the wasm is 3-4 ms of a 12 ms cold
// start there, and a plainly valid body needs no core. It also hands over the canonical zone
// names (protocol.js CANONICAL_ZONES), which the fast path would otherwise ask the core for.

export let memory = null;
export let nodeBuffer = null;
export let zoneNames = null;
let pending = null;

export function setMemory(m, buffer = null) {
  memory = m;
  nodeBuffer = buffer;
}

/** `instantiate` (which calls setMemory) runs on the first call into the core (core.js). */
export function defer(instantiate, buffer, zones) {
  pending = instantiate;
  nodeBuffer = buffer;
  zoneNames = zones;
}

/** Instantiates the wasm if the entry deferred it. If that throws, the next call tries again. */
export function ready() {
  if (pending !== null) {
    pending();
    pending = null;
  }
}
