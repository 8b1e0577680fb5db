// A TypeScript consumer of the package (pkg/index.d.ts → api.d.ts + tsify's cal_profile.d.ts).
// It uses every exported type and function; type-level assertions pin the shapes of product.md
// §1 and §3; each `@ts-expect-error` proves a wrong usage is refused. Checked, never run.

import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';

import {
  CAL_API_VERSION,
  CreateManagedUserSchema,
  CreatedManagedUserSchema,
  ManagedUserSchema,
  MeSchema,
  UpdateMeSchema,
  V1UserCreateSchema,
  V1UserEditSchema,
  V1UserSchema,
  ValidationError,
  buildPatchMeRequest,
  calErrorBody,
  checkApiKey,
  checkAvatarUrl,
  checkEmail,
  checkLocale,
  checkMetadata,
  checkTimeZone,
  defaultScheduleFor,
  diffUpdate,
  groupIssues,
  locales,
  parseCreateManagedUser,
  parseCreatedManagedUser,
  parseManagedUser,
  parseMe,
  parseUpdateMe,
  parseV1User,
  parseV1UserCreate,
  parseV1UserEdit,
  pathKey,
  summarizeIssues,
  timeZones,
  tzdbVersion,
  v1Locales,
  validateCreateManagedUser,
  validateCreateManagedUserJson,
  validateCreatedManagedUser,
  validateCreatedManagedUserJson,
  validateManagedUser,
  validateManagedUserJson,
  validateMe,
  validateMeJson,
  validateUpdateMe,
  validateUpdateMeJson,
  validateV1User,
  validateV1UserCreate,
  validateV1UserCreateJson,
  validateV1UserEdit,
  validateV1UserEditJson,
  validateV1UserJson,
  weekDays,
  localizeIssues,
  pickLocale,
  registerLocale,
} from '../../pkg/index.js';
import { openApiDocument, toJsonSchema, type JsonSchemaTarget } from '../../pkg/index.js';
import type {
  ApiError,
  ApiErrorDetail,
  ApiSuccess,
  CalConstraint,
  CalProfileSchema,
  CreateManagedUserInput,
  CreatedManagedUser,
  DefaultSchedule,
  FieldSchema,
  Issue,
  IssueCode,
  JsonBody,
  Locale,
  ManagedUser,
  Me,
  Metadata,
  MetadataValue,
  Mode,
  Organization,
  PatchMeRequest,
  Result,
  Role,
  ScheduleSlot,
  StandardSchema,
  Theme,
  TimeFormat,
  TimeZoneCheck,
  UpdateMeInput,
  V1Locale,
  V1User,
  V1UserCreateInput,
  V1UserEditInput,
  ValidateOptions,
  WeekStart,
  Catalog,
} from '../../pkg/index.js';
import germanCatalog from '../../pkg/locales/de.js';

// ---- type-level assertion helpers ------------------------------------------------------------

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsOptional<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;
type Assert<T extends true> = T;
declare function expectType<T>(value: T): void;

// ---- models (§1) -----------------------------------------------------------------------------

