// Generates tests/vectors/v1-users.json: API v1 (self-hosted only; hosted v1 answers 410) user
// bodies, `schemaUserEditBodyParams` and `schemaUserCreateBodyParams`, with the `null` of every
// field first (calcom-rules.md §7: "re-read them field by field rather than assuming").
//
// As generate.mjs does for API v2: every vector's `valid`, `errors` and `normalized_value` come
// from the oracle (calcom-v1.mjs: cal.com's zod schemas re-created on zod 3), never from
// hand-written expectations; each case also states the verdict we predict from reading cal.com's
// source (`cal`), and the generator writes nothing if the two disagree. `strict` is ours.
// Deterministic; usage (from the repository root): node tests/oracle/generate-v1.mjs

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { V1_LOCALES, validateV1UserCreate, validateV1UserEdit } from './calcom-v1.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'vectors', 'v1-users.json');
const EDIT_EP = 'PATCH /api/v1/users/{userId} (self-hosted v1, zod)';
const CREATE_EP = 'POST /api/v1/users (self-hosted v1, zod)';
const BASE = Object.freeze({ email: 'alice@example.com', username: 'alice' });

const cases = [];
/** strict: true | false | 'code' | ['code', …] as in generate.mjs. */
const E = (field, payload, cal, strict, why) => cases.push({ dto: 'schemaUserEditBodyParams', field, payload, cal, strict, why });
const C = (field, payload, cal, strict, why) =>
  cases.push({ dto: 'schemaUserCreateBodyParams', field, payload: { ...BASE, ...payload }, cal, strict, why });

// ---- null, field by field (edit body; the create body below) -------------------------------
const NULLS = [
  // [field, cal.com takes null?, strict, where the definition comes from]
  ['name', true, true, 'Prisma `name String?` → zod-prisma `.nullish()`: null clears the name'],
  ['email', false, 'invalid_type', 'emailSchema.toLowerCase(): a string, never null'],
  ['username', false, 'invalid_type', 'usernameSchema: a string, never null'],
  ['bio', true, true, 'Prisma `bio String?` → zod-prisma `.nullish()`: null clears the bio'],
  ['timeZone', false, 'invalid_type', 'timeZone.optional(): not nullable'],
  ['weekStart', false, 'invalid_type', 'z.nativeEnum(weekdays).optional(): not nullable'],
  ['theme', true, true, 'z.nativeEnum(theme).optional().nullable()'],
  ['appTheme', true, true, 'z.nativeEnum(theme).optional().nullable()'],
  ['defaultScheduleId', true, true, 'z.number().refine(id > 0).optional().nullable()'],
  ['hideBranding', false, 'invalid_type', 'z.boolean().optional(): not nullable'],
  ['timeFormat', false, 'invalid_type', 'z.nativeEnum(timeFormat).optional(): not nullable'],
  ['brandColor', false, 'invalid_type', 'z.string().min(4).max(9).regex(/^#/).optional(): not nullable'],
  ['darkBrandColor', false, 'invalid_type', 'z.string().min(4).max(9).regex(/^#/).optional(): not nullable'],
  ['allowDynamicBooking', true, 'invalid_type',
    'Prisma `allowDynamicBooking Boolean?` → zod-prisma `.nullish()`: cal.com stores null, which its booking code reads as "not allowed"; strict asks for true or false'],
  ['role', false, 'invalid_type', 'Prisma `role UserPermissionRole @default(USER)` is required → z.nativeEnum without nullish'],
];
for (const [field, cal, strict, why] of NULLS) E(field, { [field]: null }, cal, strict, `null ${field}: ${why}`);
E('locale', { locale: null }, true, true, 'null locale on edit: z.nativeEnum(locales).optional().nullable()');
E('(body)', { name: null, bio: null, theme: null, appTheme: null, defaultScheduleId: null, locale: null }, true, true,
  'every field that takes null, at once');
for (const [field, cal, strict, why] of NULLS) {
  if (field === 'email' || field === 'username') C(field, { [field]: null }, false, 'invalid_type', `create: null ${field} (required): ${why}`);
  else C(field, { [field]: null }, cal, strict, `create: null ${field}: ${why}`);
}
C('locale', { locale: null }, false, 'invalid_type', 'create: z.nativeEnum(locales).optional(), not nullable (unlike edit)');
C('createdDate', { createdDate: null }, false, 'invalid_type', 'create: iso8601.optional() (a string transform), not nullable');

