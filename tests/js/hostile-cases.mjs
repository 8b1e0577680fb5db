// The hostile-input suite (product.md §7), written once and run against the built package in Node
// (tests/js/hostile.test.mjs) and in headless Chromium (the same file, served to a page). No Node
// APIs here: only the language and what browsers and Node share (structuredClone, TextEncoder).
//
// Every case is `{ group, name, run, check }` (or `throws` instead of `check`). `runCase` runs one
// and, for every case, checks
//   - the call returned a Result of the §3 shape (it never throws, except for `options` misuse or a
//     body that is not text or bytes, which are TypeErrors) with declared issue codes, wire paths,
//     short English messages, and a bounded size (a 50 MB input is never echoed);
//   - `data` is plain JSON: prototypes untouched, no `__proto__` key, no value JSON cannot hold;
//   - the case's own expectation (the exact issues, or `data` identical to the valid input);
//   - nothing polluted a prototype, and a normal call still validates correctly afterwards.
//
// Documented behaviour this relies on: symbol-keyed and non-enumerable properties are ignored,
// exactly as JSON.stringify ignores them; `undefined` members are absent; a JS value is read once
// (getters run once, so what is validated is what is returned); duplicate JSON keys are an error in
// strict mode (`duplicate_key`) and in compat mode the last value wins with a `duplicate_key`
// warning, as JSON.parse does.
//
// `heavy` cases (50 MB strings and 10^6-deep nesting) run in Node only when `{ heavy: false }` is
// passed; the browser run passes it or not depending on the budget (see hostile.test.mjs).

const MODES = ['strict', 'compat'];
const FIELDS = ['name', 'email', 'timeFormat', 'defaultScheduleId', 'weekStart', 'timeZone', 'locale', 'avatarUrl', 'bio', 'metadata'];
const STRING_FIELDS = ['name', 'email', 'weekStart', 'timeZone', 'locale', 'avatarUrl', 'bio'];
/** Columns strict lets null clear (product.md §2). */
const NULLABLE = new Set(['name', 'bio', 'avatarUrl', 'locale', 'defaultScheduleId']);
/** A valid value for every field, already in the canonical form strict returns. */
const VALID = {
  name: 'Ada Lovelace 😀',
  email: 'ada@example.com',
  timeFormat: 24,
  defaultScheduleId: 2147483647,
  weekStart: 'Sunday',
  timeZone: 'America/New_York',
  locale: 'pt-BR',
  avatarUrl: 'https://example.com/avatars/ada.png?size=2#x',
  bio: 'Hi\n<b>there</b> 👋 "quoted" \\ back',
  metadata: { plan: 'pro', seats: 3, beta: true, ratio: 0.25, empty: '', neg: -7 },
};
const MB = 1024 * 1024;
/** A result is never bigger than this as JSON (no input is echoed whole). */
const MAX_RESULT_CHARS = 256 * 1024;
const MAX_MESSAGE_CHARS = 1000;

// ---- small assertion helpers (no node:assert in a browser) ---------------------------------------

class CaseFailure extends Error {}

function fail(message) {
  throw new CaseFailure(message);
}

function show(v) {
  let s;
  try {
    s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
  } catch {
    s = String(v);
  }
  if (s === undefined) s = String(v);
  return s.length > 600 ? `${s.slice(0, 600)}… (${s.length} chars)` : s;
}

/**
 * Deep equality for JSON-like values, numbers by value. Object keys in any order, except metadata
 * objects (the only ordered map of the model: its insertion order is preserved, product.md §1).
 */
function same(a, b, ordered = false) {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  if (ordered && ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k], k === 'metadata'));
}

