// The JavaScript face of cal-profile: the public API over the wasm core.
//
// A value is read once (read.js). If it is plainly valid by the fast kinds generated from the Rust
// rules (fast.js), the answer is given here; otherwise it crosses into wasm once, written as JSON
// text with `!kind` tags for what JSON cannot hold (undefined, NaN, BigInt, functions, Dates, …,
// so the core can name them), and the core answers with the result as JSON text, which JSON.parse
// turns into plain objects (its issue lists flat, made into issue objects by `issuesFrom`).
// Nothing here decides that a value is invalid: every rule and every message lives in the Rust
// core.

import {
  __validate,
  __validateJson,
  __validateBytes,
  __check,
  __checkTimeZone,
  __lists,
  __diffUpdate,
  __defaultSchedule,
  __jsonSchema,
  __openApi,
  __validateInput,
} from './core.js';
import { read, encode, inline, isWellFormed, LONE_SURROGATE } from './read.js';
import { inputBytes, viaBuffer, plainText, utf16Text, bytesFastMax } from './input.js';
import { fastPath } from './fast.js';
// Schema, rule and target ids, field tables and cal.com's limits, generated from src/protocol.rs.
// A mode number's bit 0 is strict/compat; the bits above, when set, are a field index + 1 (one
// field alone).
import { SCHEMA, RULE, TARGET, LIMITS, SCHEMAS, INPUT } from './protocol.js';
import { issuesFrom } from './wire.js';
import { zoneNames } from './instance.js';

const { UPDATE_ME, ME, CREATE_MANAGED_USER, MANAGED_USER, V1_USER_CREATE, V1_USER_EDIT, V1_USER,
  CREATED_MANAGED_USER, BOOKING_LIMITS, TEAM_BOOKING_LIMITS, BOOKING_LIMITS_RESPONSE } = SCHEMA;

/** cal.com's limits the rules enforce: body bytes, 2³¹−1, and the lengths in UTF-16 units. */
export { LIMITS };

/** Thrown by the `parse*` functions: an `Error` whose `issues` say everything that failed. */
export class ValidationError extends Error {
  constructor(issues, warnings = [], catalog = null) {
    const first = issues[0];
    const where = first && first.path.length ? first.path.join('.') + ': ' : '';
    let more = '';
    if (issues.length > 1) {
      const tail = { msg: 'more', args: { count: issues.length - 1 } };
      more = ' ' + ((catalog && catalog.format(tail)) ?? getLists().messages.more.replace('{count}', issues.length - 1));
    }
    super(first ? where + first.message + more : 'Validation failed');
    this.name = 'ValidationError';
    this.issues = issues;
    this.warnings = warnings;
  }
}

// ---- languages ---------------------------------------------------------------------------------
//
// English comes from the core. Every other language is a catalog module
// (`cal-profile/locales/<code>`) that registers itself here; a call asks for one with
// `{ locale }`. Without that option nothing here runs.

const catalogs = new Map();

/**
 * Registers a catalog (what `cal-profile/locales/<code>` modules do when imported): an object with
 * the `locale` code it serves and `format(issue)`, which returns the issue's message in that
 * language (or undefined for a message it does not know).
 */
export function registerLocale(catalog) {
  if (catalog === null || typeof catalog !== 'object' || typeof catalog.locale !== 'string' || typeof catalog.format !== 'function') {
    throw new TypeError('registerLocale takes a catalog such as the default export of cal-profile/locales/de');
  }
  catalogs.set(catalog.locale, catalog);
}

