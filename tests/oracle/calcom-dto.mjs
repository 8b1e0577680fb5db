// Oracle: a JavaScript re-creation of cal.com API v2's request validation for
// `UpdateManagedUserInput` (PATCH /v2/me, PATCH /v2/oauth-clients/{clientId}/users/{userId}) and
// `CreateManagedUserInput` (POST /v2/oauth-clients/{clientId}/users), run on the exact library
// versions cal.com pins (class-validator 0.14.3, class-transformer 0.5.1, reflect-metadata).
//
// The DTOs are declared in plain JS: each TypeScript property decorator is applied by calling it
// as a function. TypeScript applies the decorators of one property bottom-up (the one nearest the
// property first) and properties top-down; `decorate()` below does the same, so the order of the
// registered metadata -- and therefore the key order of `constraints` and the order of errors -- is
// the one cal.com produces.
//
// Pipeline (NestJS 10 global ValidationPipe as configured in apps/api/v2/src/app.ts:
// `{ whitelist: true, transform: true, validationError: { target: true, value: true } }`, plus Nest's
// own default `forbidUnknownValues: false`):
//   1. keys named `__proto__` are deleted recursively (Nest's `stripProtoKeys`);
//   2. `plainToInstance(Dto, body)` (class-transformer, no options: `@Type`/`@Transform` only);
//   3. `validate(instance, { whitelist: true, forbidUnknownValues: false })`: properties without
//      decorators are deleted from the instance, all constraints of all properties are reported.
// We call `validateSync`: no constraint here is async, so the result equals `await validate(...)`.
//
// The result's `normalized` is the validated instance serialised as plain JSON: what the
// controller hands to the service (before any service-side default such as create's locale `en`
// or time zone `Europe/London`). The payload is deep-copied first; the caller's object is untouched.

import 'reflect-metadata';
import { Transform, Type, plainToInstance } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  registerDecorator,
  validateSync,
} from 'class-validator';

/** cal.com's `Locales` enum (@calcom/platform-enums), in declaration order: IsEnum lists values in it. */
export const LOCALES = Object.freeze([
  'ar', 'ca', 'de', 'es', 'eu', 'he', 'id', 'ja', 'lv', 'pl', 'ro', 'sr', 'th', 'vi', 'az', 'cs',
  'el', 'es-419', 'fi', 'hr', 'it', 'km', 'nl', 'pt', 'ru', 'sv', 'tr', 'zh-CN', 'bg', 'da', 'en',
  'et', 'fr', 'hu', 'iw', 'ko', 'no', 'pt-BR', 'sk', 'ta', 'uk', 'zh-TW', 'bn',
]);

/** A TypeScript-style string enum object: { AR: "ar", …, ES_419: "es-419", … }. */
const Locales = Object.freeze(
  Object.fromEntries(LOCALES.map((v) => [v.toUpperCase().replace(/-/g, '_'), v])),
);

