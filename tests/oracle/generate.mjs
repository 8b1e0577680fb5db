// Generates tests/vectors/update-me.json and tests/vectors/create-managed-user.json.
//
// Every vector's `valid`, `errors` and `normalized_value` come from the oracle (calcom-dto.mjs,
// i.e. cal.com's own DTOs on the pinned class-validator/class-transformer), never from hand-written
// expectations. Each case below also states the verdict calcom-rules.md predicts (`cal`); the
// generator fails if the oracle and the rules disagree, unless the case carries an explicit
// `disagree` note (then calcom-rules.md's verdict is written and the note goes into `why`).
// `strict` is ours (product.md §2): { valid, codes? }, codes sorted and unique (compare as a set);
// no `codes` where the exact code is not fixed by the spec.
//
// Deterministic and idempotent: no clocks, no randomness; running it twice writes identical files.
// Usage (from the repository root): node tests/oracle/generate.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, WEEK_DAYS, validateCreateManagedUser, validateUpdateManagedUser } from './calcom-dto.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'tests', 'vectors');

const UPDATE_EP = 'PATCH /v2/me (also PATCH /v2/oauth-clients/{clientId}/users/{userId})';
const CREATE_EP = 'POST /v2/oauth-clients/{clientId}/users';
const FIELDS = new Set([
  'email', 'name', 'timeFormat', 'defaultScheduleId', 'weekStart', 'timeZone', 'locale', 'avatarUrl', 'bio', 'metadata',
]);

// ---------------------------------------------------------------------------------------------
// JSON helpers: raw number tokens (12.0, 1e3 must reach the file verbatim) and own `__proto__` keys
// ---------------------------------------------------------------------------------------------
class Raw {
  constructor(text) {
    JSON.parse(text); // must be valid JSON on its own
    this.id = RAW_TEXTS.push(text) - 1;
  }
}
const RAW_TEXTS = [];
/** A JSON token written verbatim: numbers like 12.0 or 1e3, or an object whose key order JS cannot keep. */
const raw = (text) => new Raw(text);
const RAW_RE = /"@@RAW#(\d+)@@"/g;
function toJson(value, indent) {
  const text = JSON.stringify(value, (_k, v) => (v instanceof Raw ? `@@RAW#${v.id}@@` : v), indent);
  return text.replace(RAW_RE, (_m, id) => RAW_TEXTS[Number(id)]);
}
/** An object from [key, value] pairs, keeping `__proto__` as an own data key (like JSON.parse). */
function obj(pairs) {
  const o = {};
  for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}
const rep = (s, n) => s.repeat(n);
const units = (s) => s.length; // UTF-16 code units
const nKeys = (n, value = 'v') => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]));

// ---------------------------------------------------------------------------------------------
// Case collection
// ---------------------------------------------------------------------------------------------
const cases = { update: [], create: [] };
const BASE = Object.freeze({ email: 'alice@example.com', name: 'Alice Smith' });

/**
 * strict: true (accept) | false (reject, code not fixed) | 'code' | ['code', ...] (reject with these codes)
 * cal: the verdict calcom-rules.md predicts (checked against the oracle).
 * opts: { layer_note, version_dependent, disagree, bare (create: no base fields), forceNormalized }
 */
function U(field, payload, cal, strict, why, opts = {}) {
  cases.update.push({ field, payload, cal, strict, why, opts });
}
function C(field, payload, cal, strict, why, opts = {}) {
  const p = opts.bare || Array.isArray(payload) ? payload : mergeBase(payload);
  cases.create.push({ field, payload: p, cal, strict, why, opts });
}
function mergeBase(payload) {
  const pairs = [...Object.entries(BASE)];
  for (const k of Object.keys(payload)) {
    const i = pairs.findIndex(([pk]) => pk === k);
    if (i >= 0) pairs[i] = [k, payload[k]];
    else pairs.push([k, payload[k]]);
  }
  return obj(pairs);
}

const NEST11 = ' (@nestjs/common 10.x, which cal.com pins, strips only __proto__; newer Nest 11 releases also delete own "constructor" and "prototype" keys, which would store {} instead)';

// ============================================ UPDATE ============================================
// ---- (body)
U('(body)', {}, true, true, 'empty body is valid: nothing is updated');
U('(body)', [], true, 'invalid_type', 'top-level JSON array: cal.com does not validate it (passes the pipe, fails later)', {
  layer_note: 'passes validation, the service then fails (500)',
});
U('(body)', [{ timeFormat: 13 }], true, 'invalid_type', 'array body: elements are not validated, timeFormat 13 inside is not seen', {
  layer_note: 'passes validation, the service then fails (500)',
});
U('(body)', obj([['__proto__', { timeFormat: 13 }]]), true, false,
  '__proto__ key in the body is deleted (recursively) before validation: its timeFormat 13 is never checked, nothing stored');
U('(body)', obj([['__proto__', { isAdmin: true }], ['name', 'Alice']]), true, false,
  '__proto__ deleted before validation; name still applied');
U('(body)', obj([['constructor', { name: 5 }]]), true, 'forbidden_key',
  'top-level "constructor" key is skipped by class-transformer (never validated, dropped)');
U('(body)', { toString: 'x' }, true, 'unrecognized_keys', 'unknown key named like an Object.prototype method: dropped');
U('(body)', {
  email: null, name: null, timeFormat: null, defaultScheduleId: null, weekStart: null,
  timeZone: null, locale: null, avatarUrl: null, bio: null, metadata: null,
}, true, 'invalid_type', 'null on every field passes @IsOptional; strict rejects null on email/timeFormat/weekStart/timeZone/metadata', {
  layer_note: 'passes validation; the non-null columns then fail at the DB (500)',
});

// ---- (unknown)
for (const [key, value, hint] of [
  ['timezone', 'Europe/Rome', 'typo of timeZone'],
  ['time_zone', 'Europe/Rome', 'snake_case of timeZone'],
  ['TimeZone', 'Europe/Rome', 'wrong case of timeZone'],
  ['timeformat', 12, 'typo of timeFormat'],
  ['time_format', 24, 'snake_case of timeFormat'],
  ['week_start', 'Monday', 'snake_case of weekStart'],
  ['weekstart', 'Monday', 'typo of weekStart'],
  ['avatar_url', 'https://example.com/a.png', 'snake_case of avatarUrl'],
  ['avatar', 'https://example.com/a.png', 'v1 name of the avatar'],
  ['default_schedule_id', 1, 'snake_case of defaultScheduleId'],
  ['Email', 'alice@example.com', 'wrong case of email'],
  ['username', 'alice', 'username is not updatable via PATCH /v2/me'],
  ['id', 5, 'id is read-only'],
  ['organizationId', 1, 'response-only field'],
  ['theme', 'dark', 'v1-only field'],
  ['role', 'ADMIN', 'v1-only field (privilege escalation attempt)'],
  ['password', 'hunter2', 'secret never accepted'],
  ['hideBranding', true, 'v1-only field'],
]) {
  U('(unknown)', { [key]: value }, true, 'unrecognized_keys', `unknown key "${key}" (${hint}) silently stripped by whitelist; nothing updated`);
}
U('(unknown)', { timeFormat: 13, unknownField: 'x' }, false, ['invalid_value', 'unrecognized_keys'],
  'unknown key stripped, but timeFormat 13 still rejected');