// The catalog for `options.locale`: null for English (the core's own messages). A locale that is
// not loaded is the caller's mistake, never a silent fallback to English.
function catalogOf(options) {
  const l = options === undefined || options === null ? undefined : options.locale;
  if (l === undefined || l === 'en') return null;
  const c = typeof l === 'string' ? catalogs.get(l) : undefined;
  if (c !== undefined) return c;
  if (typeof l === 'string' && getLists().locales.includes(l)) {
    throw new TypeError(`locale "${l}" is not loaded: add import 'cal-profile/locales/${l}' (or require it) once, anywhere in the app`);
  }
  const shown = typeof l === 'string' ? JSON.stringify(l.slice(0, 20)) : typeof l;
  throw new TypeError(`locale must be one of cal.com's locale codes (see locales()), not ${shown}; pickLocale() maps "de-AT" and Accept-Language headers to one`);
}

// The result with every message in the catalog's language (in place: the objects are the
// result's own, fresh from JSON.parse).
function localized(r, catalog) {
  if (catalog === null) return r;
  const each = (i) => {
    const m = catalog.format(i);
    if (m !== undefined) i.message = m;
  };
  if (r.issues) r.issues.forEach(each);
  r.warnings.forEach(each);
  return r;
}

/**
 * Issues with their messages in `locale`, for issues that came from elsewhere (a server's answer,
 * a stored result): new objects, the given ones untouched. Issues without a `msg` keep their message.
 */
export function localizeIssues(issues, locale) {
  if (!Array.isArray(issues)) throw new TypeError('localizeIssues takes an array of issues');
  // English from the core needs no module; re-rendering issues in English does (its templates,
  // generated from the core's table, are `cal-profile/locales/en`).
  const catalog = locale === 'en' ? catalogs.get('en') : catalogOf({ locale });
  if (catalog === undefined) throw new TypeError(`locale "en" is not loaded for localizeIssues: add import 'cal-profile/locales/en'`);
  return issues.map((i) => {
    const m = i && typeof i.msg === 'string' ? catalog.format(i) : undefined;
    return m === undefined ? i : { ...i, message: m };
  });
}

// Regions whose Spanish is cal.com's `es-419` (Latin America and the Caribbean, and the US).
const LATIN_AMERICA = new Set('419 AR BO CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV US UY VE'.split(' '));

// cal.com codes a BCP 47 tag may mean, best first: `de-AT` → de; `pt-PT` → pt; `pt-BR` → pt-BR;
// `es-MX` → es-419, es; `zh-Hant-TW`, `zh-HK` → zh-TW; `zh`, `zh-Hans` → zh-CN; `he` ↔ `iw`;
// `nb`, `nn` → no.
function candidates(tag) {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  const lang = parts[0].toLowerCase();
  const rest = parts.slice(1).map((p) => p.toUpperCase());
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || p.length === 3);
  switch (lang) {
    case 'zh':
      return script === 'HANT' || (script !== 'HANS' && ['TW', 'HK', 'MO'].includes(region)) ? ['zh-TW'] : ['zh-CN'];
    case 'pt':
      return region === 'BR' ? ['pt-BR', 'pt'] : ['pt', 'pt-BR'];
    case 'es':
      return LATIN_AMERICA.has(region) ? ['es-419', 'es'] : ['es', 'es-419'];
    case 'he':
    case 'iw':
      return lang === 'he' ? ['he', 'iw'] : ['iw', 'he'];
    case 'nb':
    case 'nn':
      return ['no'];
    default:
      return [lang];
  }
}

/**
 * The best locale for someone whose preferences are `preferences` (`navigator.languages`, or an
 * `Accept-Language` header with q-values), among `available` (by default English and every
 * loaded catalog); English when none fits.
 */
export function pickLocale(preferences, available) {
  const pool = available === undefined ? ['en', ...catalogs.keys()] : [...available];
  let tags;
  if (typeof preferences === 'string') {
    tags = preferences
      .split(',')
      .map((part, i) => {
        const [tag, ...params] = part.split(';');
        const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
        return { tag: tag.trim(), q: q ? Number(q[1]) : 1, i };
      })
      .filter((t) => t.tag && t.tag !== '*' && t.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i)
      .map((t) => t.tag);
  } else if (Array.isArray(preferences)) {
    tags = preferences.filter((t) => typeof t === 'string');
  } else {
    tags = [];
  }
  for (const tag of tags) {
    for (const c of candidates(tag)) if (pool.includes(c)) return c;
  }
  return 'en';
}

