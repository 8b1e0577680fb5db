//! Whether UTF-16 text is *plain*: well-formed (every surrogate in a pair) and holding nothing
//! JSON escapes (`"`, `\`, U+0000–U+001F); and whether UTF-8 text holds U+FFFD, the trace a lone
//! surrogate leaves after `encodeInto`.
//!
//! The JS layer asks the first of long strings before it trusts them without the core: the fast
//! path (`js/fast.js`) needs strict mode's lone-surrogate rule (product.md: "strings must be valid
//! Unicode") and a bound of the body's size as JSON (calcom-rules.md §1: the 100 kB limit), and
//! the encoder keeps plain strings on the JS side (`js/read.js`). In Node 20, `isWellFormed` and
//! an escape regex each cost about 1 ns a unit on text past Latin-1; Node's `Buffer` copies a
//! string's units into the input buffer in about 0.3 ns a unit, and this scan reads eight at a
//! time (wasm SIMD).

/// Whether UTF-8 `bytes` hold U+FFFD (EF BF BD), which is what `TextEncoder.encodeInto` writes
/// for a lone surrogate: a text from a JS string without one had none (or held a real U+FFFD,
/// which the JS layer then tells apart with `isWellFormed`). Sixteen bytes at a time: 0xEF leads
/// only U+F000–U+FFFF, so a block without it is passed over.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub fn holds_replacement(bytes: &[u8]) -> bool {
    use core::arch::wasm32::{u8x16_eq, u8x16_splat, v128_any_true};
    let lead = u8x16_splat(0xEF);
    let mut at = 0;
    for block in bytes.chunks_exact(16) {
        let Ok(block) = <&[u8; 16]>::try_from(block) else {
            break;
        };
        if v128_any_true(u8x16_eq(crate::simd::load(block), lead)) {
            // A sequence that starts in this block may end in the next: look two bytes past it.
            let near = bytes.get(at..at + 18).or_else(|| bytes.get(at..));
            if replacement_in(near.unwrap_or_default()) {
                return true;
            }
        }
        at += 16;
    }
    replacement_in(bytes.get(at..).unwrap_or_default())
}

/// The same, a byte at a time (native builds; a wasm build without SIMD).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
pub fn holds_replacement(bytes: &[u8]) -> bool {
    replacement_in(bytes)
}

fn replacement_in(bytes: &[u8]) -> bool {
    bytes.windows(3).any(|w| w == [0xEF, 0xBF, 0xBD])
}

/// Reads one unit; `high` says whether the unit before was a high surrogate waiting for its pair.
/// False when the text is not plain.
#[inline(always)]
fn step(high: &mut bool, unit: u16) -> bool {
    if *high {
        *high = false;
        return unit & 0xFC00 == 0xDC00;
    }
    match unit {
        0..=0x1F | 0x22 | 0x5C | 0xDC00..=0xDFFF => false,
        0xD800..=0xDBFF => {
            *high = true;
            true
        }
        _ => true,
    }
}

/// Whether the UTF-16LE units in `bytes` are plain, eight at a time (wasm SIMD, which every engine
/// the package supports has). A unit is a low surrogate exactly when the one before it is a high
/// surrogate: each block is read twice, as its units and (two bytes earlier, one unaligned load)
/// as the units before them, and the lane-wise comparison of those two facts checks every pair.
/// Only whether anything was wrong is kept, so a test is any non-zero lane, not a mask.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub fn is_plain(bytes: &[u8]) -> bool {
    use core::arch::wasm32::{
        u16x8_eq, u16x8_splat, u16x8_sub_sat, v128_and, v128_any_true, v128_or, v128_xor,
    };
    // The first unit has none before it: it is checked alone, and the blocks start after it.
    let [lo, hi, ..] = *bytes else {
        return bytes.is_empty();
    };
    let mut high = false;
    if bytes.len() % 2 != 0 || !step(&mut high, u16::from_le_bytes([lo, hi])) {
        return false;
    }
    let tag = u16x8_splat(0xFC00);
    // Lane masks where a pair is broken or a unit is `"` or `\`; separately, non-zero lanes where a
    // unit is a control character. Kept apart, LLVM need not widen the masks to mix them (two
    // more instructions a block).
    let mut bad = u16x8_splat(0);
    let mut control = u16x8_splat(0);
    // `window` is the block's 16 bytes and the unit before them.
    let mut at = 0;
    while let Some(window) = bytes.get(at..at + 18) {
        let Ok(window) = <&[u8; 18]>::try_from(window) else {
            return false;
        };
        let (Some(before), Some(units)) = (window.first_chunk::<16>(), window.last_chunk::<16>())
        else {
            return false;
        };
        let (before, units) = (crate::simd::load(before), crate::simd::load(units));
        let high_before = u16x8_eq(v128_and(before, tag), u16x8_splat(0xD800));
        let low = u16x8_eq(v128_and(units, tag), u16x8_splat(0xDC00));
        let quote_or_backslash = v128_or(
            u16x8_eq(units, u16x8_splat(0x22)),
            u16x8_eq(units, u16x8_splat(0x5C)),
        );
        bad = v128_or(bad, v128_or(v128_xor(low, high_before), quote_or_backslash));
        // Non-zero where a unit is below 0x20.
        control = v128_or(control, u16x8_sub_sat(u16x8_splat(0x20), units));
        at += 16;
    }
    if v128_any_true(v128_or(bad, control)) {
        return false;
    }
    // The units after the last block, from the unit before them.
    let (Some(last), Some(rest)) = (bytes.get(at..at + 2), bytes.get(at + 2..)) else {
        return false;
    };
    high = matches!(*last, [_, hi] if hi & 0xFC == 0xD8);
    units(&mut high, rest) && !high
}

