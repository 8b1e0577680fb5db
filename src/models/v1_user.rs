use super::{Role, Theme, TimeFormat, V1Locale, WeekStart};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The body of API v1 `PATCH /users/{userId}`: self-hosted instances only; hosted v1 answers 410
/// (since 2026-04-08). Unknown keys are rejected; secrets
/// (`password`, `twoFactorSecret`, `backupCodes`) are never accepted.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct V1UserEditInput {
    /// `null` clears it (Prisma `name String?`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub name: Option<Option<String>>,
    /// Lower-cased by cal.com.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// Lower-cased by cal.com.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub username: Option<String>,
    /// `null` clears it (Prisma `bio String?`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub bio: Option<Option<String>>,
    /// An exact, case-sensitive IANA name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub week_start: Option<WeekStart>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Theme | null")]
    pub theme: Option<Option<Theme>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Theme | null")]
    pub app_theme: Option<Option<Theme>>,
    /// One of the user's schedules.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub default_schedule_id: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "V1Locale | null")]
    pub locale: Option<Option<V1Locale>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub hide_branding: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_format: Option<TimeFormat>,
    /// `#RGB`, `#RGBA`, `#RRGGBB` or `#RRGGBBAA` (strict); cal.com checks only `#` and 4–9 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub brand_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub dark_brand_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub allow_dynamic_booking: Option<bool>,
    /// Admins only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub role: Option<Role>,
}

/// The body of API v1 `POST /users` (self-hosted instances only; hosted v1 answers 410): the edit
/// fields with `email` and `username` required, a non-null `locale`, and `createdDate`.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct V1UserCreateInput {
    pub email: String,
    pub username: String,
    /// `null` clears it (Prisma `name String?`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub name: Option<Option<String>>,
    /// `null` clears it (Prisma `bio String?`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub bio: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub week_start: Option<WeekStart>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Theme | null")]
    pub theme: Option<Option<Theme>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "Theme | null")]
    pub app_theme: Option<Option<Theme>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub default_schedule_id: Option<Option<f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub locale: Option<V1Locale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub hide_branding: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub time_format: Option<TimeFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub brand_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub dark_brand_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub allow_dynamic_booking: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub role: Option<Role>,
    /// ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_date: Option<String>,
}

/// A user as API v1 reads it back (self-hosted instances only; hosted v1 answers 410). Holds no
/// secrets, by design.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct V1User {
    pub id: i64,
    pub username: Option<String>,
    pub name: Option<String>,
    pub email: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub email_verified: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub bio: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub avatar: Option<Option<String>>,
    pub time_zone: String,
    pub week_start: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub end_time: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub buffer_time: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub app_theme: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub theme: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub default_schedule_id: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub locale: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub time_format: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "boolean | null")]
    pub hide_branding: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub brand_color: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub dark_brand_color: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "boolean | null")]
    pub allow_dynamic_booking: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub created_date: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "boolean | null")]
    pub verified: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub invited_to: Option<Option<f64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "string | null")]
    pub role: Option<Option<String>>,
}