function modeOf(options) {
  if (options === undefined || options === null) return 0;
  if (typeof options !== 'object') throw new TypeError('options must be an object like { mode: "compat" }');
  const m = options.mode;
  if (m === undefined || m === 'strict') return 0;
  if (m === 'compat') return 1;
  throw new TypeError(`mode must be "strict" or "compat", not ${typeof m === 'string' ? JSON.stringify(m.slice(0, 20)) : typeof m}`);
}

// ---- the fast path ------------------------------------------------------------------------------
//
// Values that are plainly valid are confirmed in JS (fast.js, over tables generated
// from the Rust rules); everything else, and every issue and warning, comes from the core.

let zoneSet;
const canonicalZones = () => (zoneSet ??= new Set(zoneNames === null ? getLists().timeZones : zoneNames.split(' ')));
const fast = fastPath(canonicalZones, plainText, bytesFastMax);

// A success whose data points at strings this side holds (`refs: true`): no validated data holds
// an array, so each array in it is a reference, `[index]` or `[start, end]`, that `valueOf` turns
// into the string. Plain assignment is right even for a "__proto__" key: JSON.parse made it an
// own data property.
function resolve(v, valueOf) {
  if (Array.isArray(v)) return valueOf(v[0], v[1]);
  // Own keys only: a polluted Object.prototype must not add members to the data.
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === 'object' && x !== null) v[k] = resolve(x, valueOf);
  }
  return v;
}

function complete(r, valueOf) {
  return { success: true, data: resolve(r.data, valueOf), warnings: r.warnings };
}

/** The core's answer for a JS value as `encode` wrote it. */
const validateEncoded = (schema, mode, text) => viaBuffer(schema, mode, INPUT.JS_VALUE, text) ?? __validate(schema, mode, text);

/** Runs `call(text)` on the value as read, completing or retrying as the core answers. */
function withKept(value, call) {
  const kept = [];
  const text = encode(value, kept, plainText);
  const r = outcome(call(text));
  if (r.retry) return outcome(call(inline(text, kept)));
  return r.refs ? complete(r, (a) => kept[a]) : r;
}

/** A validation's answer from the core, its issue lists made into issue objects (wire.js). */
function outcome(text) {
  const r = JSON.parse(text);
  if (r.issues !== undefined) r.issues = issuesFrom(r.issues);
  if (r.warnings !== undefined) r.warnings = issuesFrom(r.warnings);
  return r;
}

// ---- results ---------------------------------------------------------------------------------

const plainlyValid = (data) => ({ success: true, data, warnings: [] });

function bodyResult(schema, input, options) {
  const mode = modeOf(options);
  const catalog = options === undefined ? null : catalogOf(options);
  const r = read(input);
  const data = fast.body(schema, mode, r);
  if (data !== undefined) return plainlyValid(data);
  return localized(withKept(r, (text) => validateEncoded(schema, mode, text)), catalog);
}

// A lone UTF-16 surrogate in a JS string would become U+FFFD on its way into wasm (UTF-8): write
// it as the JSON escape it stands for, so the core sees it (JSON.parse would keep it too).
const escapeLone = (s) => s.replace(LONE_SURROGATE, (m) => '\\u' + m.charCodeAt(0).toString(16));

function jsonResult(schema, body, options) {
  const mode = modeOf(options);
  const catalog = options === undefined ? null : catalogOf(options);
  const data = fast.json(schema, mode, body);
  if (data !== undefined) return plainlyValid(data);
  return localized(jsonOutcome(schema, body, mode), catalog);
}

