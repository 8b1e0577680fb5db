//! `PATCH /v2/me` and `PATCH /v2/oauth-clients/{clientId}/users/{userId}`: cal.com's
//! `UpdateManagedUserInput` (calcom-rules.md §2). Every field optional; `{}` is valid.

use super::{Field, Null, Schema, UnknownKeys};
use crate::rules::{
    avatar_url, email, locale, metadata, schedule_id, text, time_format, time_zone, week_start,
};

pub const EMAIL_NULL: &str =
    "email cannot be null: the column is NOT NULL, so cal.com fails with 500";
pub const TIME_FORMAT_NULL: &str =
    "timeFormat cannot be null: cal.com stores the null and every later GET /v2/me fails";
pub const WEEK_START_NULL: &str =
    "weekStart cannot be null: the column is NOT NULL, so cal.com fails with 500";
pub const TIME_ZONE_NULL: &str =
    "timeZone cannot be null: the column is NOT NULL, so cal.com fails with 500";
pub const METADATA_NULL: &str =
    "metadata cannot be null: the database rejects a JSON null (500); send {} to clear it";

pub static UPDATE_ME: Schema = Schema {
    name: "UpdateMeInput",
    fields: &[
        Field::optional("email", email::V2, Null::Breaks(EMAIL_NULL)),
        Field::optional("name", text::STRING, Null::Clears),
        Field::optional(
            "timeFormat",
            time_format::UPDATE,
            Null::Breaks(TIME_FORMAT_NULL),
        ),
        Field::optional(
            "defaultScheduleId",
            schedule_id::CHECK,
            Null::ClearsWithWarning(schedule_id::null_warning),
        ),
        Field::optional(
            "weekStart",
            week_start::UPDATE,
            Null::Breaks(WEEK_START_NULL),
        ),
        Field::optional("timeZone", time_zone::V2, Null::Breaks(TIME_ZONE_NULL)),
        Field::optional("locale", locale::V2, Null::Clears),
        Field::optional("avatarUrl", avatar_url::CHECK, Null::Clears),
        Field::optional("bio", text::STRING, Null::Clears),
        Field::optional("metadata", metadata::CHECK, Null::Breaks(METADATA_NULL)),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: true,
    never: &[],
};
