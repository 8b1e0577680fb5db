// Browser and bundler entry: instantiates the wasm once (top-level await), then the API is synchronous.
//
// `make pkg` bundles this file, the wasm-bindgen glue and api.js into one minified pkg/index.js
// (its imports resolve inside pkg/), so a browser makes two requests, this module and the wasm,
// instead of a chain of four.
import init from './cal_profile.js';
import { setMemory } from './instance.js';

setMemory((await init({ module_or_path: new URL('./cal_profile_bg.wasm', import.meta.url) })).memory);

export * from './api.js';
