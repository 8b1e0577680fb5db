// class-validator 0.14.3 + class-transformer 0.5.1, mirroring cal.com API v2's DTO
// (UpdateManagedUserInput, packages/platform/types) and its global ValidationPipe
// (plainToInstance then validate, all constraints of all properties), tightened to the shared
// strict rules: forbidNonWhitelisted (unknown keys are errors), ValidateIf instead of IsOptional
// on the non-nullable fields (so `null` fails there), a real email, integer schedule ids,
// http(s)-only URLs with a scheme. Decorators are applied as plain functions (no TS compiler).
//
// Two contenders from one DTO: the default export uses class-validator's own `IsTimeZone` (a new
// `Intl.DateTimeFormat` per call: what cal.com runs); `cached` (class-validator-cached.mjs) swaps
// in a custom decorator over the cached check (rules.mjs `isTimeZoneCached`), same constraint name
// and message: what a performance-aware class-validator user could write.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import {
  validateSync, registerDecorator, IsString, IsOptional, ValidateIf, IsNumber, IsInt, Min, Max,
  IsIn, IsEnum, IsTimeZone, IsUrl, IsObject, Matches, MaxLength, isTimeZone,
} from 'class-validator';
import {
  LOCALES, WEEK_DAYS, TIME_FORMATS, MAX_SCHEDULE_ID, MAX_EMAIL, MAX_METADATA_KEYS,
  MAX_METADATA_KEY, MAX_METADATA_VALUE, EMAIL_RE, isPlainObject, isTimeZoneCached,
} from './rules.mjs';

/** cal.com's `Locales` TS enum, as the object TypeScript compiles it to. */
const Locales = Object.fromEntries(LOCALES.map((l) => [l.toUpperCase().replace('-', '_'), l]));

/** cal.com's ValidateMetadata (validate-metadata.ts): ≤ 50 keys, keys ≤ 40, values string ≤ 500 | number | boolean. */
function ValidateMetadata() {
  return (object, propertyName) => registerDecorator({
    name: 'ValidateMetadata',
    target: object.constructor,
    propertyName,
    validator: {
      validate(value) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const keys = Object.keys(value);
        if (keys.length > MAX_METADATA_KEYS) return false;
        for (const k of keys) {
          if (k.length > MAX_METADATA_KEY) return false;
          const v = value[k];
          if (typeof v === 'string') {
            if (v.length > MAX_METADATA_VALUE) return false;
          } else if (typeof v !== 'number' && typeof v !== 'boolean') {
            return false;
          }
        }
        return true;
      },
      defaultMessage() {
        return `Metadata must have at most ${MAX_METADATA_KEYS} keys, each key up to ${MAX_METADATA_KEY} characters, and values up to ${MAX_METADATA_VALUE} characters.`;
      },
    },
  });
}

const present = (name) => ValidateIf((o) => o[name] !== undefined);

/** IsTimeZone over the cached check: same constraint name and message as class-validator's. */
export function IsTimeZoneCached() {
  return (object, propertyName) => registerDecorator({
    name: 'isTimeZone',
    target: object.constructor,
    propertyName,
    validator: {
      validate: (value) => isTimeZoneCached(value),
      defaultMessage: (args) => `${args.property} must be a valid IANA time-zone`,
    },
  });
}

const PIPE = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** The DTO class with `timeZoneDecorator` on `timeZone`, wrapped in the contender interface. */
export function makeClassValidatorPeer(name, timeZoneDecorator, timeZoneValid) {
  class UpdateMeInput {}
  const fields = {
    email: [present('email'), IsString(), MaxLength(MAX_EMAIL), Matches(EMAIL_RE, { message: 'email must be an email' })],
    name: [IsOptional(), IsString()],
    timeFormat: [present('timeFormat'), IsNumber(), IsIn(TIME_FORMATS)],
    defaultScheduleId: [IsOptional(), IsInt(), Min(1), Max(MAX_SCHEDULE_ID)],
    weekStart: [present('weekStart'), IsString(), IsIn(WEEK_DAYS)],
    timeZone: [present('timeZone'), timeZoneDecorator()],
    locale: [IsOptional(), IsEnum(Locales)],
    avatarUrl: [IsOptional(), IsUrl({ protocols: ['http', 'https'], require_protocol: true })],
    bio: [IsOptional(), IsString()],
    metadata: [present('metadata'), IsObject(), ValidateMetadata()],
  };
  for (const [prop, decorators] of Object.entries(fields)) {
    for (const d of decorators) d(UpdateMeInput.prototype, prop);
  }

  function check(body) {
    if (!isPlainObject(body)) {
      return { instance: undefined, errors: [{ property: '', constraints: { isObject: 'body must be an object' } }] };
    }
    const instance = plainToInstance(UpdateMeInput, body);
    return { instance, errors: validateSync(instance, PIPE) };
  }

  return {
    name,
    validateObject: check,
    validateJsonText(text) {
      let body;
      try {
        body = JSON.parse(text);
      } catch (e) {
        return { instance: undefined, errors: [{ property: '', constraints: { json: String(e.message) } }] };
      }
      return check(body);
    },
    validateBuffer(buf) {
      return this.validateJsonText(buf.toString());
    },
    timeZoneValid,
    touch(r) {
      if (r.errors.length === 0) return r.instance === undefined ? 0 : 1;
      let n = 0;
      for (const e of r.errors) for (const k in e.constraints) n += e.constraints[k].length;
      return n;
    },
    normalise(r) {
      if (r.errors.length === 0) return { ok: true, data: { ...r.instance }, issues: [] };
      const issues = [];
      for (const e of r.errors) {
        for (const k in e.constraints) issues.push({ field: e.property, path: [e.property], message: e.constraints[k] });
      }
      return { ok: false, issues };
    },
  };
}

/** cal.com's way: class-validator's own IsTimeZone (and its isTimeZone on (d)). */
export default makeClassValidatorPeer('class-validator', IsTimeZone, isTimeZone);