U('(unknown)', { timezone: 'Europe/Rome', timeFormat: 24 }, true, 'unrecognized_keys',
  'typo key dropped while the valid timeFormat is applied: the time zone change is lost silently');

// ---- email
U('email', { email: 'alice@example.com' }, true, true, 'plain address');
U('email', { email: 'Alice@Example.COM' }, true, true,
  'mixed case accepted and stored as sent (one source version lowercases it)', { version_dependent: true });
U('email', { email: 'user+tag@sub.example.co.uk' }, true, true, 'plus tag and multi-label domain');
U('email', { email: 'first.last@example.org' }, true, true, 'dot in local part');
U('email', { email: '1234@example.com' }, true, true, 'digits-only local part');
{
  const at254 = `${rep('a', 64)}@${rep('b', 63)}.${rep('c', 63)}.${rep('d', 57)}.com`;
  const at255 = `${rep('a', 64)}@${rep('b', 63)}.${rep('c', 63)}.${rep('d', 58)}.com`;
  if (at254.length !== 254 || at255.length !== 255) throw new Error('email length construction');
  U('email', { email: at254 }, true, true, 'address of exactly 254 chars (64-char local part, labels <= 63): cal.com has no limit');
  U('email', { email: at255 }, true, false, 'address of 255 chars: cal.com has no limit (IsString only); strict caps at 254');
}
for (const [e, why] of [
  ['', 'empty string is a string: cal.com accepts it'],
  ['not-an-email', 'IsString only: no syntax check in cal.com'],
  ['a@b', 'no TLD'],
  ['a@b.c', 'one-letter TLD (v1 rule needs >= 2 letters)'],
  ['alice@localhost', 'no TLD (localhost)'],
  ['alice@@example.com', 'double @'],
  ['.alice@example.com', 'leading dot in local part'],
  ['al..ice@example.com', 'consecutive dots in local part'],
  ['alice@example..com', 'consecutive dots in domain'],
  [' alice@example.com', 'leading space'],
  ['alice@example.com ', 'trailing space'],
  ['alice smith@example.com', 'space in local part'],
  ['üser@example.com', 'non-ASCII local part (v1 rule is ASCII only)'],
  ['alice@exa_mple.com', 'underscore in domain'],
  ['alice@', 'missing domain'],
  ['@example.com', 'missing local part'],
]) {
  U('email', { email: e }, true, 'invalid_format', `${why}: cal.com accepts any string, strict wants a real address`);
}
U('email', { email: 123 }, false, 'invalid_type', 'number is not a string');
U('email', { email: true }, false, 'invalid_type', 'boolean is not a string');
U('email', { email: ['alice@example.com'] }, false, 'invalid_type', 'array is not a string');
U('email', { email: {} }, false, 'invalid_type', 'object is not a string');
U('email', { email: null }, true, 'invalid_type', 'null skipped by @IsOptional; User.email is NOT NULL', {
  layer_note: 'passes validation, fails at DB',
});

// ---- name
U('name', { name: 'Alice' }, true, true, 'plain string');
U('name', { name: '' }, true, true, 'empty string is a string');
U('name', { name: '   ' }, true, true, 'whitespace only is a string');
U('name', { name: 'Zoë Ångström 李 😀' }, true, true, 'non-ASCII and astral characters');
U('name', { name: rep('n', 10000) }, true, true, 'no length limit in cal.com (10 000 chars)');
U('name', { name: 'line1\nline2' }, true, true, 'control characters are not checked');
U('name', { name: 123 }, false, 'invalid_type', 'number is not a string');
U('name', { name: true }, false, 'invalid_type', 'boolean is not a string');
U('name', { name: ['Alice'] }, false, 'invalid_type', 'array is not a string');
U('name', { name: { first: 'Alice' } }, false, 'invalid_type', 'object is not a string');
U('name', { name: null }, true, true, 'null skipped by @IsOptional; clears the nullable name column');

// ---- bio
U('bio', { bio: 'I am a bio' }, true, true, 'plain string');
U('bio', { bio: '' }, true, true, 'empty string is a string');
U('bio', { bio: 'line1\nline2\n\n**markdown**' }, true, true, 'multi-line markdown');
U('bio', { bio: rep('b', 10000) }, true, true, 'no length limit in cal.com (10 000 chars)');
U('bio', { bio: 123 }, false, 'invalid_type', 'number is not a string');
U('bio', { bio: false }, false, 'invalid_type', 'boolean is not a string');
U('bio', { bio: [] }, false, 'invalid_type', 'array is not a string');
U('bio', { bio: {} }, false, 'invalid_type', 'object is not a string');
U('bio', { bio: null }, true, true, 'null skipped by @IsOptional; clears the nullable bio column');

