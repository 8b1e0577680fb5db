//! `metadata`: free key/value data. calcom-rules.md §4 (`ValidateMetadata`) and §2 (`IsObject`):
//! a non-null, non-array object of at most 50 keys, each key at most 40 long (the empty key is
//! allowed), each value a string of at most 500, any number, or a boolean — lengths in UTF-16
//! code units, as JavaScript's `.length` counts (250 × 😀 passes, 251 fail).
//!
//! What cal.com does before that, measured with its pinned class-transformer (tests/oracle):
//! `__proto__` keys are deleted (before the count), keys named like `Object.prototype` methods
//! (`toString`, `hasOwnProperty`, …) are silently dropped, and a `constructor` key makes the
//! transformer throw (500). Compat mode reproduces all of it; strict mode rejects each such key,
//! because cal.com would lose or choke on it, and `prototype` too (it means nothing in cal.com but
//! a prototype change to code that copies the object carelessly).

use crate::calcom::{IS_OBJECT, VALIDATE_METADATA};
use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Kind, Value, Writer};
use crate::messages::Msg;
use crate::object::members_in;
use crate::rules::{Doc, Fast, FieldRule, Obj, Shape};

pub const MAX_KEYS: usize = 50;
pub const MAX_KEY_LEN: usize = 40;
pub const MAX_VALUE_LEN: usize = 500;

/// The keys strict mode rejects: what cal.com fails on (`constructor`), what means a prototype
/// change in careless JavaScript (`prototype`), what cal.com deletes (`__proto__`), then the
/// `Object.prototype` method names it drops ([`is_prototype_method`]).
pub(crate) const STRICT_FORBIDDEN: [&str; 13] = [
    "constructor",
    "prototype",
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];
const PROTOTYPE_METHODS: &[&str] = STRICT_FORBIDDEN.split_at(3).1;
/// What cal.com removes before counting and checking (compat takes any value under them).
const DROPPED_BY_CALCOM: &[&str] = STRICT_FORBIDDEN.split_at(2).1;

/// A value: a string of at most 500 UTF-16 units (so at most 500 code points), any number, or a
/// boolean.
const VALUES: &[Shape] = &[
    Shape::string("").max_length(MAX_VALUE_LEN as u32),
    Shape::number(""),
    Shape::boolean(""),
];

pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc {
        strict: Shape::object(
            &Obj {
                props: &[],
                ignored_keys: &[],
                max_properties: Some(MAX_KEYS as u32),
                key_max_length: Some(MAX_KEY_LEN as u32),
                forbidden_keys: &STRICT_FORBIDDEN,
                values: VALUES,
            },
            "Free key/value data: at most 50 keys, each at most 40 UTF-16 units; each value a string of at most 500 UTF-16 units, a number or a boolean. Keys cal.com deletes, drops or fails on (__proto__, constructor, prototype, Object.prototype method names) are rejected",
        ),
        compat: Shape::object(
            &Obj {
                props: &[],
                ignored_keys: DROPPED_BY_CALCOM,
                // The dropped keys are not counted by cal.com, but maxProperties counts them.
                max_properties: Some((MAX_KEYS + DROPPED_BY_CALCOM.len()) as u32),
                key_max_length: Some(MAX_KEY_LEN as u32),
                forbidden_keys: &["constructor"],
                values: VALUES,
            },
            "Free key/value data (cal.com's ValidateMetadata): at most 50 keys, each at most 40 UTF-16 units; each value a string of at most 500 UTF-16 units, a number or a boolean. cal.com deletes __proto__ and drops keys named like Object.prototype methods, whatever their value, before counting (so maxProperties is 50 plus those 11); constructor fails with 500",
        ),
    },
    fast: Fast::Metadata,
};

/// `Object.prototype` methods: class-transformer skips keys whose name resolves to a function on
/// the new (plain) object.
fn is_prototype_method(name: &str) -> bool {
    PROTOTYPE_METHODS.contains(&name)
}