function jsonOutcome(schema, body, mode) {
  if (typeof body === 'string') {
    // The string is not checked for lone surrogates first (isWellFormed costs about 1 ns a unit in
    // Node 20): encodeInto writes one as U+FFFD, and the core asks again (retry) when the text
    // holds U+FFFD, real or not. Only then is the string checked and its lone surrogates escaped.
    const unchecked = viaBuffer(schema, mode, INPUT.JSON_TEXT_UNCHECKED, body);
    let r = unchecked === undefined ? undefined : outcome(unchecked);
    if (r === undefined || r.retry) {
      if (!isWellFormed(body)) body = escapeLone(body);
      r = outcome(viaBuffer(schema, mode, INPUT.JSON_TEXT, body) ?? __validateJson(schema, mode, body));
    }
    // Unescaped strings of the body come back as UTF-16 ranges of it: slices, not copies.
    return r.refs ? complete(r, (a, b) => body.slice(a, b)) : r;
  }
  if (body instanceof ArrayBuffer) body = new Uint8Array(body);
  if (!(body instanceof Uint8Array)) throw new TypeError('the body must be a string, a Uint8Array or an ArrayBuffer');
  const view = inputBytes();
  const bytes = body;
  // Long unescaped strings come back as byte ranges of the body (the core checked it is UTF-8),
  // decoded here once instead of travelling back as JSON text and being parsed again; in Node,
  // text past Latin-1 is transcoded by the core from the input buffer, which still holds the body.
  const decode = (a, b) => utf8.decode(bytes.subarray(a, b));
  if (body.length > view.length) {
    const r = outcome(__validateBytes(schema, mode, body));
    return r.refs ? complete(r, decode) : r;
  }
  view.set(body);
  const r = outcome(__validateInput(schema, mode, INPUT.JSON_BYTES, body.length));
  return r.refs ? complete(r, (a, b) => utf16Text(a, b) ?? decode(a, b)) : r;
}

const utf8 = new TextDecoder();

function unwrap(r, options) {
  if (r.success) return r.data;
  throw new ValidationError(r.issues, r.warnings, options === undefined ? null : catalogOf(options));
}

function trio(schema) {
  return [
    (input, options) => bodyResult(schema, input, options),
    (input, options) => unwrap(bodyResult(schema, input, options), options),
    (body, options) => jsonResult(schema, body, options),
  ];
}

// ---- validators --------------------------------------------------------------------------------

export const [validateUpdateMe, parseUpdateMe, validateUpdateMeJson] = trio(UPDATE_ME);
export const [validateCreateManagedUser, parseCreateManagedUser, validateCreateManagedUserJson] = trio(CREATE_MANAGED_USER);
export const [validateV1UserCreate, parseV1UserCreate, validateV1UserCreateJson] = trio(V1_USER_CREATE);
export const [validateV1UserEdit, parseV1UserEdit, validateV1UserEditJson] = trio(V1_USER_EDIT);
export const [validateMe, parseMe, validateMeJson] = trio(ME);
export const [validateManagedUser, parseManagedUser, validateManagedUserJson] = trio(MANAGED_USER);
export const [validateCreatedManagedUser, parseCreatedManagedUser, validateCreatedManagedUserJson] = trio(CREATED_MANAGED_USER);
export const [validateV1User, parseV1User, validateV1UserJson] = trio(V1_USER);

// ---- Standard Schema v1 --------------------------------------------------------------------

const VENDOR = 'cal-profile';

function standardProps(validate, jsonSchema) {
  return Object.freeze({
    version: 1,
    vendor: VENDOR,
    validate(value) {
      const r = validate(value);
      return r.success ? { value: r.data } : { issues: r.issues };
    },
    ...(jsonSchema && { jsonSchema }),
  });
}