function eq(actual, expected, what) {
  if (!same(actual, expected)) fail(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

const brief = (list) => (list || []).map((i) => ({ code: i.code, path: i.path }));
const pathIs = (p) => (i) => same(i.path, p);

/** Success with exactly `data` and exactly these warnings ({code, path} each). */
function expectOk(r, data, warnings = []) {
  if (!r.success) fail(`expected success with ${show(data)}, got issues ${show(brief(r.issues))}`);
  eq(r.data, data, 'data');
  eq(brief(r.warnings), warnings, 'warnings');
}

/** Failure with exactly these issues ({code, path} each), in order. */
function expectFail(r, issues) {
  if (r.success) fail(`expected issues ${show(issues)}, got success with ${show(r.data)} (warnings ${show(brief(r.warnings))})`);
  eq(brief(r.issues), issues, 'issues');
}

/** Failure with at least one issue at `path` (any of `codes` if given) and none elsewhere. */
function expectFailAt(r, path, codes) {
  if (r.success) fail(`expected an issue at ${show(path)}, got success with ${show(r.data)}`);
  const at = r.issues.filter(pathIs(path));
  if (!at.length) fail(`expected an issue at ${show(path)}, got ${show(brief(r.issues))}`);
  if (codes && !at.some((i) => codes.includes(i.code))) fail(`expected ${codes.join('|')} at ${show(path)}, got ${show(brief(r.issues))}`);
  const elsewhere = r.issues.filter((i) => !pathIs(path)(i));
  if (elsewhere.length) fail(`unexpected issues elsewhere: ${show(brief(elsewhere))}`);
}

/** Not a silent success: an issue or a warning at `path`. */
function expectNotSilent(r, path, what) {
  const flagged = (r.success ? r.warnings : r.issues).some(pathIs(path));
  if (!flagged) fail(`${what}: expected an issue or a warning at ${show(path)}, got ${show(r)}`);
}

// ---- the checks every case gets --------------------------------------------------------------------

/** The IssueCode union of pkg/index.d.ts (text), as a Set. */
export function issueCodesFromDts(dts) {
  const m = /export type IssueCode =([^;]+);/.exec(dts);
  if (!m) throw new Error('index.d.ts declares no IssueCode union');
  return new Set([...m[1].matchAll(/'([a-z_]+)'/g)].map((x) => x[1]));
}

function checkIssue(issue, where, issueCodes) {
  if (typeof issue !== 'object' || issue === null) fail(`${where} is not an object`);
  if (!issueCodes.has(issue.code)) fail(`${where}.code ${show(issue.code)} is not a declared IssueCode`);
  if (!Array.isArray(issue.path)) fail(`${where}.path is not an array`);
  for (const seg of issue.path) {
    if (!(typeof seg === 'string' || Number.isInteger(seg))) fail(`${where}.path has segment ${show(seg)}`);
  }
  if (typeof issue.message !== 'string' || issue.message.length === 0) fail(`${where}.message is not a non-empty string`);
  if (issue.message.length > MAX_MESSAGE_CHARS) fail(`${where}.message is ${issue.message.length} chars (echoes the input?)`);
}

/** The §3 shape; `data` plain JSON. */
function checkResult(r, issueCodes) {
  if (typeof r !== 'object' || r === null) fail(`the result is ${show(r)}, not an object`);
  if (typeof r.success !== 'boolean') fail('success is not a boolean');
  if (!Array.isArray(r.warnings)) fail('warnings is not an array');
  r.warnings.forEach((w, i) => checkIssue(w, `warnings[${i}]`, issueCodes));
  if (r.success) {
    if (!('data' in r)) fail('a success without data');
    if (r.issues !== undefined) fail('a success with issues');
    checkPlainJson(r.data, 'data');
  } else {
    if (!Array.isArray(r.issues) || r.issues.length === 0) fail('a failure without issues');
    if (r.data !== undefined) fail('a failure with data');
    r.issues.forEach((x, i) => checkIssue(x, `issues[${i}]`, issueCodes));
  }
  const size = JSON.stringify(r).length;
  if (size > MAX_RESULT_CHARS) fail(`the result is ${size} chars as JSON`);
}

/** Plain objects and arrays of strings, finite numbers, booleans and null; no `__proto__` key. */
function checkPlainJson(v, where) {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(`${where} is ${v}, which JSON cannot hold`);
    return;
  }
  if (typeof v !== 'object') fail(`${where} is a ${typeof v}`);
  const proto = Object.getPrototypeOf(v);
  if (proto !== (Array.isArray(v) ? Array.prototype : Object.prototype)) fail(`${where} has a foreign prototype`);
  if (Object.getOwnPropertySymbols(v).length) fail(`${where} has symbol keys`);
  for (const k of Object.getOwnPropertyNames(v)) {
    if (Array.isArray(v) && k === 'length') continue;
    if (k === '__proto__') fail(`${where} has an own "__proto__" key`);
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (!('value' in d) || !d.enumerable) fail(`${where}.${k} is an accessor or not enumerable`);
    checkPlainJson(d.value, `${where}.${k}`);
  }
}

function prototypeSnapshot() {
  const names = (o) => [...Object.getOwnPropertyNames(o), ...Object.getOwnPropertySymbols(o).map(String)].sort().join(',');
  return [names(Object.prototype), names(Array.prototype), names(Function.prototype), names(String.prototype)].join('|');
}

/** No prototype pollution, and a normal call still validates correctly. */
function checkStillHealthy(cal, protoBefore) {
  if (({}).polluted !== undefined || Object.prototype.polluted !== undefined) fail('Object.prototype was polluted');
  if (Object.getPrototypeOf({}) !== Object.prototype) fail('the prototype of {} changed');
  if (prototypeSnapshot() !== protoBefore) fail('a built-in prototype gained or lost properties');
  const expected = { success: true, data: { timeZone: 'America/New_York' }, warnings: [] };
  let r;
  try {
    r = cal.validateUpdateMe({ timeZone: 'america/new_york' });
  } catch (e) {
    fail(`after the case, a normal call threw: ${e && e.message}`);
  }
  eq(r, expected, 'after the case, validateUpdateMe({ timeZone: "america/new_york" })');
  eq(cal.validateUpdateMeJson('{"timeZone":"america/new_york"}'), expected, 'after the case, validateUpdateMeJson');
}

/** Runs one case with every check; throws an Error describing the first failure. */
export function runCase(cal, c, { issueCodes }) {
  const protoBefore = prototypeSnapshot();
  let result;
  let thrown = null;
  try {
    result = c.run();
  } catch (e) {
    thrown = e;
  }
  try {
    if (c.throws) {
      if (!thrown) fail(`expected a throw, got ${show(result)}`);
      if (c.throws === 'TypeError' && !(thrown instanceof TypeError)) fail(`expected a TypeError, got ${thrown && thrown.name}: ${thrown && thrown.message}`);
    } else {
      if (thrown) fail(`threw ${thrown && thrown.name}: ${thrown && thrown.message}`);
      checkResult(result, issueCodes);
      c.check(result);
    }
    checkStillHealthy(cal, protoBefore);
  } catch (e) {
    if (e instanceof CaseFailure) throw new Error(`${c.name}: ${e.message}`);
    throw e;
  }
}

/** Runs every case, yielding to the event loop now and then; never throws. */
export async function runCases(cal, options) {
  const out = [];
  const list = cases(cal, options);
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const started = Date.now();
    try {
      runCase(cal, c, options);
      out.push({ name: c.name, ok: true, ms: Date.now() - started });
    } catch (e) {
      out.push({ name: c.name, ok: false, error: e instanceof Error ? e.message : String(e), ms: Date.now() - started });
    }
    if (i % 25 === 24 || c.heavy) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return out;
}

// ---- the cases ------------------------------------------------------------------------------------

class Plan {
  constructor() {
    this.tier = 'pro';
  }
}

function deepObject(depth) {
  const root = {};
  let node = root;
  for (let i = 1; i < depth; i++) node = node.a = {};
  return root;
}

function deepArray(depth) {
  const root = [];
  let node = root;
  for (let i = 1; i < depth; i++) {
    const next = [];
    node.push(next);
    node = next;
  }
  return root;
}

/** A value computed on first use and then shared (the heavy inputs are built once). */
function lazy(make) {
  let v;
  let made = false;
  return () => {
    if (!made) {
      v = make();
      made = true;
    }
    return v;
  };
}

const utf8 = (s) => new TextEncoder().encode(s);
const bytes = (...parts) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** Where a target lives in a body, and how to put a value there. */
const TARGETS = [
  { label: 'the body', path: [], put: (v) => v },
  ...FIELDS.map((f) => ({ label: f, field: f, path: [f], put: (v) => ({ [f]: v }) })),
  { label: 'a metadata value', path: ['metadata', 'v'], put: (v) => ({ metadata: { v } }) },
];

// Every JS type: `cat` says how the rules treat it; `received` is what the issue must call it.
const KINDS = [
  { name: 'undefined', cat: 'undefined', make: () => undefined, received: /undefined/ },
  { name: 'null', cat: 'null', make: () => null, received: /null/ },
  { name: 'true', cat: 'bool', make: () => true, received: /boolean/ },
  { name: 'false', cat: 'bool', make: () => false, received: /boolean/ },
  { name: 'NaN', cat: 'opaque', make: () => NaN, received: /NaN/ },
  { name: 'Infinity', cat: 'opaque', make: () => Infinity, received: /^Infinity$/ },
  { name: '-Infinity', cat: 'opaque', make: () => -Infinity, received: /^-Infinity$/ },
  { name: '-0', cat: 'zero', make: () => -0, received: /number/ },
  { name: '2^53+1', cat: 'huge', make: () => 2 ** 53 + 1, received: /number/ },
  { name: 'BigInt', cat: 'opaque', make: () => 2n ** 64n, received: /bigint/i },
  { name: 'Symbol', cat: 'opaque', make: () => Symbol('timeZone'), received: /symbol/i },
  { name: 'a function', cat: 'opaque', make: () => function timeZone() { return 'UTC'; }, received: /function/i },
  { name: 'an async arrow function', cat: 'opaque', make: () => async () => 'UTC', received: /function/i },
  { name: 'a class', cat: 'opaque', make: () => Plan, received: /function/i },
  { name: 'a Date', cat: 'opaque', make: () => new Date(0), received: /date/i },
  { name: 'an invalid Date', cat: 'opaque', make: () => new Date(NaN), received: /date/i },
  { name: 'a Map', cat: 'opaque', make: () => new Map([['plan', 'pro']]), received: /map/i },
  { name: 'a Set', cat: 'opaque', make: () => new Set(['pro']), received: /set/i },
  { name: 'a WeakMap', cat: 'opaque', make: () => new WeakMap(), received: /instance|weakmap/i },
  { name: 'a RegExp', cat: 'opaque', make: () => /UTC/, received: /regexp/i },
  { name: 'an array', cat: 'opaque', make: () => ['UTC'], received: /array/i },
  { name: 'an empty array', cat: 'opaque', make: () => [], received: /array/i },
  { name: 'a sparse array', cat: 'opaque', make: () => new Array(3), received: /array/i },
  { name: 'a class instance', cat: 'opaque', make: () => new Plan(), received: /instance|Plan/i },
  { name: 'a boxed Number', cat: 'opaque', make: () => new Number(12), received: /instance|number/i },
  { name: 'a boxed String', cat: 'opaque', make: () => new String('UTC'), received: /instance|string/i },
  { name: 'a boxed Boolean', cat: 'opaque', make: () => new Boolean(true), received: /instance|boolean/i },
  { name: 'a Uint8Array', cat: 'opaque', make: () => new Uint8Array([1, 2]), received: /instance|array/i },
  { name: 'an Error', cat: 'opaque', make: () => new Error('UTC'), received: /instance|error/i },
  { name: 'a Promise', cat: 'opaque', make: () => Promise.resolve('UTC'), received: /instance|promise/i },
  { name: 'an empty object', cat: 'empty', make: () => ({}), received: /object/ },
  { name: 'Object.create(null)', cat: 'plainA', make: () => Object.assign(Object.create(null), { a: 1 }), received: /object/ },
  { name: 'a frozen object', cat: 'plainA', make: () => Object.freeze({ a: 1 }), received: /object/ },
  { name: 'an object with toJSON', cat: 'toJSON', make: () => ({ toJSON: () => 'UTC' }), received: /object/ },
];

/** What the package must answer for `kind` at `target` in `mode` (product.md §2). */
function expectation(kind, target, mode) {
  const compat = mode === 'compat';
  const P = target.path;
  const type = { fail: [{ code: 'invalid_type', path: P }], received: kind.received };
  const failWith = (code) => ({ fail: [{ code, path: P }] });
  if (!target.field && P.length === 0) {
    if (kind.cat === 'empty') return { ok: {} };
    if (kind.cat === 'plainA' || kind.cat === 'toJSON') {
      const key = kind.cat === 'plainA' ? 'a' : 'toJSON';
      return compat ? { ok: {}, warnings: [{ code: 'stripped_key', path: [key] }] } : { fail: [{ code: 'unrecognized_keys', path: [key] }] };
    }
    return type;
  }
  if (!target.field) {
    // A metadata value: a string, a number or a boolean.
    if (kind.cat === 'bool' || kind.cat === 'zero' || kind.cat === 'huge') return { ok: { metadata: { v: kind.make() } } };
    return type;
  }
  const f = target.field;
  switch (kind.cat) {
    case 'undefined':
      return { ok: {} };
    case 'null':
      if (NULLABLE.has(f)) return { ok: { [f]: null }, warnings: f === 'defaultScheduleId' ? [{ code: 'no_default_schedule', path: P }] : [] };
      return compat ? { ok: { [f]: null }, warnings: [{ code: 'fails_after_validation', path: P }] } : type;
    case 'bool':
      return f === 'timeFormat' && compat ? failWith('invalid_value') : type;
    case 'zero':
      if (f === 'timeFormat') return failWith('invalid_value');
      if (f === 'defaultScheduleId') return compat ? { ok: { defaultScheduleId: 0 } } : failWith('too_small');
      return type;
    case 'huge':
      if (f === 'timeFormat') return failWith('invalid_value');
      if (f === 'defaultScheduleId') {
        return compat ? { ok: { defaultScheduleId: 2 ** 53 }, warnings: [{ code: 'fails_after_validation', path: P }] } : failWith('too_big');
      }
      return type;
    case 'empty':
      return f === 'metadata' ? { ok: { metadata: {} } } : type;
    case 'plainA':
      return f === 'metadata' ? { ok: { metadata: { a: 1 } } } : type;
    case 'toJSON':
      // toJSON is never called: the object is an object, its toJSON member a function.
      return f === 'metadata' ? { fail: [{ code: 'invalid_type', path: ['metadata', 'toJSON'] }] } : type;
    default:
      return type;
  }
}

function kindCases(cal) {
  const out = [];
  for (const kind of KINDS) {
    for (const target of TARGETS) {
      for (const mode of MODES) {
        const want = expectation(kind, target, mode);
        out.push({
          group: 'every JS type as the body, each field and a metadata value',
          name: `${mode}: ${kind.name} as ${target.label}`,
          run: () => cal.validateUpdateMe(target.put(kind.make()), { mode }),
          check: (r) => {
            if (want.ok) return expectOk(r, want.ok, want.warnings);
            expectFail(r, want.fail);
            if (want.received) {
              const received = r.issues[0].received;
              if (typeof received !== 'string' || !want.received.test(received)) {
                fail(`received should name the kind (${want.received}), got ${show(received)}`);
              }
            }
          },
        });
      }
    }
  }
  return out;
}

function validValueCases(cal) {
  const out = [];
  const fresh = () => JSON.parse(JSON.stringify(VALID));
  for (const mode of MODES) {
    for (const f of FIELDS) {
      out.push({
        group: 'valid values come back identical',
        name: `${mode}: a valid ${f} comes back identical and the input is not modified`,
        run: () => {
          const body = { [f]: fresh()[f] };
          const r = cal.validateUpdateMe(body, { mode });
          eq(body, { [f]: fresh()[f] }, 'the input after the call');
          return r;
        },
        check: (r) => expectOk(r, { [f]: fresh()[f] }),
      });
    }
    const shapes = {
      'a plain object': (b) => b,
      'a frozen object (deeply)': (b) => Object.freeze({ ...b, metadata: Object.freeze(b.metadata) }),
      'a sealed object': (b) => Object.seal(b),
      'a non-extensible object': (b) => Object.preventExtensions(b),
      'Object.create(null) (metadata too)': (b) => Object.assign(Object.create(null), b, { metadata: Object.assign(Object.create(null), b.metadata) }),
      'a transparent Proxy': (b) => new Proxy(b, {}),
      'a Proxy that forbids every write': (b) => {
        const refuse = (trap) => () => { throw new Error(`the package called the ${trap} trap`); };
        const handler = {};
        for (const trap of ['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf', 'preventExtensions']) handler[trap] = refuse(trap);
        return new Proxy(b, handler);
      },
      'a Proxy with virtual properties': () => {
        const values = fresh();
        return new Proxy({}, {
          ownKeys: () => Object.keys(values),
          getOwnPropertyDescriptor: (_t, k) => (k in values ? { value: values[k], enumerable: true, configurable: true, writable: true } : undefined),
          get: (_t, k) => values[k],
        });
      },
      'JSON.parse output': (b) => JSON.parse(JSON.stringify(b)),
    };
    for (const [label, make] of Object.entries(shapes)) {
      out.push({
        group: 'valid values come back identical',
        name: `${mode}: every field at once, as ${label}, comes back identical`,
        run: () => cal.validateUpdateMe(make(fresh()), { mode }),
        check: (r) => expectOk(r, fresh()),
      });
    }
    out.push({
      group: 'valid values come back identical',
      name: `${mode}: JSON text of every field comes back identical (string, Uint8Array, ArrayBuffer, offset view)`,
      run: () => {
        const text = JSON.stringify(fresh());
        const b = utf8(`xx${text}yy`);
        const results = [
          cal.validateUpdateMeJson(text, { mode }),
          cal.validateUpdateMeJson(utf8(text), { mode }),
          cal.validateUpdateMeJson(utf8(text).buffer, { mode }),
          cal.validateUpdateMeJson(b.subarray(2, b.length - 2), { mode }),
        ];
        results.slice(1).forEach((x, i) => eq(x, results[0], `result ${i + 1}`));
        return results[0];
      },
      check: (r) => expectOk(r, fresh()),
    });
    out.push({
      group: 'valid values come back identical',
      name: `${mode}: a canonicalised value comes back canonical, nothing else changes`,
      run: () => cal.validateUpdateMe({ ...fresh(), timeZone: 'america/new_york' }, { mode }),
      check: (r) => expectOk(r, fresh()),
    });
  }
  return out;
}

function getterCases(cal) {
  const out = [];
  const throwingGetter = (body, key, thrown = () => new Error('getter boom')) => {
    Object.defineProperty(body, key, { enumerable: true, configurable: true, get() { throw thrown(); } });
    return body;
  };
  for (const mode of MODES) {
    for (const target of TARGETS.slice(1)) {
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a getter that throws as ${target.label}: unreadable at its path`,
        run: () => {
          if (target.field) return cal.validateUpdateMe(throwingGetter({ bio: 'b' }, target.field), { mode });
          return cal.validateUpdateMe({ metadata: throwingGetter({ plan: 'pro' }, 'v') }, { mode });
        },
        check: (r) => expectFail(r, [{ code: 'unreadable', path: target.path }]),
      });
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a Proxy with a throwing getPrototypeOf trap as ${target.label}: unreadable at its path`,
        run: () => cal.validateUpdateMe(target.put(new Proxy({}, { getPrototypeOf() { throw new Error('trap'); } })), { mode }),
        check: (r) => expectFail(r, [{ code: 'unreadable', path: target.path }]),
      });
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a revoked Proxy as ${target.label}: unreadable at its path`,
        run: () => {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          return cal.validateUpdateMe(target.put(proxy), { mode });
        },
        check: (r) => expectFail(r, [{ code: 'unreadable', path: target.path }]),
      });
    }
    for (const [what, thrown] of [['undefined', () => undefined], ['a Symbol', () => Symbol('x')], ['null', () => null], ['a string', () => 'x']]) {
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a getter that throws ${what} (not an Error): unreadable`,
        run: () => cal.validateUpdateMe(throwingGetter({}, 'timeZone', thrown), { mode }),
        check: (r) => expectFail(r, [{ code: 'unreadable', path: ['timeZone'] }]),
      });
    }
    const bodyTraps = {
      ownKeys: { trap: { ownKeys() { throw new Error('t'); } }, issues: [{ code: 'unreadable', path: [] }] },
      getOwnPropertyDescriptor: { trap: { getOwnPropertyDescriptor() { throw new Error('t'); } }, issues: [{ code: 'unreadable', path: [] }] },
      getPrototypeOf: { trap: { getPrototypeOf() { throw new Error('t'); } }, issues: [{ code: 'unreadable', path: [] }] },
      get: { trap: { get() { throw new Error('t'); } }, issues: [{ code: 'unreadable', path: ['name'] }, { code: 'unreadable', path: ['timeZone'] }] },
      'ownKeys returning a non-string': { trap: { ownKeys() { return [1]; } }, issues: [{ code: 'unreadable', path: [] }] },
    };
    for (const [label, { trap, issues }] of Object.entries(bodyTraps)) {
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a body Proxy whose ${label} trap throws: unreadable, no throw`,
        run: () => cal.validateUpdateMe(new Proxy({ name: 'A', timeZone: 'UTC' }, trap), { mode }),
        check: (r) => expectFail(r, issues),
      });
    }
    out.push({
      group: 'getters and Proxies',
      name: `${mode}: a body Proxy whose has/set/deleteProperty traps throw is read without them`,
      run: () => cal.validateUpdateMe(new Proxy({ name: 'A' }, {
        has() { throw new Error('has'); },
        set() { throw new Error('set'); },
        deleteProperty() { throw new Error('deleteProperty'); },
      }), { mode }),
      check: (r) => expectOk(r, { name: 'A' }),
    });
    for (const [label, trap, path] of [
      ['ownKeys', { ownKeys() { throw new Error('t'); } }, ['metadata']],
      ['get', { get() { throw new Error('t'); } }, ['metadata', 'plan']],
      ['getOwnPropertyDescriptor', { getOwnPropertyDescriptor() { throw new Error('t'); } }, ['metadata']],
    ]) {
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a metadata Proxy whose ${label} trap throws: unreadable at ${path.join('.')}`,
        run: () => cal.validateUpdateMe({ name: 'A', metadata: new Proxy({ plan: 'pro' }, trap) }, { mode }),
        check: (r) => expectFail(r, [{ code: 'unreadable', path }]),
      });
    }
    // A getter whose value changes: read once, so what is validated is what comes back.
    const changing = [
      ['name', ['first', 'second'], { name: 'first' }],
      ['timeZone', ['america/new_york', 'Not/AZone'], { timeZone: 'America/New_York' }],
      ['timeZone', ['Not/AZone', 'america/new_york'], null],
      ['timeFormat', [12, '24h'], { timeFormat: 12 }],
      ['metadata', [{ plan: 'pro' }, { plan: 'x'.repeat(501) }], { metadata: { plan: 'pro' } }],
    ];
    for (const [key, values, data] of changing) {
      out.push({
        group: 'getters and Proxies',
        name: `${mode}: a getter changing ${key} from ${show(values[0]).slice(0, 20)} to ${show(values[1]).slice(0, 20)} is read once`,
        run: () => {
          let reads = 0;
          const body = {};
          Object.defineProperty(body, key, { enumerable: true, get: () => values[Math.min(reads++, 1)] });
          const r = cal.validateUpdateMe(body, { mode });
          if (reads !== 1) fail(`the getter ran ${reads} times`);
          return r;
        },
        check: (r) => (data ? expectOk(r, data) : expectFailAt(r, [key], ['invalid_time_zone'])),
      });
    }
    out.push({
      group: 'getters and Proxies',
      name: `${mode}: a metadata value getter that changes is read once`,
      run: () => {
        let reads = 0;
        const metadata = { a: 1 };
        Object.defineProperty(metadata, 'b', { enumerable: true, get: () => (reads++ === 0 ? 'ok' : null) });
        const r = cal.validateUpdateMe({ metadata }, { mode });
        if (reads !== 1) fail(`the getter ran ${reads} times`);
        return r;
      },
      check: (r) => expectOk(r, { metadata: { a: 1, b: 'ok' } }),
    });
  }
  return out;
}

