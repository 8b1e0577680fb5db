//! UTF-8 that the core has checked, as UTF-16 units: how a bytes body's long strings go back to
//! Node, where `Buffer` makes a string of UTF-16 units with one copy.
//!
//! A server's body arrives as bytes; the strings of its data are ranges of them, and Node 20 turns
//! UTF-8 into a string at 3–4 ns a byte by any API (`TextDecoder`, `buf.toString()`): 75–115 µs
//! for the fifty 500-unit values of the benchmark's (c). Here sixteen bytes of ASCII widen to
//! sixteen units at once (wasm SIMD), and a longer sequence is decoded on its own: 20 µs for the
//! same text, and `Buffer#toString('utf16le')` copies it in 8 µs more.
//!
//! Only text with a character past U+00FF comes this way ([`is_wide`]): V8 keeps other text in
//! one byte a character, which the UTF-16 path would double.

/// Whether UTF-8 `bytes` hold a character past U+00FF: a lead byte of 0xC4 or more (continuation
/// bytes are 0x80–0xBF, and U+0080–U+00FF lead with 0xC2 or 0xC3).
pub fn is_wide(bytes: &[u8]) -> bool {
    let mut blocks = bytes.chunks_exact(16);
    blocks.any(wide_block) || blocks.remainder().iter().any(|&b| b >= 0xC4)
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn wide_block(block: &[u8]) -> bool {
    use core::arch::wasm32::{u8x16_ge, u8x16_splat, v128_any_true};
    <&[u8; 16]>::try_from(block)
        .is_ok_and(|b| v128_any_true(u8x16_ge(crate::simd::load(b), u8x16_splat(0xC4))))
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn wide_block(block: &[u8]) -> bool {
    block.iter().any(|&b| b >= 0xC4)
}

/// Writes the UTF-16 units of `utf8`, which must be valid UTF-8, to the start of `out`, and
/// returns how many. `out` needs a unit for each byte of `utf8`, and sixteen more (a block is
/// written whole before the count of its ASCII bytes is known); what does not fit is not
/// written. Invalid UTF-8 gives wrong units, never a panic.
pub fn utf8_to_utf16(utf8: &[u8], out: &mut [u16]) -> usize {
    let (mut i, mut n) = (0, 0);
    loop {
        // A block that ends before sixteen ASCII bytes stops at a lead byte, decoded next without
        // another look at a block (in text past Latin-1, ASCII runs are often shorter than one).
        if let Some(ascii) = ascii_block(utf8, i, out, n) {
            i += ascii;
            n += ascii;
            if ascii == 16 {
                continue;
            }
        }
        let Some(&lead) = utf8.get(i) else {
            break;
        };
        let more = |k: usize| u32::from(utf8.get(i + k).copied().unwrap_or(0x80) & 0x3F);
        let (c, len) = match lead {
            0..=0x7F => (u32::from(lead), 1),
            0x80..=0xDF => ((u32::from(lead & 0x1F) << 6) | more(1), 2),
            0xE0..=0xEF => ((u32::from(lead & 0x0F) << 12) | (more(1) << 6) | more(2), 3),
            _ => (
                (u32::from(lead & 0x07) << 18) | (more(1) << 12) | (more(2) << 6) | more(3),
                4,
            ),
        };
        i += len;
        if let Some(astral) = c.checked_sub(0x1_0000) {
            put(out, n, 0xD800 | (astral >> 10) as u16);
            put(out, n + 1, 0xDC00 | (astral & 0x3FF) as u16);
            n += 2;
        } else {
            put(out, n, c as u16);
            n += 1;
        }
    }
    n
}

fn put(out: &mut [u16], at: usize, unit: u16) {
    if let Some(slot) = out.get_mut(at) {
        *slot = unit;
    }
}

/// Widens the sixteen bytes at `utf8[i..]` into `out[n..]` and returns how many of them lead
/// with ASCII (those units are right; the rest are overwritten later), or `None` where a whole
/// block does not fit.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn ascii_block(utf8: &[u8], i: usize, out: &mut [u16], n: usize) -> Option<usize> {
    use core::arch::wasm32::{i8x16_bitmask, u16x8_extend_high_u8x16, u16x8_extend_low_u8x16};
    let block = <&[u8; 16]>::try_from(utf8.get(i..i + 16)?).ok()?;
    let dst = <&mut [u16; 16]>::try_from(out.get_mut(n..n + 16)?).ok()?;
    let v = crate::simd::load(block);
    let (low, high) = dst.split_at_mut(8);
    crate::simd::store_units(u16x8_extend_low_u8x16(v), low.try_into().ok()?);
    crate::simd::store_units(u16x8_extend_high_u8x16(v), high.try_into().ok()?);
    // The sign bit of each byte: set for a byte past ASCII.
    Some((i8x16_bitmask(v).trailing_zeros() as usize).min(16))
}

/// The same, eight bytes at a time without SIMD (native builds): the count of leading ASCII
/// bytes of a word, then those units.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn ascii_block(utf8: &[u8], i: usize, out: &mut [u16], n: usize) -> Option<usize> {
    let word = u64::from_le_bytes(utf8.get(i..i + 8)?.try_into().ok()?);
    let ascii = ((word & 0x8080_8080_8080_8080).trailing_zeros() / 8) as usize;
    for (k, &b) in utf8.get(i..i + ascii)?.iter().enumerate() {
        put(out, n + k, u16::from(b));
    }
    Some(ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<u16> {
        let mut out = vec![0; text.len() + 16];
        let n = utf8_to_utf16(text.as_bytes(), &mut out);
        out.truncate(n);
        out
    }

    #[test]
    fn every_width_at_every_offset_matches_std() {
        for c in [
            "a",
            "\u{7f}",
            "\u{80}",
            "é",
            "\u{7ff}",
            "\u{800}",
            "東",
            "\u{ffff}",
            "😀",
            "\u{10ffff}",
        ] {
            for at in 0..40 {
                let mut text = "x".repeat(40);
                text.insert_str(at, c);
                text.push_str(c);
                assert_eq!(
                    units(&text),
                    text.encode_utf16().collect::<Vec<_>>(),
                    "{c:?} at {at}"
                );
            }
        }
        assert_eq!(units(""), Vec::<u16>::new());
    }

    #[test]
    fn wide_means_a_character_past_latin_1_at_every_offset() {
        assert!(!is_wide(
            "plain ascii, café, naïve, ÿ, and more Latin-1: ßøå".as_bytes()
        ));
        for c in ["Ā", "東", "😀", "\u{2028}"] {
            for at in 0..40 {
                let mut text = "é".repeat(20);
                text.insert_str(at / 2 * 2, c);
                assert!(is_wide(text.as_bytes()), "{c} at {at}");
            }
        }
    }

    #[test]
    fn invalid_utf8_does_not_panic_and_a_small_out_is_not_overrun() {
        let mut out = [0u16; 4];
        for bytes in [&[0xF0u8][..], &[0xE0, 0x80], &[0x80; 20], &[0xFF; 3]] {
            utf8_to_utf16(bytes, &mut out);
        }
        assert_eq!(
            utf8_to_utf16("abcdefghijklmnopqrstuvwxyz".as_bytes(), &mut out),
            26
        );
        assert_eq!(out, [0x61, 0x62, 0x63, 0x64]);
    }
}
