// cal-profile in the browser: the package's default entry, bundled into this module by
// lib/build.mjs the way an app bundler would, with the wasm copied beside the bundle (where the
// entry's `new URL('….wasm', import.meta.url)` resolves).
import * as cp from '/pkg/index.js';
import { makeOurs } from './ours.mjs';

export default makeOurs(cp);
