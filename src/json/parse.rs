//! RFC 8259 JSON reader (plus the boundary's `!tag` values in [`Dialect::JsValue`]).
//!
//! Containers at depth ≥ [`MATERIALISED_DEPTH`] are skipped with an explicit stack, so a body of
//! 10⁵ nested arrays costs a `Vec<u8>` of that size, never stack frames.

use super::{Kind, Number, Object, Origin, Str, Value};
use crate::messages::Msg;
use std::cell::Cell;

/// The body is depth 0; its object members (metadata, organization, a created user) are depth 1;
/// theirs (the created user's metadata) depth 2.
const MATERIALISED_DEPTH: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Plain JSON, as a request body arrives.
    Json,
    /// JSON text that the JS caller holds as a string: unescaped strings remember their UTF-16
    /// offset in it (`Origin::At`); `base` is how many units precede `text` there (a BOM).
    JsonText { base: u32 },
    /// JSON text that the JS caller holds as UTF-8 bytes: unescaped strings remember their byte
    /// offset in them (`Origin::AtByte`); `base` is how many bytes precede `text` there (a BOM).
    JsonBytes { base: u32 },
    /// JSON produced by our JS boundary from a JavaScript value: may also hold `!kind` tags, and
    /// `!s<len>` for a long string the JS layer kept (`Origin::Kept`).
    JsValue,
}

/// A parsed value and what the reader learnt on the way.
#[derive(Debug)]
pub struct Parsed<'a> {
    pub value: Value<'a>,
    /// The UTF-16 units of all kept strings (their text is not in the input).
    pub kept_units: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset of the problem.
    pub offset: usize,
    pub what: Msg,
}

/// Reads `text` in `dialect`; in [`Dialect::JsValue`] without the kept strings (see [`parse_js`]).
pub fn parse(text: &str, dialect: Dialect) -> Result<Value<'_>, SyntaxError> {
    parse_with(text, dialect, None).map(|p| p.value)
}

/// Reads the text the JS layer wrote for a JavaScript value ([`Dialect::JsValue`]), strings it
/// kept on its side (`!s<len>`) included: when a rule wants the text of one, `needed` is set, and
/// the caller answers with a request for the whole value instead of a verdict.
pub fn parse_js<'a>(text: &'a str, needed: &'a Cell<bool>) -> Result<Parsed<'a>, SyntaxError> {
    parse_with(text, Dialect::JsValue, Some(needed))
}

