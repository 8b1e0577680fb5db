// The shared rules as a JSON Schema (draft-07) for ajv. The time zone is the one rule JSON Schema
// cannot express: peers/ajv.mjs checks it with the Intl approach after the generated validator.
import {
  LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_SCHEDULE_ID, MAX_EMAIL, MAX_URL, MAX_METADATA_KEYS,
  MAX_METADATA_KEY, MAX_METADATA_VALUE, EMAIL_PATTERN, HTTP_URL_PATTERN,
} from './rules.mjs';

export const updateMeJsonSchema = {
  $id: 'UpdateMe',
  type: 'object',
  additionalProperties: false,
  properties: {
    email: { type: 'string', maxLength: MAX_EMAIL, pattern: EMAIL_PATTERN },
    name: { type: ['string', 'null'] },
    timeFormat: { enum: TIME_FORMATS },
    defaultScheduleId: {
      anyOf: [{ type: 'integer', minimum: 1, maximum: MAX_SCHEDULE_ID }, { type: 'null' }],
    },
    weekStart: { enum: WEEK_DAYS },
    timeZone: { type: 'string' },
    locale: { enum: [...LOCALES, null] },
    avatarUrl: {
      anyOf: [
        { type: 'string', maxLength: MAX_URL, format: 'uri', pattern: HTTP_URL_PATTERN },
        { type: 'null' },
      ],
    },
    bio: { type: ['string', 'null'] },
    metadata: {
      type: 'object',
      maxProperties: MAX_METADATA_KEYS,
      propertyNames: { maxLength: MAX_METADATA_KEY },
      additionalProperties: {
        anyOf: [
          { type: 'string', maxLength: MAX_METADATA_VALUE },
          { type: 'number' },
          { type: 'boolean' },
        ],
      },
    },
  },
};

/**
 * ajv options: all errors (like every other contender), `unicode: false` so that maxLength counts
 * UTF-16 code units (JS `.length`, cal.com's rule) instead of code points, standalone ESM code.
 */
export const ajvOptions = {
  allErrors: true,
  unicode: false,
  strict: true,
  code: { source: true, esm: true, optimize: true },
};
