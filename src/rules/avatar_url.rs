//! `avatarUrl`. calcom-rules.md §2: class-validator `IsUrl()` = validator.js `isURL` with its
//! defaults (validator 13.15.35, the version class-validator 0.14.3 resolves): protocols http,
//! https and ftp, the scheme optional (`cal.com/a.png` passes), a TLD required (`localhost`
//! fails), no underscores in the host, no trailing dot, no protocol-relative `//host`, at most 2084
//! characters; `data:`, `javascript:` and `""` fail. Compat mode is a port of that function,
//! working on UTF-16 code units as JavaScript does.
//!
//! Strict mode also needs the URL to work as an image source everywhere: an explicit `http://` or
//! `https://` (a scheme-less URL is resolved relative to the page showing it; `ftp:` is not loaded
//! by browsers) and no `user:password@` part (it would be published with the avatar).

use crate::calcom::IS_URL;
use crate::context::Cx;
use crate::issue::{Code, Unit};
use crate::json::{Value, Writer};
use crate::messages::Msg;
use crate::rules::{Doc, Fast, FieldRule, Shape};
use crate::strings::{find, split_once};

pub const MAX_LEN: usize = 2084;

/// validator.js `isURL` is a procedure, not a grammar: the keywords hold the length (UTF-16 units
/// in cal.com, code points here: a superset) and, in strict mode, the scheme; the rest is words.
pub const CHECK: FieldRule = FieldRule {
    check,
    doc: &Doc {
        strict: Shape::string("An absolute http:// or https:// URL that validator.js isURL accepts with its defaults (a host with a top-level domain, no underscores, no trailing dot), without a user:password@ part; at most 2084 UTF-16 units")
            .pattern("^[Hh][Tt][Tt][Pp][Ss]?://")
            .max_length(MAX_LEN as u32),
        compat: Shape::string("What validator.js isURL accepts with its defaults (cal.com: IsUrl): http, https or ftp, the scheme optional (cal.com/a.png passes), a host with a top-level domain; at most 2084 UTF-16 units")
            .max_length(MAX_LEN as u32),
    },
    fast: Fast::Core,
};

pub fn check(v: &Value<'_>, cx: &mut Cx, out: &mut Writer) {
    let Value::String(s) = v else {
        let issue = cx.type_issue("string", v).calcom(&[IS_URL]);
        cx.fail(issue);
        return;
    };
    if cx.strict() && s.has_lone_surrogate() {
        cx.fail(super::text::lone_surrogate(cx));
        return;
    }
    let units = s.utf16_units();
    if units.len() > MAX_LEN {
        let issue = cx
            .at(Code::TooBig, Msg::AvatarTooLong)
            .maximum(MAX_LEN as u64, Unit::Utf16)
            .calcom(&[IS_URL]);
        cx.fail(issue);
        return;
    }
    if !is_url(&units) {
        let issue = cx
            .at(Code::InvalidFormat, Msg::AvatarInvalid)
            .input(&String::from_utf16_lossy(&units))
            .expected("url")
            .calcom(&[IS_URL]);
        cx.fail(issue);
        return;
    }
    if cx.strict() {
        if let Err(why) = strict_extra(&units) {
            let issue = cx.at(Code::InvalidFormat, why).expected("url");
            cx.fail(issue);
            return;
        }
    }
    out.string(s);
}

/// What strict mode adds to `isURL`.
fn strict_extra(u: &[u16]) -> Result<(), Msg> {
    let lower: Vec<u16> = u.iter().take(8).map(|&c| ascii_lower(c)).collect();
    let rest = if starts_with(&lower, "https://") {
        u.get(8..)
    } else if starts_with(&lower, "http://") {
        u.get(7..)
    } else {
        return Err(Msg::AvatarNoScheme);
    };
    let authority = before(rest.unwrap_or_default(), b'/');
    if authority.contains(&u16::from(b'@')) {
        return Err(Msg::AvatarCredentials);
    }
    Ok(())
}