// ---- timeFormat (@Type(() => Number) converts with JS Number() before IsNumber + IsIn([12, 24]))
U('timeFormat', { timeFormat: 12 }, true, true, 'number 12');
U('timeFormat', { timeFormat: 24 }, true, true, 'number 24');
U('timeFormat', { timeFormat: raw('12.0') }, true, true, 'JSON 12.0 is the number 12');
U('timeFormat', { timeFormat: raw('24.0') }, true, true, 'JSON 24.0 is the number 24');
U('timeFormat', { timeFormat: raw('1.2e1') }, true, true, 'JSON 1.2e1 is the number 12');
U('timeFormat', { timeFormat: raw('2.4E+1') }, true, true, 'JSON 2.4E+1 is the number 24');
for (const [s, why] of [
  ['12', 'Number("12") === 12'],
  ['24', 'Number("24") === 24'],
  [' 12 ', 'Number trims whitespace'],
  ['\n24\t', 'Number trims newlines and tabs'],
  ['12.0', 'Number("12.0") === 12'],
  ['0x0c', 'hex literal: Number("0x0c") === 12'],
  ['+12', 'leading plus: Number("+12") === 12'],
  ['1.2e1', 'exponent: Number("1.2e1") === 12'],
  ['012', 'leading zero: Number("012") === 12 (not octal)'],
  ['0b1100', 'binary literal: Number("0b1100") === 12'],
  ['0o30', 'octal literal: Number("0o30") === 24'],
]) {
  U('timeFormat', { timeFormat: s }, true, 'invalid_type',
    `string ${JSON.stringify(s)}: ${why} under @Type(() => Number) -> accepted and stored as a number; the variant without @Type rejects every string`,
    { version_dependent: true });
}
for (const [v, why] of [
  [13, 'number 13 not in [12, 24]'],
  [0, 'number 0 not in [12, 24]'],
  [-12, 'negative number'],
  [12.5, 'non-integer'],
  [11, 'just below 12'],
  [25, 'just above 24'],
  [1200, 'not a time format'],
]) U('timeFormat', { timeFormat: v }, false, 'invalid_value', why);
for (const [v, why] of [
  ['abc', 'Number("abc") is NaN: fails IsIn and IsNumber'],
  ['12px', 'Number("12px") is NaN'],
  ['twelve', 'Number("twelve") is NaN'],
  ['Infinity', 'Number("Infinity") is Infinity: IsNumber rejects infinities'],
  ['NaN', 'Number("NaN") is NaN'],
  ['', 'Number("") is 0: not in [12, 24]'],
  [' ', 'Number(" ") is 0: not in [12, 24]'],
  ['13', 'Number("13") is 13: not in [12, 24]'],
  ['1_2', 'numeric separators are not accepted by Number(): NaN'],
  ['12,0', 'comma decimal: NaN'],
]) U('timeFormat', { timeFormat: v }, false, 'invalid_type', `string ${JSON.stringify(v)}: ${why}`, { version_dependent: true });
U('timeFormat', { timeFormat: true }, false, 'invalid_type', 'Number(true) is 1: a number, but not in [12, 24]');
U('timeFormat', { timeFormat: false }, false, 'invalid_type', 'Number(false) is 0: not in [12, 24]');
U('timeFormat', { timeFormat: [12] }, false, 'invalid_type', 'arrays are converted element-wise: [12] stays an array, fails IsIn and IsNumber');
U('timeFormat', { timeFormat: [] }, false, 'invalid_type', 'empty array stays an array');
U('timeFormat', { timeFormat: {} }, false, 'invalid_type', 'Number({}) is NaN');
U('timeFormat', { timeFormat: null }, true, 'invalid_type',
  'null skipped by @IsOptional (Number() is not applied to null); timeFormat null is then stored', {
    layer_note: 'passes validation; null is written and every later GET /v2/me fails its response schema',
  });

// ---- defaultScheduleId (IsNumber: any finite number)
U('defaultScheduleId', { defaultScheduleId: 1 }, true, true, 'smallest valid id');
U('defaultScheduleId', { defaultScheduleId: 42 }, true, true, 'ordinary id (no ownership check in cal.com)');
U('defaultScheduleId', { defaultScheduleId: 2147483647 }, true, true, 'largest Int4 (2^31-1)');
U('defaultScheduleId', { defaultScheduleId: raw('1.0') }, true, true, 'JSON 1.0 is the number 1');
U('defaultScheduleId', { defaultScheduleId: raw('1e3') }, true, true, 'JSON 1e3 is the number 1000');
U('defaultScheduleId', { defaultScheduleId: 0 }, true, 'too_small', 'IsNumber accepts 0; not a schedule id');
U('defaultScheduleId', { defaultScheduleId: -1 }, true, 'too_small', 'IsNumber accepts negatives');
U('defaultScheduleId', { defaultScheduleId: -2147483648 }, true, 'too_small', 'smallest Int4: a number, not an id');
U('defaultScheduleId', { defaultScheduleId: 1.5 }, true, 'invalid_type', 'IsNumber accepts floats', {
  layer_note: 'passes validation, fails at DB (Int column) -> 500',
});
U('defaultScheduleId', { defaultScheduleId: 2147483648 }, true, 'too_big', '2^31 passes IsNumber', {
  layer_note: 'passes validation, overflows the Int4 column -> 500',
});
U('defaultScheduleId', { defaultScheduleId: 9007199254740993 }, true, 'too_big', '2^53+1 (parses to 2^53) passes IsNumber', {
  layer_note: 'passes validation, overflows the Int4 column -> 500',
});
U('defaultScheduleId', { defaultScheduleId: raw('1e308') }, true, 'too_big', 'finite huge float passes IsNumber', {
  layer_note: 'passes validation, fails at DB -> 500',
});
for (const [v, why] of [
  ['1', 'numeric string: no @Type conversion on this field'],
  ['NaN', 'the string "NaN"'],
  ['Infinity', 'the string "Infinity"'],
  ['-Infinity', 'the string "-Infinity"'],
  ['abc', 'non-numeric string'],
  ['', 'empty string'],
  [true, 'boolean'],
  [[1], 'array'],
  [{}, 'object'],
]) U('defaultScheduleId', { defaultScheduleId: v }, false, 'invalid_type', `${why} is not a number`);
U('defaultScheduleId', { defaultScheduleId: null }, true, true,
  'null skipped by @IsOptional; clears the default schedule (strict: warning, an unscheduled user cannot be booked)');

// ---- weekStart (IsString + IsIn, case-sensitive)
for (const day of WEEK_DAYS) {
  U('weekStart', { weekStart: day }, true, true, `exact day name ${day}`);
  for (const [v, how] of [
    [day.toLowerCase(), 'lower case'],
    [day.toUpperCase(), 'upper case'],
    [day.slice(0, 3), 'three-letter abbreviation'],
    [day.slice(0, 3).toLowerCase(), 'lower-case abbreviation'],
    [`${day} `, 'trailing space'],
    [` ${day}`, 'leading space'],
  ]) U('weekStart', { weekStart: v }, false, 'invalid_value', `${how} of ${day}: IsIn is case- and space-sensitive`);
}
U('weekStart', { weekStart: 'Lundi' }, false, 'invalid_value', 'French day name');
U('weekStart', { weekStart: '' }, false, 'invalid_value', 'empty string');
U('weekStart', { weekStart: 'Weekday' }, false, 'invalid_value', 'not a day');
U('weekStart', { weekStart: 1 }, false, false, 'number: fails IsIn and IsString');
U('weekStart', { weekStart: 0 }, false, false, 'number 0 (Sunday in JS) : fails IsIn and IsString');
U('weekStart', { weekStart: ['Monday'] }, false, false, 'array: fails IsIn and IsString');
U('weekStart', { weekStart: null }, true, 'invalid_type', 'null skipped by @IsOptional; User.weekStart is NOT NULL', {
  layer_note: 'passes validation, fails at DB',
});