export type Checks = [
  Assert<Equal<UpdateMeInput['timeFormat'], 12 | 24 | undefined>>,
  Assert<Equal<TimeFormat, 12 | 24>>,
  Assert<Equal<UpdateMeInput['name'], string | null | undefined>>,
  Assert<IsOptional<UpdateMeInput, 'name'>>,
  Assert<IsOptional<UpdateMeInput, 'timeFormat'>>,
  Assert<IsOptional<UpdateMeInput, 'metadata'>>,
  Assert<Equal<Required<UpdateMeInput>['name'], string | null>>,
  Assert<Equal<Required<UpdateMeInput>['timeZone'], string>>,
  Assert<Equal<UpdateMeInput['locale'], Locale | null | undefined>>,
  Assert<Equal<UpdateMeInput['weekStart'], WeekStart | undefined>>,
  Assert<Equal<UpdateMeInput['metadata'], Metadata | undefined>>,
  Assert<Equal<Me['name'], string | null>>,
  Assert<Equal<IsOptional<Me, 'name'>, false>>,
  Assert<Equal<Me['organization'], Organization | undefined>>,
  Assert<Equal<Metadata, Record<string, string | number | boolean>>>,
  Assert<Equal<Metadata extends Map<unknown, unknown> ? true : false, false>>,
  Assert<Equal<MetadataValue, string | number | boolean>>,
  Assert<Equal<Metadata[string], MetadataValue>>,
  Assert<Equal<WeekStart, 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday'>>,
  Assert<Equal<Theme, 'dark' | 'light'>>,
  Assert<Equal<Role, 'USER' | 'ADMIN'>>,
  Assert<Equal<Mode, 'strict' | 'compat'>>,
  Assert<Equal<CreateManagedUserInput['email'], string>>,
  Assert<Equal<IsOptional<CreateManagedUserInput, 'name'>, false>>,
  Assert<Equal<IsOptional<V1UserCreateInput, 'username'>, false>>,
  Assert<Equal<V1UserCreateInput['locale'], V1Locale | undefined>>,
  Assert<Equal<V1UserEditInput['locale'], V1Locale | null | undefined>>,
  Assert<Equal<CreatedManagedUser['user'], ManagedUser>>,
  Assert<Equal<ManagedUser['locale'], Locale | null>>,
  Assert<Equal<DefaultSchedule['availability'], ScheduleSlot[]>>,
  Assert<Equal<ApiSuccess<Me>['data'], Me>>,
  Assert<Equal<ApiError['error'], ApiErrorDetail>>,
  Assert<Equal<ApiError['status'], 'error'>>,
  Assert<Equal<Issue['path'], (string | number)[]>>,
  Assert<Equal<Issue['code'], IssueCode>>,
  Assert<Equal<NonNullable<Issue['calcom']>, CalConstraint[]>>,
  Assert<Equal<ValidateOptions['mode'], Mode | undefined>>,
  Assert<Equal<JsonBody, string | Uint8Array | ArrayBuffer>>,
  Assert<Equal<TimeZoneCheck['suggestions'], string[]>>,
  Assert<Equal<typeof CAL_API_VERSION, '2024-08-13'>>,
  Assert<Equal<PatchMeRequest['init']['headers']['cal-api-version'], '2024-08-13'>>,
  Assert<Equal<ReturnType<typeof locales>, Locale[]>>,
  Assert<Equal<ReturnType<typeof v1Locales>, V1Locale[]>>,
  Assert<Equal<ReturnType<typeof weekDays>, WeekStart[]>>,
];

const body: UpdateMeInput = {
  email: 'alice@example.com',
  name: null,
  timeFormat: 24,
  defaultScheduleId: null,
  weekStart: 'Monday',
  timeZone: 'Europe/London',
  locale: 'pt-BR',
  avatarUrl: 'https://example.com/me.png',
  bio: null,
  metadata: { plan: 'pro', seats: 3, trial: false },
};
const empty: UpdateMeInput = {};

// @ts-expect-error timeFormat is 12 or 24
const badTimeFormat: UpdateMeInput = { timeFormat: 13 };
// @ts-expect-error timeFormat is a number, not a string
const stringTimeFormat: UpdateMeInput = { timeFormat: '12' };
// @ts-expect-error weekStart is capitalised
const badWeekStart: UpdateMeInput = { weekStart: 'monday' };
// @ts-expect-error not one of the 43 locales
const badLocale: UpdateMeInput = { locale: 'pt_BR' };
// @ts-expect-error optional means `key?: T`, not `key: T | undefined` (exactOptionalPropertyTypes)
const explicitUndefined: UpdateMeInput = { name: undefined };
// @ts-expect-error unknown key
const unknownKey: UpdateMeInput = { timezone: 'UTC' };
// @ts-expect-error metadata values are flat
const nestedMetadata: Metadata = { plan: { tier: 1 } };
// @ts-expect-error metadata is a plain object, not a Map
const mapMetadata: Metadata = new Map<string, string>();
// @ts-expect-error timeZone cannot be null in the model
const nullZone: UpdateMeInput = { timeZone: null };
// @ts-expect-error name is required on create
const createWithoutName: CreateManagedUserInput = { email: 'a@example.com' };
// @ts-expect-error Me.name is required (nullable, not optional)
const meWithoutName: Me = { id: 1, email: 'a', username: 'a', avatarUrl: null, bio: null, timeFormat: 12, defaultScheduleId: null, weekStart: 'Monday', timeZone: 'UTC', organizationId: null };
// @ts-expect-error v1 secrets are not in the model
const withPassword: V1UserEditInput = { password: 'hunter2' };
// @ts-expect-error no such mode
const badMode: ValidateOptions = { mode: 'lax' };
// @ts-expect-error not a declared code
const badCode: IssueCode = 'nope';

