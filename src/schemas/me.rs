//! The `data` of `GET`/`PATCH /v2/me` (calcom-rules.md §6): these keys, built by a zod schema in
//! the source we could read, plus `locale`, which cal.com's current API reference lists (the
//! deployed API is ahead of the public source). Used as a response guard to notice API drift: a
//! missing key or a wrong type fails; a key this model does not know is an `unknown_key` warning
//! in both modes, because cal.com adds fields without notice. Strict mode also checks the values
//! (a known zone, a weekday, 12 or 24).

use super::{Field, Null, Schema, UnknownKeys};
use crate::context::Cx;
use crate::json::{Value, Writer};
use crate::rules::response::{integer, number, organization, string};
use crate::rules::{avatar_url, locale, time_format, time_zone, week_start};

fn time_format_value(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        time_format::update(v, cx, out);
    } else {
        integer(v, cx, out);
    }
}

fn week_start_value(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        week_start::update(v, cx, out);
    } else {
        string(v, cx, out);
    }
}

fn time_zone_value(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        // A stored zone is a real zone; cal.com may have stored a capitalised spelling
        // (`Us/Eastern`), which the case-insensitive strict rule accepts.
        time_zone::v2(v, cx, out);
    } else {
        string(v, cx, out);
    }
}

fn avatar(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    // Stored avatars were validated by cal.com's own rule (compat), whatever the guard's mode.
    let mode = cx.mode;
    cx.mode = crate::context::Mode::Compat;
    avatar_url::check(v, cx, out);
    cx.mode = mode;
}

pub static ME: Schema = Schema {
    name: "Me",
    fields: &[
        Field::required("id", integer, Null::Rejected),
        Field::required("email", string, Null::Rejected),
        Field::required("username", string, Null::Rejected),
        Field::required("name", string, Null::Clears),
        Field::required("avatarUrl", avatar, Null::Clears),
        Field::required("bio", string, Null::Clears),
        Field::required("timeFormat", time_format_value, Null::Rejected),
        Field::required("defaultScheduleId", integer, Null::Clears),
        Field::required("weekStart", week_start_value, Null::Rejected),
        Field::required("timeZone", time_zone_value, Null::Rejected),
        // Listed by cal.com's current API reference (a nullable string, one of the 43 locales),
        // not yet by the public source: optional, so responses without it still pass.
        Field::optional("locale", locale::v2, Null::Clears),
        Field::required("organizationId", number, Null::Clears),
        Field::optional("organization", organization, Null::Rejected),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: &[],
};
