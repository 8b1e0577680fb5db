//! A JSON text builder with no `core::fmt`: the success path of every validation writes its
//! normalised data through it, so it stays small and allocation-light.

use super::{Origin, Str};

/// An unescaped string shorter than this is copied even when the caller holds its text: a
/// reference costs about as much as the copy.
const SLICE_MIN_UNITS: usize = 24;
/// The same for a byte range, which JS turns into a string with a `TextDecoder` call: worth its
/// fixed cost only for longer strings.
const SLICE_MIN_BYTES: usize = 64;

#[derive(Default, Debug)]
pub struct Writer {
    /// Always valid UTF-8: only whole `str`s and ASCII bytes are appended.
    out: Vec<u8>,
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
    #[cfg(test)]
    pub fn new() -> Self {
        Writer::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        Writer {
            out: Vec::with_capacity(n),
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
        String::from_utf8(self.out).unwrap_or_default()
    }

    /// The text, and whether it holds references.
    pub fn finish_with_refs(self) -> (String, bool) {
        let refs = self.has_refs;
        (self.finish(), refs)
    }

    // The two appends everything goes through, small enough to inline (String::push is not, at
    // opt-level "z", and it re-encodes every char as UTF-8).
    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    #[inline(always)]
    fn text(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn digits(&mut self, v: i64) {
        let (buf, start) = int_digits(v);
        self.out
            .extend_from_slice(buf.get(start..).unwrap_or_default());
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

    #[inline(always)]
    fn before_value(&mut self) {
        let bit = 1u64 << (self.depth % 64);
        if self.has_member & bit != 0 {
            self.byte(b',');
        }
        self.has_member |= bit;
    }

    pub fn begin_object(&mut self) {
        self.before_value();
        self.byte(b'{');
        self.depth += 1;
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    pub fn end_object(&mut self) {
        self.byte(b'}');
        self.depth = self.depth.saturating_sub(1);
    }

    pub fn begin_array(&mut self) {
        self.before_value();
        self.byte(b'[');
        self.depth += 1;
        self.has_member &= !(1u64 << (self.depth % 64));
        self.arrays += 1;
    }

    pub fn end_array(&mut self) {
        self.byte(b']');
        self.arrays = self.arrays.saturating_sub(1);
        self.depth = self.depth.saturating_sub(1);
    }

    /// A key whose text is already JSON-escaped (input keys, static field names).
    pub fn key_raw(&mut self, raw: &str) {
        self.before_value();
        self.byte(b'"');
        self.text(raw);
        self.text("\":");
        // The value that follows must not get a comma of its own; writing it sets the bit again.
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    /// A key that needs escaping (the tests' reference for `key_raw`).
    #[cfg(test)]
    fn key(&mut self, s: &str) {
        self.before_value();
        self.string_body(s);
        self.byte(b':');
        self.has_member &= !(1u64 << (self.depth % 64));
    }

    /// A string value whose text is already JSON-escaped.
    pub fn str_raw(&mut self, raw: &str) {
        self.before_value();
        self.byte(b'"');
        self.text(raw);
        self.byte(b'"');
    }

    /// A string value from the input, unchanged. When the JS caller holds its text (a kept
    /// string, or a long unescaped slice of the body it passed), a reference is written instead:
    /// `[index]` into the kept strings, `[start,end]` UTF-16 offsets of a string body, or
    /// `[start,end]` byte offsets of a bytes body.
    pub fn string(&mut self, s: &Str<'_>) {
        if self.refs_on && self.arrays == 0 {
            let reference = match s.origin() {
                Origin::Kept(i, _) => Some((i, None)),
                Origin::At(at) if s.utf16_len() >= SLICE_MIN_UNITS => {
                    Some((at, Some(at as usize + s.utf16_len())))
                }
                Origin::AtByte(at) if s.raw.len() >= SLICE_MIN_BYTES => {
                    Some((at, Some(at as usize + s.raw.len())))
                }
                _ => None,
            };
            if let Some((a, b)) = reference {
                self.before_value();
                self.byte(b'[');
                self.digits(i64::from(a));
                if let Some(b) = b {
                    self.byte(b',');
                    self.digits(b as i64);
                }
                self.byte(b']');
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
        self.byte(b'"');
        let bytes = s.as_bytes();
        let (mut start, mut i) = (0, 0);
        loop {
            // Eight bytes at a time while none may need an escape (most text needs none), then
            // straight to the first one that may.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mask =
                    super::parse::special(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
                if mask == 0 {
                    i += 8;
                    continue;
                }
                i += (mask.trailing_zeros() / 8) as usize;
            }
            let Some(&b) = bytes.get(i) else { break };
            let esc: &str = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x00..=0x1F => "",
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.text(s.get(start..i).unwrap_or_default());
            if esc.is_empty() {
                self.text("\\u00");
                self.byte(hex_digit(b >> 4));
                self.byte(hex_digit(b & 0xF));
            } else {
                self.text(esc);
            }
            i += 1;
            start = i;
        }
        self.text(s.get(start..).unwrap_or_default());
        self.byte(b'"');
    }

    /// A number whose text is valid JSON already (input lexemes).
    pub fn num_text(&mut self, text: &str) {
        self.before_value();
        self.text(text);
    }

    pub fn int(&mut self, v: i64) {
        self.before_value();
        self.digits(v);
    }

    pub fn bool(&mut self, v: bool) {
        self.before_value();
        self.text(if v { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.before_value();
        self.text("null");
    }

    /// Pre-serialised JSON (a nested result).
    pub fn raw_json(&mut self, json: &str) {
        self.before_value();
        self.text(json);
    }
}

fn hex_digit(n: u8) -> u8 {
    b"0123456789abcdef"
        .get(usize::from(n & 0xF))
        .copied()
        .unwrap_or(b'0')
}

/// Appends a decimal integer without `core::fmt`.
pub fn push_int(out: &mut String, v: i64) {
    let (buf, start) = int_digits(v);
    // ASCII digits and sign: always valid UTF-8.
    out.push_str(std::str::from_utf8(buf.get(start..).unwrap_or_default()).unwrap_or_default());
}

/// The ASCII decimal text of `v`: `buf[start..]`.
fn int_digits(v: i64) -> ([u8; 21], usize) {
    let mut buf = [0u8; 21];
    let mut i = buf.len();
    let mut n = v.unsigned_abs();
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
    if v < 0 && i > 0 {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'-';
        }
    }
    (buf, i)
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
        use crate::json::{parse, Dialect, Value};
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
    }

    #[test]
    fn a_kept_string_is_a_reference_or_a_request_for_its_text() {
        use crate::json::{parse_js, Value};
        let needed = std::cell::Cell::new(false);
        let Ok(Value::Object(o)) = parse_js(r#"{"a":!s300,"b":!s7}"#, &needed).map(|p| p.value)
        else {
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
        assert!(!needed.get());
        assert_eq!(w.finish_with_refs(), (r#"{"b":[1]}"#.to_owned(), true));
        // Inside an array a reference would be ambiguous: the core must ask for the text.
        let mut w = Writer::new().with_refs(true);
        w.begin_array();
        w.string(b);
        assert!(needed.get());
    }

    #[test]
    fn kept_strings_are_read_only_where_their_requests_have_somewhere_to_go() {
        use crate::json::{parse, Dialect};
        assert!(parse(r#"{"a":!s300}"#, Dialect::JsValue).is_err());
    }

    #[test]
    fn escapes_wherever_they_fall_in_an_eight_byte_step() {
        use crate::json::{parse, Dialect, Value};
        for special in ['"', '\\', '\n', '\u{1}', '\u{1f}', '\t'] {
            for at in 0..20 {
                let mut chars: Vec<char> = "abcdéfghijklmnopqrstuvwxyz".chars().collect();
                chars.insert(at, special);
                chars.push(special);
                let text: String = chars.into_iter().collect();
                let mut w = Writer::new();
                w.str(&text);
                let out = w.finish();
                let Ok(Value::String(back)) = parse(&out, Dialect::Json) else {
                    panic!("{out}")
                };
                assert_eq!(back.decode().as_deref(), Some(text.as_str()), "{out}");
            }
        }
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
