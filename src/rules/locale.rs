//! `locale`. calcom-rules.md §2: `IsEnum(Locales)` — exactly one of 43 codes, case-sensitive
//! (`en-US`, `pt_BR`, `pt-br`, `EN`, `ES_419`, `zh` fail; both `he` and `iw` pass). §7: API v1
//! knows 23 codes. Both modes check the same list: cal.com's rule is already exact.
//!
//! Near misses get suggestions: another casing, `_` for `-`, padding, or a region cal.com does not
//! distinguish (`en-US` → `en`, `zh` → `zh-CN`, `zh-TW`). No edit-distance guesses: two-letter
//! codes are all within one edit of each other (`fil` is Filipino, not a typo of `fi`).

use crate::calcom::LOCALE_ENUM;
use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};

/// The 43 API v2 locales in cal.com's enum order.
pub const LOCALES: &[&str] = &[
    "ar", "ca", "de", "es", "eu", "he", "id", "ja", "lv", "pl", "ro", "sr", "th", "vi", "az", "cs",
    "el", "es-419", "fi", "hr", "it", "km", "nl", "pt", "ru", "sv", "tr", "zh-CN", "bg", "da",
    "en", "et", "fr", "hu", "iw", "ko", "no", "pt-BR", "sk", "ta", "uk", "zh-TW", "bn",
];

/// The 23 API v1 locales (calcom-rules.md §7), in cal.com's order.
pub const V1_LOCALES: &[&str] = &[
    "en", "fr", "it", "ru", "es", "de", "pt", "ro", "nl", "pt-BR", "es-419", "ko", "ja", "pl",
    "ar", "iw", "zh-CN", "zh-TW", "cs", "sr", "sv", "vi", "bn",
];

pub const V2: FieldRule = FieldRule {
    check: v2,
    doc: &Doc::same(Shape::one_of(
        LOCALES,
        "One of cal.com's 43 API v2 locales, exactly (case-sensitive: en-US, pt_BR, pt-br are rejected)",
    )),
    fast: Fast::OneOf(LOCALES),
};

/// API v2 (`PATCH /v2/me`, managed users).
pub fn v2(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    check(v, cx, out, LOCALES);
}

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer, list: &'static [&'static str]) {
    let text = match v {
        Value::String(s) => s.decode(),
        _ => None,
    };
    let code = text.as_deref().unwrap_or_default();
    if let (Some(_), Value::String(s)) = (&text, v) {
        if list.contains(&code) {
            out.string(s);
            return;
        }
    }
    if !matches!(v, Value::String(_)) {
        let issue = cx.type_issue("string", v).calcom(&[LOCALE_ENUM]);
        cx.fail(issue);
        return;
    }
    let suggestions: Vec<String> = suggest(code, list).into_iter().map(String::from).collect();
    let m = if suggestions.is_empty() {
        Msg::LocaleUnknown
    } else {
        Msg::LocaleUnknownSuggest
    };
    // No `values`: 43 codes on every issue would weigh more than the rest of the result; the
    // list is `locales()` in JS and `LOCALES` in Rust.
    let issue = cx
        .at(Code::InvalidValue, m)
        .suggestions(suggestions)
        .calcom(&[LOCALE_ENUM]);
    cx.fail(issue);
}

/// Up to three locales a near miss most likely means.
pub fn suggest(input: &str, list: &'static [&'static str]) -> Vec<&'static str> {
    let t = input.trim().replace('_', "-");
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |c: &'static str| {
        if out.len() < 3 && !out.contains(&c) {
            out.push(c);
        }
    };
    // Lengths first: most of the 43 codes are two letters, and a comparison call costs more.
    if let Some(c) = list
        .iter()
        .find(|c| c.len() == t.len() && c.eq_ignore_ascii_case(&t))
    {
        add(c);
    }
    let lang = language(&t);
    if !lang.is_empty() {
        for c in list {
            if same_language(c, lang) {
                add(c);
            }
        }
    }
    out
}

/// The language part of a tag: `pt` of `pt-BR`.
fn language(tag: &str) -> &str {
    let end = tag.bytes().position(|b| b == b'-').unwrap_or(tag.len());
    tag.get(..end).unwrap_or(tag)
}

/// Whether `tag`'s language is `lang` in any ASCII casing, without scanning `tag` for its `-`.
fn same_language(tag: &str, lang: &str) -> bool {
    let t = tag.as_bytes();
    let first = |s: &[u8]| s.first().map(u8::to_ascii_lowercase);
    first(t) == first(lang.as_bytes())
        && t.get(..lang.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lang.as_bytes()))
        && matches!(t.get(lang.len()), None | Some(b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok, run};

    #[test]
    fn every_locale_passes_and_near_misses_fail() {
        assert_eq!(LOCALES.len(), 43);
        assert_eq!(V1_LOCALES.len(), 23);
        for mode in [Strict, Compat] {
            for l in LOCALES {
                let j = format!("\"{l}\"");
                ok(v2, &j, mode, &j);
            }
            for bad in [
                "En", "EN", "en-GB", "en-US", "PT-BR", "pt_BR", "pt-br", "zh", "ES_419", "fil",
                " en", "",
            ] {
                fails(v2, &format!("\"{bad}\""), mode, &[Code::InvalidValue]);
            }
            fails(v2, "1", mode, &[Code::InvalidType]);
        }
    }

    #[test]
    fn suggestions() {
        for (input, want) in [
            ("pt_BR", vec!["pt-BR", "pt"]),
            ("pt-br", vec!["pt-BR", "pt"]),
            ("en-US", vec!["en"]),
            ("EN", vec!["en"]),
            ("zh", vec!["zh-CN", "zh-TW"]),
            ("ES_419", vec!["es-419", "es"]),
            (" en", vec!["en"]),
            ("fil", vec![]),
        ] {
            assert_eq!(suggest(input, LOCALES), want, "{input}");
        }
        let r = run(v2, "\"pt_BR\"", Strict);
        assert_eq!(r.cx.issues[0].suggestions[0], "pt-BR");
    }
}