// ---- timeZone (CapitalizeTimeZone, then IsTimeZone = Intl.DateTimeFormat does not throw)
const TZ_OK = [
  // canonical names
  ['Europe/Rome', 'canonical'],
  ['America/New_York', 'canonical, underscore'],
  ['Asia/Kolkata', 'canonical'],
  ['Europe/London', 'canonical (create default)'],
  ['UTC', 'canonical UTC'],
  ['Etc/UTC', 'canonical Etc/UTC'],
  ['America/Argentina/Buenos_Aires', 'three-part canonical name'],
  ['America/North_Dakota/New_Salem', 'three-part canonical name'],
  ['America/Indiana/Indianapolis', 'three-part canonical name'],
  ['America/Kentucky/Louisville', 'three-part canonical name'],
  ['America/Port-au-Prince', 'hyphenated: stored as America/Port-au-prince'],
  ['Europe/Isle_of_Man', 'stored as Europe/Isle_Of_Man'],
  ['Africa/Dar_es_Salaam', 'stored as Africa/Dar_Es_Salaam'],
  ['Antarctica/DumontDUrville', 'camel case lost: stored as Antarctica/Dumontdurville'],
  ['Asia/Ust-Nera', 'stored as Asia/Ust-nera'],
  ['America/St_Johns', 'half-hour offset zone'],
  ['Asia/Kathmandu', 'quarter-hour offset zone'],
  ['Pacific/Chatham', '+12:45 zone'],
  ['Australia/Lord_Howe', 'half-hour DST zone'],
  ['Asia/Ho_Chi_Minh', 'canonical'],
  ['America/Sao_Paulo', 'canonical'],
  ['America/Los_Angeles', 'canonical'],
  ['America/Ciudad_Juarez', 'zone added in tzdb 2022g'],
  ['America/Coyhaique', 'zone added in tzdb 2025b'],
  ['Europe/Kyiv', 'canonical since 2022b'],
  ['Etc/GMT-14', 'extreme fixed offset'],
  ['Etc/GMT+12', 'extreme fixed offset'],
  ['Etc/GMT+5', 'fixed offset, POSIX sign (UTC-5)'],
  // case variants
  ['america/new_york', 'lower case: stored as America/New_York'],
  ['AMERICA/NEW_YORK', 'upper case: stored as America/New_York'],
  ['europe/rome', 'lower case: stored as Europe/Rome'],
  ['EUROPE/ROME', 'upper case: stored as Europe/Rome'],
  ['asia/kolkata', 'lower case'],
  ['utc', 'lower case: stored as UTC'],
  ['etc/gmt+5', 'lower case: stored as Etc/GMT+5'],
  ['europe/isle_of_man', 'lower case: stored as Europe/Isle_Of_Man'],
  // tzdb links (backward)
  ['US/Eastern', 'link to America/New_York: stored as Us/Eastern, alias not resolved'],
  ['US/Pacific', 'link to America/Los_Angeles: stored as Us/Pacific'],
  ['Asia/Calcutta', 'link to Asia/Kolkata: alias stays'],
  ['Europe/Kiev', 'link to Europe/Kyiv'],
  ['Asia/Saigon', 'link to Asia/Ho_Chi_Minh'],
  ['Asia/Rangoon', 'link to Asia/Yangon'],
  ['America/Buenos_Aires', 'link to America/Argentina/Buenos_Aires'],
  ['America/Godthab', 'link to America/Nuuk'],
  ['Zulu', 'link to Etc/UTC'],
  ['UCT', 'link to Etc/UTC'],
  ['Universal', 'link to Etc/UTC'],
  ['GMT', 'link to Etc/GMT'],
  ['GMT0', 'link to Etc/GMT'],
  ['Etc/Greenwich', 'link to Etc/GMT'],
  ['Egypt', 'link to Africa/Cairo'],
  ['GB', 'link to Europe/London: stored as Gb'],
  ['Japan', 'link to Asia/Tokyo'],
  ['ROK', 'link to Asia/Seoul: stored as Rok'],
  ['NZ-CHAT', 'link to Pacific/Chatham: stored as Nz-chat'],
  ['W-SU', 'link to Europe/Moscow: stored as W-su'],
  ['EST5EDT', 'old rule zone (link since 2024b): stored as EST5edt'],
  ['MST7MDT', 'old rule zone: stored as Mst7mdt'],
  ['EST', 'fixed-offset link: stays EST'],
  ['CET', 'old rule zone: stored as Cet'],
  ['WET', 'old rule zone: stored as Wet'],
];
for (const [tz, why] of TZ_OK) {
  U('timeZone', { timeZone: tz }, true, true, `${tz}: ${why}; ICU accepts it`);
}
const TZ_LEGACY = [
  ['PST', 'Java-style three-letter ID'],
  ['IST', 'Java-style three-letter ID'],
  ['CST', 'Java-style three-letter ID'],
  ['JST', 'Java-style three-letter ID'],
  ['AST', 'Java-style three-letter ID'],
  ['SystemV/AST4', 'SystemV ID: stored as Systemv/Ast4'],
  ['SystemV/EST5EDT', 'SystemV ID'],
  ['US/Pacific-New', 'link removed from tzdb in 2020b'],
  ['Canada/East-Saskatchewan', 'link removed from tzdb in 2017c'],
];
for (const [tz, why] of TZ_LEGACY) {
  U('timeZone', { timeZone: tz }, true, 'invalid_time_zone', `${tz}: ${why}, not an IANA name; Node 20's ICU accepts it so cal.com does`);
}
const TZ_BAD = [
  ['Etc/Unknown', 'CLDR placeholder, not a zone'],
  ['Factory', 'tzdb "Factory" zone: ICU rejects it'],
  ['localtime', 'a file name, not a zone'],
  ['posixrules', 'a file name, not a zone'],
  ['Narnia/Woods', 'unknown name'],
  ['Europe/Londn', 'misspelt'],
  ['America/New York', 'space instead of underscore'],
  [' Europe/Rome', 'leading space'],
  ['Europe/Rome ', 'trailing space'],
  ['Europe/ Rome', 'inner space'],
  ['\tEurope/Rome', 'leading tab'],
  ['Europe//Rome', 'empty segment'],
  ['America/', 'region only'],
  ['/', 'separator only'],
  ['+05:00', 'ISO offset'],
  ['-08:00', 'ISO offset'],
  ['UTC+5', 'offset notation'],
  ['UTC+05:00', 'offset notation'],
  ['GMT+5', 'offset notation (only Etc/GMT+5 exists)'],
  ['Z', 'ISO Zulu designator'],
  ['', 'empty string'],
  ['EST5', 'no such ID'],
  ['Etc/GMT+15', 'out-of-range fixed offset'],
];
for (const [tz, why] of TZ_BAD) {
  U('timeZone', { timeZone: tz }, false, 'invalid_time_zone', `${JSON.stringify(tz)}: ${why}`);
}
U('timeZone', { timeZone: 5 }, false, 'invalid_type', 'number: IsTimeZone requires a string');
U('timeZone', { timeZone: ['Europe/Rome'] }, false, 'invalid_type', 'array: IsTimeZone requires a string');
U('timeZone', { timeZone: null }, true, 'invalid_type', 'null skipped by @IsOptional; User.timeZone is NOT NULL', {
  layer_note: 'passes validation, fails at DB',
});