function ignoredKeyCases(cal) {
  // Symbol keys and non-enumerable properties are ignored exactly as JSON.stringify ignores them.
  const out = [];
  for (const mode of MODES) {
    const variants = {
      'a Symbol("timeZone") key holding an invalid zone': () => ({ name: 'A', [Symbol('timeZone')]: 'Not/AZone' }),
      'a Symbol.for("timeZone") key holding a valid zone': () => ({ name: 'A', [Symbol.for('timeZone')]: 'Europe/London' }),
      'a symbol key whose getter throws': () => Object.defineProperty({ name: 'A' }, Symbol('timeZone'), { enumerable: true, get() { throw new Error('read'); } }),
      'a non-enumerable timeZone holding an invalid zone': () => Object.defineProperty({ name: 'A' }, 'timeZone', { value: 'Not/AZone', enumerable: false }),
      'a non-enumerable timeZone holding a valid zone': () => Object.defineProperty({ name: 'A' }, 'timeZone', { value: 'Europe/London', enumerable: false }),
      'a non-enumerable getter that throws': () => Object.defineProperty({ name: 'A' }, 'timeZone', { enumerable: false, get() { throw new Error('read'); } }),
      'an inherited timeZone (Object.create(null) chain is not followed)': () => {
        const body = Object.create(null);
        body.name = 'A';
        return body;
      },
    };
    for (const [label, make] of Object.entries(variants)) {
      out.push({
        group: 'symbol keys and non-enumerable properties',
        name: `${mode}: ${label} is ignored, like JSON.stringify`,
        run: () => {
          const body = make();
          const r = cal.validateUpdateMe(body, { mode });
          eq(r.success ? r.data : null, JSON.parse(JSON.stringify({ name: 'A' })), 'data (what JSON.stringify would send)');
          return r;
        },
        check: (r) => expectOk(r, { name: 'A' }),
      });
    }
    out.push({
      group: 'symbol keys and non-enumerable properties',
      name: `${mode}: symbol and non-enumerable keys inside metadata are ignored`,
      run: () => {
        const metadata = { plan: 'pro', [Symbol('seats')]: 3 };
        Object.defineProperty(metadata, 'hidden', { value: 'x'.repeat(9999), enumerable: false });
        return cal.validateUpdateMe({ metadata }, { mode });
      },
      check: (r) => expectOk(r, { metadata: { plan: 'pro' } }),
    });
  }
  return out;
}

