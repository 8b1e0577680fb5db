//! `POST /v2/oauth-clients/{clientId}/users`: cal.com's `CreateManagedUserInput`
//! (calcom-rules.md §6). `email` and `name` are required strings (no `@IsOptional`, so `null`
//! fails `isString`); `weekStart` is only `IsString` in cal.com (strict checks the day);
//! `timeZone: null` is turned into "absent" before validation; `timeFormat` has its own message.

use super::update_me::{COLUMN_NULL, METADATA_NULL, TIME_FORMAT_NULL};
use super::{Field, Null, Schema, UnknownKeys};
use crate::calcom::IS_STRING;
use crate::context::Cx;
use crate::issue::{Code, Issue};
use crate::messages::Msg;
use crate::rules::{avatar_url, email, locale, metadata, text, time_format, time_zone, week_start};

pub static CREATE_MANAGED_USER: Schema = Schema {
    name: "CreateManagedUserInput",
    fields: &[
        Field {
            missing: &[IS_STRING],
            ..Field::required("email", email::V2, Null::Rejected)
        },
        Field {
            missing: &[IS_STRING],
            ..Field::required("name", text::STRING, Null::Rejected)
        },
        Field::optional("timeFormat", time_format::CREATE, TIME_FORMAT_NULL),
        Field::optional("weekStart", week_start::CREATE, COLUMN_NULL),
        Field {
            absent_warning: Some(no_time_zone),
            ..Field::optional("timeZone", time_zone::V2, Null::Absent)
        },
        Field::optional("locale", locale::V2, Null::Clears),
        Field::optional("avatarUrl", avatar_url::CHECK, Null::Clears),
        Field::optional("bio", text::STRING, Null::Clears),
        Field::optional("metadata", metadata::CHECK, METADATA_NULL),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: true,
    never: &[],
};

/// calcom-rules.md §3: without a time zone, cal.com uses `Europe/London` and creates no default
/// schedule, so the user cannot be booked until one is made.
fn no_time_zone(cx: &Cx) -> Issue {
    cx.at(Code::NoDefaultSchedule, Msg::TimeZoneAbsent)
}
