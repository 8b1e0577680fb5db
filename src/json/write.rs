//! A JSON text builder with no `core::fmt`: the success path of every validation writes its
//! normalised data through it, so it stays small and allocation-light.

use super::{Origin, Str};

/// An unescaped string shorter than this is copied even when the caller holds its text: a
/// reference costs about as much as the copy.
const SLICE_MIN_UNITS: usize = 24;

#[derive(Default, Debug)]
pub struct Writer {
    out: String,
    /// Bit `d` set: the container at depth `d` already has a member (a comma is due).
    has_member: u64,
    depth: u32,
    /// Whether strings the caller holds may be written as references (see [`Writer::string`]).
    refs_on: bool,
    /// Open arrays: a reference is an array, so none is written inside one.
    arrays: u32,
    /// Whether a reference was written.
    has_refs: bool,
}

/// A position to roll back to with [`Writer::rewind`].
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    len: usize,
    has_member: u64,
}

impl Writer {
    pub fn new() -> Self {
        Writer::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        Writer {
            out: String::with_capacity(n),
            ..Writer::default()
        }
    }

    /// Lets [`Writer::string`] write references to strings the JS caller holds instead of
    /// their text. Only for output the JS layer completes: no data it validates holds an array,
    /// so an array in it is a reference.
    pub fn with_refs(mut self, on: bool) -> Self {
        self.refs_on = on;
        self
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// The text, and whether it holds references.
    pub fn finish_with_refs(self) -> (String, bool) {
        (self.out, self.has_refs)
    }

    pub fn as_str(&self) -> &str {
        &self.out
    }

    pub fn mark(&self) -> Mark {
        Mark {
            len: self.out.len(),
            has_member: self.has_member,
        }
    }

    pub fn rewind(&mut self, mark: Mark) {
        self.out.truncate(mark.len);
        self.has_member = mark.has_member;
    }

    fn before_value(&mut self) {
        let bit = 1u64 << (self.depth % 64);
        if self.has_member & bit != 0 {
            self.out.push(',');
        }
        self.has_member |= bit;
    }

    pub fn begin_object(&mut self) {
        self.before_value();
        self.out.push('{');
        self.depth += 1;
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
        self.depth = self.depth.saturating_sub(1);
    }

    pub fn begin_array(&mut self) {
        self.before_value();
        self.out.push('[');
        self.depth += 1;
        self.has_member &= !(1u64 << (self.depth % 64));
        self.arrays += 1;
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
        self.arrays = self.arrays.saturating_sub(1);
        self.depth = self.depth.saturating_sub(1);
    }

    /// A key whose text is already JSON-escaped (input keys, static field names).
    pub fn key_raw(&mut self, raw: &str) {
        self.before_value();
        self.out.push('"');
        self.out.push_str(raw);
        self.out.push_str("\":");
        // The value that follows must not get a comma of its own; writing it sets the bit again.
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    pub fn key(&mut self, s: &str) {
        self.before_value();
        self.string_body(s);
        self.out.push(':');
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    /// A string value whose text is already JSON-escaped.
    pub fn str_raw(&mut self, raw: &str) {
        self.before_value();
        self.out.push('"');
        self.out.push_str(raw);
        self.out.push('"');
    }

    /// A string value from the input, unchanged. When the JS caller holds its text (a kept
    /// string, or a long unescaped slice of the body it passed as a string), a reference is
    /// written instead: `[index]` into the kept strings, or `[start,end]` UTF-16 offsets.
    pub fn string(&mut self, s: &Str<'_>) {
        if self.refs_on && self.arrays == 0 {
            let reference = match s.origin() {
                Origin::Kept(i) => Some((i, None)),
                Origin::At(at) if s.utf16_len() >= SLICE_MIN_UNITS => {
                    Some((at, Some(at as usize + s.utf16_len())))
                }
                _ => None,
            };
            if let Some((a, b)) = reference {
                self.before_value();
                self.out.push('[');
                push_int(&mut self.out, i64::from(a));
                if let Some(b) = b {
                    self.out.push(',');
                    push_int(&mut self.out, b as i64);
                }
                self.out.push(']');
                self.has_refs = true;
                return;
            }
        }
        // A kept string written out: reading `raw` asks the caller for its text.
        self.str_raw(s.raw());
    }

    pub fn str(&mut self, s: &str) {
        self.before_value();
        self.string_body(s);
    }

    fn string_body(&mut self, s: &str) {
        self.out.push('"');
        let bytes = s.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let esc: &str = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x00..=0x1F => "",
                _ => continue,
            };
            self.out.push_str(s.get(start..i).unwrap_or_default());
            if esc.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(hex_digit(b >> 4));
                self.out.push(hex_digit(b & 0xF));
            } else {
                self.out.push_str(esc);
            }
            start = i + 1;
        }
        self.out.push_str(s.get(start..).unwrap_or_default());
        self.out.push('"');
    }

