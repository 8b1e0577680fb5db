// Public API of cal-profile. The model types are generated from the Rust models by tsify
// (cal_profile.d.ts); this file declares the functions over them.

import type {
  UpdateMeInput,
  Me,
  Organization,
  CreateManagedUserInput,
  ManagedUser,
  CreatedManagedUser,
  DefaultSchedule,
  ScheduleSlot,
  V1UserCreateInput,
  V1UserEditInput,
  V1User,
  Locale,
  V1Locale,
  WeekStart,
  TimeFormat,
  Theme,
  Role,
  Metadata,
  MetadataValue,
  ApiSuccess,
  ApiError,
  ApiErrorDetail,
  BookingLimits,
  BookingLimitsInput,
} from './models.js';

export type {
  UpdateMeInput,
  Me,
  Organization,
  CreateManagedUserInput,
  ManagedUser,
  CreatedManagedUser,
  DefaultSchedule,
  ScheduleSlot,
  V1UserCreateInput,
  V1UserEditInput,
  V1User,
  Locale,
  V1Locale,
  WeekStart,
  TimeFormat,
  Theme,
  Role,
  Metadata,
  MetadataValue,
  ApiSuccess,
  ApiError,
  ApiErrorDetail,
  BookingLimits,
  BookingLimitsInput,
};

/** `strict` (default): "is this safe to send?". `compat`: "what will cal.com's API do with it?". */
export type Mode = 'strict' | 'compat';

export interface ValidateOptions {
  mode?: Mode;
  /**
   * The language of every `message` (English when absent): one of cal.com's locale codes whose
   * catalog is loaded (`import 'cal-profile/locales/de'`); any other is a `TypeError`.
   */
  locale?: Locale;
}

/**
 * Stable machine codes of issues (errors) and warnings. `unknown_key` is a warning of the response
 * guards only: a key the model does not know (cal.com added it), left out of `data`.
 */
export type IssueCode =
  | 'invalid_type'
  | 'too_big'
  | 'too_small'
  | 'invalid_value'
  | 'invalid_format'
  | 'unrecognized_keys'
  | 'invalid_time_zone'
  | 'required'
  | 'invalid_json'
  | 'duplicate_key'
  | 'invalid_unicode'
  | 'forbidden_key'
  | 'body_too_large'
  | 'unreadable'
  | 'stripped_key'
  | 'deprecated_time_zone'
  | 'no_default_schedule'
  | 'coerced'
  | 'fails_after_validation'
  | 'normalized'
  | 'unknown_key';

/** Arguments of an issue's message that are not typed parameters of the issue. */
export interface IssueArgs {
  /** An excerpt of the input (at most 40 characters, then `…`). */
  input?: string;
  /** The field's wire name. */
  field?: string;
  /** A measured quantity: keys, UTF-16 units, bytes. */
  count?: number;
  /** What cal.com stores instead of the input. */
  stored?: string;
}

/** A catalog of messages in one language: the default export of `cal-profile/locales/<code>`. */
export interface Catalog {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** Templates by message id (js/locales/README.md). */
  readonly messages: Readonly<Record<string, string>>;
  readonly expected: Readonly<Record<string, string>>;
  readonly received: Readonly<Record<string, string>>;
  /** The issue's message in this language; `undefined` for an id the catalog does not have. */
  format(issue: Pick<Issue, 'msg'> & Partial<Issue>): string | undefined;
}

/** Registers a catalog; importing `cal-profile/locales/<code>` does it for you. */
export declare function registerLocale(catalog: Catalog): void;
/**
 * Issues (from a server, a stored result) with their messages in `locale`: new objects. English
 * needs `import 'cal-profile/locales/en'` here (the validators' English comes from the core).
 */
export declare function localizeIssues<I extends Issue>(issues: readonly I[], locale: Locale): I[];
/**
 * The best locale for `navigator.languages` or an `Accept-Language` header (`"de-AT,de;q=0.9"`):
 * `de-AT` → `de`, `pt-PT` → `pt`, `es-MX` → `es-419`, `zh-Hant-TW` → `zh-TW`, `he` ↔ `iw`, among
 * `available` (default: English and the loaded catalogs); `"en"` when none fits.
 */
export declare function pickLocale(
  preferences: string | readonly string[] | null | undefined,
  available?: readonly Locale[],
): Locale;

/** A cal.com class-validator constraint an issue stands for (compat mode). */
export interface CalConstraint {
  constraint: string;
  message: string;
}