/// validator.js `isURL(url)` with the default options, on UTF-16 code units.
pub fn is_url(u: &[u16]) -> bool {
    if u.is_empty()
        || u.iter()
            .any(|&c| is_js_space(c) || c == u16::from(b'<') || c == u16::from(b'>'))
    {
        return false;
    }
    if starts_with(u, "mailto:") || u.len() > MAX_LEN {
        return false;
    }
    let mut url = before(before(u, b'#'), b'?');
    let mut had_protocol = false;
    if let Some(scheme_len) = protocol_len(url) {
        let after = url.get(scheme_len + 1..).unwrap_or_default();
        let consume = if starts_with(after, "//") {
            true
        } else {
            let before_slash = before(after, b'/');
            match index_of(before_slash, b'@') {
                Some(at) => {
                    let before_at = before_slash.get(..at).unwrap_or_default();
                    let valid_auth = before_at.iter().all(|&c| {
                        is_ascii_alnum(c) || matches!(c, 0x2D | 0x5F | 0x2E | 0x25 | 0x3A)
                    });
                    !valid_auth || has_percent_escape(before_at)
                }
                // `host:8080/…` is a host and a port, not a scheme.
                None => !after.first().is_some_and(|&c| is_digit(c)),
            }
        };
        if consume {
            let scheme: Vec<u16> = url
                .get(..scheme_len)
                .unwrap_or_default()
                .iter()
                .map(|&c| ascii_lower(c))
                .collect();
            if !(eq(&scheme, "http") || eq(&scheme, "https") || eq(&scheme, "ftp")) {
                return false;
            }
            had_protocol = true;
            url = after;
        }
    }
    if starts_with(url, "//") {
        if !had_protocol {
            return false;
        }
        url = url.get(2..).unwrap_or_default();
    }
    if url.is_empty() {
        return false;
    }
    let host_part = before(url, b'/');
    let at_parts: Vec<&[u16]> = host_part.split(|&c| c == u16::from(b'@')).collect();
    let hostname_parts: &[&[u16]] = if at_parts.len() > 1 {
        let auth = at_parts.first().copied().unwrap_or_default();
        if auth.is_empty() {
            return false;
        }
        let colon_parts: Vec<&[u16]> = auth.split(|&c| c == u16::from(b':')).collect();
        if colon_parts.len() > 2 {
            return false;
        }
        // JS: `user === '' && password === ''` (password is undefined without a colon).
        if colon_parts.len() == 2 && colon_parts.iter().all(|p| p.is_empty()) {
            return false;
        }
        at_parts.get(1..).unwrap_or_default()
    } else {
        &at_parts
    };
    let hostname = join(hostname_parts, u16::from(b'@'));
    let (host, port, ipv6): (Vec<u16>, Option<Vec<u16>>, Option<Vec<u16>>) =
        match wrapped_ipv6(&hostname) {
            Some((inner, port)) => (Vec::new(), port.map(<[u16]>::to_vec), Some(inner.to_vec())),
            None => {
                let mut parts = hostname.split(|&c| c == u16::from(b':'));
                let host = parts.next().unwrap_or_default().to_vec();
                let rest: Vec<&[u16]> = parts.collect();
                let port = (!rest.is_empty()).then(|| join(&rest, u16::from(b':')));
                (host, port, None)
            }
        };
    if let Some(p) = port.filter(|p| !p.is_empty()) {
        if !p.iter().all(|&c| is_digit(c)) {
            return false;
        }
        let mut n: u32 = 0;
        for &c in &p {
            n = n
                .saturating_mul(10)
                .saturating_add(u32::from(c - u16::from(b'0')));
        }
        if n == 0 || n > 65535 {
            return false;
        }
    }
    let host_str = String::from_utf16_lossy(&host);
    if is_ipv4(&host_str) || is_fqdn(&host) {
        return true;
    }
    ipv6.is_some_and(|v6| is_ipv6(&String::from_utf16_lossy(&v6)))
}

/// `^([a-z][a-z0-9+\-.]*):` (case-insensitive): the scheme's length.
fn protocol_len(u: &[u16]) -> Option<usize> {
    let first = *u.first()?;
    if !is_ascii_alpha(first) {
        return None;
    }
    let n = u
        .iter()
        .skip(1)
        .take_while(|&&c| is_ascii_alnum(c) || matches!(c, 0x2B | 0x2D | 0x2E))
        .count()
        + 1;
    (u.get(n) == Some(&u16::from(b':'))).then_some(n)
}

/// `^\[([^\]]+)\](?::([0-9]+))?$` → (inside the brackets, port).
fn wrapped_ipv6(h: &[u16]) -> Option<(&[u16], Option<&[u16]>)> {
    if h.first() != Some(&u16::from(b'[')) {
        return None;
    }
    let close = index_of(h, b']')?;
    let inner = h.get(1..close)?;
    if inner.is_empty() {
        return None;
    }
    let rest = h.get(close + 1..)?;
    if rest.is_empty() {
        return Some((inner, None));
    }
    let digits = rest.strip_prefix(&[u16::from(b':')])?;
    (!digits.is_empty() && digits.iter().all(|&c| is_digit(c))).then_some((inner, Some(digits)))
}

