// Node entry (import and require): compiles the wasm synchronously from the file next to it.
import { readFileSync } from 'node:fs';
import { initSync } from './cal_profile.js';

initSync({ module: readFileSync(new URL('./cal_profile_bg.wasm', import.meta.url)) });

export * from './api.js';
