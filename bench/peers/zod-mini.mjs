// zod 4, the tree-shakable `zod/mini` API (same engine, functional checks).
import * as z from 'zod/mini';
import {
  LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_SCHEDULE_ID, MAX_EMAIL, MAX_URL, MAX_METADATA_KEYS,
  MAX_METADATA_KEY, MAX_METADATA_VALUE, EMAIL_RE, HTTP_URL_RE, isTimeZoneCached,
} from './rules.mjs';
import { makeZodPeer } from './zod-peer.mjs';

/** At most `max` UTF-16 code units (zod 4.6's maxLength counts code points; see zod-schema.mjs). */
const units = (max) => z.string().check(z.refine((s) => s.length <= max, { message: `Too big: expected at most ${max} characters` }));

const timeZoneSchema = z.string().check(z.refine(isTimeZoneCached, { message: 'Invalid IANA time zone' }));

const schema = z.strictObject({
  email: z.optional(z.string().check(z.maxLength(MAX_EMAIL), z.regex(EMAIL_RE, { message: 'Invalid email address' }))),
  name: z.optional(z.nullable(z.string())),
  timeFormat: z.optional(z.literal(TIME_FORMATS)),
  defaultScheduleId: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_SCHEDULE_ID)))),
  weekStart: z.optional(z.enum(WEEK_DAYS)),
  timeZone: z.optional(timeZoneSchema),
  locale: z.optional(z.nullable(z.enum(LOCALES))),
  avatarUrl: z.optional(z.nullable(z.url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .check(z.refine((s) => s.length <= MAX_URL, { message: 'URL too long' }), z.regex(HTTP_URL_RE)))),
  bio: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.record(
    units(MAX_METADATA_KEY),
    z.union([units(MAX_METADATA_VALUE), z.number(), z.boolean()]),
  ).check(z.refine((o) => Object.keys(o).length <= MAX_METADATA_KEYS, {
    message: `Metadata must have at most ${MAX_METADATA_KEYS} keys`,
  }))),
});

export default makeZodPeer('zod-mini', schema, timeZoneSchema);
