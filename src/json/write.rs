//! A JSON text builder with no `core::fmt`: the success path of every validation writes its
//! normalised data through it, so it stays small and allocation-light.

#[derive(Default, Debug)]
pub struct Writer {
    out: String,
    /// Bit `d` set: the container at depth `d` already has a member (a comma is due).
    has_member: u64,
    depth: u32,
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

    pub fn finish(self) -> String {
        self.out
    }

    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// A position to roll back to with [`Writer::rewind`].
    pub fn mark(&self) -> (usize, u64) {
        (self.out.len(), self.has_member)
    }

    pub fn rewind(&mut self, mark: (usize, u64)) {
        self.out.truncate(mark.0);
        self.has_member = mark.1;
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
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
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
    for &d in buf.get(i..).unwrap_or_default() {
        out.push(char::from(d));
    }
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
