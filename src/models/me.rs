use super::Locale;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The profile `GET /v2/me` and `PATCH /v2/me` return in `data`.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub username: String,
    pub name: Option<String>,
    pub avatar_url: Option<String>,
    pub bio: Option<String>,
    /// 12 or 24.
    pub time_format: i64,
    pub default_schedule_id: Option<i64>,
    /// `Monday` … `Sunday`.
    pub week_start: String,
    /// As cal.com stored it (compat spelling, e.g. `Us/Eastern`).
    pub time_zone: String,
    /// One of the 43 locales, or `null` when the user never chose one. cal.com's current API
    /// reference lists it; responses built from older source lack it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Locale | null")]
    pub locale: Option<Option<Locale>>,
    pub organization_id: Option<f64>,
    /// Present on `GET` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub organization: Option<Organization>,
}

/// The user's organization, as `GET /v2/me` reports it.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Organization {
    pub id: f64,
    pub is_platform: bool,
}
