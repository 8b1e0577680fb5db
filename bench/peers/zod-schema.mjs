// The shared rules as a zod 4 (classic API) schema. Used by peers/zod.mjs and peers/zod-compiled.mjs.
import * as z from 'zod';
import {
  LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_SCHEDULE_ID, MAX_EMAIL, MAX_URL, MAX_METADATA_KEYS,
  MAX_METADATA_KEY, MAX_METADATA_VALUE, EMAIL_RE, HTTP_URL_RE, isTimeZoneCached,
} from './rules.mjs';

export { z };

/**
 * A string of at most `max` UTF-16 code units (JS `.length`, cal.com's rule). zod 4.6's `.max()`
 * counts Unicode code points instead, so it would accept 251 × 😀 (502 units) as "≤ 500".
 */
const units = (max) => z.string().refine((s) => s.length <= max, { message: `Too big: expected at most ${max} characters` });

export const timeZoneSchema = z.string().refine(isTimeZoneCached, { message: 'Invalid IANA time zone' });

export const updateMeSchema = z.strictObject({
  email: z.string().max(MAX_EMAIL).regex(EMAIL_RE, { message: 'Invalid email address' }).optional(),
  name: z.string().nullable().optional(),
  timeFormat: z.literal(TIME_FORMATS).optional(),
  defaultScheduleId: z.number().int().min(1).max(MAX_SCHEDULE_ID).nullable().optional(),
  weekStart: z.enum(WEEK_DAYS).optional(),
  timeZone: timeZoneSchema.optional(),
  locale: z.enum(LOCALES).nullable().optional(),
  avatarUrl: z.url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .refine((s) => s.length <= MAX_URL, { message: 'URL too long' }).regex(HTTP_URL_RE).nullable().optional(),
  bio: z.string().nullable().optional(),
  metadata: z.record(
    units(MAX_METADATA_KEY),
    z.union([units(MAX_METADATA_VALUE), z.number(), z.boolean()]),
  ).refine((o) => Object.keys(o).length <= MAX_METADATA_KEYS, {
    message: `Metadata must have at most ${MAX_METADATA_KEYS} keys`,
  }).optional(),
});

export { makeZodPeer } from './zod-peer.mjs';
