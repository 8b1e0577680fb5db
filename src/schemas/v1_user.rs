//! API v1 (self-hosted) users, `apps/api/v1/lib/validations/user.ts` (calcom-rules.md §7).
//! zod `.strict()`: unknown keys are rejected in both modes. Secrets (`password`,
//! `twoFactorSecret`, `backupCodes`) are rejected in every input and echoed by no model.

use super::{Field, Null, Schema, UnknownKeys};
use crate::rules::response::{INTEGER, NUMBER, STRING};
use crate::rules::{brand_color, iso_date, text, time_zone, v1, week_start};

pub const SECRETS: &[&str] = &["password", "twoFactorSecret", "backupCodes"];

const EDIT_FIELDS: &[Field] = &[
    Field::optional("name", text::STRING, Null::Rejected),
    Field::optional("email", v1::EMAIL, Null::Rejected),
    Field::optional("username", v1::USERNAME, Null::Rejected),
    Field::optional("bio", text::STRING, Null::Rejected),
    Field::optional("timeZone", time_zone::V1, Null::Rejected),
    Field::optional("weekStart", week_start::UPDATE, Null::Rejected),
    Field::optional("theme", v1::THEME, Null::Clears),
    Field::optional("appTheme", v1::THEME, Null::Clears),
    Field::optional("defaultScheduleId", v1::SCHEDULE_ID, Null::Clears),
    Field::optional("locale", v1::LOCALE, Null::Clears),
    Field::optional("hideBranding", v1::BOOLEAN, Null::Rejected),
    Field::optional("timeFormat", v1::TIME_FORMAT, Null::Rejected),
    Field::optional("brandColor", brand_color::CHECK, Null::Rejected),
    Field::optional("darkBrandColor", brand_color::CHECK, Null::Rejected),
    Field::optional("allowDynamicBooking", v1::BOOLEAN, Null::Rejected),
    Field::optional("role", v1::ROLE, Null::Rejected),
];

/// `PATCH /users/{userId}`.
pub static V1_USER_EDIT: Schema = Schema {
    name: "V1UserEditInput",
    fields: EDIT_FIELDS,
    unknown: UnknownKeys::Reject,
    request: true,
    never: SECRETS,
};

/// `POST /users`: `email` and `username` required, `locale` not nullable, plus `createdDate`.
pub static V1_USER_CREATE: Schema = Schema {
    name: "V1UserCreateInput",
    fields: &[
        Field::optional("name", text::STRING, Null::Rejected),
        Field::required("email", v1::EMAIL, Null::Rejected),
        Field::required("username", v1::USERNAME, Null::Rejected),
        Field::optional("bio", text::STRING, Null::Rejected),
        Field::optional("timeZone", time_zone::V1, Null::Rejected),
        Field::optional("weekStart", week_start::UPDATE, Null::Rejected),
        Field::optional("theme", v1::THEME, Null::Clears),
        Field::optional("appTheme", v1::THEME, Null::Clears),
        Field::optional("defaultScheduleId", v1::SCHEDULE_ID, Null::Clears),
        Field::optional("locale", v1::LOCALE, Null::Rejected),
        Field::optional("hideBranding", v1::BOOLEAN, Null::Rejected),
        Field::optional("timeFormat", v1::TIME_FORMAT, Null::Rejected),
        Field::optional("brandColor", brand_color::CHECK, Null::Rejected),
        Field::optional("darkBrandColor", brand_color::CHECK, Null::Rejected),
        Field::optional("allowDynamicBooking", v1::BOOLEAN, Null::Rejected),
        Field::optional("role", v1::ROLE, Null::Rejected),
        Field::optional("createdDate", iso_date::CHECK, Null::Rejected),
    ],
    unknown: UnknownKeys::Reject,
    request: true,
    never: SECRETS,
};

/// The v1 read shape (`GET /users/{userId}`): a response guard. A secret in the response is an
/// error in both modes: a client must never hold it.
pub static V1_USER: Schema = Schema {
    name: "V1User",
    fields: &[
        Field::required("id", INTEGER, Null::Rejected),
        Field::required("username", STRING, Null::Clears),
        Field::required("name", STRING, Null::Clears),
        Field::required("email", STRING, Null::Rejected),
        Field::optional("emailVerified", STRING, Null::Clears),
        Field::optional("bio", STRING, Null::Clears),
        Field::optional("avatar", STRING, Null::Clears),
        Field::required("timeZone", STRING, Null::Rejected),
        Field::required("weekStart", STRING, Null::Rejected),
        Field::optional("endTime", NUMBER, Null::Clears),
        Field::optional("bufferTime", NUMBER, Null::Clears),
        Field::optional("appTheme", STRING, Null::Clears),
        Field::optional("theme", STRING, Null::Clears),
        Field::optional("defaultScheduleId", NUMBER, Null::Clears),
        Field::optional("locale", STRING, Null::Clears),
        Field::optional("timeFormat", NUMBER, Null::Clears),
        Field::optional("hideBranding", v1::BOOLEAN, Null::Clears),
        Field::optional("brandColor", STRING, Null::Clears),
        Field::optional("darkBrandColor", STRING, Null::Clears),
        Field::optional("allowDynamicBooking", v1::BOOLEAN, Null::Clears),
        Field::optional("createdDate", STRING, Null::Clears),
        Field::optional("verified", v1::BOOLEAN, Null::Clears),
        Field::optional("invitedTo", NUMBER, Null::Clears),
        Field::optional("role", STRING, Null::Clears),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: false,
    never: SECRETS,
};