    /// A number whose text is valid JSON already (input lexemes).
    pub fn num_text(&mut self, text: &str) {
        self.before_value();
        self.out.push_str(text);
    }

    pub fn int(&mut self, v: i64) {
        self.before_value();
        push_int(&mut self.out, v);
    }

    pub fn bool(&mut self, v: bool) {
        self.before_value();
        self.out.push_str(if v { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.before_value();
        self.out.push_str("null");
    }

    /// Pre-serialised JSON (a nested result).
    pub fn raw_json(&mut self, json: &str) {
        self.before_value();
        self.out.push_str(json);
    }
}

fn hex_digit(n: u8) -> char {
    char::from(
        b"0123456789abcdef"
            .get(usize::from(n & 0xF))
            .copied()
            .unwrap_or(b'0'),
    )
}

/// Appends a decimal integer without `core::fmt`.
pub fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    // ASCII digits: always valid UTF-8.
    out.push_str(std::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_nested_json_with_commas() {
        let mut w = Writer::new();
        w.begin_object();
        w.key_raw("a");
        w.int(-42);
        w.key("b\"q");
        w.begin_array();
        w.str("x\ny\u{1}");
        w.bool(true);
        w.null();
        w.end_array();
        w.key_raw("c");
        w.begin_object();
        w.end_object();
        w.end_object();
        assert_eq!(
            w.finish(),
            r#"{"a":-42,"b\"q":["x\ny\u0001",true,null],"c":{}}"#
        );
    }

    #[test]
    fn strings_the_caller_holds_become_references() {
        use crate::json::{content_was_needed, parse, Dialect, Value};
        let body = r#"{"k":"a string long enough to point at","s":"short","e":"escaped \" but long enough"}"#;
        let Ok(Value::Object(o)) = parse(body, Dialect::JsonText { base: 1 }) else {
            panic!("parse")
        };
        let write = |refs: bool| {
            let mut w = Writer::new().with_refs(refs);
            w.begin_object();
            for (k, v) in &o.members {
                let Value::String(s) = v else {
                    panic!("string")
                };
                w.key_raw(k.raw());
                w.string(s);
            }
            w.key_raw("l");
            w.begin_array();
            if let Value::String(s) = &o.members[0].1 {
                w.string(s);
            }
            w.end_array();
            w.end_object();
            w.finish_with_refs()
        };
        // UTF-16 offsets in the caller's string, whose first unit (a BOM) the core never saw.
        let at = body.find("a string").unwrap() + 1;
        let end = at + "a string long enough to point at".len();
        assert_eq!(
            write(true),
            (
                format!(
                    r#"{{"k":[{at},{end}],"s":"short","e":"escaped \" but long enough","l":["a string long enough to point at"]}}"#
                ),
                true
            )
        );
        assert_eq!(
            write(false),
            (
                body.replace('}', r#","l":["a string long enough to point at"]}"#),
                false
            )
        );
        assert!(!content_was_needed());
    }

    #[test]
    fn a_kept_string_is_a_reference_or_a_request_for_its_text() {
        use crate::json::{content_was_needed, parse, Dialect, Value};
        let Ok(Value::Object(o)) = parse(r#"{"a":!s300,"b":!s7}"#, Dialect::JsValue) else {
            panic!("parse")
        };
        let Value::String(b) = &o.members[1].1 else {
            panic!("b")
        };
        assert_eq!(b.utf16_len(), 7);
        let mut w = Writer::new().with_refs(true);
        w.begin_object();
        w.key_raw("b");
        w.string(b);
        w.end_object();
        assert!(!content_was_needed());
        assert_eq!(w.finish_with_refs(), (r#"{"b":[1]}"#.to_owned(), true));
        // Inside an array a reference would be ambiguous: the core must ask for the text.
        let mut w = Writer::new().with_refs(true);
        w.begin_array();
        w.string(b);
        assert!(content_was_needed());
        assert!(!content_was_needed(), "reading the flag clears it");
    }

    #[test]
    fn rewind_drops_a_member() {
        let mut w = Writer::new();
        w.begin_object();
        w.key_raw("a");
        w.int(1);
        let m = w.mark();
        w.key_raw("b");
        w.int(2);
        w.rewind(m);
        w.key_raw("c");
        w.int(3);
        w.end_object();
        assert_eq!(w.finish(), r#"{"a":1,"c":3}"#);
    }

    #[test]
    fn integers() {
        for (v, s) in [
            (0, "0"),
            (7, "7"),
            (-1, "-1"),
            (i64::MAX, "9223372036854775807"),
            (i64::MIN, "-9223372036854775808"),
        ] {
            let mut out = String::new();
            push_int(&mut out, v);
            assert_eq!(out, s);
        }
    }
}
