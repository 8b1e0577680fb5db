use super::{Locale, Metadata, TimeFormat, WeekStart};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The body of `PATCH /v2/me` (and `PATCH /v2/oauth-clients/{clientId}/users/{userId}`). Every
/// field is optional; send only what changes.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMeInput {
    /// The new primary email. With email verification on, cal.com keeps the old one until the
    /// new one is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// Display name; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub name: Option<Option<String>>,
    /// 12- or 24-hour clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_format: Option<TimeFormat>,
    /// The schedule bookings use by default; `null` leaves the user unbookable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub default_schedule_id: Option<Option<u32>>,
    /// First day of the week.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub week_start: Option<WeekStart>,
    /// An IANA time zone such as `Europe/London`; also moves the default schedule to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_zone: Option<String>,
    /// Interface language; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Locale | null")]
    pub locale: Option<Option<Locale>>,
    /// An absolute http(s) URL of the avatar image; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub avatar_url: Option<Option<String>>,
    /// About text; `null` clears it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub bio: Option<Option<String>>,
    /// Free key/value data (replaces the stored metadata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub metadata: Option<Metadata>,
}