export interface Issue {
  code: IssueCode;
  /** JSON (wire) names and indexes: `["metadata", "plan"]`; `[]` for the whole body. */
  path: (string | number)[];
  /** For people, in the call's `locale` (English by default); never echoes more than a short excerpt of the input. */
  message: string;
  /**
   * Which message this is (`"time_zone.unknown"`): stable ids, listed in js/locales/messages.json.
   * Every issue this package produces has one; issues made elsewhere may not.
   */
  msg?: string;
  /** The message's arguments beyond the typed parameters below. */
  args?: IssueArgs;
  expected?: string;
  received?: string;
  minimum?: number;
  maximum?: number;
  /** What `minimum`/`maximum` count: UTF-16 code units (JavaScript `.length`), bytes, keys, or the value. */
  unit?: 'utf16' | 'bytes' | 'keys' | 'value';
  /** The allowed values. */
  values?: (string | number)[];
  /** Best guesses for what was meant, best first. */
  suggestions?: string[];
  /** The canonical form (e.g. the zone a deprecated link points to). */
  canonical?: string;
  /** The offending keys. */
  keys?: string[];
  /** Byte offset of a JSON syntax error. */
  position?: number;
  /** cal.com's constraints for this issue, for `calErrorBody` (compat mode). */
  calcom?: CalConstraint[];
}

export type Result<T> =
  | { success: true; data: T; issues?: never; warnings: Issue[] }
  | { success: false; data?: never; issues: Issue[]; warnings: Issue[] };

/** Thrown by the `parse*` functions. */
export declare class ValidationError extends Error {
  readonly issues: Issue[];
  readonly warnings: Issue[];
  constructor(issues: Issue[], warnings?: Issue[], catalog?: Catalog | null);
}

/** Raw request-body JSON: text or bytes, validated without `JSON.parse` on the JS side. */
export type JsonBody = string | Uint8Array | ArrayBuffer;

/** Validates a `PATCH /v2/me` body (also `PATCH /v2/oauth-clients/{clientId}/users/{userId}`). */
export declare function validateUpdateMe(input: unknown, options?: ValidateOptions): Result<UpdateMeInput>;
/** Like `validateUpdateMe`, but returns the data or throws a `ValidationError`. */
export declare function parseUpdateMe(input: unknown, options?: ValidateOptions): UpdateMeInput;
/** Validates the raw JSON text of a `PATCH /v2/me` body (the Node-backend fast path). */
export declare function validateUpdateMeJson(body: JsonBody, options?: ValidateOptions): Result<UpdateMeInput>;

/** `POST /v2/oauth-clients/{clientId}/users`. */
export declare function validateCreateManagedUser(input: unknown, options?: ValidateOptions): Result<CreateManagedUserInput>;
export declare function parseCreateManagedUser(input: unknown, options?: ValidateOptions): CreateManagedUserInput;
export declare function validateCreateManagedUserJson(body: JsonBody, options?: ValidateOptions): Result<CreateManagedUserInput>;

/** API v1 `POST /users`. Self-hosted instances only; hosted v1 answers 410 (since 2026-04-08). */
export declare function validateV1UserCreate(input: unknown, options?: ValidateOptions): Result<V1UserCreateInput>;
export declare function parseV1UserCreate(input: unknown, options?: ValidateOptions): V1UserCreateInput;
export declare function validateV1UserCreateJson(body: JsonBody, options?: ValidateOptions): Result<V1UserCreateInput>;

/** API v1 `PATCH /users/{userId}`. Self-hosted instances only; hosted v1 answers 410 (since 2026-04-08). */
export declare function validateV1UserEdit(input: unknown, options?: ValidateOptions): Result<V1UserEditInput>;
export declare function parseV1UserEdit(input: unknown, options?: ValidateOptions): V1UserEditInput;
export declare function validateV1UserEditJson(body: JsonBody, options?: ValidateOptions): Result<V1UserEditInput>;

/**
 * Response guard: the `data` of `GET`/`PATCH /v2/me`. Every response guard treats a key its model
 * does not know as news, not failure: an `unknown_key` warning (path, `keys`), left out of `data`,
 * in both modes, because cal.com adds fields without notice. A known field whose type or value
 * changed is an issue.
 */
export declare function validateMe(input: unknown, options?: ValidateOptions): Result<Me>;
export declare function parseMe(input: unknown, options?: ValidateOptions): Me;
export declare function validateMeJson(body: JsonBody, options?: ValidateOptions): Result<Me>;

/** Response guard: a platform managed user. */
export declare function validateManagedUser(input: unknown, options?: ValidateOptions): Result<ManagedUser>;
export declare function parseManagedUser(input: unknown, options?: ValidateOptions): ManagedUser;
export declare function validateManagedUserJson(body: JsonBody, options?: ValidateOptions): Result<ManagedUser>;