// One field of a schema on its own, for field-level validators (TanStack Form's `validators`,
// react-hook-form's `validate`): its issues' paths are relative to the field, its value is the
// field's normalised value (`undefined` when absent).
function fieldResult(schema, index, name, value, options) {
  const catalog = options === undefined ? null : catalogOf(options);
  const v = read(value, 1);
  const plain = fast.field(schema, modeOf(options), index, v);
  if (plain !== undefined) return plainlyValid(plain[0]);
  const mode = modeOf(options) | ((index + 1) << 1);
  const r = localized(withKept(v, (text) => validateEncoded(schema, mode, text)), catalog);
  const relative = (i) => ({ ...i, path: i.path.slice(1) });
  if (!r.success) return { success: false, issues: r.issues.map(relative), warnings: r.warnings.map(relative) };
  return { success: true, data: r.data[name], warnings: r.warnings.map(relative) };
}

function fieldSchema(schema, index, name, options) {
  modeOf(options);
  catalogOf(options);
  return Object.freeze({
    '~standard': standardProps((value) => fieldResult(schema, index, name, value, options), fieldJsonSchemaConverter(schema, name, options)),
    withOptions: (next) => fieldSchema(schema, index, name, next),
  });
}

function standardSchema(schema, validate, options) {
  modeOf(options);
  catalogOf(options);
  let shape;
  return Object.freeze({
    '~standard': standardProps((value) => validate(value, options), jsonSchemaConverter(schema, options)),
    withOptions: (next) => standardSchema(schema, validate, next),
    /** Per-field schemas keyed by wire name, built on first use. */
    get shape() {
      if (shape === undefined) {
        shape = {};
        SCHEMAS[schema].fields.forEach(({ name }, i) => (shape[name] = fieldSchema(schema, i, name, options)));
        Object.freeze(shape);
      }
      return shape;
    },
  });
}

export const UpdateMeSchema = standardSchema(UPDATE_ME, validateUpdateMe);
export const CreateManagedUserSchema = standardSchema(CREATE_MANAGED_USER, validateCreateManagedUser);
export const V1UserCreateSchema = standardSchema(V1_USER_CREATE, validateV1UserCreate);
export const V1UserEditSchema = standardSchema(V1_USER_EDIT, validateV1UserEdit);
export const MeSchema = standardSchema(ME, validateMe);
export const ManagedUserSchema = standardSchema(MANAGED_USER, validateManagedUser);
export const CreatedManagedUserSchema = standardSchema(CREATED_MANAGED_USER, validateCreatedManagedUser);
export const V1UserSchema = standardSchema(V1_USER, validateV1User);

// ---- schemas as documents: JSON Schema, Standard JSON Schema, OpenAPI -----------------------------
// The core writes them from the schema tables the validators run (src/json_schema.rs,
// src/openapi.rs); nothing is described here. Every call parses a fresh copy, so a caller (a
// document generator that adds `$id`s, say) may change what it gets.

function targetOf(options) {
  const target = options?.target ?? 'draft-2020-12';
  const t = Object.hasOwn(TARGET, target) ? TARGET[target] : undefined;
  if (t === undefined) {
    const name = typeof target === 'string' ? JSON.stringify(target.slice(0, 40)) : typeof target;
    throw new TypeError(`cal-profile cannot write JSON Schema target ${name}: use "draft-2020-12", "draft-07" or "openapi-3.0"`);
  }
  return t;
}

// Standard JSON Schema (@standard-schema/spec 1.1): `~standard.jsonSchema.input({ target })`,
// in the mode of the schema object it belongs to.
function jsonSchemaConverter(schema, options) {
  const mode = modeOf(options);
  const convert = (io) => (opts) => JSON.parse(__jsonSchema(schema, mode | (io << 1) | (targetOf(opts) << 2)));
  return Object.freeze({ input: convert(0), output: convert(1) });
}

// One field's: its property in the parent's document (the field's rule, null policy and mode),
// under the document's `$schema`.
function fieldJsonSchemaConverter(schema, name, options) {
  const mode = modeOf(options);
  const convert = (io) => (opts) => {
    const doc = JSON.parse(__jsonSchema(schema, mode | (io << 1) | (targetOf(opts) << 2)));
    return doc.$schema === undefined ? doc.properties[name] : { $schema: doc.$schema, ...doc.properties[name] };
  };
  return Object.freeze({ input: convert(0), output: convert(1) });
}

