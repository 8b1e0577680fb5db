// cal-profile in the browser: the package's default entry, served at /pkg/ (kept external by the
// bundler so that its `new URL('….wasm', import.meta.url)` resolves next to it).
import * as cp from '/pkg/index.js';
import { makeOurs } from './ours.mjs';

export default makeOurs(cp);
