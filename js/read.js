// Reading a JS value once, and writing what was read as the core's input text.
//
// `read` walks a value the way JSON.stringify would, calling every getter once: plain objects
// (to the depth the core materialises) become `Members` records, whatever cannot be read becomes
// a `Tag` naming it (`!date`, `!array`, `!unreadable`, …). Both the fast path (fast.js) and the
// encoder below work on that record, so a value is read once whichever of them answers, and a
// getter that changes its value cannot make the two disagree.

/** What the core gets instead of a value JSON cannot hold, or one that could not be read. */
export class Tag {
  constructor(text) {
    this.text = text;
  }
}

/** A plain object's own enumerable string keys and their values, as read. */
export class Members {
  constructor(keys, values) {
    this.keys = keys;
    this.values = values;
  }
}

const objectProto = Object.prototype;
const ARRAY = new Tag('!array');
const OBJECT = new Tag('!object');
const UNREADABLE = new Tag('!unreadable');

// Objects are read to two levels inside the body (the core's MATERIALISED_DEPTH is 3); deeper
// ones are only named, so cycles and 10⁶-deep nesting cost nothing.
const MAX_DEPTH = 3;

function tagOf(o) {
  if (o instanceof Date) return new Tag('!date');
  if (o instanceof Map) return new Tag('!map');
  if (o instanceof Set) return new Tag('!set');
  if (o instanceof RegExp) return new Tag('!regexp');
  return new Tag('!instance');
}

/** `v` as read at `depth` (0: the body; 1: a field's value). */
export function read(v, depth = 0) {
  if (typeof v !== 'object' || v === null) return v;
  let keys;
  try {
    if (Array.isArray(v)) return ARRAY;
    if (depth >= MAX_DEPTH) return OBJECT;
    const proto = Object.getPrototypeOf(v);
    if (proto !== objectProto && proto !== null) return tagOf(v);
    keys = Object.keys(v);
  } catch {
    return UNREADABLE;
  }
  const values = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let x;
    try {
      x = read(v[keys[i]], depth + 1);
    } catch {
      x = UNREADABLE;
    }
    values[i] = x;
  }
  return new Members(keys, values);
}

// Long strings stay on this side: the core gets `!s<length>`, which is all most rules need (a
// length limit), and the data it returns points at them (`refs`), so their text is neither copied
// into wasm nor back. Only well-formed strings with nothing JSON escapes, so their size as JSON is
// bounded by 3 bytes a unit. If a rule needs the text after all, the core answers `retry`.
const KEEP_MIN = 256;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// String.prototype.isWellFormed is native from Node 20 and in every current browser; Node 18 gets
// a regex with no nested quantifier (one step per unit, no deep backtracking; `search` ignores the
// g flag's lastIndex).
export const isWellFormed = String.prototype.isWellFormed ? (s) => s.isWellFormed() : (s) => s.search(LONE_SURROGATE) < 0;
const CONTROL = /[\u0000-\u001f]/;
// `plain` (input.js `plainText`) is the core's scan where it pays (Node); elsewhere native scans
// only (in Chromium 8x faster than one regex deciding it all), and none that backtracks, so any
// length is fine.
const keepable = (s, plain) =>
  (plain === null ? undefined : plain(s)) ?? (isWellFormed(s) && s.indexOf('"') < 0 && s.indexOf('\\') < 0 && !CONTROL.test(s));

function encodeValue(v, kept, plain) {
  switch (typeof v) {
    case 'string':
      if (kept !== null && v.length >= KEEP_MIN && keepable(v, plain)) {
        kept.push(v);
        return '!s' + v.length;
      }
      // Well-formed JSON.stringify escapes lone surrogates (\udXXX), so the core sees them.
      return JSON.stringify(v);
    case 'number':
      if (v === v && v !== Infinity && v !== -Infinity) return v === 0 && 1 / v < 0 ? '-0' : '' + v;
      return v !== v ? '!nan' : v > 0 ? '!infinity' : '!-infinity';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return '!undefined';
    case 'bigint':
      return '!bigint';
    case 'symbol':
      return '!symbol';
    case 'function':
      return '!function';
    default:
      if (v === null) return 'null';
      if (v instanceof Tag) return v.text;
      return encodeMembers(v, kept, plain);
  }
}

function encodeMembers(m, kept, plain) {
  let s = '{';
  for (let i = 0; i < m.keys.length; i++) {
    s += (i === 0 ? '' : ',') + JSON.stringify(m.keys[i]) + ':' + encodeValue(m.values[i], kept, plain);
  }
  return s + '}';
}

/**
 * The core's input text for a value as `read` returned it; long strings go to `kept` unless it is
 * null, `plain` (see keepable) deciding which can.
 */
export function encode(r, kept = null, plain = null) {
  return encodeValue(r, kept, plain);
}

// The text with every kept string written out, for the rare second call (the input is not read
// again). Tags stand outside JSON strings, so strings are skipped whole. A plain loop, not a
// regex: a regex over a string of 10⁸ units can overflow V8's backtracking stack.
export const isDigit = (c) => c >= 48 && c <= 57;
export function inline(text, kept) {
  let out = '';
  let from = 0;
  let k = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A JSON string: to the quote that no backslash escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i += text.charCodeAt(i) === 92 ? 2 : 1);
      i++;
    } else if (c === 33 && text.charCodeAt(i + 1) === 115 && isDigit(text.charCodeAt(i + 2))) {
      let end = i + 2;
      while (isDigit(text.charCodeAt(end))) end++;
      out += text.slice(from, i) + JSON.stringify(kept[k++]);
      from = i = end;
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}
