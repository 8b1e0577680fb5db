// Browser and bundler entry: instantiates the wasm once (top-level await), then the API is synchronous.
//
// `make pkg` bundles this file, the wasm-bindgen glue and api.js into one minified pkg/index.js
// (its imports resolve inside pkg/), so a browser makes two requests, this module and the wasm,
// instead of a chain of four. The wasm's request goes out first (browser-wasm.js).
import { wasmModule } from './browser-wasm.js';
import init from './cal_profile.js';
import { setMemory } from './instance.js';

setMemory((await init({ module_or_path: await wasmModule })).memory);

export * from './api.js';
