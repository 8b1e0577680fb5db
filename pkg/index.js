// Browser and bundler entry: instantiates the wasm once (top-level await), then the API is synchronous.
import init from './cal_profile.js';

await init({ module_or_path: new URL('./cal_profile_bg.wasm', import.meta.url) });

export * from './api.js';
