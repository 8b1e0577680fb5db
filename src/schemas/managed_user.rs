//! Platform managed users (calcom-rules.md §6): the `ManagedUser` read shape and the 201 `data`
//! of creating one (`CreatedManagedUser`: the user and its tokens). Response guards: types as
//! cal.com documents them; strict also checks values (the `+{clientId}` email, a real zone, a
//! weekday, an ISO date, one of the 43 locales). A key the model does not know is an
//! `unknown_key` warning in both modes (cal.com adds fields without notice), never a failure.

use super::{nested, Field, Null, Schema, UnknownKeys};
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::response::{string, NUMBER, STRING};
use crate::rules::{
    iso_date, locale, metadata, time_zone, week_start, Doc, Fast, FieldRule, Shape,
};

fn email(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if let (true, Value::String(s)) = (cx.strict(), v) {
        let text = s.decode().unwrap_or_default();
        let local = text.split('@').next().unwrap_or_default();
        if !local.contains('+') {
            cx.fail(
                cx.at(Code::InvalidFormat, Msg::EmailManagedUser)
                    .expected("email"),
            );
            return;
        }
    }
    string(v, cx, out);
}

fn zone(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        time_zone::v2(v, cx, out);
    } else {
        string(v, cx, out);
    }
}

fn day(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        week_start::update(v, cx, out);
    } else {
        string(v, cx, out);
    }
}

fn created(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    if cx.strict() {
        iso_date::check(v, cx, out);
    } else {
        string(v, cx, out);
    }
}

fn user(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    nested(&MANAGED_USER, v, cx, out);
}

// Each field rule with its description: strict mode's check, or compat's plain type check.
const EMAIL: FieldRule = FieldRule {
    check: email,
    doc: &Doc {
        strict: Shape::string("The managed user's email: cal.com adds +{clientId} before the @")
            .pattern(r"^[^@]*\+"),
        compat: STRING.doc.compat,
    },
    fast: Fast::Core,
};
const ZONE: FieldRule = FieldRule {
    check: zone,
    doc: &Doc {
        strict: time_zone::STRICT_SHAPE,
        compat: STRING.doc.compat,
    },
    fast: Fast::Core,
};
const DAY: FieldRule = FieldRule {
    check: day,
    doc: &Doc {
        strict: week_start::DAY,
        compat: STRING.doc.compat,
    },
    fast: Fast::Core,
};
const CREATED: FieldRule = FieldRule {
    check: created,
    doc: &Doc {
        strict: iso_date::SHAPE,
        compat: STRING.doc.compat,
    },
    fast: Fast::Core,
};
const USER: FieldRule = FieldRule {
    check: user,
    doc: &Doc::same(Shape::nested(&MANAGED_USER, "The created user")),
    fast: Fast::Core,
};

pub static MANAGED_USER: Schema = Schema {
    name: "ManagedUser",
    fields: &[
        Field::required("id", NUMBER, Null::Rejected),
        Field::required("email", EMAIL, Null::Rejected),
        Field::required("username", STRING, Null::Clears),
        Field::required("name", STRING, Null::Clears),
        Field::required("bio", STRING, Null::Clears),
        Field::required("timeZone", ZONE, Null::Rejected),
        Field::required("weekStart", DAY, Null::Rejected),
        Field::required("createdDate", CREATED, Null::Rejected),
        Field::required("timeFormat", NUMBER, Null::Clears),
        Field::required("defaultScheduleId", NUMBER, Null::Clears),
        Field::required("locale", locale::V2, Null::Clears),
        Field::optional("avatarUrl", STRING, Null::Clears),
        Field::optional("metadata", metadata::CHECK, Null::Rejected),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: &[],
};

pub static CREATED_MANAGED_USER: Schema = Schema {
    name: "CreatedManagedUser",
    fields: &[
        Field::required("user", USER, Null::Rejected),
        Field::required("accessToken", STRING, Null::Rejected),
        Field::required("refreshToken", STRING, Null::Rejected),
        Field::required("accessTokenExpiresAt", NUMBER, Null::Rejected),
        Field::required("refreshTokenExpiresAt", NUMBER, Null::Rejected),
    ],
    unknown: UnknownKeys::Report,
    request: false,
    never: &[],
};
