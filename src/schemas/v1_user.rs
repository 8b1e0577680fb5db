//! API v1 (self-hosted) users, `apps/api/v1/lib/validations/user.ts` (calcom-rules.md §7).
//! zod `.strict()`: unknown keys are rejected in both modes. Secrets (`password`,
//! `twoFactorSecret`, `backupCodes`) are rejected in every input and echoed by no model.

use super::{Field, Null, Schema, UnknownKeys};
use crate::rules::response::{integer, number, string};
use crate::rules::{brand_color, iso_date, text, time_zone, v1, week_start};

pub const SECRETS: &[&str] = &["password", "twoFactorSecret", "backupCodes"];

const EDIT_FIELDS: &[Field] = &[
    Field::optional("name", text::string, Null::Rejected),
    Field::optional("email", v1::email, Null::Rejected),
    Field::optional("username", v1::username, Null::Rejected),
    Field::optional("bio", text::string, Null::Rejected),
    Field::optional("timeZone", time_zone::v1, Null::Rejected),
    Field::optional("weekStart", week_start::update, Null::Rejected),
    Field::optional("theme", v1::theme, Null::Clears),
    Field::optional("appTheme", v1::theme, Null::Clears),
    Field::optional("defaultScheduleId", v1::schedule_id, Null::Clears),
    Field::optional("locale", v1::locale, Null::Clears),
    Field::optional("hideBranding", v1::boolean, Null::Rejected),
    Field::optional("timeFormat", v1::time_format, Null::Rejected),
    Field::optional("brandColor", brand_color::check, Null::Rejected),
    Field::optional("darkBrandColor", brand_color::check, Null::Rejected),
    Field::optional("allowDynamicBooking", v1::boolean, Null::Rejected),
    Field::optional("role", v1::role, Null::Rejected),
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
        Field::optional("name", text::string, Null::Rejected),
        Field::required("email", v1::email, Null::Rejected),
        Field::required("username", v1::username, Null::Rejected),
        Field::optional("bio", text::string, Null::Rejected),
        Field::optional("timeZone", time_zone::v1, Null::Rejected),
        Field::optional("weekStart", week_start::update, Null::Rejected),
        Field::optional("theme", v1::theme, Null::Clears),
        Field::optional("appTheme", v1::theme, Null::Clears),
        Field::optional("defaultScheduleId", v1::schedule_id, Null::Clears),
        Field::optional("locale", v1::locale, Null::Rejected),
        Field::optional("hideBranding", v1::boolean, Null::Rejected),
        Field::optional("timeFormat", v1::time_format, Null::Rejected),
        Field::optional("brandColor", brand_color::check, Null::Rejected),
        Field::optional("darkBrandColor", brand_color::check, Null::Rejected),
        Field::optional("allowDynamicBooking", v1::boolean, Null::Rejected),
        Field::optional("role", v1::role, Null::Rejected),
        Field::optional("createdDate", iso_date::check, Null::Rejected),
    ],
    unknown: UnknownKeys::Reject,
    request: true,
    never: SECRETS,
};

/// The v1 read shape (`GET /users/{userId}`): a response guard. A key the model does not know is
/// an `unknown_key` warning in both modes; a secret in the response is an error in both modes: a
/// client must never hold it.
pub static V1_USER: Schema = Schema {
    name: "V1User",
    fields: &[
        Field::required("id", integer, Null::Rejected),
        Field::required("username", string, Null::Clears),
        Field::required("name", string, Null::Clears),
        Field::required("email", string, Null::Rejected),
        Field::optional("emailVerified", string, Null::Clears),
        Field::optional("bio", string, Null::Clears),
        Field::optional("avatar", string, Null::Clears),
        Field::required("timeZone", string, Null::Rejected),
        Field::required("weekStart", string, Null::Rejected),
        Field::optional("endTime", number, Null::Clears),
        Field::optional("bufferTime", number, Null::Clears),
        Field::optional("appTheme", string, Null::Clears),
        Field::optional("theme", string, Null::Clears),
        Field::optional("defaultScheduleId", number, Null::Clears),
        Field::optional("locale", string, Null::Clears),
        Field::optional("timeFormat", number, Null::Clears),
        Field::optional("hideBranding", v1::boolean, Null::Clears),
        Field::optional("brandColor", string, Null::Clears),
        Field::optional("darkBrandColor", string, Null::Clears),
        Field::optional("allowDynamicBooking", v1::boolean, Null::Clears),
        Field::optional("createdDate", string, Null::Clears),
        Field::optional("verified", v1::boolean, Null::Clears),
        Field::optional("invitedTo", number, Null::Clears),
        Field::optional("role", string, Null::Clears),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: SECRETS,
};