// ---- locale (IsEnum(Locales), case-sensitive)
for (const l of LOCALES) U('locale', { locale: l }, true, true, `${l} is one of the 43 locales`);
for (const [l, why] of [
  ['en-US', 'region variant not in the enum (suggest en)'],
  ['en-GB', 'region variant not in the enum'],
  ['pt_BR', 'underscore instead of hyphen (suggest pt-BR)'],
  ['pt-br', 'wrong case (suggest pt-BR)'],
  ['PT-BR', 'wrong case'],
  ['EN', 'upper case'],
  ['En', 'title case'],
  ['ES_419', 'upper case and underscore (suggest es-419)'],
  ['es_419', 'underscore'],
  ['zh', 'bare zh: only zh-CN and zh-TW exist'],
  ['zh-cn', 'wrong case (suggest zh-CN)'],
  ['zh_CN', 'underscore'],
  ['zh-Hans', 'script subtag'],
  ['es-ES', 'region variant'],
  ['pt-PT', 'region variant'],
  ['nb', 'Norwegian Bokmal: cal.com uses no'],
  ['he-IL', 'region variant'],
  ['fil', 'not supported'],
  ['english', 'language name'],
  [' en', 'leading space'],
  ['en ', 'trailing space'],
  ['', 'empty string'],
]) U('locale', { locale: l }, false, 'invalid_value', `${JSON.stringify(l)}: ${why}`);
U('locale', { locale: 5 }, false, false, 'number is not an enum value');
U('locale', { locale: ['en'] }, false, false, 'array is not an enum value');
U('locale', { locale: null }, true, true, 'null skipped by @IsOptional; clears the nullable locale');

// ---- avatarUrl (validator.js isURL defaults)
const LONG_URL = (len) => {
  const prefix = 'https://example.com/';
  return prefix + rep('a', len - prefix.length);
};
for (const [u, why] of [
  ['https://cal.com/api/avatar/2b735186-b01b-46d3-87da-019b8f61776b.png', 'cal.com avatar URL'],
  ['http://example.com/a.png', 'http scheme'],
  ['http://example.com', 'no path'],
  ['https://sub.example.co.uk/path/a.png?size=64#top', 'query and fragment'],
  ['https://example.com:8080/a.png', 'explicit port'],
  ['https://ex-ample.com/a.png', 'hyphen inside a label'],
  ['https://xn--bcher-kva.example/a.png', 'punycode host'],
  ['https://bücher.example/a.png', 'internationalised host (isURL allows non-ASCII labels)'],
  ['https://192.168.0.1/a.png', 'IPv4 host'],
  ['https://127.0.0.1/a.png', 'loopback IPv4 host'],
  ['https://[2001:db8::1]/a.png', 'bracketed IPv6 host'],
  [LONG_URL(2084), 'length 2084: isURL max_allowed_length'],
]) {
  U('avatarUrl', { avatarUrl: u }, true, true, `${why}`, u.length === 2084 ? { version_dependent: true } : {});
}
for (const [u, why] of [
  ['cal.com/a.png', 'scheme-less: isURL makes the protocol optional'],
  ['example.com', 'bare domain'],
  ['www.example.com/a.png', 'scheme-less with www'],
  ['ftp://example.com/a.png', 'ftp is one of isURL\'s default protocols'],
  ['ftp://ftp.example.com/pub/avatar.png', 'ftp URL'],
]) U('avatarUrl', { avatarUrl: u }, true, 'invalid_format', `${why}: cal.com accepts, strict wants an absolute http(s) URL`);
for (const [u, why] of [
  ['https://localhost/a.png', 'no TLD (require_tld)'],
  ['http://localhost:3000/a.png', 'no TLD (require_tld)'],
  ['https://example', 'no TLD'],
  ['https://exa_mple.com/a.png', 'underscore in host'],
  ['https://example.com./a.png', 'trailing dot in host'],
  ['//example.com/a.png', 'protocol-relative URL'],
  ['data:image/png;base64,iVBORw0KGgo=', 'data: URL'],
  ['javascript:alert(1)', 'javascript: URL'],
  ['file:///etc/passwd', 'file: URL'],
  ['mailto:alice@example.com', 'mailto: URL'],
  ['sftp://example.com/a.png', 'protocol not in http/https/ftp'],
  ['https://', 'scheme only'],
  ['', 'empty string'],
  ['not a url', 'spaces'],
  [' https://example.com/a.png', 'leading space'],
  ['https://example.com/a b.png', 'space in path'],
  ['https://example.com/a.png?x=<s>', 'angle bracket'],
  ['https://-example.com/a.png', 'label starting with a hyphen'],
  ['http://256.256.256.256/a.png', 'not an IPv4 address and numeric TLD'],
  ['https://1.2.3/a.png', 'incomplete IPv4 address'],
  ['https://example.com:99999/a.png', 'port above 65535'],
]) U('avatarUrl', { avatarUrl: u }, false, 'invalid_format', `${JSON.stringify(u.slice(0, 40))}: ${why}`);
U('avatarUrl', { avatarUrl: LONG_URL(2085) }, false, false, 'length 2085: above isURL max_allowed_length 2084', { version_dependent: true });
U('avatarUrl', { avatarUrl: 5 }, false, 'invalid_type', 'number: isURL requires a string');
U('avatarUrl', { avatarUrl: null }, true, true, 'null skipped by @IsOptional; clears the avatar');

