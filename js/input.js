// The core's static input buffer. A call's text goes into wasm by one `encodeInto` (bytes by one
// `set`), rather than by wasm-bindgen's string passing, which walks the string unit by unit first.
// What does not fit (past cal.com's body limit, which the core only needs to measure) takes the
// string-passing functions. In Node the buffer also takes a long string's UTF-16 units for the
// core's plain-text scan, and the core's output buffer gives a bytes body's strings back as UTF-16.

import { __inputBuffer, __validateInput, __plainUtf16, __utf16 } from './core.js';
import { memory, nodeBuffer } from './instance.js';
import { LIMITS } from './protocol.js';

const encoder = new TextEncoder();
let inputStart = 0;
let inputCap = -1;
let outputStart = 0;
let inputView = null;
let unitsView = null;
let outputView = null;

/** The input buffer as a Uint8Array over the instance's memory. */
export function inputBytes() {
  if (inputCap < 0) [inputStart, inputCap, outputStart] = __inputBuffer();
  // A view dies when wasm memory grows (its buffer is replaced): make a new one then.
  if (inputView === null || inputView.buffer !== memory.buffer) inputView = new Uint8Array(memory.buffer, inputStart, inputCap);
  return inputView;
}

/** The core's answer for `text` (an INPUT kind) through the buffer, or undefined if it does not fit. */
export function viaBuffer(schema, mode, kind, text) {
  const view = inputBytes();
  // UTF-8 takes at least a byte a UTF-16 unit.
  if (text.length > view.length) return undefined;
  const { read: encoded, written } = encoder.encodeInto(text, view);
  return encoded === text.length ? __validateInput(schema, mode, kind, written) : undefined;
}

// A string with no unit past U+00FF holds no surrogate: well-formed, whatever its representation
// (one test, constant time on V8's one-byte strings, where isWellFormed is free too).
const WIDE = /[^\u0000-\u00ff]/;

/**
 * Whether `s` is well-formed and holds nothing JSON escapes, by the core's scan (src/utf16.rs),
 * or undefined where that is not worth asking: outside Node (no `Buffer` to copy the units; a
 * browser's `isWellFormed` is fast), for text with nothing past U+00FF (isWellFormed is free on
 * it), or for a string too long for the buffer. In Node 20 this is 3-4x faster than
 * `isWellFormed` and the escape regex on text past Latin-1.
 */
export function plainText(s) {
  if (nodeBuffer === null || !WIDE.test(s)) return undefined;
  // A view over memory that has since grown reads as empty (its buffer was detached): a cheaper
  // test than comparing with memory.buffer, which matters at 50 strings a body.
  if (unitsView === null || unitsView.length === 0) {
    const view = inputBytes();
    unitsView = nodeBuffer.from(view.buffer, view.byteOffset, view.length);
  }
  const bytes = 2 * s.length;
  if (bytes > unitsView.length) return undefined;
  return unitsView.write(s, 0, bytes, 'utf16le') === bytes ? __plainUtf16(bytes) : undefined;
}

// Past this many bytes, Node 20's core reads a UTF-8 body (and gives its long strings back as
// UTF-16, utf16Text) faster than the fast path can decode it: TextDecoder takes 3-4 ns a byte
// there, 100 µs for the 29 KB of (buf:c), where the core's whole answer takes 85-90.
export const BYTES_FAST_MAX = 8192;

/**
 * The longest UTF-8 body the fast path reads before the core does (fast.js `json`): in Node,
 * BYTES_FAST_MAX; elsewhere cal.com's body limit (in Chromium 156, decoding the 29 KB of (buf:c)
 * and the fast path took 87 µs, where the core's answer took 174).
 */
export function bytesFastMax() {
  return nodeBuffer === null ? LIMITS.bodyBytes : BYTES_FAST_MAX;
}

/**
 * The input buffer's bytes `a..b` (a string of the bytes body the core just answered for, as a
 * `[a, b]` reference) as a string, transcoded by the core (src/transcode.rs); or undefined outside
 * Node (no `Buffer`), and for text with nothing past U+00FF, which TextDecoder keeps one byte a
 * character. Node 20 decodes UTF-8 at 3-4 ns a byte by any API; this is about 1 ns.
 */
export function utf16Text(a, b) {
  if (nodeBuffer === null) return undefined;
  const units = __utf16(a, b);
  if (units < 0) return undefined;
  // As in plainText: a view over memory that has since grown reads as empty.
  if (outputView === null || outputView.length === 0) {
    const view = inputBytes();
    outputView = nodeBuffer.from(view.buffer, outputStart, 2 * view.length + 32);
  }
  return outputView.toString('utf16le', 0, 2 * units);
}
