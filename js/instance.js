// The wasm instance's memory, handed over by the entry that instantiated it (js/entries/*), so
// that api.js can write a call's input straight into the core's input buffer. Internal: not part
// of the package's exports. (wasm-bindgen's own `memory()` export was measured to slow every
// later call 5-10x in Node 20; the instance's exported memory costs nothing.)

export let memory = null;

export function setMemory(m) {
  memory = m;
}
