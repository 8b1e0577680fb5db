//! The `Authorization: Bearer <token>` credential (calcom-rules.md §6): an API key starting with
//! `cal_` (`cal_live_…`, `cal_test_…`) or a managed user's access token. We check the shape only —
//! whether cal.com knows the key is for cal.com to say — and catch the usual pasting mistakes
//! (a `Bearer ` prefix, quotes, spaces, a truncated key).

use crate::context::Cx;
use crate::issue::Code;
use crate::json::{Value, Writer};
use crate::messages::Msg;

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Some(s) = super::text::expect_string(v, cx) else {
        return;
    };
    let key = s.decode().unwrap_or_default();
    match shape(&key) {
        Ok(()) => out.string(&s),
        Err(why) => cx.fail(cx.at(Code::InvalidFormat, why).expected("api_key")),
    }
}

/// Whether `key` looks like a cal.com API key or access token, and if not, why.
pub fn shape(key: &str) -> Result<(), Msg> {
    if key.is_empty() {
        return Err(Msg::ApiKeyEmpty);
    }
    if key.len() >= 7
        && key
            .get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("bearer "))
    {
        return Err(Msg::ApiKeyBearer);
    }
    if key
        .chars()
        .any(|c| c.is_whitespace() || c == '"' || c == '\'')
    {
        return Err(Msg::ApiKeySpaces);
    }
    let token_char =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=');
    if !key.chars().all(token_char) {
        return Err(Msg::ApiKeyChars);
    }
    if let Some(rest) = key.strip_prefix("cal_") {
        let body = rest
            .strip_prefix("live_")
            .or_else(|| rest.strip_prefix("test_"))
            .unwrap_or(rest);
        if body.len() < 8 || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(Msg::ApiKeyTruncated);
        }
        return Ok(());
    }
    if key.len() < 20 {
        return Err(Msg::ApiKeyUnknown);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for ok in [
            "cal_live_0123456789abcdef",
            "cal_test_abcdefgh12",
            "cal_abcdef123456",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl",
        ] {
            assert_eq!(shape(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "Bearer cal_live_0123456789abcdef",
            "cal_live_",
            "cal_live_abc",
            " cal_live_0123456789",
            "\"cal_live_0123456789\"",
            "cal_live_0123456789abcdef!",
            "short-token",
            "cal_live_ab-cdefgh12",
        ] {
            assert!(shape(bad).is_err(), "{bad}");
        }
    }
}
