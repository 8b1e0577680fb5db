//! String operations written out instead of the standard library's generic ones, for size.
//!
//! `str::contains`/`split_once`/`replace` with a `&str` pattern bring core's two-way searcher,
//! about 4 KB of wasm; a window scan is a few dozen bytes and, for needles this short (`..`, `::`,
//! `$property`), as fast. `[&str]::join` is a generic copy loop instantiated once per separator
//! type; `push_joined` appends in place.

/// Byte offset of the first `needle` in `hay`.
///
/// A byte loop to each candidate first byte, then one comparison of the rest: comparing every
/// window as a slice cost about 20 instructions a byte in this size-tuned build, most of an
/// invalid body's message rendering (which looks for `}`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        // Past the end for this candidate means past it for every later one too.
        if hay.get(at + 1..at + needle.len())? == rest {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// `hay` split around its first `needle`.
pub fn split_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(hay, needle)?;
    // `at` starts a match of a whole `needle`, so both ends are on character boundaries.
    Some((hay.get(..at)?, hay.get(at + needle.len()..)?))
}

/// `hay` with its first `needle` replaced by `with`.
pub fn replace_first(hay: &str, needle: &str, with: &str) -> String {
    match split_once(hay, needle) {
        Some((before, after)) => {
            let mut out = String::with_capacity(hay.len() + with.len());
            push_joined(&mut out, [before, with, after], "");
            out
        }
        None => hay.to_owned(),
    }
}

/// Appends `parts` to `out` with `sep` between them.
pub fn push_joined<'a>(out: &mut String, parts: impl IntoIterator<Item = &'a str>, sep: &str) {
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_match() {
        assert_eq!(find("a..b..c", ".."), Some(1));
        assert_eq!(find("a.b", ".."), None);
        assert_eq!(find("", ".."), None);
        assert_eq!(find(".", ".."), None);
        assert_eq!(find("..", ".."), Some(0));
        assert_eq!(find("abc", ""), Some(0));
        assert_eq!(find("héllo::wörld", "::"), Some(6));
        assert_eq!(find("a:b::", "::"), Some(3));
        assert_eq!(find("}", "}"), Some(0));
        assert_eq!(find("ab}", "}"), Some(2));
        assert_eq!(find("$prop $property", "$property"), Some(6));
    }

    #[test]
    fn splits_and_replaces_around_the_first_match() {
        assert_eq!(split_once("1::2::3", "::"), Some(("1", "2::3")));
        assert_eq!(split_once("::", "::"), Some(("", "")));
        assert_eq!(split_once("1:2", "::"), None);
        assert_eq!(
            replace_first("$property must be a string", "$property", "name"),
            "name must be a string"
        );
        assert_eq!(
            replace_first("no placeholder", "$property", "x"),
            "no placeholder"
        );
        assert_eq!(replace_first("é$pé", "$p", "→"), "é→é");
    }

    #[test]
    fn joins_like_the_standard_library() {
        for parts in [&[][..], &["a"][..], &["a", "b"][..], &["", "x", ""][..]] {
            for sep in ["", ", ", " or "] {
                let mut out = String::from(">");
                push_joined(&mut out, parts.iter().copied(), sep);
                assert_eq!(out, format!(">{}", parts.join(sep)));
            }
        }
    }

    #[test]
    fn agrees_with_the_standard_library() {
        let hays = [
            "",
            "a",
            "..",
            "a..",
            "..a",
            "a.b.c",
            "a.b..c",
            "::1",
            "1::",
            "fe80::1::2",
            "$p$pr$property",
            "a:::b",
            "é:é::é",
        ];
        for hay in hays {
            for needle in ["..", "::", ".", "a", "$property"] {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(split_once(hay, needle), hay.split_once(needle));
            }
        }
    }
}