fn parse_with<'a>(
    text: &'a str,
    dialect: Dialect,
    needed: Option<&'a Cell<bool>>,
) -> Result<Parsed<'a>, SyntaxError> {
    let mut p = Parser {
        s: text,
        b: text.as_bytes(),
        i: 0,
        dialect,
        needed,
        kept: 0,
        kept_units: 0,
        shift: 0,
    };
    p.ws();
    let value = p.value(0)?;
    p.ws();
    if p.i != p.b.len() {
        return Err(p.err(Msg::JsonTrailing));
    }
    Ok(Parsed {
        value,
        kept_units: p.kept_units,
    })
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    dialect: Dialect,
    /// Where a kept string's request for its text goes; without it, `!s<len>` is not read.
    needed: Option<&'a Cell<bool>>,
    /// Kept strings seen so far (`!s<len>`), and their units.
    kept: u32,
    kept_units: usize,
    /// UTF-8 bytes minus UTF-16 units of the text read so far: a byte offset minus this is the
    /// UTF-16 offset (only strings hold non-ASCII text).
    shift: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, what: Msg) -> SyntaxError {
        SyntaxError {
            offset: self.i,
            what,
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    #[inline(always)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn consume(&mut self, c: u8, what: Msg) -> Result<(), SyntaxError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        match self.peek() {
            Some(b'{') if depth < MATERIALISED_DEPTH => self.object(depth).map(Value::Object),
            Some(b'{') => self.skip_container().map(|()| Value::Other(Kind::Object)),
            Some(b'[') => self.skip_container().map(|()| Value::Other(Kind::Array)),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'!') if self.dialect == Dialect::JsValue => self.tag(),
            Some(_) => Err(self.err(Msg::JsonUnexpectedChar)),
            None => Err(self.err(Msg::JsonUnexpectedEnd)),
        }
    }

    fn literal(&mut self, word: &'static str, v: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        if self.b.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err(Msg::JsonInvalidLiteral))
        }
    }

    fn tag(&mut self) -> Result<Value<'a>, SyntaxError> {
        if let (Some(b's'), Some(b'0'..=b'9')) = (self.b.get(self.i + 1), self.b.get(self.i + 2)) {
            return self.kept_string();
        }
        let start = self.i + 1;
        let mut end = start;
        while let Some(b'a'..=b'z' | b'-') = self.b.get(end) {
            end += 1;
        }
        let kind = self.s.get(start..end).and_then(Kind::from_tag);
        match kind {
            Some(k) => {
                self.i = end;
                Ok(Value::Other(k))
            }
            None => Err(self.err(Msg::JsonUnknownTag)),
        }
    }

    /// `!s<len>`: a string of `len` UTF-16 units that the JS layer kept on its side.
    fn kept_string(&mut self) -> Result<Value<'a>, SyntaxError> {
        let Some(needed) = self.needed else {
            return Err(self.err(Msg::JsonUnknownTag));
        };
        self.i += 2;
        let mut len = 0usize;
        while let Some(&d @ b'0'..=b'9') = self.b.get(self.i) {
            len = len.saturating_mul(10).saturating_add(usize::from(d - b'0'));
            self.i += 1;
        }
        let s = Str::kept(len, self.kept, needed);
        self.kept += 1;
        self.kept_units = self.kept_units.saturating_add(len);
        Ok(Value::String(s))
    }

    fn object(&mut self, depth: usize) -> Result<Object<'a>, SyntaxError> {
        self.i += 1; // '{'
        let mut members = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Object { members });
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err(Msg::JsonExpectedKey));
            }
            let key = self.string()?;
            self.ws();
            self.consume(b':', Msg::JsonExpectedColon)?;
            self.ws();
            let v = self.value(depth + 1)?;
            members.push((key, v));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Object { members });
                }
                _ => return Err(self.err(Msg::JsonExpectedCommaBrace)),
            }
        }
    }

    /// Checks the syntax of a whole array or object without building it, iteratively.
    fn skip_container(&mut self) -> Result<(), SyntaxError> {
        // One byte per open container: the closer it expects.
        let mut stack: Vec<u8> = Vec::new();
        loop {
            // At a value position.
            self.ws();
            match self.peek() {
                Some(b'{') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                    } else {
                        stack.push(b'}');
                        self.member_key()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                    } else {
                        stack.push(b']');
                        continue;
                    }
                }
                _ => {
                    // A scalar: parse it with the ordinary reader (depth is irrelevant for scalars).
                    self.value(MATERIALISED_DEPTH)?;
                }
            }
            // After a value: close containers or move to the next element.
            loop {
                let Some(&closer) = stack.last() else {
                    return Ok(());
                };
                self.ws();
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        if closer == b'}' {
                            self.ws();
                            self.member_key()?;
                        }
                        break;
                    }
                    Some(c) if c == closer => {
                        self.i += 1;
                        stack.pop();
                        if stack.is_empty() {
                            return Ok(());
                        }
                    }
                    _ => return Err(self.err(Msg::JsonExpectedCommaBracket)),
                }
            }
        }
    }

    fn member_key(&mut self) -> Result<(), SyntaxError> {
        self.ws();
        if self.peek() != Some(b'"') {
            return Err(self.err(Msg::JsonExpectedKey));
        }
        self.string()?;
        self.ws();
        self.consume(b':', Msg::JsonExpectedColon)
    }

    fn string(&mut self) -> Result<Str<'a>, SyntaxError> {
        self.i += 1; // opening quote
        let start = self.i;
        let at = start - self.shift;
        let mut escaped = false;
        let mut lone = false;
        let mut units = 0usize;
        // A high surrogate seen in an escape, waiting for its low half.
        let mut pending_high = false;
        loop {
            // Fast path: a run of bytes that need no attention (the bulk of every string), counted
            // in UTF-16 units from the UTF-8 lead bytes in the same pass.
            let run_start = self.i;
            let (bytes, mut i, mut n) = (self.b, self.i, 0usize);
            // Sixteen bytes at a time in the wasm build, then eight, while none needs attention
            // (no quote, backslash or control byte); UTF-16 units are counted from the UTF-8 lead
            // bytes in the same pass.
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
            while let Some(units) = bytes
                .get(i..i + 16)
                .and_then(|b| <&[u8; 16]>::try_from(b).ok())
                .and_then(plain_block_units)
            {
                n += units;
                i += 16;
            }
            while let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                if !plain(word) {
                    break;
                }
                n += if word & HIGH == 0 {
                    8
                } else {
                    utf16_units(word)
                };
                i += 8;
            }
            while let Some(&c) = bytes.get(i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                n += usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0);
                i += 1;
            }
            self.i = i;
            units += n;
            self.shift += (i - run_start) - n;
            if self.i != run_start && pending_high {
                lone = true;
                pending_high = false;
            }
            let Some(c) = self.peek() else {
                return Err(self.err(Msg::JsonUnterminatedString));
            };
            match c {
                b'"' => {
                    if pending_high {
                        lone = true;
                    }
                    let raw = self.s.get(start..self.i).unwrap_or_default();
                    self.i += 1;
                    let s = Str::new(raw, escaped, lone, units);
                    return Ok(match self.dialect {
                        Dialect::JsonText { base } if !escaped => {
                            let at = u32::try_from(at).unwrap_or(u32::MAX);
                            s.with_origin(Origin::At(base.saturating_add(at)))
                        }
                        Dialect::JsonBytes { base } if !escaped => {
                            let at = u32::try_from(start).unwrap_or(u32::MAX);
                            s.with_origin(Origin::AtByte(base.saturating_add(at)))
                        }
                        _ => s,
                    });
                }
                b'\\' => {
                    escaped = true;
                    let esc = self.b.get(self.i + 1).copied();
                    match esc {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            if pending_high {
                                lone = true;
                                pending_high = false;
                            }
                            self.i += 2;
                            units += 1;
                        }
                        Some(b'u') => {
                            let Some(cu) = self.hex4(self.i + 2) else {
                                self.i += 1;
                                return Err(self.err(Msg::JsonInvalidUnicodeEscape));
                            };
                            self.i += 6;
                            units += 1;
                            match cu {
                                0xD800..=0xDBFF => {
                                    if pending_high {
                                        lone = true;
                                    }
                                    pending_high = true;
                                }
                                0xDC00..=0xDFFF => {
                                    if pending_high {
                                        pending_high = false;
                                    } else {
                                        lone = true;
                                    }
                                }
                                _ => {
                                    if pending_high {
                                        lone = true;
                                        pending_high = false;
                                    }
                                }
                            }
                        }
                        _ => {
                            self.i += 1;
                            return Err(self.err(Msg::JsonInvalidEscape));
                        }
                    }
                }
                _ => return Err(self.err(Msg::JsonControlChar)),
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.b.get(at..at + 4)?;
        let mut v = 0u32;
        for &d in digits {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        Some(v)
    }

    fn number(&mut self) -> Result<Number<'a>, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.err(Msg::JsonInvalidNumber)),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err(Msg::JsonNumberFraction));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.err(Msg::JsonNumberExponent));
            }
            self.digits();
        }
        let text = self.s.get(start..self.i).unwrap_or_default();
        // Correctly rounded, as JavaScript's parser is; too-large magnitudes become ±inf, as
        // `JSON.parse` gives Infinity.
        let value = match text.strip_prefix('-') {
            Some(magnitude) => -crate::float::parse_decimal(magnitude),
            None => crate::float::parse_decimal(text),
        };
        Ok(Number { text, value })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Whether no byte of `w` needs attention inside a JSON string: no `"`, no `\\`, no control
