// Node entry (ESM as pkg/node.js, CommonJS as pkg/node.cjs; also Deno and Bun): the wasm bytes are
// inside this module (esbuild's binary loader writes them as base64), so nothing is read from disk
// at run time and the entry survives being copied elsewhere by a server-side bundler (esbuild,
// Vite SSR, Next.js, bun build). The module compiles synchronously: no `init` to call.
import { initSync } from './cal_profile.js';
import { setMemory } from './instance.js';
import bytes from './cal_profile_bg.wasm';

setMemory(initSync({ module: bytes }).memory);

export * from './api.js';