void [body, empty, badTimeFormat, stringTimeFormat, badWeekStart, badLocale, explicitUndefined, unknownKey, nestedMetadata, mapMetadata, nullZone, createWithoutName, meWithoutName, withPassword, badMode, badCode];

// ---- results (§3) ----------------------------------------------------------------------------

const input: unknown = JSON.parse('{"timeFormat":12}');
const r = validateUpdateMe(input, { mode: 'compat' });
expectType<Result<UpdateMeInput>>(r);
expectType<Issue[]>(r.warnings);
if (r.success) {
  expectType<UpdateMeInput>(r.data);
  expectType<undefined>(r.issues);
  const tf: 12 | 24 | undefined = r.data.timeFormat;
  void tf;
} else {
  expectType<Issue[]>(r.issues);
  expectType<undefined>(r.data);
  // @ts-expect-error no data on a failure
  void r.data.name;
  for (const issue of r.issues) {
    const code: IssueCode = issue.code;
    const where: (string | number)[] = issue.path;
    const message: string = issue.message;
    const suggestions: string[] | undefined = issue.suggestions;
    const unit: 'utf16' | 'bytes' | 'keys' | 'value' | undefined = issue.unit;
    void [code, where, message, suggestions, unit, issue.expected, issue.received, issue.minimum, issue.maximum, issue.values, issue.canonical, issue.keys, issue.position];
    for (const c of issue.calcom ?? []) void [c.constraint, c.message];
  }
}
// @ts-expect-error data is only there after narrowing on success
void r.data.name;

// ---- every function (§4) ---------------------------------------------------------------------

const strict: ValidateOptions = { mode: 'strict' };
const compat: ValidateOptions = { mode: 'compat' };
const bytes: JsonBody = new TextEncoder().encode('{}');
const buffer: JsonBody = new ArrayBuffer(2);

expectType<UpdateMeInput>(parseUpdateMe(input));
expectType<Result<UpdateMeInput>>(validateUpdateMeJson('{}', strict));
expectType<Result<UpdateMeInput>>(validateUpdateMeJson(bytes));
expectType<Result<UpdateMeInput>>(validateUpdateMeJson(buffer, compat));
// @ts-expect-error a JSON body is text or bytes
validateUpdateMeJson({ name: 'a' });
// @ts-expect-error mode is a string union
validateUpdateMe(input, { mode: 1 });

expectType<Result<CreateManagedUserInput>>(validateCreateManagedUser(input));
expectType<CreateManagedUserInput>(parseCreateManagedUser(input, compat));
expectType<Result<CreateManagedUserInput>>(validateCreateManagedUserJson('{}'));
expectType<Result<V1UserCreateInput>>(validateV1UserCreate(input));
expectType<V1UserCreateInput>(parseV1UserCreate(input));
expectType<Result<V1UserCreateInput>>(validateV1UserCreateJson('{}'));
expectType<Result<V1UserEditInput>>(validateV1UserEdit(input));
expectType<V1UserEditInput>(parseV1UserEdit(input));
expectType<Result<V1UserEditInput>>(validateV1UserEditJson('{}'));
expectType<Result<Me>>(validateMe(input));
expectType<Me>(parseMe(input));
expectType<Result<Me>>(validateMeJson('{}'));
expectType<Result<ManagedUser>>(validateManagedUser(input));
expectType<ManagedUser>(parseManagedUser(input));
expectType<Result<ManagedUser>>(validateManagedUserJson('{}'));
expectType<Result<CreatedManagedUser>>(validateCreatedManagedUser(input));
expectType<CreatedManagedUser>(parseCreatedManagedUser(input));
expectType<Result<CreatedManagedUser>>(validateCreatedManagedUserJson('{}'));
expectType<Result<V1User>>(validateV1User(input));
expectType<V1User>(parseV1User(input));
expectType<Result<V1User>>(validateV1UserJson('{}'));