/// character (SWAR: each test sets a byte's high bit where it matches; bytes ≥ 0x80 never match).
#[inline(always)]
pub(super) fn plain(w: u64) -> bool {
    special(w) == 0
}

/// The bytes of `w` that need attention, as their high bits. The lowest set bit is exact (the
/// first such byte in memory order); bits above it may be false (a borrow carries upwards).
#[inline(always)]
pub(super) fn special(w: u64) -> u64 {
    bytes_equal(w, b'"') | bytes_equal(w, b'\\') | (w.wrapping_sub(ONES * 0x20) & !w & HIGH)
}

/// The bytes of `w` equal to `b`, as their high bits, exact up to the lowest one (see
/// [`special`]): eight bytes compared at once.
#[inline(always)]
pub(crate) fn bytes_equal(w: u64, b: u8) -> u64 {
    let v = w ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGH
}

/// The UTF-16 units of sixteen bytes of UTF-8 in which nothing needs attention inside a JSON
/// string, or `None` when a byte does (a quote, a backslash, a control byte): [`plain`] and
/// [`utf16_units`] for a whole SIMD block.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn plain_block_units(block: &[u8; 16]) -> Option<usize> {
    use core::arch::wasm32::{
        i8x16_lt, i8x16_splat, u8x16_bitmask, u8x16_eq, u8x16_ge, u8x16_lt, u8x16_splat,
        v128_any_true, v128_or,
    };
    let v = crate::simd::load(block);
    let special = v128_or(
        v128_or(
            u8x16_eq(v, u8x16_splat(b'"')),
            u8x16_eq(v, u8x16_splat(b'\\')),
        ),
        u8x16_lt(v, u8x16_splat(0x20)),
    );
    if v128_any_true(special) {
        return None;
    }
    // Continuation bytes (0x80..=0xBF) are the only ones below 0xC0 as signed bytes (-64).
    let continuation = u8x16_bitmask(i8x16_lt(v, i8x16_splat(-64)));
    let four_byte_lead = u8x16_bitmask(u8x16_ge(v, u8x16_splat(0xF0)));
    Some(16 - continuation.count_ones() as usize + four_byte_lead.count_ones() as usize)
}

