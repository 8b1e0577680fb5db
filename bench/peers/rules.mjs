// The rule constants every contender implements (strict-mode "is it safe to send" semantics,
// see /work/shared/spec/product.md §2 and calcom-rules.md §2). Browser-safe ESM, no imports.

/** The 43 API v2 locales, in cal.com's enum order. */
export const LOCALES = [
  'ar', 'ca', 'de', 'es', 'eu', 'he', 'id', 'ja', 'lv', 'pl', 'ro', 'sr', 'th', 'vi', 'az', 'cs',
  'el', 'es-419', 'fi', 'hr', 'it', 'km', 'nl', 'pt', 'ru', 'sv', 'tr', 'zh-CN', 'bg', 'da', 'en',
  'et', 'fr', 'hu', 'iw', 'ko', 'no', 'pt-BR', 'sk', 'ta', 'uk', 'zh-TW', 'bn',
];

export const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const TIME_FORMATS = [12, 24];

export const MAX_SCHEDULE_ID = 2147483647;
export const MAX_EMAIL = 254;
export const MAX_URL = 2084;
export const MAX_METADATA_KEYS = 50;
export const MAX_METADATA_KEY = 40; // UTF-16 code units (JS .length)
export const MAX_METADATA_VALUE = 500; // UTF-16 code units (JS .length)

/**
 * cal.com API v1's email rule (apps/api/v1/lib/validations/user.ts), written with explicit
 * letter cases instead of the `i` flag so that the same source works as a JSON Schema `pattern`.
 */
export const EMAIL_PATTERN =
  "^(?!\\.)(?!.*\\.\\.)([A-Za-z0-9_+-.']*)[A-Za-z0-9_+'-]@([A-Za-z0-9][A-Za-z0-9-]*\\.)+[A-Za-z]{2,}$";
export const EMAIL_RE = new RegExp(EMAIL_PATTERN);

/** Absolute http(s) URL (the scheme part; each library adds its own URL syntax check). */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://';
export const HTTP_URL_RE = new RegExp(HTTP_URL_PATTERN);

/**
 * The bare "Intl approach" to time zones: class-validator's IsTimeZone (and so cal.com) asks
 * whether `Intl.DateTimeFormat` throws, constructing one per call. Case-insensitive, accepts IANA
 * links, rejects offsets and padding. Timed only as cal.com's way (class-validator) and as an
 * informational column of (d); every other peer uses `isTimeZoneCached` below.
 */
export function isTimeZone(value) {
  if (typeof value !== 'string') return false;
  try {
    Intl.DateTimeFormat(undefined, { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The time-zone check a performance-aware developer writes (the one every peer uses): a `Set` of
 * `Intl.supportedValuesOf('timeZone')` built once, on first use, answers the canonical spellings;
 * anything else (links such as `US/Eastern`, other casings, `UTC`, invalid names) is asked of
 * `Intl.DateTimeFormat` once and memoised in a `Map` (name → boolean). Same verdicts as
 * `isTimeZone` by construction: every name in the Set is one Intl accepts, and the rest is Intl's
 * own answer. The memo is bounded (cleared when full) so that a stream of made-up names cannot
 * grow it without limit; the bench's 1000 strings all fit.
 */
let zoneSet = null;
const zoneMemo = new Map();
const ZONE_MEMO_MAX = 10000;
export function isTimeZoneCached(value) {
  if (typeof value !== 'string') return false;
  if ((zoneSet ??= new Set(Intl.supportedValuesOf('timeZone'))).has(value)) return true;
  let ok = zoneMemo.get(value);
  if (ok === undefined) {
    ok = isTimeZone(value);
    if (zoneMemo.size >= ZONE_MEMO_MAX) zoneMemo.clear();
    zoneMemo.set(value, ok);
  }
  return ok;
}

export function isPlainObject(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** Sum of the lengths of the given messages: the timing loops use it to consume issues. */
export function messagesLength(list, get) {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += get(list[i]).length;
  return n;
}
