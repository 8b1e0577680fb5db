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

pub fn js_members<'o, 'a>(o: &'o Object<'a>) -> Vec<Entry<'o, 'a>> {
    let n = o.members.len();
    let mut out: Vec<Entry<'o, 'a>> = Vec::with_capacity(n);
    if n <= 16 {
        // Small objects (every realistic body): a quadratic scan beats sorting.
        let mut ids: Vec<Cow<'a, str>> = Vec::with_capacity(n);
        for (k, v) in &o.members {
            let key = id(k);
            match ids
                .iter()
                .position(|seen| *seen == key)
                .and_then(|i| out.get_mut(i))
            {
                Some(e) => {
                    e.value = v;
                    e.duplicated = true;
                }
                None => {
                    ids.push(key);
                    out.push(Entry {
                        key: *k,
                        value: v,
                        duplicated: false,
                    });
                }
            }
        }
        return out;
    }
    let ids: Vec<Cow<'a, str>> = o.members.iter().map(|(k, _)| id(k)).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| ids.get(a).cmp(&ids.get(b)).then(a.cmp(&b)));
    // For each member: the index of the last member with the same key, or None if it is not
    // the first occurrence.
    let mut last_of_first: Vec<Option<(usize, bool)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n
            && ids.get(order.get(j + 1).copied().unwrap_or(0))
                == ids.get(order.get(i).copied().unwrap_or(0))
        {
            j += 1;
        }
        if let (Some(&first), Some(&last)) = (order.get(i), order.get(j)) {
            if let Some(slot) = last_of_first.get_mut(first) {
                *slot = Some((last, j > i));
            }
        }
        i = j + 1;
    }
    for (idx, slot) in last_of_first.iter().enumerate() {
        let Some((last, dup)) = slot else { continue };
        if let (Some((k, _)), Some((_, v))) = (o.members.get(idx), o.members.get(*last)) {
            out.push(Entry {
                key: *k,
                value: v,
                duplicated: *dup,
            });
        }
    }
    out
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
