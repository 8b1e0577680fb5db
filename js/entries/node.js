// Node entry (ESM as pkg/node.js, CommonJS as pkg/node.cjs; also Deno and Bun): the wasm bytes are
// inside this module as base64 text (esbuild's base64 loader), so nothing is read from disk at run
// time and the entry survives being copied elsewhere by a server-side bundler (esbuild, Vite SSR,
// Next.js, bun build). The module compiles synchronously, on first use: no `init` to call.
import { initSync } from './cal_profile.js';
import { defer, setMemory } from './instance.js';
import { CANONICAL_ZONES } from './protocol.js';
import base64 from './cal_profile_bg.wasm';

// Node and Bun decode natively: 0.25 ms for these 190 KB in Node 20, and the cold import fell from
// 19-22 ms (esbuild's decoding loop) to 12-13 ms. Anywhere without `Buffer` (Deno's own modules,
// jsdom), `atob` and a loop.
function decode(text) {
  if (typeof Buffer === 'function' && typeof Buffer.from === 'function') return Buffer.from(text, 'base64');
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Node's Buffer also copies a string's UTF-16 units into wasm memory as they are, for the core's
// plain-text scan (input.js `plainText`).
const buffer = typeof Buffer === 'function' ? Buffer : null;

// Compiled on the first call that needs the core (instance.js): 3-4 ms of a 12 ms cold start,
// which an app that imports the package and checks a valid body no longer waits for. The fast path
// reads the zone names from this module meanwhile.
defer(() => setMemory(initSync({ module: decode(base64) }).memory, buffer), buffer, CANONICAL_ZONES);

export * from './api.js';