/// validator.js `isFQDN` with isURL's options (TLD required, no underscores, no trailing dot).
fn is_fqdn(host: &[u16]) -> bool {
    let parts: Vec<&[u16]> = host.split(|&c| c == u16::from(b'.')).collect();
    if parts.len() < 2 {
        return false;
    }
    let tld = parts.last().copied().unwrap_or_default();
    let tld_letters = tld.len() >= 2
        && tld.iter().all(|&c| {
            is_ascii_alpha(c)
                || (0xA1..=0xA8).contains(&c)
                || (0xAA..=0xD7FF).contains(&c)
                || (0xF900..=0xFDCF).contains(&c)
                || (0xFDF0..=0xFFEF).contains(&c)
        });
    let tld_punycode = tld.len() >= 4
        && tld
            .get(..2)
            .is_some_and(|p| p.iter().map(|&c| ascii_lower(c)).eq("xn".encode_utf16()))
        && tld.iter().skip(2).all(|&c| is_ascii_alnum(c) || c == 0x2D);
    if !(tld_letters || tld_punycode) || tld.iter().any(|&c| is_js_space(c)) {
        return false;
    }
    parts.iter().all(|part| {
        !part.is_empty()
            && part.len() <= 63
            && part
                .iter()
                .all(|&c| is_ascii_alnum(c) || c == 0x2D || c == 0x5F || c >= 0xA1)
            && !part.iter().any(|&c| (0xFF01..=0xFF5E).contains(&c))
            && part.first() != Some(&0x2D)
            && part.last() != Some(&0x2D)
            && !part.contains(&0x5F)
    })
}

/// validator.js IPv4: four decimal segments 0–255 without leading zeros.
pub fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| is_v4_segment(p))
}

fn is_v4_segment(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 3
        && p.bytes().all(|c| c.is_ascii_digit())
        && (p == "0" || !p.starts_with('0'))
        && p.parse::<u16>().is_ok_and(|n| n <= 255)
}

/// validator.js IPv6 (groups of 1–4 hex digits, one `::`, an IPv4 tail, a `%zone`).
pub fn is_ipv6(s: &str) -> bool {
    let (addr, zone) = match s.split_once('%') {
        Some((a, z)) => (a, Some(z)),
        None => (s, None),
    };
    if let Some(z) = zone {
        if z.is_empty() || !z.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.') {
            return false;
        }
    }
    // Count groups on each side of `::`; an IPv4 tail counts as two and must come last.
    let count = |side: &str, may_end_v4: bool| -> Option<usize> {
        if side.is_empty() {
            return Some(0);
        }
        let groups: Vec<&str> = side.split(':').collect();
        let mut n = 0;
        for (i, g) in groups.iter().enumerate() {
            let last = i + 1 == groups.len();
            if last && may_end_v4 && g.contains('.') {
                if !is_ipv4(g) {
                    return None;
                }
                n += 2;
            } else if (1..=4).contains(&g.len()) && g.bytes().all(|c| c.is_ascii_hexdigit()) {
                n += 1;
            } else {
                return None;
            }
        }
        Some(n)
    };
    match split_once(addr, "::") {
        Some((left, right)) => {
            if find(right, "::").is_some() {
                return false;
            }
            match (count(left, false), count(right, true)) {
                (Some(l), Some(r)) => l + r <= 7,
                _ => false,
            }
        }
        None => count(addr, true) == Some(8),
    }
}