const VM: &[crate::calcom::Constraint] = &[VALIDATE_METADATA];

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let o = match v {
        Value::Object(o) => o,
        Value::Other(Kind::Array) => {
            // An array passes ValidateMetadata's own test (typeof "object"), fails IsObject.
            let issue = cx.type_issue("object", v).calcom(&[IS_OBJECT]);
            cx.fail(issue);
            return;
        }
        _ => {
            let issue = cx
                .type_issue("object", v)
                .calcom(&[VALIDATE_METADATA, IS_OBJECT]);
            cx.fail(issue);
            return;
        }
    };
    let before = cx.error_count();
    let strict = cx.strict();
    let members = members_in(o, cx);
    let mut kept = Vec::with_capacity(members.len());
    for e in &members {
        let name = e.key.decode();
        let name = name.as_deref().unwrap_or_default();
        let dropped_by_calcom = name == "__proto__" || is_prototype_method(name);
        let special = name == "constructor" || dropped_by_calcom || (strict && name == "prototype");
        let key_problem = e.duplicated
            || special
            || e.key.utf16_len() > MAX_KEY_LEN
            || (strict && e.key.has_lone_surrogate());
        // The common case needs no path (and so no allocation): nothing to report.
        if !key_problem && value_is_clean(e.value, cx) {
            kept.push(e);
            continue;
        }
        cx.enter(e.key.raw());
        if e.duplicated {
            let issue = cx.at(Code::DuplicateKey, Msg::MetadataDuplicateKey);
            if strict {
                cx.fail(issue);
            } else {
                cx.warn(issue);
            }
        }
        if special {
            forbidden(name, cx);
            cx.leave();
            continue;
        }
        if strict && e.key.has_lone_surrogate() {
            cx.fail(super::text::lone_surrogate(cx));
        }
        if e.key.utf16_len() > MAX_KEY_LEN {
            let issue = cx
                .at(Code::TooBig, Msg::MetadataKeyTooLong)
                .maximum(MAX_KEY_LEN as u64, Unit::Utf16)
                .calcom(VM);
            cx.fail(issue);
        }
        value(e.value, cx);
        cx.leave();
        kept.push(e);
    }
    if kept.len() > MAX_KEYS {
        let issue = cx
            .at(Code::TooBig, Msg::MetadataTooManyKeys)
            .maximum(MAX_KEYS as u64, Unit::Keys)
            .count(kept.len() as u64)
            .calcom(VM);
        cx.fail(issue);
    }
    if cx.error_count() != before {
        return;
    }
    out.begin_object();
    for e in kept {
        out.key_raw(e.key.raw());
        match e.value {
            Value::String(s) => out.string(s),
            Value::Number(n) if n.value.is_finite() => out.num_text(n.text),
            Value::Bool(b) => out.bool(*b),
            _ => out.null(),
        }
    }
    out.end_object();
}

/// Whether JavaScript holds this JSON number as written: finite, not a non-zero that underflows to
/// 0, at most 17 significant digits (the most any JavaScript number prints with), and, written as
/// an integer beyond ±2⁵³ (where only some integers exist as numbers), exactly the integer held and
/// below 1.7·10³⁸ (the reach of a former 128-bit check, kept so the answers do not change).
/// Numbers that came from a JavaScript value are exact by definition and are not checked.
fn exact_in_js(n: &crate::json::Number<'_>) -> bool {
    if !n.value.is_finite() {
        return false;
    }
    let mantissa = n.text.split(['e', 'E']).next().unwrap_or_default();
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let first = digits.iter().position(|&d| d != b'0');
    let Some(first) = first else {
        return true; // a zero
    };
    let last = digits.iter().rposition(|&d| d != b'0').unwrap_or(first);
    if n.value == 0.0 || last - first + 1 > 17 {
        return false;
    }
    let integer_literal = !n.text.contains(['.', 'e', 'E']);
    if !integer_literal || n.value.abs() < 9_007_199_254_740_992.0 {
        return true;
    }
    if n.value.abs() >= 1.7e38 {
        return false;
    }
    // Both sides as odd · 2^k, in u64 (no 128-bit division in the wasm). Written: the digits up to
    // the last non-zero one (at most 17: d < 10^17), then z zeros, so d · 10^z = odd(d) · 5^z ·
    // 2^(tz(d) + z). Held: the 53-bit significand m, times 2^(exponent - 1075).
    let d = digits
        .get(first..=last)
        .unwrap_or_default()
        .iter()
        .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
    let z = (digits.len() - 1 - last) as u32;
    let bits = n.value.to_bits();
    let m = bits & ((1 << 52) - 1) | 1 << 52;
    let held_twos = i64::from(m.trailing_zeros()) + ((bits >> 52) & 0x7ff) as i64 - 1075;
    // Capped at 2^60 (no overflow, no 128-bit multiplication): past 2^53 it is no significand.
    let written_odd = (0..z).fold(d >> d.trailing_zeros(), |v, _| (v * 5).min(1 << 60));
    written_odd == m >> m.trailing_zeros() && i64::from(d.trailing_zeros() + z) == held_twos
}