function specialKeyCases(cal) {
  const out = [];
  const sources = {
    'an object literal (computed key)': (key, value, rest) => ({ [key]: value, ...rest }),
    'JSON.parse': (key, value, rest) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(rest).slice(1)}`),
    'Object.defineProperty': (key, value, rest) => Object.defineProperty({ ...rest }, key, { value, enumerable: true, configurable: true, writable: true }),
  };
  for (const mode of MODES) {
    const compat = mode === 'compat';
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const [source, make] of Object.entries(sources)) {
        out.push({
          group: '__proto__, constructor and prototype keys',
          name: `${mode}: ${key} in the body from ${source}`,
          run: () => {
            const body = make(key, { polluted: 'yes', timeZone: 'Not/AZone' }, { name: 'A' });
            if (!Object.hasOwn(body, key)) fail(`the test body has no own ${key}`);
            return cal.validateUpdateMe(body, { mode });
          },
          check: (r) => (compat
            ? expectOk(r, { name: 'A' }, [{ code: 'stripped_key', path: [key] }])
            : expectFail(r, [{ code: 'forbidden_key', path: [key] }])),
        });
        out.push({
          group: '__proto__, constructor and prototype keys',
          name: `${mode}: ${key} in metadata from ${source}`,
          run: () => {
            const metadata = make(key, 'yes', { a: 1 });
            if (!Object.hasOwn(metadata, key)) fail(`the test metadata has no own ${key}`);
            return cal.validateUpdateMe({ metadata }, { mode });
          },
          check: (r) => {
            if (!compat) return expectFail(r, [{ code: 'forbidden_key', path: ['metadata', key] }]);
            // cal.com drops __proto__, fails with 500 on constructor, keeps prototype (in its place).
            if (key === '__proto__') return expectOk(r, { metadata: { a: 1 } }, [{ code: 'stripped_key', path: ['metadata', key] }]);
            if (key === 'constructor') return expectFail(r, [{ code: 'forbidden_key', path: ['metadata', key] }]);
            return expectOk(r, { metadata: JSON.parse(JSON.stringify(make(key, 'yes', { a: 1 }))) });
          },
        });
      }
      out.push({
        group: '__proto__, constructor and prototype keys',
        name: `${mode}: ${key} in JSON text, in the body and in metadata`,
        run: () => cal.validateUpdateMeJson(`{"${key}":{"polluted":"yes"},"name":"A","metadata":{"${key}":"yes","a":1}}`, { mode }),
        check: (r) => {
          // Deterministic order: the field issues first, then the body's own unknown keys.
          if (!compat) return expectFail(r, [{ code: 'forbidden_key', path: ['metadata', key] }, { code: 'forbidden_key', path: [key] }]);
          if (key === 'constructor') return expectFailAt(r, ['metadata', key], ['forbidden_key']);
          const metadata = key === '__proto__' ? { a: 1 } : { prototype: 'yes', a: 1 };
          const warnings = [{ code: 'stripped_key', path: [key] }];
          if (key === '__proto__') warnings.unshift({ code: 'stripped_key', path: ['metadata', key] });
          return expectOk(r, { name: 'A', metadata }, warnings);
        },
      });
    }
    out.push({
      group: '__proto__, constructor and prototype keys',
      name: `${mode}: { __proto__: {...} } in a literal sets the prototype: the body is not a plain object`,
      run: () => cal.validateUpdateMe({ __proto__: { timeZone: 'Europe/London', polluted: 'yes' }, name: 'A' }, { mode }),
      check: (r) => expectFail(r, [{ code: 'invalid_type', path: [] }]),
    });
    out.push({
      group: '__proto__, constructor and prototype keys',
      name: `${mode}: { __proto__: null } in a literal is a plain object`,
      run: () => cal.validateUpdateMe({ __proto__: null, name: 'A', metadata: { __proto__: null, plan: 'pro' } }, { mode }),
      check: (r) => expectOk(r, { name: 'A', metadata: { plan: 'pro' } }),
    });
    out.push({
      group: '__proto__, constructor and prototype keys',
      name: `${mode}: a duplicated "__proto__" in metadata JSON`,
      run: () => cal.validateUpdateMeJson('{"metadata":{"__proto__":{"polluted":1},"__proto__":"x","a":1}}', { mode }),
      check: (r) => (compat
        ? expectOk(r, { metadata: { a: 1 } }, [{ code: 'duplicate_key', path: ['metadata', '__proto__'] }, { code: 'stripped_key', path: ['metadata', '__proto__'] }])
        : expectFailAt(r, ['metadata', '__proto__'], ['duplicate_key', 'forbidden_key'])),
    });
  }
  return out;
}

function structureCases(cal) {
  const out = [];
  const deep = lazy(() => deepObject(1e6));
  const deepArr = lazy(() => deepArray(1e6));
  const big = lazy(() => 'a'.repeat(50 * MB));
  const oneMb = lazy(() => 'b'.repeat(MB));
  for (const mode of MODES) {
    const compat = mode === 'compat';
    // Cycles.
    out.push({
      group: 'cycles, depth and size',
      name: `${mode}: a body that contains itself`,
      run: () => {
        const body = { name: 'A' };
        body.self = body;
        return cal.validateUpdateMe(body, { mode });
      },
      check: (r) => (compat
        ? expectOk(r, { name: 'A' }, [{ code: 'stripped_key', path: ['self'] }])
        : expectFail(r, [{ code: 'unrecognized_keys', path: ['self'] }])),
    });
    for (const target of TARGETS.slice(1)) {
      out.push({
        group: 'cycles, depth and size',
        name: `${mode}: a cyclic object as ${target.label}`,
        run: () => {
          const cyc = { a: 1 };
          cyc.self = cyc;
          return cal.validateUpdateMe(target.put(cyc), { mode });
        },
        check: (r) => expectFail(r, [{ code: 'invalid_type', path: target.field === 'metadata' ? ['metadata', 'self'] : target.path }]),
      });
    }
    out.push({
      group: 'cycles, depth and size',
      name: `${mode}: metadata that is the body itself`,
      run: () => {
        const body = { name: 'A' };
        body.metadata = body;
        return cal.validateUpdateMe(body, { mode });
      },
      check: (r) => expectFail(r, [{ code: 'invalid_type', path: ['metadata', 'metadata'] }]),
    });
    out.push({
      group: 'cycles, depth and size',
      name: `${mode}: a cyclic array as a metadata value`,
      run: () => {
        const a = [];
        a.push(a);
        return cal.validateUpdateMe({ metadata: { v: a } }, { mode });
      },
      check: (r) => expectFail(r, [{ code: 'invalid_type', path: ['metadata', 'v'] }]),
    });
    // 10^6-deep nesting.
    for (const target of TARGETS) {
      const path = target.field === 'metadata' ? ['metadata', 'a'] : target.path.length ? target.path : ['a'];
      out.push({
        group: 'cycles, depth and size',
        heavy: true,
        name: `${mode}: 10^6-deep nested objects as ${target.label}`,
        run: () => cal.validateUpdateMe(target.put(deep()), { mode }),
        check: (r) => {
          if (target.path.length === 0) {
            return compat ? expectOk(r, {}, [{ code: 'stripped_key', path: ['a'] }]) : expectFail(r, [{ code: 'unrecognized_keys', path: ['a'] }]);
          }
          return expectFail(r, [{ code: 'invalid_type', path }]);
        },
      });
    }
    out.push({
      group: 'cycles, depth and size',
      heavy: true,
      name: `${mode}: 10^6-deep nested arrays as metadata and as the body`,
      run: () => {
        expectFail(cal.validateUpdateMe(deepArr(), { mode }), [{ code: 'invalid_type', path: [] }]);
        return cal.validateUpdateMe({ metadata: deepArr() }, { mode });
      },
      check: (r) => expectFail(r, [{ code: 'invalid_type', path: ['metadata'] }]),
    });
    // Long strings: over the 100 kB body limit (a 413 at cal.com), and over each field's limit.
    for (const [label, text, isHeavy] of [['a 50 MB string', big, true], ['a 1 MB string', oneMb, false]]) {
      // 50 MB costs about a second a call: a few places in strict, one in compat.
      const heavyPlaces = [['name', (s) => ({ name: s })], ['timeZone', (s) => ({ timeZone: s })], ['a metadata value', (s) => ({ metadata: { v: s } })], ['a metadata key', (s) => ({ metadata: { [s]: 1 } })], ['a body key', (s) => ({ [s]: 1 })]];
      const where = isHeavy
        ? heavyPlaces.slice(0, compat ? 1 : heavyPlaces.length)
        : [...STRING_FIELDS.map((f) => [f, (s) => ({ [f]: s })]), ['a metadata value', (s) => ({ metadata: { v: s } })], ['a metadata key', (s) => ({ metadata: { [s]: 1 } })], ['a body key', (s) => ({ [s]: 1 })]];
      for (const [what, put] of where) {
        out.push({
          group: 'cycles, depth and size',
          heavy: isHeavy,
          name: `${mode}: ${label} as ${what}: body_too_large, nothing echoed`,
          run: () => cal.validateUpdateMe(put(text()), { mode }),
          check: (r) => {
            expectFail(r, [{ code: 'body_too_large', path: [] }]);
            if (r.issues[0].maximum !== 102400) fail(`maximum ${r.issues[0].maximum}`);
          },
        });
      }
    }
    out.push({
      group: 'cycles, depth and size',
      heavy: true,
      name: `${mode}: 50 MB of JSON text (string and bytes): body_too_large`,
      run: () => {
        const text = `{"bio":"${big()}"}`;
        expectFail(cal.validateUpdateMeJson(utf8(text), { mode }), [{ code: 'body_too_large', path: [] }]);
        return cal.validateUpdateMeJson(text, { mode });
      },
      check: (r) => expectFail(r, [{ code: 'body_too_large', path: [] }]),
    });
    const long = (f) => `${f === 'avatarUrl' ? 'https://example.com/' : ''}${'x'.repeat(90000)}`;
    for (const f of STRING_FIELDS) {
      out.push({
        group: 'cycles, depth and size',
        name: `${mode}: a 90 000-character ${f} (under the body limit): identical, or an issue at ${f}`,
        run: () => cal.validateUpdateMe({ [f]: long(f) }, { mode }),
        // cal.com has no length limit on some fields (name, bio); the others have one or a format.
        check: (r) => (r.success ? expectOk(r, { [f]: long(f) }) : expectFailAt(r, [f])),
      });
    }
    out.push({
      group: 'cycles, depth and size',
      name: `${mode}: metadata with 1000 keys: too_big in keys`,
      run: () => {
        const metadata = {};
        for (let i = 0; i < 1000; i++) metadata[`k${i}`] = i;
        return cal.validateUpdateMe({ metadata }, { mode });
      },
      check: (r) => {
        expectFailAt(r, ['metadata'], ['too_big']);
        const issue = r.issues.find((i) => i.code === 'too_big');
        if (issue.maximum !== 50 || issue.unit !== 'keys') fail(`too_big ${show(issue)}`);
      },
    });
    out.push({
      group: 'cycles, depth and size',
      name: `${mode}: 200 unknown keys: each reported (strict) or stripped (compat), in order`,
      run: () => {
        const body = { name: 'A' };
        for (let i = 0; i < 200; i++) body[`x${i}`] = i;
        return cal.validateUpdateMe(body, { mode });
      },
      check: (r) => {
        const keys = Array.from({ length: 200 }, (_, i) => ({ code: compat ? 'stripped_key' : 'unrecognized_keys', path: [`x${i}`] }));
        return compat ? expectOk(r, { name: 'A' }, keys) : expectFail(r, keys);
      },
    });
  }
  return out;
}

function surrogateCases(cal) {
  const out = [];
  const lone = ['\uD800', 'x\uD83D', '\uDE00\uD83D', 'a\uDC00b'];
  const places = [
    ...STRING_FIELDS.map((f) => [f, (s) => ({ [f]: f === 'email' ? `a${s}@example.com` : f === 'avatarUrl' ? `https://example.com/${s}` : s }), [f]]),
    ['a metadata value', (s) => ({ metadata: { v: s } }), ['metadata', 'v']],
    ['a metadata key', (s) => ({ metadata: { [s]: 1 } }), ['metadata', null]],
    ['a body key', (s) => ({ [s]: 1 }), [null]],
  ];
  for (const mode of MODES) {
    for (const [where, put, rawPath] of places) {
      for (const s of lone) {
        const path = rawPath.map((seg) => (seg === null ? s : seg));
        const body = put(s);
        out.push({
          group: 'lone surrogates',
          name: `${mode}: the lone surrogate ${show(s)} in ${where}`,
          run: () => cal.validateUpdateMe(body, { mode }),
          check: (r) => {
            if (mode === 'strict' || where === 'a body key') {
              if (mode === 'compat') return expectOk(r, {}, [{ code: 'stripped_key', path }]);
              return expectFailAt(r, path);
            }
            // Compat keeps the string exactly, or rejects it: never a silent U+FFFD.
            if (r.success) return eq(r.data, JSON.parse(JSON.stringify(body)), 'data (the exact string)');
            return expectFailAt(r, path);
          },
        });
      }
    }
    for (const s of lone) {
      out.push({
        group: 'lone surrogates',
        name: `${mode}: the lone surrogate ${show(s)} escaped in JSON text`,
        run: () => cal.validateUpdateMeJson(JSON.stringify({ name: s, metadata: { v: s } }), { mode }),
        check: (r) => (mode === 'strict'
          ? expectFail(r, [{ code: 'invalid_unicode', path: ['name'] }, { code: 'invalid_unicode', path: ['metadata', 'v'] }])
          : expectOk(r, { name: s, metadata: { v: s } })),
      });
      out.push({
        group: 'lone surrogates',
        name: `${mode}: the lone surrogate ${show(s)} unescaped in a JSON string (a JS string, not bytes)`,
        // JSON.parse of this text keeps the surrogate; it must not become U+FFFD on the way in.
        run: () => cal.validateUpdateMeJson(`{"name":"${s}","metadata":{"v":"${s}"}}`, { mode }),
        check: (r) => (mode === 'strict'
          ? expectFail(r, [{ code: 'invalid_unicode', path: ['name'] }, { code: 'invalid_unicode', path: ['metadata', 'v'] }])
          : expectOk(r, { name: s, metadata: { v: s } })),
      });
    }
  }
  return out;
}

