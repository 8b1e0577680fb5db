// valibot 1.x: strictObject + pipes; all issues (abortEarly defaults to false).
import * as v from 'valibot';
import {
  LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_SCHEDULE_ID, MAX_EMAIL, MAX_URL, MAX_METADATA_KEYS,
  MAX_METADATA_KEY, MAX_METADATA_VALUE, EMAIL_RE, HTTP_URL_RE, isTimeZoneCached,
} from './rules.mjs';

const timeZoneSchema = v.pipe(v.string(), v.check(isTimeZoneCached, 'Invalid IANA time zone'));

// valibot's object and record schemas take arrays too (typeof [] === 'object'): refuse them first.
const notArray = v.custom((x) => !Array.isArray(x), 'Invalid type: Expected Object but received Array');

const schema = v.pipe(notArray, v.strictObject({
  email: v.optional(v.pipe(v.string(), v.maxLength(MAX_EMAIL), v.regex(EMAIL_RE, 'Invalid email address'))),
  name: v.optional(v.nullable(v.string())),
  timeFormat: v.optional(v.picklist(TIME_FORMATS)),
  defaultScheduleId: v.optional(v.nullable(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SCHEDULE_ID)),
  )),
  weekStart: v.optional(v.picklist(WEEK_DAYS)),
  timeZone: v.optional(timeZoneSchema),
  locale: v.optional(v.nullable(v.picklist(LOCALES))),
  avatarUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL), v.url(), v.regex(HTTP_URL_RE)))),
  bio: v.optional(v.nullable(v.string())),
  metadata: v.optional(v.pipe(
    notArray,
    v.record(
      v.pipe(v.string(), v.maxLength(MAX_METADATA_KEY)),
      v.union([v.pipe(v.string(), v.maxLength(MAX_METADATA_VALUE)), v.number(), v.boolean()]),
    ),
    v.check((o) => Object.keys(o).length <= MAX_METADATA_KEYS, `Metadata must have at most ${MAX_METADATA_KEYS} keys`),
  )),
}));

export default {
  name: 'valibot',
  validateObject(body) {
    return v.safeParse(schema, body);
  },
  validateJsonText(text) {
    let body;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return { success: false, issues: [{ kind: 'schema', type: 'json', path: undefined, message: String(e.message) }] };
    }
    return v.safeParse(schema, body);
  },
  validateBuffer(buf) {
    return this.validateJsonText(buf.toString());
  },
  timeZoneValid(s) {
    return v.safeParse(timeZoneSchema, s).success;
  },
  touch(r) {
    if (r.success) return r.output === undefined ? 0 : 1;
    let n = 0;
    for (let i = 0; i < r.issues.length; i++) n += r.issues[i].message.length;
    return n;
  },
  normalise(r) {
    if (r.success) return { ok: true, data: r.output, issues: [] };
    return {
      ok: false,
      issues: r.issues.map((i) => ({
        field: i.path?.[0]?.key ?? '',
        path: (i.path ?? []).map((p) => p.key),
        message: i.message,
      })),
    };
  },
};