// ---- metadata (IsObject + ValidateMetadata)
U('metadata', { metadata: {} }, true, true, '0 keys');
U('metadata', { metadata: { plan: 'pro', seats: 3, trial: false } }, true, true, 'string, number and boolean values');
U('metadata', { metadata: nKeys(50) }, true, true, '50 keys: the maximum');
U('metadata', { metadata: nKeys(51) }, false, 'too_big', '51 keys: one over the maximum');
U('metadata', { metadata: { [rep('a', 40)]: 'v' } }, true, true, 'key of 40 units: the maximum');
U('metadata', { metadata: { [rep('a', 41)]: 'v' } }, false, 'too_big', 'key of 41 units');
U('metadata', { metadata: { [rep('😀', 20)]: 'v' } }, true, true, 'key of 20 emoji = 40 UTF-16 units: passes');
U('metadata', { metadata: { [rep('😀', 21)]: 'v' } }, false, 'too_big', 'key of 21 emoji = 42 UTF-16 units (21 code points): fails');
U('metadata', { metadata: { [rep('a', 39) + '😀']: 'v' } }, false, 'too_big', 'key of 39 ASCII + 1 emoji = 41 units (40 code points): fails');
U('metadata', { metadata: { [rep('é', 40)]: 'v' } }, true, true, 'key of 40 x U+00E9 = 40 units (80 UTF-8 bytes): passes');
U('metadata', { metadata: { '': 'v' } }, true, true, 'the empty key is allowed');
U('metadata', { metadata: { k: rep('a', 500) } }, true, true, 'string value of 500 units: the maximum');
U('metadata', { metadata: { k: rep('a', 501) } }, false, 'too_big', 'string value of 501 units');
U('metadata', { metadata: { k: rep('😀', 250) } }, true, true, '250 emoji = 500 UTF-16 units: passes');
U('metadata', { metadata: { k: rep('😀', 251) } }, false, 'too_big', '251 emoji = 502 UTF-16 units (251 code points): fails');
U('metadata', { metadata: { k: rep('a', 499) + '😀' } }, false, 'too_big', '499 ASCII + 1 emoji = 501 units (500 code points): fails');
U('metadata', { metadata: { k: rep('é', 500) } }, true, true, '500 x U+00E9 = 500 units (1000 UTF-8 bytes): length is not bytes');
U('metadata', { metadata: { k: rep('中', 500) } }, true, true, '500 CJK BMP chars = 500 units (1500 UTF-8 bytes)');
U('metadata', { metadata: { k: '' } }, true, true, 'empty string value');
U('metadata', { metadata: { k: 123 } }, true, true, 'integer value');
U('metadata', { metadata: { k: -1.5 } }, true, true, 'negative float value');
U('metadata', { metadata: { k: 0 } }, true, true, 'zero value');
U('metadata', { metadata: { k: raw('1e21') } }, true, true, 'any number: 1e21');
U('metadata', { metadata: { k: true, j: false } }, true, true, 'boolean values');
U('metadata', { metadata: { ...nKeys(49), [rep('x', 40)]: rep('y', 500) } }, true, true, '50 keys, one of them with a 40-unit key and a 500-unit value');
U('metadata', { metadata: { ...nKeys(49), k49: rep('y', 501) } }, false, 'too_big', '50 keys, one value of 501 units');
U('metadata', { metadata: { k: null } }, false, 'invalid_type', 'null value rejected');
U('metadata', { metadata: { k: [] } }, false, 'invalid_type', 'array value rejected');
U('metadata', { metadata: { k: ['a'] } }, false, 'invalid_type', 'array value rejected');
U('metadata', { metadata: { k: {} } }, false, 'invalid_type', 'nested object value rejected');
U('metadata', { metadata: { k: { a: 1 } } }, false, 'invalid_type', 'nested object value rejected');
U('metadata', { metadata: [] }, false, 'invalid_type', 'array: fails IsObject (ValidateMetadata passes: 0 keys)');
U('metadata', { metadata: ['a', 'b'] }, false, 'invalid_type', 'array: fails IsObject');
U('metadata', { metadata: 5 }, false, 'invalid_type', 'number: fails ValidateMetadata and IsObject');
U('metadata', { metadata: 'plan=pro' }, false, 'invalid_type', 'string: fails ValidateMetadata and IsObject');
U('metadata', { metadata: true }, false, 'invalid_type', 'boolean: fails ValidateMetadata and IsObject');
U('metadata', { metadata: null }, true, 'invalid_type', 'null skipped by @IsOptional');
U('metadata', { metadata: obj([['__proto__', 'x']]) }, true, 'forbidden_key',
  '__proto__ key deleted before validation: stored metadata is {}');
U('metadata', { metadata: obj([['__proto__', { polluted: true }], ['a', 'b']]) }, true, 'forbidden_key',
  '__proto__ key (object value) deleted before validation, the rest is kept');
U('metadata', { metadata: obj([...Object.entries(nKeys(50)), ['__proto__', 'x']]) }, true, 'forbidden_key',
  '50 keys + __proto__: __proto__ is deleted first, so 50 keys remain and it passes');
U('metadata', { metadata: { constructor: 'x' } }, false, 'forbidden_key',
  'own "constructor" key with a non-function value makes class-transformer throw (TypeError) before validation' + NEST11, {
    version_dependent: true,
    layer_note: 'class-transformer plainToInstance throws: HTTP 500, not a 400 validation error',
  });
U('metadata', { metadata: { constructor: {} } }, false, 'forbidden_key',
  'own "constructor" key (object value): class-transformer throws (TypeError) before validation' + NEST11, {
    version_dependent: true,
    layer_note: 'class-transformer plainToInstance throws: HTTP 500, not a 400 validation error',
  });
U('metadata', { metadata: { prototype: 'x' } }, true, 'forbidden_key', '"prototype" is an ordinary key for cal.com and is stored' + NEST11,
  { version_dependent: true });
for (const k of ['toString', 'valueOf', 'hasOwnProperty']) {
  U('metadata', { metadata: { [k]: 'x', plan: 'pro' } }, true, false,
    `key "${k}" (an Object.prototype method) is silently skipped by class-transformer: not stored (strict: data loss)`);
}
U('metadata', { metadata: raw('{"b":"x","10":"y","2":"z"}') }, true, true,
  'integer-like keys: JS objects order them first, so cal.com sees (and stores) 2, 10, b (same entries, other order)',
  { forceNormalized: true });

// ---- (multiple)
U('(multiple)', {
  timeFormat: 13, weekStart: 'monday', locale: 'EN', timeZone: 'Narnia/Woods', metadata: nKeys(51),
}, false, ['invalid_time_zone', 'invalid_value', 'too_big'], 'several failures reported together, one error per property, in DTO property order');
U('(multiple)', {
  metadata: 5, bio: 1, avatarUrl: 'x', locale: 'EN', timeZone: 'Narnia/Woods', weekStart: 1,
  defaultScheduleId: '1', timeFormat: 'abc', name: 1, email: 5,
}, false, false, 'every field invalid (sent in reverse order): errors come in DTO declaration order, multi-constraint keys in registration order');

// ============================================ CREATE ============================================
C('(body)', {}, true, true, 'email and name only: valid (no timeZone -> Europe/London and no default schedule; locale defaults to en in the service)');
C('(body)', {}, false, false, 'empty body: email and name are required', { bare: true });
C('(body)', {
  timeFormat: 24, weekStart: 'Sunday', timeZone: 'America/New_York', locale: 'fr',
  avatarUrl: 'https://cal.com/a.png', bio: 'Hi', metadata: { plan: 'pro' },
}, true, true, 'every field valid');
C('(body)', obj([['__proto__', { email: 5 }], ['email', 'alice@example.com'], ['name', 'Alice Smith']]), true, false,
  '__proto__ deleted before validation', { bare: true });