/// UTF-16 units of eight bytes of UTF-8: every byte but a continuation byte (`10xxxxxx`) starts a
/// unit, and a four-byte lead (`11110xxx`) starts two.
#[inline(always)]
fn utf16_units(w: u64) -> usize {
    let continuation = w & !(w << 1) & HIGH;
    let four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
    (8 - continuation.count_ones() + four_byte_lead.count_ones()) as usize
}

/// Decodes the escaped text of a string known to hold no lone surrogate.
pub(super) fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut units: Vec<u16> = Vec::new();
    let mut chars = raw.char_indices();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            flush(&mut units, &mut out)?;
            out.push(c);
            continue;
        }
        let (_, e) = chars.next()?;
        let simple = match e {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            _ => None,
        };
        if let Some(s) = simple {
            flush(&mut units, &mut out)?;
            out.push(s);
            continue;
        }
        let mut v = 0u32;
        for _ in 0..4 {
            v = v * 16 + chars.next()?.1.to_digit(16)?;
        }
        units.push(v as u16);
    }
    flush(&mut units, &mut out)?;
    Some(out)
}

/// Decodes escaped text to UTF-16 code units, keeping lone surrogates.
pub(super) fn unescape_utf16(raw: &str) -> Vec<u16> {
    let mut out = Vec::with_capacity(raw.len());
    let mut chars = raw.chars();
    let mut buf = [0u16; 2];
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let e = chars.next().unwrap_or('\\');
        let simple = match e {
            'b' => 0x8,
            'f' => 0xC,
            'n' => 0xA,
            'r' => 0xD,
            't' => 0x9,
            'u' => {
                let mut v = 0u32;
                for _ in 0..4 {
                    v = v * 16 + chars.next().and_then(|d| d.to_digit(16)).unwrap_or(0);
                }
                v as u16
            }
            other => other as u16,
        };
        out.push(simple);
    }
    out
}