function jsonCases(cal) {
  const out = [];
  const VALID_TEXT = '{"name":"Zoë 😀","timeFormat":24,"metadata":{"a":[1],"b":"x"}}';
  const push = (mode, name, run, check, extra = {}) => out.push({ group: 'validateUpdateMeJson', name: `${mode}: ${name}`, run, check, ...extra });
  const invalidJson = (r) => {
    expectFail(r, [{ code: 'invalid_json', path: [] }]);
    if (!Number.isInteger(r.issues[0].position) || r.issues[0].position < 0) fail(`position ${show(r.issues[0].position)}`);
  };
  for (const mode of MODES) {
    const compat = mode === 'compat';
    const o = { mode };
    // Empty and truncated.
    // An empty body: compat answers {} (body-parser reads an empty body as {}); strict refuses it.
    const empty = (r) => (compat ? expectOk(r, {}) : invalidJson(r));
    for (const [label, body] of [['an empty string', ''], ['an empty Uint8Array', new Uint8Array(0)], ['an empty ArrayBuffer', new ArrayBuffer(0)]]) {
      push(mode, `${label}: ${compat ? '{}' : 'invalid_json'}`, () => cal.validateUpdateMeJson(body, o), empty);
    }
    push(mode, 'only whitespace: invalid_json', () => cal.validateUpdateMeJson(' \n\t\r ', o), invalidJson);
    push(mode, 'every truncation of a valid body (text and bytes): invalid_json with a position inside it', () => {
      const b = utf8(VALID_TEXT);
      let last;
      empty(cal.validateUpdateMeJson(b.subarray(0, 0), o));
      for (let n = 1; n < b.length; n++) {
        const cut = b.subarray(0, n);
        last = cal.validateUpdateMeJson(cut, o);
        invalidJson(last);
        if (last.issues[0].position > n) fail(`prefix of ${n} bytes: position ${last.issues[0].position}`);
      }
      for (let n = 1; n < VALID_TEXT.length; n++) {
        const text = VALID_TEXT.slice(0, n);
        // Cutting a surrogate pair in half leaves a lone surrogate: still not valid JSON.
        last = cal.validateUpdateMeJson(text, o);
        invalidJson(last);
      }
      return last;
    }, invalidJson);
    // Invalid UTF-8.
    const badUtf8 = {
      'a lone continuation byte': [0x80],
      'a 0xFF byte': [0xff],
      'an overlong "/"': [0xc0, 0xaf],
      'an encoded surrogate (CESU-8)': [0xed, 0xa0, 0x80],
      'a code point above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
      'a 5-byte sequence': [0xf8, 0x88, 0x80, 0x80, 0x80],
      'a truncated 3-byte sequence': [0xe2, 0x82],
    };
    for (const [label, seq] of Object.entries(badUtf8)) {
      push(mode, `invalid UTF-8 (${label}) in a string value, a key and between tokens: invalid_json`, () => {
        invalidJson(cal.validateUpdateMeJson(bytes('{"', seq, '":1}'), o));
        invalidJson(cal.validateUpdateMeJson(bytes('{', seq, '}'), o));
        return cal.validateUpdateMeJson(bytes('{"name":"a', seq, 'b"}'), o);
      }, (r) => {
        invalidJson(r);
        if (r.issues[0].position !== 10) fail(`position ${r.issues[0].position}, expected 10`);
      });
    }
    push(mode, 'invalid UTF-8 cut at the end of the body: invalid_json', () => cal.validateUpdateMeJson(bytes('{"name":"', [0xe2, 0x82]), o), invalidJson);
    push(mode, 'a UTF-8 byte order mark before the body', () => cal.validateUpdateMeJson(bytes([0xef, 0xbb, 0xbf], '{"name":"A"}'), o), (r) => {
      // body-parser (raw-body → iconv-lite) strips a leading BOM, so cal.com accepts the body.
      if (compat) expectOk(r, { name: 'A' });
      else if (!r.success) invalidJson(r);
      else expectOk(r, { name: 'A' });
    });
    // Syntax that JSON.parse refuses.
    for (const text of ['{"name":"a",}', "{'name':'a'}", '{"name":"a"} x', '{"name":"a"}{}', '{name:"a"}', '{"defaultScheduleId":NaN}', '{"defaultScheduleId":Infinity}', '{"defaultScheduleId":0x10}',
      '{"defaultScheduleId":012}', '{"defaultScheduleId":+1}', '{"defaultScheduleId":1.}', '{"defaultScheduleId":.5}', '{"name":undefined}', '{"name":"a\u0000"}', '{"name":"tab\there"}',
      '{"name":"\\x41"}', '{"name":"\\u12"}', '/*c*/{"name":"a"}', '{"name":"a"}//', '\u00a0{"name":"a"}', '{"name"\u2028:"a"}']) {
      push(mode, `not JSON: ${show(text)}`, () => cal.validateUpdateMeJson(text, o), invalidJson);
    }
    // JSON, but not an object.
    for (const text of ['null', '1', '-0', '"x"', 'true', '[]', '[{"name":"a"}]']) {
      push(mode, `a JSON ${show(text)} body: invalid_type at []`, () => cal.validateUpdateMeJson(text, o), (r) => expectFail(r, [{ code: 'invalid_type', path: [] }]));
    }
    // Duplicate keys: strict refuses them, compat keeps the last value (as JSON.parse) and warns.
    const dups = [
      ['in the body', '{"name":"a","name":"b"}', { name: 'b' }, ['name']],
      ['three times', '{"bio":"a","bio":"b","bio":"c"}', { bio: 'c' }, ['bio']],
      ['spelled with an escape', '{"name":"a","n\\u0061me":"b"}', { name: 'b' }, ['name']],
      ['in metadata', '{"metadata":{"a":1,"b":2,"a":3}}', { metadata: { a: 3, b: 2 } }, ['metadata', 'a']],
      ['as a whole metadata object', '{"metadata":{"a":1},"metadata":{"b":2}}', { metadata: { b: 2 } }, ['metadata']],
      ['first invalid, then valid', '{"timeFormat":13,"timeFormat":24}', { timeFormat: 24 }, ['timeFormat']],
    ];
    for (const [label, text, data, path] of dups) {
      push(mode, `a duplicate key ${label}`, () => cal.validateUpdateMeJson(text, o), (r) => {
        if (compat) expectOk(r, data, [{ code: 'duplicate_key', path }]);
        else expectFail(r, [{ code: 'duplicate_key', path }]);
        // Compat gives what JSON.parse gives.
        if (compat) eq(r.data, JSON.parse(JSON.stringify(JSON.parse(text))), 'compat data vs JSON.parse');
      });
    }
    push(mode, 'a duplicate key, first valid then invalid: the last value is the one judged', () => cal.validateUpdateMeJson('{"timeZone":"UTC","timeZone":"Not/AZone"}', o), (r) => {
      expectFailAt(r, ['timeZone'], compat ? ['invalid_time_zone'] : ['duplicate_key', 'invalid_time_zone']);
    });
    // Numbers out of range.
    for (const [field, text] of [['defaultScheduleId', '1e400'], ['defaultScheduleId', '-1e400'], ['timeFormat', '1e400'], ['name', '1e400'], ['defaultScheduleId', '9007199254740993']]) {
      push(mode, `${field}: ${text} is an issue at ${field}`, () => cal.validateUpdateMeJson(`{"${field}":${text}}`, o), (r) => {
        if (compat && field === 'defaultScheduleId' && text === '9007199254740993') {
          return expectOk(r, { defaultScheduleId: 2 ** 53 }, [{ code: 'fails_after_validation', path: [field] }]);
        }
        return expectFailAt(r, [field]);
      });
    }
    push(mode, 'metadata 1e400 (Infinity in JSON.parse; null once stored)', () => cal.validateUpdateMeJson('{"metadata":{"a":1e400,"b":-1e400}}', o), (r) => {
      if (!compat) return expectFail(r, [{ code: 'invalid_type', path: ['metadata', 'a'] }, { code: 'invalid_type', path: ['metadata', 'b'] }]);
      // Compat may report what cal.com stores (null), but not silently: 1e400 is not null.
      expectNotSilent(r, ['metadata', 'a'], 'compat turns 1e400 into null');
      return expectNotSilent(r, ['metadata', 'b'], 'compat turns -1e400 into null');
    });
    for (const [label, num, becomes] of [['9007199254740993 (2^53+1)', '9007199254740993', 2 ** 53], ['1e-400 (underflows to 0)', '1e-400', 0], ['a 30-digit integer', '123456789012345678901234567890', 1.2345678901234568e29]]) {
      push(mode, `metadata ${label}: JavaScript cannot hold it exactly`, () => cal.validateUpdateMeJson(`{"metadata":{"a":${num}}}`, o), (r) => {
        if (r.success) eq(r.data, { metadata: { a: becomes } }, 'data (what JSON.parse gives)');
        // Strict promises "no silent loss": the number sent is not the number stored.
        if (!compat) expectNotSilent(r, ['metadata', 'a'], `strict accepts ${num}, stored as ${becomes}`);
      });
    }
    for (const [text, tf] of [['12.0', 12], ['1.2e1', 12], ['24E0', 24], ['2.4e+1', 24]]) {
      push(mode, `timeFormat ${text} is the number ${tf}`, () => cal.validateUpdateMeJson(`{"timeFormat":${text}}`, o), (r) => expectOk(r, { timeFormat: tf }));
    }
    // Deep nesting.
    for (const [label, make, isHeavy] of [
      ['10^5-deep arrays', () => `{"metadata":${'['.repeat(1e5)}${']'.repeat(1e5)}}`, false],
      ['10^5-deep objects', () => `{"metadata":${'{"a":'.repeat(1e5)}1${'}'.repeat(1e5)}}`, false],
      ['10^5-deep arrays as the body', () => `${'['.repeat(1e5)}${']'.repeat(1e5)}`, false],
    ]) {
      push(mode, `${label} (text and bytes): body_too_large, no stack overflow`, () => {
        const text = make();
        expectFail(cal.validateUpdateMeJson(utf8(text), o), [{ code: 'body_too_large', path: [] }]);
        return cal.validateUpdateMeJson(text, o);
      }, (r) => expectFail(r, [{ code: 'body_too_large', path: [] }]), { heavy: isHeavy });
    }
    push(mode, '50 000-deep arrays under the size limit: invalid_type at metadata', () => cal.validateUpdateMeJson(`{"metadata":${'['.repeat(5e4 - 10)}${']'.repeat(5e4 - 10)}}`, o),
      (r) => expectFail(r, [{ code: 'invalid_type', path: ['metadata'] }]));
    push(mode, '16 000-deep objects under the size limit: invalid_type at metadata.a', () => cal.validateUpdateMeJson(`{"metadata":{"a":${'{"a":'.repeat(16000)}1${'}'.repeat(16001)}}`, o),
      (r) => expectFail(r, [{ code: 'invalid_type', path: ['metadata', 'a'] }]));
    push(mode, '50 000 unclosed brackets: invalid_json', () => cal.validateUpdateMeJson(`{"metadata":${'['.repeat(5e4 - 10)}`, o), invalidJson);
    push(mode, '50 000 mismatched brackets: invalid_json', () => cal.validateUpdateMeJson(`{"metadata":${'['.repeat(5e4 - 10)}${'}'.repeat(5e4 - 10)}`, o), invalidJson);
    // Whitespace.
    push(mode, '4 MB of whitespace around a valid body (text and bytes): body_too_large', () => {
      const text = `${' '.repeat(2 * MB)}{"name":"A"${'\n\t\r '.repeat(MB / 2)}}`;
      expectFail(cal.validateUpdateMeJson(utf8(text), o), [{ code: 'body_too_large', path: [] }]);
      return cal.validateUpdateMeJson(text, o);
    }, (r) => expectFail(r, [{ code: 'body_too_large', path: [] }]));
    push(mode, '100 000 bytes of whitespace around a valid body (under the limit): accepted', () => cal.validateUpdateMeJson(`${' '.repeat(50000)}{ "name" :\n"A" ${'\t\r\n '.repeat(12000)}}`, o),
      (r) => expectOk(r, { name: 'A' }));
    push(mode, 'exactly 102 400 bytes is accepted, 102 401 is body_too_large', () => {
      const at = `{"bio":"${'a'.repeat(102400 - 10)}"}`;
      if (at.length !== 102400) fail(`length ${at.length}`);
      expectFail(cal.validateUpdateMeJson(`${at} `, o), [{ code: 'body_too_large', path: [] }]);
      return cal.validateUpdateMeJson(at, o);
    }, (r) => {
      if (!r.success && r.issues.some((i) => i.code === 'body_too_large')) fail(`102 400 bytes is refused: ${show(brief(r.issues))}`);
    });
    // What is not text or bytes is a TypeError (documented), and the instance keeps working.
    for (const [label, make] of [['a number', () => 42], ['null', () => null], ['undefined', () => undefined], ['a plain object', () => ({ name: 'A' })],
      ['an array of byte values', () => [123, 125]], ['a DataView', () => new DataView(new ArrayBuffer(2))], ['a Uint16Array', () => new Uint16Array(2)],
      ['a boxed String', () => new String('{}')], ['a Symbol', () => Symbol('{}')], ['a Uint8Array whose buffer is detached', () => {
        const b = new Uint8Array([123, 125]);
        structuredClone(b.buffer, { transfer: [b.buffer] });
        return b;
      }]]) {
      out.push({ group: 'validateUpdateMeJson', name: `${mode}: ${label} as the JSON body: TypeError`, run: () => cal.validateUpdateMeJson(make(), o), throws: 'TypeError' });
    }
  }
  // 50 MB of JSON text is in structureCases.
  return out;
}