try {
  parseUpdateMe(input);
} catch (e) {
  if (e instanceof ValidationError) {
    expectType<Issue[]>(e.issues);
    expectType<Issue[]>(e.warnings);
    const asError: Error = e;
    void asError;
  }
}
const thrown = new ValidationError([{ code: 'required', path: ['email'], message: 'Required' }]);
void thrown;

// Field helpers.
const zone: TimeZoneCheck = checkTimeZone('america/new_york');
if (zone.valid) {
  const canonical: string | undefined = zone.canonical;
  const alias: string | undefined = zone.alias;
  void [canonical, alias];
}
expectType<string[]>(timeZones());
expectType<string>(tzdbVersion());
expectType<Result<Locale>>(checkLocale('pt_BR'));
expectType<Result<Locale>>(checkLocale('pt_BR', compat));
expectType<Result<string>>(checkEmail('a@example.com'));
expectType<Result<string>>(checkAvatarUrl('https://example.com/a.png', strict));
expectType<Result<Metadata>>(checkMetadata({ a: 1 }));
expectType<Result<string>>(checkApiKey('cal_live_0123456789abcdef'));
// @ts-expect-error checkApiKey has no modes (only a locale)
checkApiKey('cal_live_0123456789abcdef', { mode: 'compat' });
expectType<Result<string>>(checkApiKey('cal_live_0123456789abcdef', { locale: 'de' }));
const schedule: DefaultSchedule | null = defaultScheduleFor('Europe/London');
if (schedule) for (const slot of schedule.availability) void [slot.days, slot.startTime, slot.endTime];
defaultScheduleFor(null);
defaultScheduleFor(undefined);

// Requests and servers.
declare const me: Me;
const patch: UpdateMeInput = diffUpdate(me, { name: 'Bob' });
void patch;
const req = buildPatchMeRequest({ apiKey: 'cal_live_0123456789abcdef', body, baseUrl: 'http://127.0.0.1:8080' });
if (req.success) {
  expectType<PatchMeRequest>(req);
  const init: RequestInit = req.init;
  const url: string = req.url;
  void [init, url];
} else {
  expectType<Issue[]>(req.issues);
}
// @ts-expect-error apiKey is required
buildPatchMeRequest({ body });
const errorBody: ApiError = calErrorBody([], { path: '/v2/me', body: {}, timestamp: new Date().toISOString() });
for (const e of errorBody.error.details?.errors ?? []) void [e.property, e.value, e.children, e.constraints];
const envelope: ApiSuccess<Me> = { status: 'success', data: me };
void envelope;

// ---- Standard Schema v1 ----------------------------------------------------------------------

const updateMeStandard: StandardSchemaV1<unknown, UpdateMeInput> = UpdateMeSchema;
const schemas: StandardSchemaV1[] = [
  UpdateMeSchema,
  CreateManagedUserSchema,
  V1UserCreateSchema,
  V1UserEditSchema,
  MeSchema,
  ManagedUserSchema,
  CreatedManagedUserSchema,
  V1UserSchema,
];
const ours: StandardSchema<Me> = MeSchema;
void [updateMeStandard, schemas, ours];

