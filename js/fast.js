// The fast path: bodies that are plainly valid are confirmed here, without the core.
//
// It can only ever answer "valid, nothing changed, no warning": it returns the data (the input,
// copied, its fields in the schema's order, as the core writes them) or `undefined`, which sends
// the value to the core. Every rule it applies is a `Fast` kind declared beside the rule in Rust
// (src/rules/mod.rs) and generated into protocol.js with the facts it needs; nothing here decides
// that a value is invalid, and no message is written here. tests/js/fast-path.test.mjs proves, on
// generated and hostile bodies, that whenever this accepts, the core accepts with equal data.

import { Members, isDigit, isWellFormed, read } from './read.js';
import {
  SCHEMAS, LIMITS, METADATA_FORBIDDEN_KEYS, ZONES_CHANGED_IN_COMPAT,
  TEXT, ONE_OF, INT_RANGE, INTEGER, NUMBER, TIME_ZONE, METADATA,
} from './protocol.js';

const FORBIDDEN = new Set(METADATA_FORBIDDEN_KEYS);
const CHANGED_IN_COMPAT = new Set(ZONES_CHANGED_IN_COMPAT);
// A well-formed string without one takes at most 3 bytes a UTF-16 unit as JSON: a quote or a
// backslash escapes to 2 bytes, and only a control character to more (`\u001f`, 6).
const CONTROL = /[\u0000-\u001f]/;
// Past this length a string's checks may go to the core's plain-text scan (`plain`, Node only):
// below it, copying the units costs more than the native scans save.
const PLAIN_MIN = 128;

// The body's size as JSON, bounded from above: cal.com's limit is in bytes of the JSON text. A
// string is at most 6 bytes a UTF-16 unit (`\u001f`), 3 when it holds no control character (a
// well-formed pair is 4 bytes for 2 units, `\"` 2 for 1); a number at most 24 characters. The
// cheap bound (6 a unit) is kept as we go; only when it passes the limit are the long strings
// scanned for control characters.
class Size {
  constructor(plain) {
    this.plain = plain;
    this.bound = 2;
    this.strings = [];
  }
  string(s) {
    this.bound += 6 * s.length + 3;
    if (s.length > 64) this.strings.push(s);
  }
  value(v) {
    if (typeof v === 'string') this.string(v);
    else this.bound += 25;
  }
  /**
   * Whether `s` is well-formed, its size counted. A long string goes to the core's scan where that
   * pays (`plain`: in Node, for text past U+00FF, where isWellFormed and the escape regex each cost
   * about 1 ns a unit); plain, it counts 3 bytes a unit at once.
   */
  text(s) {
    if (this.plain !== null && s.length >= PLAIN_MIN) {
      const plain = this.plain(s);
      if (plain === true) {
        this.bound += 3 * s.length + 3;
        return true;
      }
      // false: a lone surrogate or an escape, which isWellFormed tells apart (rare: no hurry).
    }
    if (!isWellFormed(s)) return false;
    this.string(s);
    return true;
  }
  within(limit) {
    let bound = this.bound;
    for (let i = 0; i < this.strings.length && bound > limit; i++) {
      const s = this.strings[i];
      if (!CONTROL.test(s)) bound -= 3 * s.length;
    }
    return bound <= limit;
  }
}

const isInteger = Number.isInteger;

/** The check of one `Fast` kind in a mode: true when the value is plainly valid and unchanged. */
function kindCheck(fast, zones, compat) {
  switch (fast[0]) {
    case TEXT:
      return (v, size) => typeof v === 'string' && size.text(v);
    case ONE_OF: {
      const members = new Set(fast[1]);
      return (v, size) => members.has(v) && (size.value(v), true);
    }
    case INT_RANGE: {
      const [, min, max] = fast;
      return (v, size) => isInteger(v) && v >= min && v <= max && (size.value(v), true);
    }
    case INTEGER:
      return (v, size) => isInteger(v) && (size.value(v), true);
    case NUMBER:
      return (v, size) => typeof v === 'number' && Number.isFinite(v) && (size.value(v), true);
    case TIME_ZONE:
      // Compat writes cal.com's capitalised spelling, which differs for a few canonical names.
      return compat
        ? (v, size) => typeof v === 'string' && zones().has(v) && !CHANGED_IN_COMPAT.has(v) && (size.string(v), true)
        : (v, size) => typeof v === 'string' && zones().has(v) && (size.string(v), true);
    case METADATA:
      return metadata;
    default:
      return null;
  }
}