function optionCases(cal) {
  const out = [];
  const misuse = {
    'a string': 'compat',
    'a number': 1,
    'true': true,
    'a Symbol': Symbol('compat'),
    'an unknown mode': { mode: 'lenient' },
    'an upper-case mode': { mode: 'COMPAT' },
    'a numeric mode': { mode: 1 },
    'a Symbol mode': { mode: Symbol('strict') },
  };
  for (const [label, options] of Object.entries(misuse)) {
    out.push({ group: 'options misuse', name: `options as ${label}: TypeError (validateUpdateMe)`, run: () => cal.validateUpdateMe({ name: 'A' }, options), throws: 'TypeError' });
    out.push({ group: 'options misuse', name: `options as ${label}: TypeError (validateUpdateMeJson)`, run: () => cal.validateUpdateMeJson('{"name":"A"}', options), throws: 'TypeError' });
  }
  out.push({
    group: 'options misuse',
    name: 'options whose mode getter throws: the call throws, the instance keeps working',
    run: () => cal.validateUpdateMe({ name: 'A' }, { get mode() { throw new TypeError('mode getter'); } }),
    throws: true,
  });
  const defaults = {
    undefined,
    null: null,
    '{}': {},
    '{ mode: undefined }': { mode: undefined },
    'Object.create(null)': Object.create(null),
    'frozen { mode: "strict" }': Object.freeze({ mode: 'strict' }),
  };
  for (const [label, options] of Object.entries(defaults)) {
    out.push({
      group: 'options misuse',
      name: `options ${label}: strict`,
      run: () => cal.validateUpdateMe({ timezone: 'UTC' }, options),
      check: (r) => expectFail(r, [{ code: 'unrecognized_keys', path: ['timezone'] }]),
    });
  }
  out.push({
    group: 'options misuse',
    name: 'options as a Proxy answering mode "compat": compat',
    run: () => cal.validateUpdateMe({ timezone: 'UTC' }, new Proxy({}, { get: (_t, k) => (k === 'mode' ? 'compat' : undefined) })),
    check: (r) => expectOk(r, {}, [{ code: 'stripped_key', path: ['timezone'] }]),
  });
  return out;
}

/**
 * Every hostile case against `cal` (the package's public API). `heavy: false` leaves out the cases
 * marked heavy (50 MB strings, 10^6-deep nesting).
 */
export function cases(cal, { heavy = true } = {}) {
  const all = [
    ...kindCases(cal),
    ...validValueCases(cal),
    ...getterCases(cal),
    ...ignoredKeyCases(cal),
    ...specialKeyCases(cal),
    ...structureCases(cal),
    ...surrogateCases(cal),
    ...jsonCases(cal),
    ...optionCases(cal),
  ];
  const names = new Set();
  for (const c of all) {
    if (names.has(c.name)) throw new Error(`duplicate case name: ${c.name}`);
    names.add(c.name);
  }
  return heavy ? all : all.filter((c) => !c.heavy);
}