export type StandardChecks = [
  Assert<Equal<StandardSchemaV1.InferOutput<typeof UpdateMeSchema>, UpdateMeInput>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof CreateManagedUserSchema>, CreateManagedUserInput>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof MeSchema>, Me>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof V1UserSchema>, V1User>>,
  // The input is the model too, so form libraries and tRPC infer their values from the schema.
  Assert<Equal<StandardSchemaV1.InferInput<typeof UpdateMeSchema>, UpdateMeInput>>,
  Assert<Equal<StandardSchemaV1.InferInput<typeof CreateManagedUserSchema>, CreateManagedUserInput>>,
  Assert<Equal<StandardSchemaV1.InferInput<typeof V1UserEditSchema>, V1UserEditInput>>,
  // Per-field schemas: one per model key, typed as that field.
  Assert<Equal<keyof typeof UpdateMeSchema.shape, keyof UpdateMeInput>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof UpdateMeSchema.shape.timeFormat>, UpdateMeInput['timeFormat']>>,
  Assert<Equal<StandardSchemaV1.InferInput<typeof CreateManagedUserSchema.shape.email>, string>>,
  Assert<Equal<typeof MeSchema.shape.timeZone, FieldSchema<string>>>,
];

const compatSchema: CalProfileSchema<UpdateMeInput> = UpdateMeSchema.withOptions({ mode: 'compat' });
const zoneField: FieldSchema<string | undefined> = compatSchema.shape.timeZone.withOptions({ mode: 'strict' });
void zoneField;
// @ts-expect-error no such field
void UpdateMeSchema.shape.timezone;

// ---- issues for people -----------------------------------------------------------------------

const someIssues: Issue[] = validateUpdateMe({}).warnings;
const byField: Record<string, string[]> = groupIssues(someIssues);
const codesByField: Record<string, IssueCode[]> = groupIssues(someIssues, (i) => i.code);
const line: string = summarizeIssues(someIssues);
const key: string = pathKey(['metadata', 0]);
void [byField, codesByField, line, key];
// @ts-expect-error summarizeIssues takes issues, not messages
summarizeIssues(['x']);

/** A generic Standard Schema consumer, as a form or RPC library would write it. */
async function standardValidate<S extends StandardSchemaV1>(schema: S, value: unknown): Promise<StandardSchemaV1.InferOutput<S>> {
  const result = await schema['~standard'].validate(value);
  if (result.issues) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}
const fromStandard: Promise<UpdateMeInput> = standardValidate(UpdateMeSchema, input);
void fromStandard;
// @ts-expect-error the output is an UpdateMeInput, not a Me
const wrongOutput: Promise<Me> = standardValidate(UpdateMeSchema, input);
void wrongOutput;
// @ts-expect-error a Me schema is not an UpdateMeInput schema
const wrongSchema: StandardSchemaV1<unknown, UpdateMeInput> = MeSchema;
void wrongSchema;

// ---- schemas as documents: Standard JSON Schema and toJsonSchema ------------------------------

const updateMeJson: StandardJSONSchemaV1<UpdateMeInput> = UpdateMeSchema;
const compatJson: StandardJSONSchemaV1<Me> = MeSchema.withOptions({ mode: 'compat' });
const draft07: Record<string, unknown> = updateMeJson['~standard'].jsonSchema.input({ target: 'draft-07' });
const outputDoc: Record<string, unknown> = compatJson['~standard'].jsonSchema.output({ target: 'openapi-3.0' });
const target: JsonSchemaTarget = 'draft-2020-12';
const fromFn: Record<string, unknown> = toJsonSchema(V1UserEditSchema, { target, io: 'output', mode: 'compat' });
const openApi: Record<string, unknown> = openApiDocument({ mode: 'strict' });
const oneField: Record<string, unknown> = UpdateMeSchema.shape.timeZone['~standard'].jsonSchema.input({ target: 'draft-07' });
const oneFieldFn: Record<string, unknown> = toJsonSchema(UpdateMeSchema.shape.locale, { io: 'output' });
void [oneField, oneFieldFn];
// @ts-expect-error io is "input" or "output"
toJsonSchema(UpdateMeSchema, { io: 'both' });
void [draft07, outputDoc, fromFn, openApi];

// ---- issue 14: Me.locale, unknown_key, the booking-limits family ----------------------------------