/** Response guard: the `data` of a 201 from creating a managed user. */
export declare function validateCreatedManagedUser(input: unknown, options?: ValidateOptions): Result<CreatedManagedUser>;
export declare function parseCreatedManagedUser(input: unknown, options?: ValidateOptions): CreatedManagedUser;
export declare function validateCreatedManagedUserJson(body: JsonBody, options?: ValidateOptions): Result<CreatedManagedUser>;

/** Response guard: the API v1 user read shape. Self-hosted instances only; hosted v1 answers 410 (since 2026-04-08). */
export declare function validateV1User(input: unknown, options?: ValidateOptions): Result<V1User>;
export declare function parseV1User(input: unknown, options?: ValidateOptions): V1User;
export declare function validateV1UserJson(body: JsonBody, options?: ValidateOptions): Result<V1User>;

/**
 * Standard Schema v1 (https://standardschema.dev), usable by any consumer of the spec. `types`
 * exists only for type inference (TanStack Form, react-hook-form, tRPC read `Input` and `Output`
 * from it); it is `undefined` at run time, as the spec allows.
 */
export interface StandardSchema<Input, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'cal-profile';
    readonly validate: (value: unknown) => { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<Issue> };
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * One field of a schema on its own, for field-level validators: `UpdateMeSchema.shape.timeZone`.
 * It applies the field's rule, `null` policy and presence requirement exactly as inside a body;
 * its issues' paths are relative to the field (`[]` for the field itself, `["plan"]` inside
 * `metadata`); its value is the normalised field (`"America/New_York"` for `"america/new_york"`).
 */
export interface FieldSchema<T> extends StandardSchema<T> {
  /** Also Standard JSON Schema: the field's property in its parent's document. */
  readonly '~standard': StandardSchema<T>['~standard'] & { readonly jsonSchema: JsonSchemaConverter };
  withOptions(options: ValidateOptions): FieldSchema<T>;
}

/** A Standard Schema with the mode fixed: `UpdateMeSchema.withOptions({ mode: 'compat' })`. */
export interface CalProfileSchema<T> extends StandardSchema<T> {
  /** Also Standard JSON Schema (`@standard-schema/spec` 1.1): `jsonSchema.input({ target })`. */
  readonly '~standard': StandardSchema<T>['~standard'] & { readonly jsonSchema: JsonSchemaConverter };
  withOptions(options: ValidateOptions): CalProfileSchema<T>;
  /** Per-field schemas by wire name (the same mode as this schema). */
  readonly shape: { readonly [K in keyof T]-?: FieldSchema<T[K]> };
}

export declare const UpdateMeSchema: CalProfileSchema<UpdateMeInput>;
export declare const CreateManagedUserSchema: CalProfileSchema<CreateManagedUserInput>;
export declare const V1UserCreateSchema: CalProfileSchema<V1UserCreateInput>;
export declare const V1UserEditSchema: CalProfileSchema<V1UserEditInput>;
export declare const MeSchema: CalProfileSchema<Me>;
export declare const ManagedUserSchema: CalProfileSchema<ManagedUser>;
export declare const CreatedManagedUserSchema: CalProfileSchema<CreatedManagedUser>;
export declare const V1UserSchema: CalProfileSchema<V1User>;

/** A path as forms and logs write it: `["metadata", "plan"]` → `"metadata.plan"`; `[]` → `""`. */
export declare function pathKey(path: ReadonlyArray<string | number>): string;
/**
 * Issues grouped by `pathKey` of their path, in order, for forms:
 * `{ timeZone: ["Unknown time zone …"], "metadata.plan": ["…"] }`; body-level issues under `""`.
 * `pick` chooses what each entry holds (the message by default).
 */
export declare function groupIssues(issues: readonly Issue[]): Record<string, string[]>;
export declare function groupIssues<T>(issues: readonly Issue[], pick: (issue: Issue) => T): Record<string, T[]>;
/** One line for logs: `2 issues: timeZone: Unknown time zone "x"; timeFormat: Expected …`. */
export declare function summarizeIssues(issues: readonly Issue[]): string;

// ---- booking limits: /v2/me/booking-limits, /v2/me/team-booking-limits/{teamId} ---------------
// cal.com publishes these endpoints' constraints (each limit a number with minimum 1, or null) but
// not their validation source. strict: whole numbers from 1 to 2147483647 (2^31-1) or null;
// compat: the published constraint, any number >= 1 or null.

