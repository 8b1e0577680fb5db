// Generated from src/protocol.rs by `UPDATE_PROTOCOL=1 cargo test --lib protocol`: do not edit.
// The ids and tables the JS layer shares with the core (see that file).

/** Schema ids (`__validate`, `__jsonSchema`). */
export const SCHEMA = Object.freeze({
  UPDATE_ME: 0,
  ME: 1,
  CREATE_MANAGED_USER: 2,
  MANAGED_USER: 3,
  V1_USER_CREATE: 4,
  V1_USER_EDIT: 5,
  V1_USER: 6,
  CREATED_MANAGED_USER: 7,
  BOOKING_LIMITS: 8,
  TEAM_BOOKING_LIMITS: 9,
  BOOKING_LIMITS_RESPONSE: 10,
});

/** Lone-value rule ids (`__check`). */
export const RULE = Object.freeze({
  EMAIL: 0,
  AVATAR_URL: 1,
  LOCALE: 2,
  METADATA: 3,
  API_KEY: 4,
  TEAM_ID: 5,
});

/** What JS wrote into the input buffer (`__validateInput`'s kind). */
export const INPUT = Object.freeze({
  JS_VALUE: 0,
  JSON_TEXT: 1,
  JSON_BYTES: 2,
});

/** JSON Schema target ids (`__jsonSchema` flags, bits 2-3). */
export const TARGET = Object.freeze({
  'draft-2020-12': 0,
  'draft-07': 1,
  'openapi-3.0': 2,
});

/** cal.com's limits the rules enforce (UTF-16 units for lengths, bytes for the body). */
export const LIMITS = Object.freeze({
  bodyBytes: 102400,
  int32Max: 2147483647,
  emailLength: 254,
  avatarUrlLength: 2084,
  metadataKeys: 50,
  metadataKeyLength: 40,
  metadataValueLength: 500,
});

/** Canonical time-zone names compat mode does not take unchanged (cal.com capitalises them otherwise). */
export const ZONES_CHANGED_IN_COMPAT = ['Africa/Dar_es_Salaam', 'Africa/Porto-Novo', 'America/Blanc-Sablon', 'America/Port-au-Prince', 'America/Port_of_Spain', 'Antarctica/DumontDUrville', 'Antarctica/McMurdo', 'Asia/Ust-Nera', 'Europe/Isle_of_Man'];

/** Metadata keys strict mode rejects (cal.com deletes, drops or fails on them). */
export const METADATA_FORBIDDEN_KEYS = ['constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf'];

// Fast-path kinds (src/rules/mod.rs `Fast`): [kind, ...arguments]; null: the core only.
export const TEXT = 1;
export const ONE_OF = 2;
export const INT_RANGE = 3;
export const INTEGER = 4;
export const NUMBER = 5;
export const TIME_ZONE = 6;
export const METADATA = 7;

const LIST_0 = [12, 24];
const LIST_1 = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LIST_2 = ['ar', 'ca', 'de', 'es', 'eu', 'he', 'id', 'ja', 'lv', 'pl', 'ro', 'sr', 'th', 'vi', 'az', 'cs', 'el', 'es-419', 'fi', 'hr', 'it', 'km', 'nl', 'pt', 'ru', 'sv', 'tr', 'zh-CN', 'bg', 'da', 'en', 'et', 'fr', 'hu', 'iw', 'ko', 'no', 'pt-BR', 'sk', 'ta', 'uk', 'zh-TW', 'bn'];