import {
  BookingLimitsResponseSchema,
  BookingLimitsSchema,
  TeamBookingLimitsSchema,
  buildPatchBookingLimitsRequest,
  buildPatchTeamBookingLimitsRequest,
  parseBookingLimits,
  parseBookingLimitsResponse,
  parseTeamBookingLimits,
  validateBookingLimits,
  validateBookingLimitsJson,
  validateBookingLimitsResponse,
  validateBookingLimitsResponseJson,
  validateTeamBookingLimits,
  validateTeamBookingLimitsJson,
} from '../../pkg/index.js';
import type { BookingLimits, BookingLimitsInput, IssueCode as Code14, Locale as Locale14, Me as Me14 } from '../../pkg/index.js';

export type Issue14Checks = [
  Assert<Equal<Me14['locale'], Locale14 | null | undefined>>,
  Assert<Equal<BookingLimitsInput['perDay'], number | null | undefined>>,
  Assert<Equal<BookingLimits['perYear'], number | null>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof BookingLimitsSchema>, BookingLimitsInput>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof TeamBookingLimitsSchema>, BookingLimitsInput>>,
  Assert<Equal<StandardSchemaV1.InferOutput<typeof BookingLimitsResponseSchema>, BookingLimits>>,
];
const unknownKeyCode: Code14 = 'unknown_key';
const limitsBody: BookingLimitsInput = { perDay: 3, perWeek: null };
// @ts-expect-error a limit is a number or null, never a string
const badLimits: BookingLimitsInput = { perDay: '3' };
const limitResults = [
  validateBookingLimits(limitsBody),
  validateBookingLimitsJson('{}', { mode: 'compat' }),
  validateTeamBookingLimits(limitsBody),
  validateTeamBookingLimitsJson(new Uint8Array()),
];
for (const r of limitResults) if (r.success) void (r.data.perMonth satisfies number | null | undefined);
const stored: BookingLimits = parseBookingLimitsResponse({});
const response = validateBookingLimitsResponse(stored);
const responseJson = validateBookingLimitsResponseJson('{}');
const parsed: BookingLimitsInput[] = [parseBookingLimits({}), parseTeamBookingLimits({})];
const personal = buildPatchBookingLimitsRequest({ apiKey: 'cal_x', body: limitsBody });
if (personal.success) void (personal.init.method satisfies 'PATCH');
const team = buildPatchTeamBookingLimitsRequest({ apiKey: 'cal_x', teamId: 4, body: limitsBody, baseUrl: 'https://api.cal.com' });
// @ts-expect-error the team endpoint needs its teamId
buildPatchTeamBookingLimitsRequest({ apiKey: 'cal_x', body: limitsBody });
void [unknownKeyCode, badLimits, response, responseJson, parsed, team];
// ---- languages (issue 13) --------------------------------------------------------------------

const german: Result<UpdateMeInput> = validateUpdateMe({}, { locale: pickLocale('de-AT,de;q=0.9', ['de', 'en']) });
const arabicSchema: CalProfileSchema<UpdateMeInput> = UpdateMeSchema.withOptions({ mode: 'compat', locale: 'ar' });
const localized: Issue[] = localizeIssues(someIssues, 'de');
const ids: (string | undefined)[] = localized.map((i) => i.msg);
const count: number | undefined = localized[0]?.args?.count;
registerLocale(germanCatalog);
const rendered: string | undefined = germanCatalog.format({ msg: 'time_zone.unknown', args: { input: 'x' } });
void [german, arabicSchema, ids, count, rendered];
export type LocaleChecks = [
  Assert<Equal<ValidateOptions['locale'], Locale | undefined>>,
  Assert<Equal<ReturnType<typeof pickLocale>, Locale>>,
  Assert<Equal<Catalog['dir'], 'ltr' | 'rtl'>>,
  Assert<Equal<typeof germanCatalog, Catalog>>,
];
// @ts-expect-error a BCP 47 tag is not one of cal.com's codes: pickLocale maps it
validateUpdateMe({}, { locale: 'de-AT' });
// @ts-expect-error localizeIssues takes a code
localizeIssues(someIssues, 'german');
