// What the entry that instantiated the wasm (js/entries/*) hands over: the instance's memory, so
// that the JS layer can write a call's input straight into the core's input buffer, and in Node
// its `Buffer`, which copies a string's UTF-16 units there as they are (input.js `plainText`).
// Internal: not part of the package's exports. (wasm-bindgen's own `memory()` export was measured
// to slow every later call 5-10x in Node 20; the instance's exported memory costs nothing.)

export let memory = null;
export let nodeBuffer = null;

export function setMemory(m, buffer = null) {
  memory = m;
  nodeBuffer = buffer;
}
