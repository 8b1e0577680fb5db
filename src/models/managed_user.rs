use super::{Locale, Metadata, TimeFormat};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The body of `POST /v2/oauth-clients/{clientId}/users` (create a platform managed user).
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateManagedUserInput {
    pub email: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_format: Option<TimeFormat>,
    /// `Monday` … `Sunday` (cal.com does not check the day on create; strict mode does).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub week_start: Option<String>,
    /// Without a zone the user gets `Europe/London` and no default schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_zone: Option<String>,
    /// cal.com defaults it to `en`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Locale | null")]
    pub locale: Option<Option<Locale>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub avatar_url: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub bio: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub metadata: Option<Metadata>,
}

/// A platform managed user (`GET /v2/oauth-clients/{clientId}/users/{userId}`).
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ManagedUser {
    pub id: i64,
    /// Contains `+{clientId}` before the `@`.
    pub email: String,
    pub username: Option<String>,
    pub name: Option<String>,
    pub bio: Option<String>,
    pub time_zone: String,
    pub week_start: String,
    /// ISO 8601.
    pub created_date: String,
    pub time_format: Option<f64>,
    pub default_schedule_id: Option<f64>,
    pub locale: Option<Locale>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub avatar_url: Option<Option<String>>,
    /// Absent when the user has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub metadata: Option<Metadata>,
}

/// The `data` of a 201 from creating a managed user: the user and its tokens.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct CreatedManagedUser {
    pub user: ManagedUser,
    pub access_token: String,
    pub refresh_token: String,
    /// Milliseconds since the epoch.
    pub access_token_expires_at: f64,
    /// Milliseconds since the epoch.
    pub refresh_token_expires_at: f64,
}

/// The default schedule cal.com creates with a user that has a time zone: Monday–Friday,
/// 09:00–17:00, in that zone (as cal.com stores its spelling).
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DefaultSchedule {
    pub time_zone: String,
    pub availability: Vec<ScheduleSlot>,
}

/// Working hours on some days.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleSlot {
    /// `Monday` … `Sunday`.
    pub days: Vec<String>,
    /// `HH:MM`.
    pub start_time: String,
    /// `HH:MM`.
    pub end_time: String,
}
