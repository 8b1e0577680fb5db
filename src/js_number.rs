//! JavaScript's `Number(string)`: what class-transformer's `@Type(() => Number)` does to a
//! `timeFormat` string before cal.com validates it (calcom-rules.md §2: `"12"`, `" 12 "`, `"12.0"`,
//! `"0x0c"`, `"+12"` all become 12; `""` becomes 0).

/// ECMAScript StringToNumber: trims JS white space and line terminators, then reads a decimal
/// literal (optionally signed, `Infinity` included) or an unsigned `0x`/`0o`/`0b` integer.
/// Anything else is `NaN`.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_space);
    if t.is_empty() {
        return 0.0;
    }
    let b = t.as_bytes();
    if let (Some(b'0'), Some(p)) = (b.first(), b.get(1)) {
        let radix = match p {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return radix_integer(t.get(2..).unwrap_or_default(), radix);
        }
    }
    let (sign, body) = match b.first() {
        Some(b'-') => (-1.0, t.get(1..).unwrap_or_default()),
        Some(b'+') => (1.0, t.get(1..).unwrap_or_default()),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    // The grammar is checked; a correctly rounded parse agrees with JavaScript on its value.
    sign * crate::float::parse_decimal(body)
}

/// JavaScript's WhiteSpace and LineTerminator code points.
pub fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// `digits [. digits?] | . digits`, then an optional exponent.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int = digits(&mut i);
    let mut frac = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac = digits(&mut i);
    }
    if int == 0 && frac == 0 {
        return false;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

fn radix_integer(digits: &str, radix: u32) -> f64 {
    if digits.is_empty() {
        return f64::NAN;
    }
    let mut v = 0f64;
    for c in digits.chars() {
        match c.to_digit(radix) {
            Some(d) => v = v * f64::from(radix) + f64::from(d),
            None => return f64::NAN,
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_javascript_number() {
        let cases: &[(&str, f64)] = &[
            ("12", 12.0),
            (" 12 ", 12.0),
            ("\u{a0}\n12\u{feff}", 12.0),
            ("12.0", 12.0),
            ("1.2e1", 12.0),
            ("0x0c", 12.0),
            ("0X18", 24.0),
            ("0o14", 12.0),
            ("0b1100", 12.0),
            ("+12", 12.0),
            ("-12", -12.0),
            ("12.", 12.0),
            (".5", 0.5),
            ("", 0.0),
            ("   ", 0.0),
            ("Infinity", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
        ];
        for (s, v) in cases {
            assert_eq!(string_to_number(s), *v, "{s:?}");
        }
        for s in [
            "abc", "12px", "1_2", "-0x0c", "0x", "inf", "infinity", "NaN", ".", "e5", "1e",
            "12 12", "٣",
        ] {
            assert!(string_to_number(s).is_nan(), "{s:?}");
        }
    }
}