fn is_js_space(c: u16) -> bool {
    char::from_u32(u32::from(c)).is_some_and(crate::js_number::is_js_space)
}
fn is_digit(c: u16) -> bool {
    (0x30..=0x39).contains(&c)
}
fn is_ascii_alpha(c: u16) -> bool {
    (0x41..=0x5A).contains(&c) || (0x61..=0x7A).contains(&c)
}
fn is_ascii_alnum(c: u16) -> bool {
    is_ascii_alpha(c) || is_digit(c)
}
fn ascii_lower(c: u16) -> u16 {
    if (0x41..=0x5A).contains(&c) {
        c + 32
    } else {
        c
    }
}
fn has_percent_escape(u: &[u16]) -> bool {
    u.windows(3).any(|w| {
        let hex = |c: &u16| char::from_u32(u32::from(*c)).is_some_and(|ch| ch.is_ascii_hexdigit());
        w.first() == Some(&0x25) && w.get(1).is_some_and(hex) && w.get(2).is_some_and(hex)
    })
}
fn starts_with(u: &[u16], p: &str) -> bool {
    let p: Vec<u16> = p.encode_utf16().collect();
    u.starts_with(&p)
}
fn eq(u: &[u16], p: &str) -> bool {
    u.iter().copied().eq(p.encode_utf16())
}
fn index_of(u: &[u16], c: u8) -> Option<usize> {
    u.iter().position(|&x| x == u16::from(c))
}
/// `s.split(c)[0]`.
fn before(u: &[u16], c: u8) -> &[u16] {
    match index_of(u, c) {
        Some(i) => u.get(..i).unwrap_or_default(),
        None => u,
    }
}
fn join(parts: &[&[u16]], sep: u16) -> Vec<u16> {
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.extend_from_slice(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Mode::{Compat, Strict};
    use crate::rules::testing::{fails, ok};

    fn url(s: &str) -> bool {
        is_url(&s.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn is_url_matches_validator_js() {
        for s in [
            "https://cal.com/api/avatar/2b735186.png",
            "cal.com/a.png",
            "https://192.168.0.1/a.png",
            "http://example.com:8080/x?y=1#z",
            "ftp://files.example.com/a.png",
            "HTTPS://EXAMPLE.COM",
            "https://user:pass@example.com/a.png",
            "https://[::1]/a.png",
            "https://[2001:db8::1]:8443/a",
            "example.com:8080",
            "user@example.com",
            "https://xn--bcher-kva.example/a",
            "https://bücher.de/a",
            "https://example.xn--p1ai/",
            "https://a.b.c.d.example.museum/",
        ] {
            assert!(url(s), "should pass: {s}");
        }
        for s in [
            "",
            "https://example",
            "//example.com/a.png",
            "https://exa_mple.com/a.png",
            "not a url",
            "https://localhost/a.png",
            "https://example.com./a.png",
            "data:image/png;base64,AAAA",
            "javascript:alert(1)",
            "javascript:alert(1)//example.com",
            "mailto:a@b.com",
            "ftps://example.com",
            "https://example.com:0/",
            "https://example.com:65536/",
            "https://example.com:8a/",
            "https://-example.com/",
            "https://example.123/",
            "https://[::1/a",
            "https://[1:2:3:4:5:6:7:8:9]/",
            "https://:@example.com/",
            "https://@example.com/",
            "https://a:b:c@example.com/",
            "https://exa<mple.com/",
            "https://ｅxample.com/",
            "https://256.1.1.1/",
        ] {
            assert!(!url(s), "should fail: {s}");
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_LEN - 20));
        assert_eq!(long.len(), MAX_LEN);
        assert!(url(&long));
        assert!(!url(&format!("{long}a")));
    }

    #[test]
    fn ipv6_forms() {
        for s in [
            "::",
            "::1",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:1.2.3.4",
            "::ffff:1.2.3.4",
            "1:2:3:4:5::1.2.3.4",
            "fe80::1%eth0",
            "1:2:3:4:5:6:7::",
        ] {
            assert!(is_ipv6(s), "{s}");
        }
        for s in [
            "1:2:3:4:5:6:7",
            "1:2:3:4:5:6::1.2.3.4",
            "1::2::3",
            "12345::",
            "::1.2.3",
            "1:2:3:4:5:6:7:8:9",
            "fe80::1%",
            ":1:2",
        ] {
            assert!(!is_ipv6(s), "{s}");
        }
    }

    #[test]
    fn modes() {
        let https = r#""https://cal.com/a.png""#;
        ok(check, https, Strict, https);
        ok(check, https, Compat, https);
        ok(check, r#""cal.com/a.png""#, Compat, r#""cal.com/a.png""#);
        fails(check, r#""cal.com/a.png""#, Strict, &[Code::InvalidFormat]);
        ok(
            check,
            r#""ftp://x.com/a.png""#,
            Compat,
            r#""ftp://x.com/a.png""#,
        );
        fails(
            check,
            r#""ftp://x.com/a.png""#,
            Strict,
            &[Code::InvalidFormat],
        );
        fails(
            check,
            r#""https://u:p@x.com/a.png""#,
            Strict,
            &[Code::InvalidFormat],
        );
        for mode in [Strict, Compat] {
            fails(
                check,
                r#""javascript:alert(1)""#,
                mode,
                &[Code::InvalidFormat],
            );
            fails(check, r#""""#, mode, &[Code::InvalidFormat]);
            fails(check, "5", mode, &[Code::InvalidType]);
        }
        let long = format!("\"https://example.com/{}\"", "a".repeat(MAX_LEN - 19));
        fails(check, &long, Compat, &[Code::TooBig]);
    }
}
