//! An object's members as JavaScript sees them after `JSON.parse`: one per key, at the position
//! of the key's first occurrence, holding its last value. Duplicates are flagged so strict mode
//! can report the value that would silently be lost.

use crate::json::{Object, Str, Value};
use std::borrow::Cow;

#[derive(Clone, Copy, Debug)]
pub struct Entry<'o, 'a> {
    pub key: Str<'a>,
    pub value: &'o Value<'a>,
    /// The key occurred more than once; `value` is the last occurrence.
    pub duplicated: bool,
}

/// The key's identity: `"a"` and `"\u0061"` are the same key.
fn id<'a>(k: &Str<'a>) -> Cow<'a, str> {
    k.decode().unwrap_or(Cow::Borrowed(k.raw()))
}

/// The members of an object read from a JavaScript value by the JS layer (`Dialect::JsValue`):
/// `Object.keys` gave each key once (a Proxy whose `ownKeys` repeats one throws, and the layer
/// sends it as unreadable), so there is nothing to merge and no key to hash or decode.
pub fn js_value_members<'o, 'a>(o: &'o Object<'a>) -> Vec<Entry<'o, 'a>> {
    o.members
        .iter()
        .map(|(k, v)| Entry {
            key: *k,
            value: v,
            duplicated: false,
        })
        .collect()
}

/// The members as JavaScript sees them, for a context: a value the JS layer read has unique keys.
pub fn members_in<'o, 'a>(o: &'o Object<'a>, cx: &crate::context::Cx) -> Vec<Entry<'o, 'a>> {
    if cx.from_js {
        js_value_members(o)
    } else {
        js_members(o)
    }
}

pub fn js_members<'o, 'a>(o: &'o Object<'a>) -> Vec<Entry<'o, 'a>> {
    let n = o.members.len();
    let mut out: Vec<Entry<'o, 'a>> = Vec::with_capacity(n);
    let mut ids: Vec<Cow<'a, str>> = Vec::with_capacity(n);
    // Open addressing over the decoded keys: slot → index in `out` (+1; 0 is empty). Linear in
    // the number of members, so a 50-key metadata object costs no sort and no n² comparisons.
    let mask = (2 * n).next_power_of_two().max(8) - 1;
    let mut slots: Vec<u32> = vec![0; mask + 1];
    for (k, v) in &o.members {
        let key = id(k);
        let mut h = fnv1a(key.as_bytes()) as usize & mask;
        while let Some(slot) = slots.get_mut(h) {
            let Some(i) = (*slot as usize).checked_sub(1) else {
                *slot = out.len() as u32 + 1;
                ids.push(key);
                out.push(Entry {
                    key: *k,
                    value: v,
                    duplicated: false,
                });
                break;
            };
            if ids.get(i) == Some(&key) {
                if let Some(e) = out.get_mut(i) {
                    e.value = v;
                    e.duplicated = true;
                }
                break;
            }
            h = (h + 1) & mask;
        }
    }
    out
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Dialect};

    fn members(json: &str) -> Vec<(String, String, bool)> {
        let Ok(Value::Object(o)) = parse(json, Dialect::Json) else {
            panic!()
        };
        js_members(&o)
            .iter()
            .map(|e| {
                (
                    e.key.raw().to_owned(),
                    format!("{:?}", e.value.kind()),
                    e.duplicated,
                )
            })
            .collect()
    }

    #[test]
    fn last_value_wins_at_first_position() {
        let small = r#"{"a":1,"b":"x","a":"y","\u0062":true}"#;
        let big_members: Vec<String> = (0..20).map(|i| format!("\"k{i}\":{i}")).collect();
        let big = format!(
            "{{\"a\":1,\"b\":\"x\",{},\"a\":\"y\",\"\\u0062\":true}}",
            big_members.join(",")
        );
        for json in [small.to_owned(), big] {
            let m = members(&json);
            assert_eq!(m[0], ("a".into(), "String".into(), true));
            assert_eq!(m[1], ("b".into(), "Boolean".into(), true));
            assert!(m[2..].iter().all(|(_, _, d)| !d));
        }
    }
}
