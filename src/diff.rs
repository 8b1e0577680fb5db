//! `diffUpdate` (product.md §4): the minimal update body between a profile and the one wanted,
//! as JSON text for the boundary.

use crate::json::{parse, Dialect, Object, Value, Writer};
use crate::object::js_members;
use crate::schemas::update_me::UPDATE_ME;

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
fn write_value(v: &Value<'_>, w: &mut Writer) {
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
}