// The metadata rule's plain case (src/rules/metadata.rs): a plain object of at most 50 keys, each
// a well-formed key of at most 40 UTF-16 units that strict mode does not reject, each value a
// well-formed string of at most 500 units, a finite number or a boolean.
function metadata(v, size) {
  if (!(v instanceof Members)) return false;
  const { keys, values } = v;
  if (keys.length > LIMITS.metadataKeys) return false;
  size.bound += 2;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k.length > LIMITS.metadataKeyLength || FORBIDDEN.has(k) || !size.text(k)) return false;
    const x = values[i];
    switch (typeof x) {
      case 'string':
        if (x.length > LIMITS.metadataValueLength || !size.text(x)) return false;
        break;
      case 'number':
        if (!Number.isFinite(x)) return false;
      // falls through
      case 'boolean':
        size.value(x);
        break;
      default:
        return false;
    }
  }
  return true;
}

// What the data holds for a value the checks accepted: metadata becomes a fresh object in the
// order it was read (a fresh object, as the core's data always is); anything else is a primitive.
function dataOf(v) {
  if (!(v instanceof Members)) return v;
  const o = {};
  for (let i = 0; i < v.keys.length; i++) o[v.keys[i]] = v.values[i];
  return o;
}

/**
 * Compiles the fast path of each schema and mode once, on first use. `zones()` is the Set of
 * canonical names; `plain(s)`, where given (input.js `plainText`), is the core's answer to "is `s`
 * well-formed with nothing JSON escapes", or undefined when it cannot say; `bytesMax()` is the
 * longest UTF-8 body worth a look here rather than in the core (input.js `bytesFastMax`). `mode`
 * is the boundary's: 0 strict, 1 compat.
 */
export function fastPath(zones, plain = null, bytesMax = () => LIMITS.bodyBytes) {
  const compiled = [[], []];

  function compile(id, mode) {
    const schema = SCHEMAS[id];
    const fields = schema.fields.map((f) => ({
      name: f.name,
      // Absent is plainly fine only for an optional field without a warning.
      absentOk: f.presence === 'optional',
      // null is plainly fine only where it clears the value, with no warning.
      nullOk: f.null === 'clears',
      check: f.fast === null ? null : kindCheck(f.fast, zones, mode === 1),
    }));
    const index = new Map(fields.map((f, i) => [f.name, i]));
    return { request: schema.request, fields, index };
  }

  /**
   * The data for a plainly valid body (a value as `read` returned it) in `mode`, or undefined:
   * the core decides.
   */
  function body(id, mode, r) {
    if (!(r instanceof Members)) return undefined;
    const s = (compiled[mode][id] ??= compile(id, mode));
    const { keys, values } = r;
    if (keys.length > s.fields.length) return undefined;
    const size = new Size(plain);
    const found = new Array(s.fields.length);
    for (let i = 0; i < keys.length; i++) {
      const fi = s.index.get(keys[i]);
      if (fi === undefined) return undefined;
      const f = s.fields[fi];
      const v = values[i];
      if (v === null ? !f.nullOk : f.check === null || !f.check(v, size)) return undefined;
      size.string(keys[i]);
      if (v === null) size.bound += 5;
      found[fi] = i;
    }
    if (s.request && !size.within(LIMITS.bodyBytes)) return undefined;
    const data = {};
    for (let fi = 0; fi < s.fields.length; fi++) {
      const i = found[fi];
      if (i === undefined) {
        if (!s.fields[fi].absentOk) return undefined;
      } else {
        data[s.fields[fi].name] = dataOf(values[i]);
      }
    }
    return data;
  }

  /** The same for one field's value alone (per-field schemas): `[value]`, or undefined. */
  function field(id, mode, fi, r) {
    const s = (compiled[mode][id] ??= compile(id, mode));
    const f = s.fields[fi];
    if (f === undefined || r === undefined) return undefined;
    if (r === null) return f.nullOk ? [null] : undefined;
    return f.check !== null && f.check(r, new Size(plain)) ? [dataOf(r)] : undefined;
  }

  /**
   * The same for a body's JSON text (a string, or UTF-8 bytes). Plainly valid when JSON.parse
   * reads it, the body check accepts what it read, the text's tokens are ones the core reads as
   * JSON.parse does, and the parse dropped none of its members (a duplicate key): the text has as
   * many members as were parsed (plainMembers). A text longer than cal.com's body limit in bytes
   * is over it (a UTF-16 unit is at least a byte), and the core's to measure. A look that fails
   * costs the JSON.parse (20 µs for the 27,000 units of (e:c) in Node 20, where the core's whole
   * answer takes 70-80 and the fast path's 55).
   */
  function json(id, mode, input) {
    let text = input;
    if (typeof input !== 'string') {
      if (utf8 === null || !(input instanceof Uint8Array) || input.length > bytesMax()) return undefined;
      try {
        text = utf8.decode(input);
      } catch {
        return undefined;
      }
    }
    if (text.length > LIMITS.bodyBytes || text.charCodeAt(0) !== 123) return undefined;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    const r = read(parsed);
    const data = body(id, mode, r);
    return data !== undefined && plainMembers(text) === membersOf(r) ? data : undefined;
  }

  return { body, field, json };
}