/**
 * The JSON Schema of one of the package's schemas (`UpdateMeSchema`, `MeSchema`, …, or one field:
 * `UpdateMeSchema.shape.timeZone`): `target`
 * "draft-2020-12" (default), "draft-07" or "openapi-3.0"; `io` "input" (what the validator takes,
 * default) or "output" (the `data` it returns); `mode` the schema object's own unless given.
 */
export function toJsonSchema(schema, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('options must be an object like { target: "draft-07", io: "output", mode: "compat" }');
  }
  const { io = 'input', mode } = options ?? {};
  if (io !== 'input' && io !== 'output') throw new TypeError('io must be "input" or "output"');
  if (schema?.['~standard']?.vendor !== VENDOR || typeof schema.withOptions !== 'function') {
    throw new TypeError('toJsonSchema takes one of cal-profile\'s schemas, such as UpdateMeSchema or UpdateMeSchema.shape.timeZone');
  }
  const s = mode === undefined ? schema : schema.withOptions({ mode });
  return s['~standard'].jsonSchema[io]({ target: options?.target ?? 'draft-2020-12' });
}

/** The OpenAPI 3.1 document of the endpoints the package covers, schemas in `mode` (default strict). */
export function openApiDocument(options) {
  return JSON.parse(__openApi(modeOf(options)));
}

// ---- issues for people ---------------------------------------------------------------------------

/** A path as forms and logs write it: `metadata.plan`, `items.0`; `""` for the whole body. */
export const pathKey = (path) => path.join('.');

/**
 * Issues grouped by field path, for forms: `{ timeZone: ["Unknown time zone …"], "metadata.plan": […] }`.
 * `pick` chooses what each entry holds (the message by default; `(i) => i` keeps whole issues).
 */
export function groupIssues(issues, pick = (issue) => issue.message) {
  const groups = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    // An own data property even for a "__proto__" key.
    if (!Object.hasOwn(groups, key)) Object.defineProperty(groups, key, { value: [], enumerable: true, writable: true, configurable: true });
    groups[key].push(pick(issue));
  }
  return groups;
}

/** One line for logs: `2 issues: timeZone: Unknown time zone "x"; timeFormat: Expected …`. */
export function summarizeIssues(issues) {
  if (!issues.length) return 'no issues';
  const parts = issues.map((i) => (i.path.length ? pathKey(i.path) + ': ' : '') + i.message);
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}

// ---- booking limits: /v2/me/booking-limits, /v2/me/team-booking-limits/{teamId} --------------
// cal.com publishes these endpoints' constraints but not their validation source: compat follows
// the published ones (see api.d.ts).

export const [validateBookingLimits, parseBookingLimits, validateBookingLimitsJson] = trio(BOOKING_LIMITS);
export const [validateTeamBookingLimits, parseTeamBookingLimits, validateTeamBookingLimitsJson] = trio(TEAM_BOOKING_LIMITS);
export const [validateBookingLimitsResponse, parseBookingLimitsResponse, validateBookingLimitsResponseJson] =
  trio(BOOKING_LIMITS_RESPONSE);
// The team endpoints answer with the same four limits (calcom-rules.md §6): the same guard, by
// its own name, so code reads as the endpoint it checks.
export const [validateTeamBookingLimitsResponse, parseTeamBookingLimitsResponse, validateTeamBookingLimitsResponseJson] =
  trio(BOOKING_LIMITS_RESPONSE);

export const BookingLimitsSchema = standardSchema(BOOKING_LIMITS, validateBookingLimits);
export const TeamBookingLimitsSchema = standardSchema(TEAM_BOOKING_LIMITS, validateTeamBookingLimits);
export const BookingLimitsResponseSchema = standardSchema(BOOKING_LIMITS_RESPONSE, validateBookingLimitsResponse);
export const TeamBookingLimitsResponseSchema = standardSchema(BOOKING_LIMITS_RESPONSE, validateTeamBookingLimitsResponse);

