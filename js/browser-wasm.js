// The browser entry's first import. It fetches and compiles the wasm while the rest of the
// package is still being evaluated: imports are evaluated in order, so the request goes out before
// the glue and the API run (5-15 ms of a cold page in Chromium), and the compile overlaps them too
// instead of following them. A bundler that emits the wasm as an asset (Vite, webpack) rewrites
// the URL below as it would in the entry itself.

const url = new URL('./cal_profile_bg.wasm', import.meta.url);

async function compile() {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cal-profile: fetching ${url} failed with HTTP ${response.status}`);
  // Streaming compiles as the bytes arrive, but only for a response served as application/wasm;
  // a server that says otherwise still gets its bytes compiled.
  const type = response.headers.get('content-type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && type.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

export const wasmModule = compile();