/// Whether the UTF-16LE units in `bytes` are plain, one at a time (native test builds; a wasm
/// build without SIMD). An odd length is not UTF-16: false.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
pub fn is_plain(bytes: &[u8]) -> bool {
    let mut high = false;
    bytes.len() % 2 == 0 && units(&mut high, bytes) && !high
}

/// [`step`] over each unit of `bytes` (an even number of them).
fn units(high: &mut bool, bytes: &[u8]) -> bool {
    bytes
        .chunks_exact(2)
        .all(|u| matches!(*u, [lo, hi] if step(high, u16::from_le_bytes([lo, hi]))))
}

#[cfg(test)]
mod tests {
    use super::is_plain;

    fn bytes(units: &[u16]) -> Vec<u8> {
        units.iter().flat_map(|u| u.to_le_bytes()).collect()
    }

    /// The definition: decodes without a lone surrogate and holds no character JSON escapes.
    #[cfg(not(target_arch = "wasm32"))]
    fn plain_by_definition(units: &[u16]) -> bool {
        char::decode_utf16(units.iter().copied())
            .all(|c| matches!(c, Ok(c) if c >= ' ' && c != '"' && c != '\\'))
    }

    #[test]
    fn plain_text_is_plain() {
        for s in [
            "",
            "a",
            "Zürich 東京 😀 🚀",
            "0123456789abcdef",
            "\u{7f}\u{ffff}\u{10ffff}",
        ] {
            let units: Vec<u16> = s.encode_utf16().collect();
            assert!(is_plain(&bytes(&units)), "{s:?}");
        }
    }

    #[test]
    fn each_thing_json_escapes_or_a_lone_surrogate_is_found_at_every_offset() {
        let bad: [&[u16]; 8] = [
            &[0x22],
            &[0x5C],
            &[0x00],
            &[0x1F],
            &[0x0A],
            &[0xD800],
            &[0xDFFF],
            &[0xDC00, 0xD800],
        ];
        for b in bad {
            for at in 0..13 {
                let mut units = vec![0x61u16; 12];
                units.splice(at.min(12)..at.min(12), b.iter().copied());
                assert!(!is_plain(&bytes(&units)), "{b:?} at {at}");
            }
        }
    }

    #[test]
    fn pairs_across_word_boundaries_are_plain() {
        for at in 0..12 {
            let mut units = vec![0x61u16; 12];
            units.splice(at..at, [0xD83D, 0xDE00]);
            assert!(is_plain(&bytes(&units)), "pair at {at}");
        }
    }

    #[test]
    fn a_replacement_character_is_found_at_every_offset_and_nothing_else_is() {
        for at in 0..40 {
            let mut text = "a".repeat(40);
            text.insert(at, '\u{FFFD}');
            assert!(super::holds_replacement(text.as_bytes()), "at {at}");
        }
        // Its neighbours in UTF-8, and its bytes apart.
        for text in [
            "\u{FFFC}\u{FFFE}\u{F000}\u{EFBF}",
            "東京 😀 é",
            "\u{FFFC}\u{00BD}",
            "",
        ] {
            assert!(!super::holds_replacement(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn an_odd_byte_count_is_not_utf16() {
        assert!(!is_plain(&[0x61, 0x00, 0x61]));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::{bytes, is_plain, plain_by_definition};
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn agrees_with_the_definition(units in proptest::collection::vec(
                prop_oneof![
                    6 => 0x20u16..0x7F,
                    2 => 0x80u16..0xD800,
                    1 => 0xD800u16..0xE000,
                    1 => 0u16..0x20,
                    1 => Just(0x22u16),
                    1 => Just(0x5Cu16),
                    1 => 0xE000u16..=0xFFFF,
                ],
                0..40,
            )) {
                prop_assert_eq!(is_plain(&bytes(&units)), plain_by_definition(&units));
            }
        }
    }
}