// ---- field helpers -----------------------------------------------------------------------------

const check = (rule) => (value, options) => {
  const mode = modeOf(options);
  const catalog = options === undefined ? null : catalogOf(options);
  return localized(withKept(read(value), (text) => __check(rule, mode, text)), catalog);
};

export const checkEmail = check(RULE.EMAIL);
export const checkAvatarUrl = check(RULE.AVATAR_URL);
export const checkLocale = check(RULE.LOCALE);
export const checkMetadata = check(RULE.METADATA);
export const checkApiKey = check(RULE.API_KEY);

// The core's answers for names that are not canonical (links, other casings, unknown names, whose
// suggestions take a search), copied out on every call so callers never share an object; bounded,
// so a stream of made-up names cannot grow it without limit.
const zoneAnswers = new Map();
const ZONE_ANSWERS_MAX = 4096;
// The longest IANA name is 32 characters; longer strings are not worth remembering.
const ZONE_NAME_MAX = 64;

export function checkTimeZone(name) {
  if (typeof name !== 'string') return { valid: false, suggestions: [] };
  // A canonical name exactly as tzdb spells it: the core's answer, known without asking it.
  if (canonicalZones().has(name)) return { valid: true, canonical: name, suggestions: [] };
  if (name.length > ZONE_NAME_MAX) return JSON.parse(__checkTimeZone(name));
  let answer = zoneAnswers.get(name);
  if (answer === undefined) {
    answer = JSON.parse(__checkTimeZone(name));
    if (zoneAnswers.size >= ZONE_ANSWERS_MAX) zoneAnswers.clear();
    zoneAnswers.set(name, answer);
  }
  return { ...answer, suggestions: answer.suggestions.slice() };
}

let lists;
function getLists() {
  return (lists ??= JSON.parse(__lists()));
}
/** Canonical IANA time-zone names (no deprecated links), sorted. */
export const timeZones = () => getLists().timeZones.slice();
/** The tz database release the names come from, e.g. "2025b". */
export const tzdbVersion = () => getLists().tzdbVersion;
/** The 43 API v2 locales in cal.com's order. */
export const locales = () => getLists().locales.slice();
/** The 23 API v1 locales. */
export const v1Locales = () => getLists().v1Locales.slice();
/** Monday … Sunday. */
export const weekDays = () => getLists().weekDays.slice();

/** Monday–Friday 09:00–17:00 in the zone cal.com would store, or null without a valid zone. */
export function defaultScheduleFor(timeZone) {
  if (typeof timeZone !== 'string') return null;
  return JSON.parse(__defaultSchedule(timeZone));
}

// ---- requests and servers ----------------------------------------------------------------------

/** The minimal update body that turns `current` into `desired` (not validated: see api.d.ts). */
export function diffUpdate(current, desired) {
  const r = JSON.parse(__diffUpdate(encode(read(current)), encode(read(desired))));
  if (!r.success) throw new TypeError(r.issues[0].message);
  return r.data;
}

export const CAL_API_VERSION = '2024-08-13';

/** Validates the key and the body and returns `{ url, init }` for `fetch`, or the issues. */
export function buildPatchMeRequest({ apiKey, body, baseUrl = 'https://api.cal.com', locale } = {}) {
  const options = locale === undefined ? undefined : { locale };
  return patchRequest('/v2/me', apiKey, [], validateUpdateMe(body, options), baseUrl, options);
}

// cal.com stamps each 400 body with the time, in ISO form. Writing a date that way costs 0.7 us in
// Node 20, as much as the rest of the body: a server answering thousands of requests a second
// reuses the text for the millisecond it names (as Node's http does for its Date header).
let stampMs = NaN;
let stamp = '';
function now() {
  const ms = Date.now();
  if (ms !== stampMs) {
    stamp = new Date(ms).toISOString();
    stampMs = ms;
  }
  return stamp;
}