/**
 * The members of a JSON text (one JSON.parse has read) whose tokens JSON.parse and the core read
 * alike, written as JSON.stringify writes them, or -1 for any other text, which goes to the core:
 * strings without escapes, integers of at most 15 digits (exact as doubles; a longer one JSON.parse
 * may round, where strict mode refuses a number JavaScript cannot hold), literals, punctuation,
 * and no whitespace. A member is a string followed by a colon. Without a backslash in the text a
 * string ends at the next quote, which one indexOf finds: in Node 20 this is 4x faster than the
 * equivalent regex on the 27,000 units of (e:c) (5 against 21 µs).
 */
function plainMembers(text) {
  if (text.indexOf('\\') >= 0) return -1;
  let members = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 34: // "
        i = text.indexOf('"', i + 1) + 1;
        if (i === 0) return -1;
        if (text.charCodeAt(i) === 58) members++;
        continue;
      case 123: // {
      case 125: // }
      case 91: // [
      case 93: // ]
      case 44: // ,
      case 58: // :
        i++;
        continue;
      case 116: // t
        if (!text.startsWith('true', i)) return -1;
        i += 4;
        continue;
      case 102: // f
        if (!text.startsWith('false', i)) return -1;
        i += 5;
        continue;
      case 110: // n
        if (!text.startsWith('null', i)) return -1;
        i += 4;
        continue;
      default: {
        // 0 or -?[1-9][0-9]{0,14} (JSON.stringify writes -0 as 0), and no digit after it.
        let j = c === 45 ? i + 1 : i;
        const first = text.charCodeAt(j++);
        if (first >= 49 && first <= 57) {
          for (const end = j + 14; j < end && isDigit(text.charCodeAt(j)); ) j++;
        } else if (first !== 48 || c === 45) {
          return -1;
        }
        if (isDigit(text.charCodeAt(j))) return -1;
        i = j;
      }
    }
  }
  return members;
}

/** The members of a value the body check accepted, its metadata's included. */
function membersOf(r) {
  let n = r.keys.length;
  for (const v of r.values) if (v instanceof Members) n += membersOf(v);
  return n;
}

// Invalid UTF-8 is the core's to report (fatal), and a byte-order mark stays in the text, where
// JSON.parse rejects it, so the core decides that body too.
const utf8 = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;
