//! The `/v2/me` family's booking limits (calcom-rules.md §6, from cal.com's API reference; **the
//! validation source is not public**): `perDay`, `perWeek`, `perMonth`, `perYear`, each a limit
//! ([`booking_limit`]) or `null`.
//!
//! - `PATCH /v2/me/booking-limits` ([`BOOKING_LIMITS`]): every field optional; `null` removes
//!   that limit. Accounts outside an organization get 403 (not decidable from the body).
//! - `PATCH /v2/me/team-booking-limits/{teamId}` ([`TEAM_BOOKING_LIMITS`]): the same fields;
//!   `null` goes back to the team's default, an omitted one keeps what was stored. cal.com caps
//!   each value at the user's own overall limit against stored data, which no body shows.
//! - `GET`/`PATCH /v2/me/booking-limits` `data` ([`BOOKING_LIMITS_RESPONSE`]): all four present,
//!   unset ones as `null`; a response guard.
//!
//! Unknown keys in the bodies are handled as in every API v2 body (stripped by cal.com's
//! `whitelist` pipe, compat warns, strict rejects); in the response they are `unknown_key`
//! warnings.

use super::{Field, Null, Schema, UnknownKeys};
use crate::rules::booking_limit;

const FIELDS: &[Field] = &[
    Field::optional("perDay", booking_limit::CHECK, Null::Clears),
    Field::optional("perWeek", booking_limit::CHECK, Null::Clears),
    Field::optional("perMonth", booking_limit::CHECK, Null::Clears),
    Field::optional("perYear", booking_limit::CHECK, Null::Clears),
];

/// `PATCH /v2/me/booking-limits`.
pub static BOOKING_LIMITS: Schema = Schema {
    name: "BookingLimitsInput",
    fields: FIELDS,
    unknown: UnknownKeys::StripInCompat,
    request: true,
    never: &[],
};

/// `PATCH /v2/me/team-booking-limits/{teamId}`: `null` inherits the team's default.
pub static TEAM_BOOKING_LIMITS: Schema = Schema {
    name: "TeamBookingLimitsInput",
    fields: FIELDS,
    unknown: UnknownKeys::StripInCompat,
    request: true,
    never: &[],
};

/// The `data` of `GET`/`PATCH /v2/me/booking-limits`: every limit present, `null` when unset.
pub static BOOKING_LIMITS_RESPONSE: Schema = Schema {
    name: "BookingLimits",
    fields: &[
        Field::required("perDay", booking_limit::CHECK, Null::Clears),
        Field::required("perWeek", booking_limit::CHECK, Null::Clears),
        Field::required("perMonth", booking_limit::CHECK, Null::Clears),
        Field::required("perYear", booking_limit::CHECK, Null::Clears),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: &[],
};
