use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The body of `PATCH /v2/me/booking-limits` and of `PATCH /v2/me/team-booking-limits/{teamId}`
/// (calcom-rules.md §6; cal.com's validation source is not public). Each limit is optional: a
/// number of bookings (strict: a whole number from 1 to 2147483647; compat: any number ≥ 1, the
/// published constraint), or `null`, which removes your own limit (on the team endpoint: goes
/// back to the team's default). An omitted limit keeps its stored value.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BookingLimitsInput {
    /// Bookings per calendar day.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub per_day: Option<Option<f64>>,
    /// Bookings per calendar week.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub per_week: Option<Option<f64>>,
    /// Bookings per calendar month.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub per_month: Option<Option<f64>>,
    /// Bookings per calendar year.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::double_option"
    )]
    #[tsify(optional, type = "number | null")]
    pub per_year: Option<Option<f64>>,
}

/// Your booking limits as `GET`/`PATCH /v2/me/booking-limits` return them in `data`: every
/// interval present, `null` where no limit is set.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct BookingLimits {
    pub per_day: Option<f64>,
    pub per_week: Option<f64>,
    pub per_month: Option<f64>,
    pub per_year: Option<f64>,
}
