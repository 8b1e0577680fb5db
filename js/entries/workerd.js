// Cloudflare workerd entry (wrangler, miniflare): workers may not compile wasm from bytes, so the
// wasm is imported as a module, which wrangler bundles as a `CompiledWasm` module next to the worker.
import { initSync } from './cal_profile.js';
import { setMemory } from './instance.js';
import module from './cal_profile_bg.wasm';

setMemory(initSync({ module }).memory);

export * from './api.js';
