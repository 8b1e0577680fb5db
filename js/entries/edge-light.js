// Vercel edge entry (Next.js `runtime = 'edge'`, the `edge-light` condition): the edge runtime
// compiles no wasm from bytes either, and it spells a wasm module import with `?module`.
import { initSync } from './cal_profile.js';
import { setMemory } from './instance.js';
import module from './cal_profile_bg.wasm?module';

// Next.js runs edge code in a `node:vm` context but compiles the imported wasm outside it, so the
// module is another realm's `WebAssembly.Module`: the glue's `instanceof WebAssembly.Module` check
// fails and it would compile the module again as if it were bytes (`TypeError: WebAssembly.Module():
// Argument 0 must be a buffer source`). A module from another realm is still a module; give it this
// realm's prototype so the glue instantiates it as is.
if (!(module instanceof WebAssembly.Module) && Object.prototype.toString.call(module) === '[object WebAssembly.Module]') {
  Object.setPrototypeOf(module, WebAssembly.Module.prototype);
}
setMemory(initSync({ module }).memory);

export * from './api.js';
