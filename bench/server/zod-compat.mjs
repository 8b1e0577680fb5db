// cal.com API v2's PATCH /v2/me rules in compat mode ("what will cal.com do?"), written with zod 4
// the way a team fronting cal.com would: unknown keys stripped, `null` passes on every optional
// field (class-validator's IsOptional), timeFormat through JS Number() then 12|24,
// CapitalizeTimeZone then the Intl check (cached: rules.mjs `isTimeZoneCached`), validator.js isURL defaults, cal.com's metadata limits.
import * as z from 'zod';
import isURLModule from 'validator/lib/isURL.js';
import { LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_METADATA_KEYS, MAX_METADATA_KEY, MAX_METADATA_VALUE, isTimeZoneCached } from '../peers/rules.mjs';

/** cal.com's CapitalizeTimeZone (normalizeTimezone.ts), approximately: Title_Case each part, then GMT/EST/UTC upper-cased. */
export function capitalizeTimeZone(value) {
  return value
    .split('/')
    .map((part) => part.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('_'))
    .join('/')
    .replace(/\b(Gmt|Est|Utc)/g, (m) => m.toUpperCase());
}

const isURL = isURLModule.default ?? isURLModule;

const units = (max) => z.string().refine((s) => s.length <= max);

export const updateMeCompat = z.object({
  email: z.string().nullish(),
  name: z.string().nullish(),
  timeFormat: z.preprocess((v) => (v === null || v === undefined || typeof v === 'object' ? v : Number(v)),
    z.literal(TIME_FORMATS, { message: 'timeFormat must be one of the following values: 12, 24' }).nullish()),
  defaultScheduleId: z.number().nullish(),
  weekStart: z.enum(WEEK_DAYS).nullish(),
  timeZone: z.string().transform(capitalizeTimeZone)
    .pipe(z.string().refine(isTimeZoneCached, { message: 'timeZone must be a valid IANA time-zone' })).nullish(),
  locale: z.enum(LOCALES).nullish(),
  avatarUrl: z.string().refine((s) => isURL(s), { message: 'avatarUrl must be a URL address' }).nullish(),
  bio: z.string().nullish(),
  metadata: z.record(units(MAX_METADATA_KEY), z.union([units(MAX_METADATA_VALUE), z.number(), z.boolean()]))
    .refine((o) => Object.keys(o).length <= MAX_METADATA_KEYS).nullish(),
});

// The body's ISO timestamp, kept for the millisecond it names: what cal-profile's calErrorBody
// does, so that the two servers differ only in validation (formatting costs about 0.7 us).
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

/** cal.com's 400 body built from zod issues (one entry per property, constraints keyed by code). */
export function calErrorBodyFromZod(issues, { path }, body) {
  const byProp = new Map();
  for (const i of issues) {
    const property = String(i.path[0] ?? '');
    let e = byProp.get(property);
    if (!e) {
      e = { property, value: body && typeof body === 'object' ? body[property] : body, children: [], constraints: {} };
      byProp.set(property, e);
    }
    e.constraints[i.code] = i.message;
  }
  return {
    status: 'error',
    timestamp: now(),
    path,
    error: { code: 'BadRequestException', message: 'Bad Request Exception', details: { errors: [...byProp.values()] } },
  };
}
