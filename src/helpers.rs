//! The form and request helpers of the JS API (product.md §4) that are more than one rule:
//! time-zone checks, the static lists, `diffUpdate` and `defaultScheduleFor`. Each returns JSON
//! text for the boundary.

use crate::json::{parse, Dialect, Object, Value, Writer};
use crate::object::js_members;
use crate::rules::time_zone::{self, capitalize::capitalize, icu, names};
use crate::rules::{locale, week_start};
use crate::schemas::update_me::UPDATE_ME;

pub fn zone_check_json(name: &str) -> String {
    let c = time_zone::check_name(name);
    let mut w = Writer::with_capacity(96);
    w.begin_object();
    w.key_raw("valid");
    w.bool(c.valid);
    if let Some(canonical) = c.canonical {
        w.key_raw("canonical");
        w.str(canonical);
    }
    if let Some(alias) = c.alias {
        w.key_raw("alias");
        w.str(alias);
    }
    w.key_raw("suggestions");
    w.begin_array();
    for s in c.suggestions {
        w.str(s);
    }
    w.end_array();
    w.end_object();
    w.finish()
}

/// The static lists (field names and other ids are in `js/protocol.js`).
pub fn lists_json() -> String {
    let mut w = Writer::with_capacity(12_000);
    w.begin_object();
    for (key, list) in [
        ("locales", locale::LOCALES),
        ("v1Locales", locale::V1_LOCALES),
        ("weekDays", week_start::DAYS),
    ] {
        w.key_raw(key);
        w.begin_array();
        for item in list {
            w.str(item);
        }
        w.end_array();
    }
    // The messages the JS layer makes itself (buildPatchMeRequest's baseUrl, ValidationError's
    // "(+2 more)"): their English lives with every other in the core's table.
    w.key_raw("messages");
    w.begin_object();
    for m in [crate::messages::Msg::BaseUrl, crate::messages::Msg::More] {
        w.key_raw(m.id());
        w.str(m.english());
    }
    w.end_object();
    w.key_raw("timeZones");
    w.begin_array();
    for z in time_zone::canonical_names() {
        w.str(z);
    }
    w.end_array();
    w.key_raw("tzdbVersion");
    w.str(crate::tzdb_version());
    w.end_object();
    w.finish()
}

/// Keys of `Me` that are not part of an update: never put in a diff.
const READ_ONLY: &[&str] = &["id", "username", "organizationId", "organization"];

/// The minimal update body turning `current` into `desired` (both encoded JS objects): the fields
/// of `desired` whose value differs from `current`'s. Unknown keys of `desired` are passed on so
/// that validating the diff reports them.
pub fn diff_update_json(current: &str, desired: &str) -> String {
    let (Ok(Value::Object(cur)), Ok(Value::Object(want))) = (
        parse(current, Dialect::JsValue),
        parse(desired, Dialect::JsValue),
    ) else {
        return String::from(
            r#"{"success":false,"issues":[{"code":"invalid_type","path":[],"message":"diffUpdate takes two plain objects","expected":"object"}],"warnings":[]}"#,
        );
    };
    let cur_members = js_members(&cur);
    let want_members = js_members(&want);
    let mut w = Writer::with_capacity(desired.len() + 32);
    w.begin_object();
    w.key_raw("success");
    w.bool(true);
    w.key_raw("data");
    w.begin_object();
    let emit = |key: &crate::json::Str<'_>, v: &Value<'_>, w: &mut Writer| {
        let name = key.decode().unwrap_or_default();
        if READ_ONLY.contains(&name.as_ref()) || v.kind() == crate::json::Kind::Undefined {
            return;
        }
        let unchanged = cur_members
            .iter()
            .find(|m| m.key.raw() == key.raw())
            .is_some_and(|m| same(&name, m.value, v));
        if !unchanged {
            w.key_raw(key.raw());
            write_value(v, w);
        }
    };
    // Known fields in the model's order, then the rest in input order.
    for f in UPDATE_ME.fields {
        if let Some(m) = want_members.iter().find(|m| m.key.is(f.name)) {
            emit(&m.key, m.value, &mut w);
        }
    }
    for m in &want_members {
        if !UPDATE_ME.fields.iter().any(|f| m.key.is(f.name)) {
            emit(&m.key, m.value, &mut w);
        }
    }
    w.end_object();
    w.key_raw("warnings");
    w.begin_array();
    w.end_array();
    w.end_object();
    w.finish()
}

