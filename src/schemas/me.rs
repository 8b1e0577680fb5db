//! The `data` of `GET`/`PATCH /v2/me` (calcom-rules.md §6): these keys, built by a zod schema in
//! the source we could read, plus `locale`, which cal.com's current API reference lists (the
//! deployed API is ahead of the public source). Used as a response guard to notice API drift: a
//! missing key or a wrong type fails; a key this model does not know is an `unknown_key` warning
//! in both modes, because cal.com adds fields without notice. Strict mode also checks the values
//! (a known zone, a weekday, 12 or 24).

use super::{Field, Null, Schema, UnknownKeys};
use crate::context::Cx;
use crate::json::{Value, Writer};
use crate::rules::response::{self, integer, string, INTEGER, NUMBER, ORGANIZATION, STRING};
use crate::rules::{avatar_url, locale, time_format, time_zone, week_start, Doc, Fast, FieldRule};

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

// Each field rule with its description: strict mode's check, or compat's plain type check.
const TIME_FORMAT: FieldRule = FieldRule {
    check: time_format_value,
    doc: &Doc {
        strict: time_format::UPDATE.doc.strict,
        compat: INTEGER.doc.compat,
    },
    fast: Fast::Core,
};
const WEEK_START: FieldRule = FieldRule {
    check: week_start_value,
    doc: &Doc {
        strict: week_start::DAY,
        compat: response::STRING.doc.compat,
    },
    fast: Fast::Core,
};
const TIME_ZONE: FieldRule = FieldRule {
    check: time_zone_value,
    doc: &Doc {
        strict: time_zone::STRICT_SHAPE,
        compat: response::STRING.doc.compat,
    },
    fast: Fast::Core,
};
const AVATAR: FieldRule = FieldRule {
    check: avatar,
    doc: &Doc::same(avatar_url::CHECK.doc.compat),
    fast: Fast::Core,
};

pub static ME: Schema = Schema {
    name: "Me",
    fields: &[
        Field::required("id", INTEGER, Null::Rejected),
        Field::required("email", STRING, Null::Rejected),
        Field::required("username", STRING, Null::Rejected),
        Field::required("name", STRING, Null::Clears),
        Field::required("avatarUrl", AVATAR, Null::Clears),
        Field::required("bio", STRING, Null::Clears),
        Field::required("timeFormat", TIME_FORMAT, Null::Rejected),
        Field::required("defaultScheduleId", INTEGER, Null::Clears),
        Field::required("weekStart", WEEK_START, Null::Rejected),
        Field::required("timeZone", TIME_ZONE, Null::Rejected),
        // Listed by cal.com's current API reference (a nullable string, one of the 43 locales),
        // not yet by the public source: optional, so responses without it still pass.
        Field::optional("locale", locale::V2, Null::Clears),
        Field::required("organizationId", NUMBER, Null::Clears),
        Field::optional("organization", ORGANIZATION, Null::Rejected),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: &[],
};
