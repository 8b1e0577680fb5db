//! `PATCH /v2/me` and `PATCH /v2/oauth-clients/{clientId}/users/{userId}`: cal.com's
//! `UpdateManagedUserInput` (calcom-rules.md §2). Every field optional; `{}` is valid.

use super::{Field, Null, Schema, UnknownKeys};
use crate::rules::{
    avatar_url, email, locale, metadata, schedule_id, text, time_format, time_zone, week_start,
};

use crate::messages::Msg;

/// `null` on a NOT NULL column: cal.com fails with 500.
pub const COLUMN_NULL: Null = Null::Breaks(Msg::NullColumn, Msg::NullColumnCompat);
/// `timeFormat: null` is stored, and every later read fails.
pub const TIME_FORMAT_NULL: Null = Null::Breaks(Msg::NullTimeFormat, Msg::NullTimeFormatCompat);
/// The database rejects a JSON null.
pub const METADATA_NULL: Null = Null::Breaks(Msg::NullMetadata, Msg::NullMetadataCompat);

pub static UPDATE_ME: Schema = Schema {
    name: "UpdateMeInput",
    fields: &[
        Field::optional("email", email::V2, COLUMN_NULL),
        Field::optional("name", text::STRING, Null::Clears),
        Field::optional("timeFormat", time_format::UPDATE, TIME_FORMAT_NULL),
        Field::optional(
            "defaultScheduleId",
            schedule_id::CHECK,
            Null::ClearsWithWarning(schedule_id::null_warning),
        ),
        Field::optional("weekStart", week_start::UPDATE, COLUMN_NULL),
        Field::optional("timeZone", time_zone::V2, COLUMN_NULL),
        Field::optional("locale", locale::V2, Null::Clears),
        Field::optional("avatarUrl", avatar_url::CHECK, Null::Clears),
        Field::optional("bio", text::STRING, Null::Clears),
        Field::optional("metadata", metadata::CHECK, METADATA_NULL),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: true,
    never: &[],
};