/** Validates a `PATCH /v2/me/booking-limits` body: `null` removes that limit. */
export declare function validateBookingLimits(input: unknown, options?: ValidateOptions): Result<BookingLimitsInput>;
export declare function parseBookingLimits(input: unknown, options?: ValidateOptions): BookingLimitsInput;
export declare function validateBookingLimitsJson(body: JsonBody, options?: ValidateOptions): Result<BookingLimitsInput>;

/**
 * Validates a `PATCH /v2/me/team-booking-limits/{teamId}` body: `null` goes back to the team's
 * default. cal.com also caps each value at your own overall limit, which no body shows.
 */
export declare function validateTeamBookingLimits(input: unknown, options?: ValidateOptions): Result<BookingLimitsInput>;
export declare function parseTeamBookingLimits(input: unknown, options?: ValidateOptions): BookingLimitsInput;
export declare function validateTeamBookingLimitsJson(body: JsonBody, options?: ValidateOptions): Result<BookingLimitsInput>;

/** Response guard: the `data` of `GET`/`PATCH /v2/me/booking-limits` (every limit present, `null` when unset). */
export declare function validateBookingLimitsResponse(input: unknown, options?: ValidateOptions): Result<BookingLimits>;
export declare function parseBookingLimitsResponse(input: unknown, options?: ValidateOptions): BookingLimits;
export declare function validateBookingLimitsResponseJson(body: JsonBody, options?: ValidateOptions): Result<BookingLimits>;

/**
 * Response guard: the team booking limits of `GET /v2/me/team-booking-limits` and `PATCH
 * /v2/me/team-booking-limits/{teamId}`, which carry the same four limits (calcom-rules.md §6);
 * whatever else cal.com sends with them (the team, its defaults) is an `unknown_key` warning.
 */
export declare function validateTeamBookingLimitsResponse(input: unknown, options?: ValidateOptions): Result<BookingLimits>;
export declare function parseTeamBookingLimitsResponse(input: unknown, options?: ValidateOptions): BookingLimits;
export declare function validateTeamBookingLimitsResponseJson(body: JsonBody, options?: ValidateOptions): Result<BookingLimits>;

export declare const BookingLimitsSchema: CalProfileSchema<BookingLimitsInput>;
export declare const TeamBookingLimitsSchema: CalProfileSchema<BookingLimitsInput>;
export declare const BookingLimitsResponseSchema: CalProfileSchema<BookingLimits>;
export declare const TeamBookingLimitsResponseSchema: CalProfileSchema<BookingLimits>;

/** The form helper's verdict on a time-zone name (IANA, any casing). */
export interface TimeZoneCheck {
  valid: boolean;
  /** The canonical zone: the proper spelling, or the target of a deprecated link. */
  canonical?: string;
  /** The proper spelling of the deprecated link that was given. */
  alias?: string;
  /** Up to three guesses for an invalid name, best first. */
  suggestions: string[];
}

export declare function checkTimeZone(name: string): TimeZoneCheck;
/** Canonical IANA time-zone names (no deprecated links), sorted. */
export declare function timeZones(): string[];
/** The tz database release the names come from, e.g. "2025b". */
export declare function tzdbVersion(): string;
/** The 43 API v2 locales in cal.com's order. */
export declare function locales(): Locale[];
/** The 23 API v1 locales. */
export declare function v1Locales(): V1Locale[];
/** Monday … Sunday. */
export declare function weekDays(): WeekStart[];
export declare function checkLocale(value: unknown, options?: ValidateOptions): Result<Locale>;
export declare function checkEmail(value: unknown, options?: ValidateOptions): Result<string>;
export declare function checkAvatarUrl(value: unknown, options?: ValidateOptions): Result<string>;
export declare function checkMetadata(value: unknown, options?: ValidateOptions): Result<Metadata>;
/** A cal.com API key (`cal_…`) or access token, by shape. */
export declare function checkApiKey(value: unknown, options?: { locale?: Locale }): Result<string>;
/** The schedule cal.com creates with a user in this zone, or null without a valid zone. */
export declare function defaultScheduleFor(timeZone: string | null | undefined): DefaultSchedule | null;

/**
 * The minimal update body that turns `current` into `desired`: the members of `desired` whose value
 * differs from `current`'s (time zones compared case-insensitively, metadata by content; `Me`'s
 * read-only keys left out). It does not validate: pass the result to `validateUpdateMe`.
 */
export declare function diffUpdate<D extends object>(current: Me | object, desired: D): Partial<D>;

export declare const CAL_API_VERSION: '2024-08-13';