/// Whether two values of field `name` mean the same thing to cal.com.
fn same(name: &str, a: &Value<'_>, b: &Value<'_>) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) if name == "timeZone" => {
            let (x, y) = (
                x.decode().unwrap_or_default(),
                y.decode().unwrap_or_default(),
            );
            x.eq_ignore_ascii_case(&y)
        }
        _ => equal(a, b),
    }
}

fn equal(a: &Value<'_>, b: &Value<'_>) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x.value == y.value,
        (Value::String(x), Value::String(y)) => {
            x.raw() == y.raw() || x.utf16_units() == y.utf16_units()
        }
        (Value::Object(x), Value::Object(y)) => objects_equal(x, y),
        _ => false,
    }
}

fn objects_equal(x: &Object<'_>, y: &Object<'_>) -> bool {
    let (xm, ym) = (js_members(x), js_members(y));
    xm.len() == ym.len()
        && xm.iter().all(|a| {
            ym.iter()
                .find(|b| b.key.raw() == a.key.raw())
                .is_some_and(|b| equal(a.value, b.value))
        })
}

/// Writes a parsed value back as JSON (values JSON cannot hold become `null`).
pub fn write_value(v: &Value<'_>, w: &mut Writer) {
    match v {
        Value::Null | Value::Other(_) => w.null(),
        Value::Bool(b) => w.bool(*b),
        Value::Number(n) => w.num_text(n.text),
        Value::String(s) => w.string(s),
        Value::Object(o) => {
            w.begin_object();
            for m in js_members(o) {
                w.key_raw(m.key.raw());
                write_value(m.value, w);
            }
            w.end_object();
        }
    }
}

/// The default schedule cal.com creates for a user with this time zone (calcom-rules.md §3),
/// or `null` when there is none: no zone (the user gets `Europe/London` and no schedule) or one
/// cal.com would reject.
pub fn default_schedule_json(zone: &str) -> String {
    let stored = capitalize(zone).filter(|c| names::find(c).is_some() || icu::find(c).is_some());
    let Some(stored) = stored else {
        return String::from("null");
    };
    let mut w = Writer::with_capacity(160);
    w.begin_object();
    w.key_raw("timeZone");
    w.str(&stored);
    w.key_raw("availability");
    w.begin_array();
    w.begin_object();
    w.key_raw("days");
    w.begin_array();
    for d in week_start::DAYS.iter().take(5) {
        w.str(d);
    }
    w.end_array();
    w.key_raw("startTime");
    w.str("09:00");
    w.key_raw("endTime");
    w.str("17:00");
    w.end_object();
    w.end_array();
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_keeps_only_changes() {
        let cur = r#"{"id":1,"email":"a@b.co","name":"A","timeZone":"Us/Eastern","timeFormat":12,"bio":null,"username":"a"}"#;
        let want = r#"{"id":2,"email":"a@b.co","name":"B","timeZone":"US/Eastern","timeFormat":24,"bio":null,"timezone":"x","locale":"fr"}"#;
        assert_eq!(
            diff_update_json(cur, want),
            r#"{"success":true,"data":{"name":"B","timeFormat":24,"locale":"fr","timezone":"x"},"warnings":[]}"#
        );
        let meta = r#"{"metadata":{"a":1,"b":"x"}}"#;
        let same_meta = r#"{"metadata":{"b":"x","a":1.0}}"#;
        assert!(diff_update_json(meta, same_meta).contains(r#""data":{}"#));
        assert!(diff_update_json("5", "{}").contains("invalid_type"));
    }

    #[test]
    fn default_schedule() {
        assert!(
            default_schedule_json("america/new_york").contains(r#""timeZone":"America/New_York""#)
        );
        assert!(default_schedule_json("US/Eastern").contains(r#""timeZone":"Us/Eastern""#));
        assert!(default_schedule_json("Europe/Rome").contains(r#""days":["Monday","Tuesday","Wednesday","Thursday","Friday"],"startTime":"09:00","endTime":"17:00""#));
        assert_eq!(default_schedule_json(""), "null");
        assert_eq!(default_schedule_json("Narnia/Woods"), "null");
    }
}