export const WEEK_DAYS = Object.freeze([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

export const METADATA_MESSAGE =
  'Metadata must have at most 50 keys, each key up to 40 characters, and values up to 500 characters.';

/** packages/platform/types/utils/normalizeTimezone.ts, re-created. */
export function normalizeTimezone(value) {
  if (typeof value !== 'string') return value;
  let tz = value
    .split('/')
    .map((part) =>
      part
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
        .join('_'),
    )
    .join('/');
  for (const special of ['GMT', 'EST', 'UTC']) {
    const re = new RegExp(`(^|[^a-zA-Z])(${special})([^a-zA-Z]|$)`, 'gi');
    tz = tz.replace(re, (_m, p1, _p2, p3) => `${p1}${special}${p3}`);
  }
  return tz;
}

/** apps/api/v2/src/lib/inputs/capitalize-timezone.ts: a class-transformer @Transform. */
const CapitalizeTimeZone = () => Transform(({ value }) => normalizeTimezone(value));

/** packages/platform/types/.../validators/validate-metadata.ts, re-created (current version). */
function isInvalidMetadataValue(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return false;
  if (typeof v === 'string') return v.length > 500; // UTF-16 code units
  return true;
}
function ValidateMetadata(validationOptions) {
  return function (object, propertyName) {
    registerDecorator({
      name: 'ValidateMetadata',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: {
        validate(metadata) {
          if (typeof metadata !== 'object' || metadata === null) return false;
          const keys = Object.keys(metadata);
          if (keys.length > 50) return false;
          for (const key of keys) {
            if (key.length > 40) return false;
            if (isInvalidMetadataValue(metadata[key])) return false;
          }
          return true;
        },
        defaultMessage(args) {
          return `${args.property} must be an object with up to 50 keys, each key name up to 40 characters, and values with a maximum length of 500 characters.`;
        },
      },
    });
  };
}

/** Apply decorators listed in source order (top to bottom) the way TypeScript does: bottom-up. */
function decorate(cls, property, decorators) {
  for (const d of [...decorators].reverse()) d(cls.prototype, property);
}

// ---------------------------------------------------------------------------------------------
// UpdateManagedUserInput (apps/api/v2/src/modules/users/inputs/update-managed-user.input.ts)
// ---------------------------------------------------------------------------------------------
export class UpdateManagedUserInput {}
decorate(UpdateManagedUserInput, 'email', [IsString(), IsOptional()]);
decorate(UpdateManagedUserInput, 'name', [IsString(), IsOptional()]);
decorate(UpdateManagedUserInput, 'timeFormat', [Type(() => Number), IsNumber(), IsOptional(), IsIn([12, 24])]);
decorate(UpdateManagedUserInput, 'defaultScheduleId', [IsNumber(), IsOptional()]);
decorate(UpdateManagedUserInput, 'weekStart', [IsOptional(), IsString(), IsIn([...WEEK_DAYS])]);
decorate(UpdateManagedUserInput, 'timeZone', [IsTimeZone(), IsOptional(), CapitalizeTimeZone()]);
decorate(UpdateManagedUserInput, 'locale', [IsEnum(Locales), IsOptional()]);
decorate(UpdateManagedUserInput, 'avatarUrl', [IsUrl(), IsOptional()]);
decorate(UpdateManagedUserInput, 'bio', [IsOptional(), IsString()]);
decorate(UpdateManagedUserInput, 'metadata', [
  IsObject(),
  IsOptional(),
  ValidateMetadata({ message: METADATA_MESSAGE }),
]);

// ---------------------------------------------------------------------------------------------
// CreateManagedUserInput (apps/api/v2/src/modules/users/inputs/create-managed-user.input.ts)
// ---------------------------------------------------------------------------------------------
export class CreateManagedUserInput {}
decorate(CreateManagedUserInput, 'email', [IsString()]);
decorate(CreateManagedUserInput, 'name', [IsString()]);
decorate(CreateManagedUserInput, 'timeFormat', [
  Type(() => Number),
  IsNumber(),
  IsOptional(),
  IsIn([12, 24], { message: 'timeFormat must be a number either 12 or 24' }),
]);
decorate(CreateManagedUserInput, 'weekStart', [IsOptional(), IsString()]);
decorate(CreateManagedUserInput, 'timeZone', [
  Transform(({ value }) => (value === null ? undefined : value)),
  IsTimeZone(),
  IsOptional(),
  CapitalizeTimeZone(),
]);
decorate(CreateManagedUserInput, 'locale', [IsEnum(Locales), IsOptional()]);
decorate(CreateManagedUserInput, 'avatarUrl', [IsUrl(), IsOptional()]);
decorate(CreateManagedUserInput, 'bio', [IsOptional(), IsString()]);
decorate(CreateManagedUserInput, 'metadata', [
  IsObject(),
  IsOptional(),
  ValidateMetadata({ message: METADATA_MESSAGE }),
]);

// ---------------------------------------------------------------------------------------------
// The NestJS ValidationPipe steps
// ---------------------------------------------------------------------------------------------

/** @nestjs/common 10 ValidationPipe#stripProtoKeys: delete own `__proto__` keys, recursively. */
function stripProtoKeys(value) {
  if (value == null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  if (Array.isArray(value)) {
    for (const v of value) stripProtoKeys(v);
    return;
  }
  delete value.__proto__; // only removes an own property (e.g. one created by JSON.parse)
  for (const key in value) stripProtoKeys(value[key]);
}

/** Deep copy that keeps own `__proto__` keys as data (as JSON.parse does). */
function jsonClone(payload) {
  return payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
}

const VALIDATOR_OPTIONS = Object.freeze({
  whitelist: true,
  forbidUnknownValues: false, // Nest's ValidationPipe default (class-validator's own default is true)
  validationError: { target: true, value: true },
});

function runPipe(Dto, payload) {
  let value = jsonClone(payload);
  if (value === null || value === undefined) value = {}; // Nest: toEmptyIfNil for class metatypes
  stripProtoKeys(value);
  let entity;
  try {
    entity = plainToInstance(Dto, value);
  } catch (e) {
    // class-transformer itself throws (e.g. a nested object with an own `constructor` key that is
    // not a function): cal.com answers 500 before any validation runs. Not "accepted".
    return { valid: false, errors: [], normalized: null, crash: `${e.constructor.name}: ${e.message}` };
  }
  if (entity === null || typeof entity !== 'object') {
    // primitive bodies never reach the DTO on cal.com (express.json strict mode → 400)
    throw new TypeError('body must be a JSON object or array');
  }
  if (entity.constructor !== Dto) entity.constructor = Dto; // Nest does this for arrays
  const errors = validateSync(entity, VALIDATOR_OPTIONS);
  return {
    valid: errors.length === 0,
    errors: errors.map((e) => ({ property: e.property, constraints: { ...e.constraints } })),
    normalized: Array.isArray(entity) ? JSON.parse(JSON.stringify([...entity])) : JSON.parse(JSON.stringify(entity)),
  };
}

/** PATCH /v2/me body: { valid, errors: [{property, constraints}], normalized }. */
export function validateUpdateManagedUser(payload) {
  return runPipe(UpdateManagedUserInput, payload);
}

/** POST /v2/oauth-clients/{clientId}/users body: { valid, errors, normalized }. */
export function validateCreateManagedUser(payload) {
  return runPipe(CreateManagedUserInput, payload);
}

/** Which oracle function serves a `dto` name of the vector files. */
export const ORACLES = Object.freeze({
  UpdateManagedUserInput: validateUpdateManagedUser,
  CreateManagedUserInput: validateCreateManagedUser,
});