C('(body)', {
  timeFormat: null, weekStart: null, timeZone: null, locale: null, avatarUrl: null, bio: null, metadata: null,
}, true, 'invalid_type', 'null on every optional field passes @IsOptional (timeZone null is treated as absent)');

// ---- (unknown)
for (const [key, value, hint] of [
  ['timezone', 'Europe/Rome', 'typo of timeZone: user ends up on Europe/London with no default schedule'],
  ['time_zone', 'Europe/Rome', 'snake_case of timeZone'],
  ['defaultScheduleId', 1, 'not part of the create DTO'],
  ['username', 'alice', 'not part of the create DTO'],
  ['week_start', 'Monday', 'snake_case of weekStart'],
]) C('(unknown)', { [key]: value }, true, 'unrecognized_keys', `unknown key "${key}" (${hint}) silently stripped`);

// ---- email / name (required, IsString)
C('email', { email: 'bob@example.com' }, true, true, 'plain address');
C('email', { email: 'Bob@Example.COM' }, true, true, 'mixed case accepted');
C('email', { email: '' }, true, 'invalid_format', 'empty string is a string: cal.com accepts it');
C('email', { email: 'not-an-email' }, true, 'invalid_format', 'IsString only: no syntax check');
C('email', { name: 'A' }, false, false, 'missing email -> "email must be a string"', { bare: true });
C('email', { email: null }, false, 'invalid_type', 'email is required: no @IsOptional, null fails IsString');
C('email', { email: 5 }, false, 'invalid_type', 'number is not a string');
C('name', { email: 'alice@example.com' }, false, false, 'missing name -> "name must be a string" (name is required on create)', { bare: true });
C('name', { name: null }, false, 'invalid_type', 'name is required: no @IsOptional, null fails IsString');
C('name', { name: 5 }, false, 'invalid_type', 'number is not a string');
C('name', { name: '' }, true, true, 'empty string is a string');
C('name', { name: 'Zoë 😀' }, true, true, 'non-ASCII name');

// ---- timeFormat (own message on IsIn)
C('timeFormat', { timeFormat: 12 }, true, true, 'number 12');
C('timeFormat', { timeFormat: 24 }, true, true, 'number 24');
C('timeFormat', { timeFormat: raw('12.0') }, true, true, 'JSON 12.0 is the number 12');
C('timeFormat', { timeFormat: '12' }, true, 'invalid_type', 'string "12" converted by @Type(() => Number) and stored as 12', { version_dependent: true });
C('timeFormat', { timeFormat: ' 24 ' }, true, 'invalid_type', 'string " 24 " converted to 24', { version_dependent: true });
C('timeFormat', { timeFormat: 13 }, false, 'invalid_value', '13 not in [12, 24]: create uses the message "timeFormat must be a number either 12 or 24"');
C('timeFormat', { timeFormat: 'abc' }, false, 'invalid_type', 'NaN: fails IsIn (custom message) and IsNumber');
C('timeFormat', { timeFormat: true }, false, 'invalid_type', 'Number(true) is 1');
C('timeFormat', { timeFormat: [12] }, false, 'invalid_type', 'array stays an array');
C('timeFormat', { timeFormat: null }, true, 'invalid_type', 'null skipped by @IsOptional');

// ---- weekStart (create: IsString only, no day check)
for (const day of WEEK_DAYS) {
  C('weekStart', { weekStart: day }, true, true, `exact day name ${day}`);
  for (const [v, how] of [
    [day.toLowerCase(), 'lower case'],
    [day.toUpperCase(), 'upper case'],
    [day.slice(0, 3), 'abbreviation'],
    [`${day} `, 'trailing space'],
  ]) C('weekStart', { weekStart: v }, true, 'invalid_value', `${how} of ${day}: create only checks IsString, cal.com stores it as sent`);
}
C('weekStart', { weekStart: 'Lundi' }, true, 'invalid_value', 'any string passes on create');
C('weekStart', { weekStart: '' }, true, 'invalid_value', 'empty string passes IsString on create');
C('weekStart', { weekStart: 1 }, false, false, 'number fails IsString');
C('weekStart', { weekStart: null }, true, 'invalid_type', 'null skipped by @IsOptional');

// ---- timeZone (null -> undefined transform, then CapitalizeTimeZone, IsTimeZone)
C('timeZone', { timeZone: 'Europe/Rome' }, true, true, 'canonical: default schedule Mon-Fri 09:00-17:00 in Europe/Rome');
C('timeZone', { timeZone: 'america/new_york' }, true, true, 'lower case: stored as America/New_York');
C('timeZone', { timeZone: 'US/Eastern' }, true, true, 'link: stored as Us/Eastern');
C('timeZone', { timeZone: 'Asia/Calcutta' }, true, true, 'link: alias stays');
C('timeZone', { timeZone: 'Europe/Isle_of_Man' }, true, true, 'stored as Europe/Isle_Of_Man');
C('timeZone', { timeZone: 'utc' }, true, true, 'stored as UTC');
C('timeZone', { timeZone: 'PST' }, true, 'invalid_time_zone', 'ICU legacy ID, accepted by cal.com on Node 20');
C('timeZone', { timeZone: 'SystemV/AST4' }, true, 'invalid_time_zone', 'ICU legacy ID: stored as Systemv/Ast4');
C('timeZone', { timeZone: '' }, false, 'invalid_time_zone', 'empty string');
C('timeZone', { timeZone: 'Narnia/Woods' }, false, 'invalid_time_zone', 'unknown name');
C('timeZone', { timeZone: 'Etc/Unknown' }, false, 'invalid_time_zone', 'CLDR placeholder');
C('timeZone', { timeZone: '+05:00' }, false, 'invalid_time_zone', 'offset');
C('timeZone', { timeZone: 'Europe/Rome ' }, false, 'invalid_time_zone', 'trailing space');
C('timeZone', { timeZone: 5 }, false, 'invalid_type', 'number');
C('timeZone', { timeZone: null }, true, true,
  'create maps null to undefined: treated as absent, not stored -> Europe/London and no default schedule (strict: accepted as absent, with the no-default-schedule warning)');
C('timeZone', {}, true, true, 'absent: cal.com uses Europe/London and creates no default schedule (strict: warning)');

// ---- locale
C('locale', {}, true, true, 'absent: the DTO leaves it unset, the service stores the default en');
for (const l of ['en', 'fr', 'pt-BR', 'zh-TW', 'es-419', 'iw', 'he', 'bn']) C('locale', { locale: l }, true, true, `${l} is one of the 43 locales`);
for (const l of ['en-US', 'pt_BR', 'pt-br', 'EN', 'ES_419', 'zh']) C('locale', { locale: l }, false, 'invalid_value', `${l}: not in the enum`);
C('locale', { locale: null }, true, true, 'null skipped by @IsOptional');
C('locale', { locale: 5 }, false, false, 'number');