// ---- values, edit ----------------------------------------------------------------------------
E('(body)', {}, true, true, 'all fields optional');
E('(unknown)', { foo: 1 }, false, 'unrecognized_keys', '.strict(): an unknown key fails');
E('(unknown)', { timezone: 'UTC' }, false, 'unrecognized_keys', '.strict(): a misspelt key fails (no silent drop in v1)');
E('name', { name: 'Alice' }, true, true, 'a string');
E('name', { name: 5 }, false, 'invalid_type', 'a number is not a string');
E('bio', { bio: '' }, true, true, 'the empty string is a string');
E('email', { email: 'Alice@Example.com' }, true, true, 'lower-cased by cal.com');
E('email', { email: 'a..b@c.co' }, false, 'invalid_format', 'two dots in a row fail the regex');
E('username', { username: 'Alice' }, true, true, 'lower-cased by cal.com (availability not checked here: database)');
E('timeZone', { timeZone: 'Europe/Rome' }, true, true, 'in tzdata');
E('timeZone', { timeZone: 'europe/rome' }, false, 'invalid_time_zone', 'case-sensitive');
E('weekStart', { weekStart: 'Sunday' }, true, true, 'a weekday');
E('weekStart', { weekStart: 'sunday' }, false, 'invalid_value', 'case-sensitive');
E('theme', { theme: 'light' }, true, true, 'dark or light');
E('appTheme', { appTheme: 'blue' }, false, 'invalid_value', 'dark or light only');
E('defaultScheduleId', { defaultScheduleId: 0 }, false, 'too_small', 'must be > 0');
E('defaultScheduleId', { defaultScheduleId: 3 }, true, true, 'a positive number (ownership is checked against the database)');
E('locale', { locale: 'pt-BR' }, true, true, 'one of the 23');
E('locale', { locale: 'he' }, false, 'invalid_value', 'a v2 locale that is not a v1 locale');
E('hideBranding', { hideBranding: true }, true, true, 'a boolean');
E('timeFormat', { timeFormat: 12 }, true, true, '12 or 24');
E('timeFormat', { timeFormat: '12' }, false, 'invalid_type', 'no conversion in zod');
E('brandColor', { brandColor: '#zzz' }, true, 'invalid_format', 'cal.com checks only # and 4–9 characters; strict wants hex');
E('darkBrandColor', { darkBrandColor: '#000000' }, true, true, 'a hex colour');
E('allowDynamicBooking', { allowDynamicBooking: false }, true, true, 'a boolean');
E('allowDynamicBooking', { allowDynamicBooking: 'false' }, false, 'invalid_type', 'a string is not a boolean');
E('role', { role: 'ADMIN' }, true, true, 'USER or ADMIN (admins only: not decidable from the body)');
E('role', { role: 'admin' }, false, 'invalid_value', 'case-sensitive');
E('(body)', { password: 'hunter2' }, false, 'forbidden_key', 'no password key in the edit body: unknown key');

// ---- values, create --------------------------------------------------------------------------
C('(body)', {}, true, true, 'email and username only');
cases.push({ dto: 'schemaUserCreateBodyParams', field: 'email', payload: { username: 'alice' }, cal: false, strict: 'required', why: 'create: email is required' });
cases.push({ dto: 'schemaUserCreateBodyParams', field: 'username', payload: { email: 'alice@example.com' }, cal: false, strict: 'required', why: 'create: username is required' });
C('locale', { locale: 'en' }, true, true, 'create: one of the 23');
// zod's iso8601 makes a Date of it (a timestamp column): written as toISOString() writes it, the
// text is what the column holds. Other spellings of the same instant are stored as that instant.
C('createdDate', { createdDate: '2024-01-02T03:04:05.000Z' }, true, true, 'create: an ISO 8601 date');
C('name', { name: 'Alice' }, true, true, 'create: a name');
C('(unknown)', { foo: 1 }, false, 'unrecognized_keys', 'create: .strict()');

const oracles = { schemaUserEditBodyParams: validateV1UserEdit, schemaUserCreateBodyParams: validateV1UserCreate };
const problems = [];
const vectors = cases.map((c) => {
  const r = oracles[c.dto](c.payload);
  const label = `${c.dto} ${JSON.stringify(c.payload)}`;
  if (r.valid !== c.cal) problems.push(`${label}: oracle ${r.valid}, predicted ${c.cal}`);
  const strict = c.strict === true ? { valid: true } : { valid: false };
  if (typeof c.strict === 'string' || Array.isArray(c.strict)) strict.codes = [...new Set([].concat(c.strict))].sort();
  if (strict.valid && !r.valid) problems.push(`${label}: strict accepts what cal.com rejects`);
  const v = {
    endpoint: c.dto === 'schemaUserEditBodyParams' ? EDIT_EP : CREATE_EP,
    dto: c.dto,
    field: c.field,
    payload: c.payload,
    valid: r.valid,
    why: c.why,
  };
  if (!r.valid) v.errors = r.errors;
  const input = c.payload[c.field];
  const stored = r.normalized?.[c.field];
  if (r.valid && input !== undefined && input !== null && JSON.stringify(stored) !== JSON.stringify(input)) v.normalized_value = stored;
  v.strict = strict;
  return v;
});
const seen = new Set();
for (const v of vectors) {
  const key = `${v.dto} ${JSON.stringify(v.payload)}`;
  if (seen.has(key)) problems.push(`duplicate: ${key}`);
  seen.add(key);
}
if (V1_LOCALES.length !== 23) problems.push(`expected 23 v1 locales, have ${V1_LOCALES.length}`);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s): nothing written`);
  process.exit(1);
}
writeFileSync(OUT, `${JSON.stringify(vectors, null, 1)}\n`);
console.log(`v1-users.json: ${vectors.length} vectors (${vectors.filter((v) => v.payload && Object.values(v.payload).includes(null)).length} with a null)`);
