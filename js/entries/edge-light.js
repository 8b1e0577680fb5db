// Vercel edge entry (Next.js `runtime = 'edge'`, the `edge-light` condition): the edge runtime
// compiles no wasm from bytes either, and it spells a wasm module import with `?module`.
import { initSync } from './cal_profile.js';
import module from './cal_profile_bg.wasm?module';

initSync({ module });

export * from './api.js';