/** Per schema id: whether it is a request body (cal.com's body limit applies), and its fields in order. */
export const SCHEMAS = [
  // UPDATE_ME: UpdateMeInput
  {
    request: true,
    fields: [
      { name: 'email', presence: 'optional', null: 'not-null-column', fast: null },
      { name: 'name', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'timeFormat', presence: 'optional', null: 'breaks', fast: [ONE_OF, LIST_0] },
      { name: 'defaultScheduleId', presence: 'optional', null: 'clears-with-warning', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'weekStart', presence: 'optional', null: 'not-null-column', fast: [ONE_OF, LIST_1] },
      { name: 'timeZone', presence: 'optional', null: 'not-null-column', fast: [TIME_ZONE] },
      { name: 'locale', presence: 'optional', null: 'clears', fast: [ONE_OF, LIST_2] },
      { name: 'avatarUrl', presence: 'optional', null: 'clears', fast: null },
      { name: 'bio', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'metadata', presence: 'optional', null: 'breaks', fast: [METADATA] },
    ],
  },
  // ME: Me
  {
    request: false,
    fields: [
      { name: 'id', presence: 'required', null: 'rejected', fast: [INTEGER] },
      { name: 'email', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'username', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'name', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'avatarUrl', presence: 'required', null: 'clears', fast: null },
      { name: 'bio', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'timeFormat', presence: 'required', null: 'rejected', fast: null },
      { name: 'defaultScheduleId', presence: 'required', null: 'clears', fast: [INTEGER] },
      { name: 'weekStart', presence: 'required', null: 'rejected', fast: null },
      { name: 'timeZone', presence: 'required', null: 'rejected', fast: null },
      { name: 'locale', presence: 'optional', null: 'clears', fast: [ONE_OF, LIST_2] },
      { name: 'organizationId', presence: 'required', null: 'clears', fast: [NUMBER] },
      { name: 'organization', presence: 'optional', null: 'rejected', fast: null },
    ],
  },
  // CREATE_MANAGED_USER: CreateManagedUserInput
  {
    request: true,
    fields: [
      { name: 'email', presence: 'required', null: 'rejected', fast: null },
      { name: 'name', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'timeFormat', presence: 'optional', null: 'breaks', fast: [ONE_OF, LIST_0] },
      { name: 'weekStart', presence: 'optional', null: 'not-null-column', fast: [ONE_OF, LIST_1] },
      { name: 'timeZone', presence: 'optional-with-warning', null: 'absent', fast: [TIME_ZONE] },
      { name: 'locale', presence: 'optional', null: 'clears', fast: [ONE_OF, LIST_2] },
      { name: 'avatarUrl', presence: 'optional', null: 'clears', fast: null },
      { name: 'bio', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'metadata', presence: 'optional', null: 'breaks', fast: [METADATA] },
    ],
  },
  // MANAGED_USER: ManagedUser
  {
    request: false,
    fields: [
      { name: 'id', presence: 'required', null: 'rejected', fast: [NUMBER] },
      { name: 'email', presence: 'required', null: 'rejected', fast: null },
      { name: 'username', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'name', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'bio', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'timeZone', presence: 'required', null: 'rejected', fast: null },
      { name: 'weekStart', presence: 'required', null: 'rejected', fast: null },
      { name: 'createdDate', presence: 'required', null: 'rejected', fast: null },
      { name: 'timeFormat', presence: 'required', null: 'clears', fast: [NUMBER] },
      { name: 'defaultScheduleId', presence: 'required', null: 'clears', fast: [NUMBER] },
      { name: 'locale', presence: 'required', null: 'clears', fast: [ONE_OF, LIST_2] },
      { name: 'avatarUrl', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'metadata', presence: 'optional', null: 'rejected', fast: [METADATA] },
    ],
  },
  // V1_USER_CREATE: V1UserCreateInput
  {
    request: true,
    fields: [
      { name: 'name', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'email', presence: 'required', null: 'rejected', fast: null },
      { name: 'username', presence: 'required', null: 'rejected', fast: null },
      { name: 'bio', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'timeZone', presence: 'optional', null: 'rejected', fast: null },
      { name: 'weekStart', presence: 'optional', null: 'rejected', fast: [ONE_OF, LIST_1] },
      { name: 'theme', presence: 'optional', null: 'clears', fast: null },
      { name: 'appTheme', presence: 'optional', null: 'clears', fast: null },
      { name: 'defaultScheduleId', presence: 'optional', null: 'clears', fast: null },
      { name: 'locale', presence: 'optional', null: 'rejected', fast: null },
      { name: 'hideBranding', presence: 'optional', null: 'rejected', fast: null },
      { name: 'timeFormat', presence: 'optional', null: 'rejected', fast: null },
      { name: 'brandColor', presence: 'optional', null: 'rejected', fast: null },
      { name: 'darkBrandColor', presence: 'optional', null: 'rejected', fast: null },
      { name: 'allowDynamicBooking', presence: 'optional', null: 'breaks', fast: null },
      { name: 'role', presence: 'optional', null: 'rejected', fast: null },
      { name: 'createdDate', presence: 'optional', null: 'rejected', fast: null },
    ],
  },
  // V1_USER_EDIT: V1UserEditInput
  {
    request: true,
    fields: [
      { name: 'name', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'email', presence: 'optional', null: 'rejected', fast: null },
      { name: 'username', presence: 'optional', null: 'rejected', fast: null },
      { name: 'bio', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'timeZone', presence: 'optional', null: 'rejected', fast: null },
      { name: 'weekStart', presence: 'optional', null: 'rejected', fast: [ONE_OF, LIST_1] },
      { name: 'theme', presence: 'optional', null: 'clears', fast: null },
      { name: 'appTheme', presence: 'optional', null: 'clears', fast: null },
      { name: 'defaultScheduleId', presence: 'optional', null: 'clears', fast: null },
      { name: 'locale', presence: 'optional', null: 'clears', fast: null },
      { name: 'hideBranding', presence: 'optional', null: 'rejected', fast: null },
      { name: 'timeFormat', presence: 'optional', null: 'rejected', fast: null },
      { name: 'brandColor', presence: 'optional', null: 'rejected', fast: null },
      { name: 'darkBrandColor', presence: 'optional', null: 'rejected', fast: null },
      { name: 'allowDynamicBooking', presence: 'optional', null: 'breaks', fast: null },
      { name: 'role', presence: 'optional', null: 'rejected', fast: null },
    ],
  },
  // V1_USER: V1User
  {
    request: false,
    fields: [
      { name: 'id', presence: 'required', null: 'rejected', fast: [INTEGER] },
      { name: 'username', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'name', presence: 'required', null: 'clears', fast: [TEXT] },
      { name: 'email', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'emailVerified', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'bio', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'avatar', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'timeZone', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'weekStart', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'endTime', presence: 'optional', null: 'clears', fast: [NUMBER] },
      { name: 'bufferTime', presence: 'optional', null: 'clears', fast: [NUMBER] },
      { name: 'appTheme', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'theme', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'defaultScheduleId', presence: 'optional', null: 'clears', fast: [NUMBER] },
      { name: 'locale', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'timeFormat', presence: 'optional', null: 'clears', fast: [NUMBER] },
      { name: 'hideBranding', presence: 'optional', null: 'clears', fast: null },
      { name: 'brandColor', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'darkBrandColor', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'allowDynamicBooking', presence: 'optional', null: 'clears', fast: null },
      { name: 'createdDate', presence: 'optional', null: 'clears', fast: [TEXT] },
      { name: 'verified', presence: 'optional', null: 'clears', fast: null },
      { name: 'invitedTo', presence: 'optional', null: 'clears', fast: [NUMBER] },
      { name: 'role', presence: 'optional', null: 'clears', fast: [TEXT] },
    ],
  },
  // CREATED_MANAGED_USER: CreatedManagedUser
  {
    request: false,
    fields: [
      { name: 'user', presence: 'required', null: 'rejected', fast: null },
      { name: 'accessToken', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'refreshToken', presence: 'required', null: 'rejected', fast: [TEXT] },
      { name: 'accessTokenExpiresAt', presence: 'required', null: 'rejected', fast: [NUMBER] },
      { name: 'refreshTokenExpiresAt', presence: 'required', null: 'rejected', fast: [NUMBER] },
    ],
  },
  // BOOKING_LIMITS: BookingLimitsInput
  {
    request: true,
    fields: [
      { name: 'perDay', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perWeek', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perMonth', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perYear', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
    ],
  },
  // TEAM_BOOKING_LIMITS: TeamBookingLimitsInput
  {
    request: true,
    fields: [
      { name: 'perDay', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perWeek', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perMonth', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perYear', presence: 'optional', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
    ],
  },
  // BOOKING_LIMITS_RESPONSE: BookingLimits
  {
    request: false,
    fields: [
      { name: 'perDay', presence: 'required', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perWeek', presence: 'required', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perMonth', presence: 'required', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
      { name: 'perYear', presence: 'required', null: 'clears', fast: [INT_RANGE, 1, 2147483647] },
    ],
  },
];