// ---- avatarUrl
C('avatarUrl', { avatarUrl: 'https://cal.com/api/avatar/a.png' }, true, true, 'https URL');
C('avatarUrl', { avatarUrl: 'cal.com/a.png' }, true, 'invalid_format', 'scheme-less: accepted by isURL');
C('avatarUrl', { avatarUrl: 'ftp://example.com/a.png' }, true, 'invalid_format', 'ftp: accepted by isURL');
C('avatarUrl', { avatarUrl: 'https://localhost/a.png' }, false, 'invalid_format', 'no TLD');
C('avatarUrl', { avatarUrl: 'javascript:alert(1)' }, false, 'invalid_format', 'javascript: URL');
C('avatarUrl', { avatarUrl: '' }, false, 'invalid_format', 'empty string');
C('avatarUrl', { avatarUrl: 5 }, false, 'invalid_type', 'number');
C('avatarUrl', { avatarUrl: null }, true, true, 'null skipped by @IsOptional');

// ---- bio
C('bio', { bio: 'I am a bio' }, true, true, 'plain string');
C('bio', { bio: 5 }, false, 'invalid_type', 'number');
C('bio', { bio: null }, true, true, 'null skipped by @IsOptional');

// ---- metadata
C('metadata', { metadata: { key: 'value' } }, true, true, 'one string value');
C('metadata', { metadata: nKeys(50) }, true, true, '50 keys');
C('metadata', { metadata: nKeys(51) }, false, 'too_big', '51 keys');
C('metadata', { metadata: { [rep('😀', 20)]: 'v' } }, true, true, 'key of 20 emoji = 40 units');
C('metadata', { metadata: { [rep('a', 41)]: 'v' } }, false, 'too_big', 'key of 41 units');
C('metadata', { metadata: { k: rep('😀', 250) } }, true, true, '250 emoji = 500 units');
C('metadata', { metadata: { k: rep('a', 501) } }, false, 'too_big', 'value of 501 units');
C('metadata', { metadata: { k: null } }, false, 'invalid_type', 'null value');
C('metadata', { metadata: [] }, false, 'invalid_type', 'array');
C('metadata', { metadata: null }, true, 'invalid_type', 'null skipped by @IsOptional');
C('metadata', { metadata: obj([['__proto__', 'x']]) }, true, 'forbidden_key', '__proto__ deleted before validation: stored {}');
C('metadata', { metadata: { constructor: 'x' } }, false, 'forbidden_key', 'class-transformer throws (TypeError) before validation' + NEST11, {
  version_dependent: true,
  layer_note: 'class-transformer plainToInstance throws: HTTP 500, not a 400 validation error',
});

// ---------------------------------------------------------------------------------------------
// Build the vectors with the oracle
// ---------------------------------------------------------------------------------------------
const orderedJson = (v) => JSON.stringify(v);
const disagreements = [];
const problems = [];

function build(kind, c) {
  const dto = kind === 'update' ? 'UpdateManagedUserInput' : 'CreateManagedUserInput';
  const endpoint = kind === 'update' ? UPDATE_EP : CREATE_EP;
  const oracle = kind === 'update' ? validateUpdateManagedUser : validateCreateManagedUser;
  const payloadText = toJson(c.payload);
  const payload = JSON.parse(payloadText); // exactly what the file will contain
  const r = oracle(payload);

  let valid = r.valid;
  let why = c.why;
  if (r.valid !== c.cal) {
    if (c.opts.disagree) {
      disagreements.push(`${dto}.${c.field} ${payloadText.slice(0, 80)}: oracle ${r.valid}, calcom-rules.md ${c.cal}`);
      valid = c.cal;
      why = `${why} [oracle says ${r.valid}; calcom-rules.md wins: ${c.opts.disagree}]`;
    } else {
      problems.push(`${dto}.${c.field} ${payloadText.slice(0, 100)}: oracle ${r.valid} but calcom-rules.md predicts ${c.cal}`);
    }
  }
  if (r.crash && !c.opts.layer_note) problems.push(`${dto}.${c.field} ${payloadText.slice(0, 80)}: oracle crashed (${r.crash}) without a layer_note`);

  // strict
  const strict = {};
  if (c.strict === true) strict.valid = true;
  else {
    strict.valid = false;
    if (c.strict !== false) strict.codes = [...new Set([].concat(c.strict))].sort();
  }
  if (strict.valid && !valid) problems.push(`${dto}.${c.field} ${payloadText.slice(0, 80)}: strict accepts what cal.com rejects`);

  const v = { endpoint, dto, field: c.field, payload: c.payload, valid, why };
  if (!valid) v.errors = r.errors;
  const isField = FIELDS.has(c.field);
  const isObj = payload !== null && typeof payload === 'object' && !Array.isArray(payload);
  if (valid && isField && isObj && Object.prototype.hasOwnProperty.call(payload, c.field) && payload[c.field] !== null) {
    const stored = r.normalized?.[c.field];
    if (stored !== undefined && (c.opts.forceNormalized || orderedJson(stored) !== orderedJson(payload[c.field]))) {
      v.normalized_value = stored;
    }
  }
  if (c.opts.version_dependent) v.version_dependent = true;
  if (c.opts.layer_note) v.layer_note = c.opts.layer_note;
  if (c.field === 'timeZone' && isObj && typeof payload.timeZone === 'string') v.runtime_dependent = true;
  v.strict = strict;
  return v;
}

const update = cases.update.map((c) => build('update', c));
const create = cases.create.map((c) => build('create', c));

// duplicate payloads within one file would be noise
for (const [name, list] of [['update', update], ['create', create]]) {
  const seen = new Map();
  list.forEach((v, i) => {
    const key = `${v.field} ${toJson(v.payload)}`;
    if (seen.has(key)) problems.push(`${name}: duplicate payload #${seen.get(key)} and #${i}: ${key.slice(0, 80)}`);
    seen.set(key, i);
  });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s): nothing written`);
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'update-me.json'), `${toJson(update, 1)}\n`);
writeFileSync(join(OUT, 'create-managed-user.json'), `${toJson(create, 1)}\n`);

const count = (list) => {
  const byField = {};
  for (const v of list) byField[v.field] = (byField[v.field] ?? 0) + 1;
  return byField;
};
console.log(`node ${process.versions.node} icu ${process.versions.icu} tz ${process.versions.tz}`);
console.log(`update-me.json: ${update.length} vectors`, count(update));
console.log(`create-managed-user.json: ${create.length} vectors`, count(create));
if (disagreements.length) console.log(`oracle vs calcom-rules.md (rules followed):\n  ${disagreements.join('\n  ')}`);