/**
 * cal.com's 400 body for compat issues: one entry per property, with the class-validator
 * constraints each issue carries. Issues without one (strict-only findings) are left out.
 */
export function calErrorBody(issues, { path = '/v2/me', body, timestamp = now() } = {}) {
  const errors = [];
  const byProperty = new Map();
  for (const issue of issues) {
    if (!issue.calcom || !issue.calcom.length || typeof issue.path[0] !== 'string') continue;
    const property = issue.path[0];
    let entry = byProperty.get(property);
    if (!entry) {
      entry = { property };
      if (body && typeof body === 'object' && Object.hasOwn(body, property)) entry.value = body[property];
      entry.children = [];
      entry.constraints = {};
      byProperty.set(property, entry);
      errors.push(entry);
    }
    for (const c of issue.calcom) if (!(c.constraint in entry.constraints)) entry.constraints[c.constraint] = c.message;
  }
  return {
    status: 'error',
    timestamp,
    path,
    error: { code: 'BadRequestException', message: 'Bad Request Exception', details: { errors } },
  };
}

// ---- booking-limits requests ---------------------------------------------------------------------

const checkTeamId = check(RULE.TEAM_ID);

/**
 * `{ url, init }` for a checked PATCH of `path`, or the issues in the order apiKey, `pathIssues`
 * (the path's own parameters), body, baseUrl. `options` carries the caller's `locale`, which
 * every issue (those of `pathIssues` and `payload` included) is already or here rendered in.
 */
function patchRequest(path, apiKey, pathIssues, payload, baseUrl, options) {
  const catalog = catalogOf(options);
  const issues = [];
  const key = checkApiKey(apiKey, options);
  if (!key.success) for (const i of key.issues) issues.push({ ...i, path: ['apiKey', ...i.path] });
  issues.push(...pathIssues);
  if (!payload.success) for (const i of payload.issues) issues.push({ ...i, path: ['body', ...i.path] });
  let url;
  try {
    // Keep a path prefix (a proxy at https://host/cal): the endpoint is appended, not substituted.
    url = new URL(String(baseUrl).replace(/\/+$/, '') + path);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError();
  } catch {
    const issue = { code: 'invalid_format', path: ['baseUrl'], message: getLists().messages['base_url'], msg: 'base_url', expected: 'url' };
    issues.push(localized({ warnings: [issue] }, catalog).warnings[0]);
  }
  if (issues.length) return { success: false, issues, warnings: payload.warnings };
  return {
    success: true,
    url: url.href,
    init: {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${key.data}`,
        'Content-Type': 'application/json',
        'cal-api-version': CAL_API_VERSION,
      },
      body: JSON.stringify(payload.data),
    },
    warnings: payload.warnings,
  };
}

/** Checks the key and the body (strict) for `PATCH /v2/me/booking-limits`. */
export function buildPatchBookingLimitsRequest({ apiKey, body, baseUrl = 'https://api.cal.com', locale } = {}) {
  const options = locale === undefined ? undefined : { locale };
  return patchRequest('/v2/me/booking-limits', apiKey, [], validateBookingLimits(body, options), baseUrl, options);
}

/** Checks the key, the team ID and the body (strict) for `PATCH /v2/me/team-booking-limits/{teamId}`. */
export function buildPatchTeamBookingLimitsRequest({ apiKey, teamId, body, baseUrl = 'https://api.cal.com', locale } = {}) {
  const options = locale === undefined ? undefined : { locale };
  const team = checkTeamId(teamId, options);
  const teamIssues = team.success ? [] : team.issues.map((i) => ({ ...i, path: ['teamId', ...i.path] }));
  const path = `/v2/me/team-booking-limits/${team.success ? team.data : 0}`;
  return patchRequest(path, apiKey, teamIssues, validateTeamBookingLimits(body, options), baseUrl, options);
}