fn flush(units: &mut Vec<u16>, out: &mut String) -> Option<()> {
    if !units.is_empty() {
        for c in char::decode_utf16(units.drain(..)) {
            out.push(c.ok()?);
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(text: &str) -> Object<'_> {
        match parse(text, Dialect::Json) {
            Ok(Value::Object(o)) => o,
            other => panic!("not an object: {other:?}"),
        }
    }

    #[test]
    fn strings_keep_raw_text_and_count_utf16_units() {
        let o = obj(r#"{"a":"😀é\n","b":"\ud83d\ude00","c":"\ud800x","d":"\udc00"}"#);
        let s = |i: usize| match &o.members[i].1 {
            Value::String(s) => *s,
            v => panic!("{v:?}"),
        };
        assert_eq!(s(0).utf16_len(), 4);
        assert_eq!(s(0).raw(), "😀é\\n");
        assert_eq!(s(0).decode().as_deref(), Some("😀é\n"));
        assert_eq!(s(1).utf16_len(), 2);
        assert!(!s(1).has_lone_surrogate());
        assert_eq!(s(1).decode().as_deref(), Some("😀"));
        assert!(s(2).has_lone_surrogate());
        assert_eq!(s(2).decode(), None);
        assert!(s(3).has_lone_surrogate());
    }

    #[test]
    fn plain_words() {
        let w = |s: &[u8; 8]| plain(u64::from_le_bytes(*s));
        assert!(w(b"abcdefgh"));
        assert!(w(b" ~!#[]{}"));
        assert!(w(&[0x80, 0xC3, 0xFF, 0xF0, 0x9F, 0x98, 0x80, b'a']));
        // Every single special byte in every position is caught, next to any other byte.
        for pos in 0..8 {
            for c in (0u8..=0x1f).chain([b'"', b'\\']) {
                for fill in [b'a', 0x80, 0xC3, 0xFF] {
                    let mut a = [fill; 8];
                    a[pos] = c;
                    assert!(
                        !plain(u64::from_le_bytes(a)),
                        "{c:#x} at {pos} among {fill:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn utf16_units_of_eight_bytes_match_std() {
        for text in ["abcdefgh", "café_ab", "東京ab", "😀😀", "a😀東", "ééééxxxx"] {
            let mut b = [b'x'; 8];
            let src = text.as_bytes();
            b[..src.len().min(8)].copy_from_slice(&src[..src.len().min(8)]);
            let s = std::str::from_utf8(&b).unwrap();
            assert_eq!(
                utf16_units(u64::from_le_bytes(b)),
                s.encode_utf16().count(),
                "{s}"
            );
        }
    }

    #[test]
    fn numbers_keep_their_text() {
        let o = obj(r#"{"a":12.0,"b":-0,"c":1e400,"d":1.2e1}"#);
        let n = |i: usize| match &o.members[i].1 {
            Value::Number(n) => *n,
            v => panic!("{v:?}"),
        };
        assert_eq!((n(0).text, n(0).value), ("12.0", 12.0));
        assert!(n(1).value == 0.0 && n(1).value.is_sign_negative());
        assert!(n(2).value.is_infinite());
        assert_eq!(n(3).value, 12.0);
    }

    #[test]
    fn deep_values_are_skipped_not_recursed() {
        let deep = format!("{{\"x\":{}{}}}", "[".repeat(200_000), "]".repeat(200_000));
        let o = obj(&deep);
        assert_eq!(o.members[0].1, Value::Other(Kind::Array));
        let nested = r#"{"m":{"k":{"z":{"y":[1,{"a":"b"}]}}}}"#;
        let o = obj(nested);
        let Value::Object(m) = &o.members[0].1 else {
            panic!()
        };
        let Value::Object(k) = &m.members[0].1 else {
            panic!()
        };
        assert_eq!(k.members[0].1, Value::Other(Kind::Object));
    }

    #[test]
    fn rejects_malformed_json() {
        for bad in [
            "",
            "{",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "[1,]",
            "{\"a\":[1 2]}",
            "{\"a\":\"\u{1}\"}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":\"\\x\"}",
            "{\"a\":tru}",
            "{} {}",
            "{\"a\":!bigint}",
            "{\"a\":{\"b\":[[[]]}}",
            "[[[[",
        ] {
            assert!(parse(bad, Dialect::Json).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn js_dialect_reads_tags() {
        let v = parse(r#"{"a":!bigint,"b":!-infinity}"#, Dialect::JsValue);
        let Ok(Value::Object(o)) = v else {
            panic!("{v:?}")
        };
        assert_eq!(o.members[0].1, Value::Other(Kind::BigInt));
        assert_eq!(o.members[1].1, Value::Other(Kind::NegInfinity));
        assert!(parse("!nope", Dialect::JsValue).is_err());
    }

    #[test]
    fn whitespace_and_scalars_at_top_level() {
        let big = format!("{}{{}}{}", " ".repeat(1 << 20), "\n".repeat(1000));
        assert_eq!(
            parse(&big, Dialect::Json),
            Ok(Value::Object(Object::default()))
        );
        assert_eq!(
            parse("[1,[2]]", Dialect::Json),
            Ok(Value::Other(Kind::Array))
        );
        assert_eq!(parse(" null ", Dialect::Json), Ok(Value::Null));
    }
}