/**
 * cal.com's limits the rules enforce, for servers and forms that must agree with them: the request
 * body in bytes (body-parser's 100kb), the largest ID or count (2³¹−1), and lengths in UTF-16
 * units (JavaScript's `.length`).
 */
export declare const LIMITS: Readonly<{
  bodyBytes: number;
  int32Max: number;
  emailLength: number;
  avatarUrlLength: number;
  metadataKeys: number;
  metadataKeyLength: number;
  metadataValueLength: number;
}>;

export interface PatchMeRequest {
  success: true;
  url: string;
  init: {
    method: 'PATCH';
    headers: { Authorization: string; 'Content-Type': 'application/json'; 'cal-api-version': typeof CAL_API_VERSION };
    body: string;
  };
  warnings: Issue[];
}

/** Checks the key and the body (strict) and returns what `fetch(url, init)` needs, or the issues. */
export declare function buildPatchMeRequest(args: {
  apiKey: string;
  body: unknown;
  baseUrl?: string;
  /** The language of the issues' messages, as `ValidateOptions.locale`. */
  locale?: Locale;
}): PatchMeRequest | { success: false; issues: Issue[]; warnings: Issue[] };

/** cal.com's exact 400 body for compat issues (`details.errors` in property order). */
export declare function calErrorBody(
  issues: readonly Issue[],
  options?: { path?: string; body?: unknown; timestamp?: string },
): ApiError;

// ---- schemas as documents ------------------------------------------------------------------------

/** The JSON Schema versions `toJsonSchema` and `~standard.jsonSchema` write. */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07' | 'openapi-3.0';

/**
 * Standard JSON Schema's converter (`@standard-schema/spec` 1.1), in the schema object's mode.
 * A target other than `JsonSchemaTarget` throws a `TypeError`, as the spec asks.
 */
export interface JsonSchemaConverter {
  readonly input: (options: { readonly target: JsonSchemaTarget | (string & {}); readonly libraryOptions?: Record<string, unknown> | undefined }) => Record<string, unknown>;
  readonly output: (options: { readonly target: JsonSchemaTarget | (string & {}); readonly libraryOptions?: Record<string, unknown> | undefined }) => Record<string, unknown>;
}

export interface JsonSchemaOptions {
  /** Default `"draft-2020-12"`. */
  target?: JsonSchemaTarget;
  /** `"input"` (default): what the validator takes; `"output"`: the `data` it returns. */
  io?: 'input' | 'output';
  /** Default: the schema object's own mode (strict unless set by `withOptions`). */
  mode?: 'strict' | 'compat';
}

/**
 * The JSON Schema of a body or model, generated from the rules the validator runs. Its keywords
 * accept everything the validator accepts in that mode; `description`s say what JSON Schema
 * cannot check (UTF-16 lengths, time-zone names, isURL, …).
 */
export declare function toJsonSchema(schema: CalProfileSchema<any> | FieldSchema<any>, options?: JsonSchemaOptions): Record<string, unknown>;

/** The OpenAPI 3.1 document of the endpoints cal-profile covers (`/v2/me`, booking limits, managed users, API v1 users). */
export declare function openApiDocument(options?: ValidateOptions): Record<string, unknown>;

// ---- booking-limits requests ---------------------------------------------------------------------

export interface PatchBookingLimitsRequest {
  success: true;
  url: string;
  init: {
    method: 'PATCH';
    headers: { Authorization: string; 'Content-Type': 'application/json'; 'cal-api-version': typeof CAL_API_VERSION };
    body: string;
  };
  warnings: Issue[];
}

/**
 * Checks the key and the body (strict) and returns what `fetch(url, init)` needs for
 * `PATCH /v2/me/booking-limits`, or the issues (paths under `apiKey`, `body`, `baseUrl`).
 */
export declare function buildPatchBookingLimitsRequest(args: {
  apiKey: string;
  body: unknown;
  baseUrl?: string;
  /** The language of the issues' messages, as `ValidateOptions.locale`. */
  locale?: Locale;
}): PatchBookingLimitsRequest | { success: false; issues: Issue[]; warnings: Issue[] };

/**
 * The same for `PATCH /v2/me/team-booking-limits/{teamId}`; `teamId` must be a whole number from
 * 1 to 2147483647 (issues under `teamId`).
 */
export declare function buildPatchTeamBookingLimitsRequest(args: {
  apiKey: string;
  teamId: number;
  body: unknown;
  baseUrl?: string;
  /** The language of the issues' messages, as `ValidateOptions.locale`. */
  locale?: Locale;
}): PatchBookingLimitsRequest | { success: false; issues: Issue[]; warnings: Issue[] };