/// Keys cal.com deletes, drops or chokes on.
fn forbidden(name: &str, cx: &mut Cx) {
    if name == "constructor" {
        cx.fail(
            cx.at(Code::ForbiddenKey, Msg::MetadataConstructor)
                .input(name),
        );
    } else if cx.strict() {
        cx.fail(
            cx.at(Code::ForbiddenKey, Msg::MetadataForbidden)
                .input(name),
        );
    } else {
        cx.warn(cx.at(Code::StrippedKey, Msg::MetadataStripped).input(name));
    }
}

/// Whether [`value`] would report nothing about `v`.
fn value_is_clean(v: &Value<'_>, cx: &Cx) -> bool {
    match v {
        Value::String(s) => {
            !(cx.strict() && s.has_lone_surrogate()) && s.utf16_len() <= MAX_VALUE_LEN
        }
        Value::Number(n) => n.value.is_finite() && (!cx.strict() || cx.from_js || exact_in_js(n)),
        Value::Bool(_) => true,
        _ => false,
    }
}

fn value(v: &Value<'_>, cx: &mut Cx) {
    match v {
        Value::Other(Kind::Unreadable) => cx.fail(crate::context::unreadable(cx)),
        Value::String(s) => {
            if cx.strict() && s.has_lone_surrogate() {
                cx.fail(super::text::lone_surrogate(cx));
            }
            if s.utf16_len() > MAX_VALUE_LEN {
                let issue = cx
                    .at(Code::TooBig, Msg::MetadataValueTooLong)
                    .maximum(MAX_VALUE_LEN as u64, Unit::Utf16)
                    .count(s.utf16_len() as u64)
                    .calcom(VM);
                cx.fail(issue);
            }
        }
        // Strict refuses numbers that would not survive the trip through JavaScript unchanged.
        Value::Number(n) if cx.strict() && !cx.from_js && !exact_in_js(n) => {
            let mut issue = cx.type_issue("number JavaScript holds exactly", v);
            issue.msg = Msg::MetadataInexact;
            cx.fail(issue);
        }
        // JSON.parse gives ±Infinity for 1e400; cal.com then stores it as null.
        Value::Number(n) if !n.value.is_finite() => {
            cx.warn(cx.at(Code::Normalized, Msg::MetadataInfinite));
        }
        Value::Number(_) | Value::Bool(_) => {}
        _ => {
            let issue = cx.type_issue("string, number or boolean", v).calcom(VM);
            cx.fail(issue);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    fn keys(n: usize) -> String {
        let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\":\"v\"")).collect();
        format!("{{{}}}", members.join(","))
    }

    #[test]
    fn limits_in_utf16_units() {
        for mode in [Strict, Compat] {
            ok(check, "{}", mode, "{}");
            ok(check, r#"{"":1}"#, mode, r#"{"":1}"#);
            ok(check, &keys(50), mode, &keys(50));
            fails(check, &keys(51), mode, &[Code::TooBig]);
            let k40 = format!("{{\"{}\":true}}", "a".repeat(40));
            ok(check, &k40, mode, &k40);
            fails(
                check,
                &format!("{{\"{}\":true}}", "a".repeat(41)),
                mode,
                &[Code::TooBig],
            );
            let emoji_key = format!("{{\"{}\":1}}", "😀".repeat(20));
            ok(check, &emoji_key, mode, &emoji_key);
            fails(
                check,
                &format!("{{\"{}\":1}}", "😀".repeat(21)),
                mode,
                &[Code::TooBig],
            );
            let v500 = format!("{{\"k\":\"{}\"}}", "a".repeat(500));
            ok(check, &v500, mode, &v500);
            fails(
                check,
                &format!("{{\"k\":\"{}\"}}", "a".repeat(501)),
                mode,
                &[Code::TooBig],
            );
            let emoji250 = format!("{{\"k\":\"{}\"}}", "😀".repeat(250));
            ok(check, &emoji250, mode, &emoji250);
            fails(
                check,
                &format!("{{\"k\":\"{}\"}}", "😀".repeat(251)),
                mode,
                &[Code::TooBig],
            );
            for wide in ["é", "中"] {
                let s = format!("{{\"k\":\"{}\"}}", wide.repeat(500));
                ok(check, &s, mode, &s);
            }
        }
    }

    #[test]
    fn value_types() {
        for mode in [Strict, Compat] {
            ok(
                check,
                r#"{"a":"x","b":-1.5,"c":false}"#,
                mode,
                r#"{"a":"x","b":-1.5,"c":false}"#,
            );
            fails(check, r#"{"k":null}"#, mode, &[Code::InvalidType]);
            fails(check, r#"{"k":{}}"#, mode, &[Code::InvalidType]);
            fails(check, r#"{"k":[]}"#, mode, &[Code::InvalidType]);
            fails(check, "[]", mode, &[Code::InvalidType]);
            fails(check, "5", mode, &[Code::InvalidType]);
            fails(check, r#""x""#, mode, &[Code::InvalidType]);
        }
        let r = run(check, "5", Compat);
        let names: Vec<_> = r.cx.issues[0].calcom.iter().map(|c| c.name).collect();
        assert_eq!(names, ["ValidateMetadata", "isObject"]);
        let r = run(check, "[]", Compat);
        let names: Vec<_> = r.cx.issues[0].calcom.iter().map(|c| c.name).collect();
        assert_eq!(names, ["isObject"]);
    }

    #[test]
    fn special_keys() {
        for k in [
            "__proto__",
            "prototype",
            "toString",
            "hasOwnProperty",
            "constructor",
        ] {
            fails(
                check,
                &format!("{{\"{k}\":\"x\"}}"),
                Strict,
                &[Code::ForbiddenKey],
            );
        }
        for k in ["__proto__", "toString", "valueOf"] {
            let r = run(
                check,
                &format!("{{\"{k}\":\"x\",\"plan\":\"pro\"}}"),
                Compat,
            );
            assert!(r.codes.is_empty(), "{k}");
            assert_eq!(r.out.as_deref(), Some(r#"{"plan":"pro"}"#));
            assert_eq!(r.warnings, [Code::StrippedKey]);
        }
        ok(
            check,
            r#"{"prototype":"x"}"#,
            Compat,
            r#"{"prototype":"x"}"#,
        );
        fails(
            check,
            r#"{"constructor":"x"}"#,
            Compat,
            &[Code::ForbiddenKey],
        );
        // __proto__ is deleted before the count.
        let mut fifty_one = keys(50);
        fifty_one.insert_str(1, "\"__proto__\":\"x\",");
        assert!(run(check, &fifty_one, Compat).codes.is_empty());
    }

    #[test]
    fn duplicates_and_unicode() {
        fails(check, r#"{"a":1,"a":2}"#, Strict, &[Code::DuplicateKey]);
        ok(check, r#"{"a":1,"b":0,"a":2}"#, Compat, r#"{"a":2,"b":0}"#);
        fails(check, r#"{"k":"\ud800"}"#, Strict, &[Code::InvalidUnicode]);
        fails(check, r#"{"\udc00":"x"}"#, Strict, &[Code::InvalidUnicode]);
        ok(check, r#"{"k":"\ud800"}"#, Compat, r#"{"k":"\ud800"}"#);
        fails(check, r#"{"k":1e400}"#, Strict, &[Code::InvalidType]);
        for lossy in [
            "9007199254740993",
            "-9007199254740993",
            "1e-400",
            "123456789012345678901234567890",
            "1.00000000000000000001",
        ] {
            fails(
                check,
                &format!("{{\"k\":{lossy}}}"),
                Strict,
                &[Code::InvalidType],
            );
            ok(
                check,
                &format!("{{\"k\":{lossy}}}"),
                Compat,
                &format!("{{\"k\":{lossy}}}"),
            );
        }
        for exact in [
            "9007199254740992",
            "0.30000000000000004",
            "1e21",
            "5e-324",
            "0.0",
            "-0",
            "1.5e300",
            "100",
        ] {
            ok(
                check,
                &format!("{{\"k\":{exact}}}"),
                Strict,
                &format!("{{\"k\":{exact}}}"),
            );
        }
        let r = run(check, r#"{"a":1e400,"b":-1e400}"#, Compat);
        assert_eq!(r.out.as_deref(), Some(r#"{"a":null,"b":null}"#));
        assert_eq!(r.warnings, [Code::Normalized, Code::Normalized]);
    }

    /// The former implementation (u128 arithmetic), which the u64 one must answer exactly like.
    fn exact_in_js_u128(n: &crate::json::Number<'_>) -> bool {
        if !n.value.is_finite() {
            return false;
        }
        let mantissa = n.text.split(['e', 'E']).next().unwrap_or_default();
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        let Some(first) = digits.iter().position(|&d| d != b'0') else {
            return true;
        };
        let last = digits.iter().rposition(|&d| d != b'0').unwrap_or(first);
        if n.value == 0.0 || last - first + 1 > 17 {
            return false;
        }
        let integer_literal = !n.text.contains(['.', 'e', 'E']);
        if !integer_literal || n.value.abs() < 9_007_199_254_740_992.0 {
            return true;
        }
        if n.value.abs() >= 1.7e38 {
            return false;
        }
        let mut held = n.value.abs() as u128;
        let mut decimal = Vec::new();
        while held > 0 {
            decimal.push(b'0' + (held % 10) as u8);
            held /= 10;
        }
        decimal.reverse();
        decimal == digits
    }

    fn same_as_u128(text: &str) -> bool {
        let n = crate::json::Number {
            text,
            value: text.parse().unwrap(),
        };
        let got = exact_in_js(&n);
        assert_eq!(got, exact_in_js_u128(&n), "{text}");
        got
    }

    #[test]
    fn integers_beyond_2_53() {
        for (text, exact) in [
            ("9007199254740992", true),
            ("9007199254740993", false),
            ("-9007199254740994", true),
            ("9007199254740995", false),
            ("18014398509481988", true),
            ("18014398509481986", false),
            ("90071992547409920", true),
            ("10000000000000000000000", true), // 10^22 = 5^22 · 2^22
            ("100000000000000000000000", false), // 10^23 is held as 99999999999999991611392
            ("99999999999999991611392", false), // held, but 23 significant digits
            ("1180591620717411303424", false), // 2^70, 22 significant digits
            ("10737418240000000000000000000000", true), // 2^30 · 10^22 = 5^22 · 2^52
            ("169999999999999990000000000000000000000", false),
            ("720575940379279360000000000000000000000", false), // 2^56 · 10^22: past 1.7e38
        ] {
            assert_eq!(same_as_u128(text), exact, "{text}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            /// Integers m · 2^k up to 2^128: in full, as Rust prints the f64 (shortest digits,
            /// then zeros), and one off.
            #[test]
            fn held_integers(m in (1u64 << 52)..(1 << 53), k in 1u32..76, neg in any::<bool>()) {
                let v = (u128::from(m) << k) as f64;
                let sign = if neg { "-" } else { "" };
                same_as_u128(&format!("{sign}{}", u128::from(m) << k));
                same_as_u128(&format!("{sign}{}", (u128::from(m) << k) + 1));
                same_as_u128(&format!("{sign}{v}"));
            }

            /// d · 10^z with d of at most 17 digits.
            #[test]
            fn decimal_integers(d in 1u64..100_000_000_000_000_000, z in 0usize..25) {
                same_as_u128(&format!("{d}{}", "0".repeat(z)));
            }
        }
    }
}
