//! Platform managed users (calcom-rules.md §6): the `ManagedUser` read shape and the 201 `data`
//! of creating one (`CreatedManagedUser`: the user and its tokens). Response guards: types as
//! cal.com documents them; strict also checks values (the `+{clientId}` email, a real zone, a
//! weekday, an ISO date, one of the 43 locales).

use super::{nested, Field, Null, Schema, UnknownKeys};
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::response::{number, string};
use crate::rules::{iso_date, locale, metadata, time_zone, week_start};

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

pub static MANAGED_USER: Schema = Schema {
    name: "ManagedUser",
    fields: &[
        Field::required("id", number, Null::Rejected),
        Field::required("email", email, Null::Rejected),
        Field::required("username", string, Null::Clears),
        Field::required("name", string, Null::Clears),
        Field::required("bio", string, Null::Clears),
        Field::required("timeZone", zone, Null::Rejected),
        Field::required("weekStart", day, Null::Rejected),
        Field::required("createdDate", created, Null::Rejected),
        Field::required("timeFormat", number, Null::Clears),
        Field::required("defaultScheduleId", number, Null::Clears),
        Field::required("locale", locale::v2, Null::Clears),
        Field::optional("avatarUrl", string, Null::Clears),
        Field::optional("metadata", metadata::check, Null::Rejected),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: false,
    never: &[],
};

pub static CREATED_MANAGED_USER: Schema = Schema {
    name: "CreatedManagedUser",
    fields: &[
        Field::required("user", user, Null::Rejected),
        Field::required("accessToken", string, Null::Rejected),
        Field::required("refreshToken", string, Null::Rejected),
        Field::required("accessTokenExpiresAt", number, Null::Rejected),
        Field::required("refreshTokenExpiresAt", number, Null::Rejected),
    ],
    unknown: UnknownKeys::StripInCompat,
    request: false,
    never: &[],
};
