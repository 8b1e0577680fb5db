//! UTF-8 validation of a body, sixteen bytes at a time in the wasm build.
//!
//! Every JSON body the core reads is checked first (cal.com decodes bodies as UTF-8; a text from
//! `encodeInto` is checked too, since the buffer it lands in is the boundary's). `core`'s
//! validator takes a few bytes at a time on text that is not ASCII: 24 us of the 111 a 35 KB
//! body of mixed text took in Node 20. This one decides sixteen bytes with a handful of table
//! lookups (the "lookup" method of Keiser and Lemire, *Validating UTF-8 In Less Than One
//! Instruction Per Byte*, 2021) and leaves the error's position to `core`, on the rare invalid
//! body.

use core::str::Utf8Error;

/// `bytes` as text, or `core`'s error (with its `valid_up_to`).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub fn to_str(bytes: &[u8]) -> Result<&str, Utf8Error> {
    if simd::is_valid(bytes) {
        // SAFETY: `is_valid` accepts exactly the valid UTF-8 sequences: tests/wasm.rs holds it to
        // `core::str::from_utf8` on every sequence of up to four bytes drawn from each class of
        // byte, at every offset across a block boundary, and on generated bodies.
        Ok(unsafe { core::str::from_utf8_unchecked(bytes) })
    } else {
        core::str::from_utf8(bytes)
    }
}

/// `bytes` as text, or `core`'s error (native builds; a wasm build without SIMD).
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
pub fn to_str(bytes: &[u8]) -> Result<&str, Utf8Error> {
    core::str::from_utf8(bytes)
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use core::arch::wasm32::{
        i8x16_shuffle, i8x16_swizzle, u8x16, u8x16_bitmask, u8x16_shr, u8x16_splat, u8x16_sub_sat,
        v128, v128_and, v128_any_true, v128_or, v128_xor,
    };

    // What a pair of bytes (the one before, and this one) can get wrong. Each table below sets,
    // for one nibble of the pair, the errors that nibble allows; a pair is wrong when a bit
    // survives the three lookups and-ed together.
    /// A lead byte (or ASCII) followed by a continuation is fine; a lead followed by a lead or
    /// ASCII is a sequence cut short.
    const TOO_SHORT: u8 = 1 << 0;
    /// ASCII followed by a continuation.
    const TOO_LONG: u8 = 1 << 1;
    /// E0 followed by 80..9F: a three-byte form of a two-byte character.
    const OVERLONG_3: u8 = 1 << 2;
    /// F4 followed by 90..BF, or F5..FF: past U+10FFFF.
    const TOO_LARGE: u8 = 1 << 3;
    /// ED followed by A0..BF: a UTF-16 surrogate.
    const SURROGATE: u8 = 1 << 4;
    /// C0 or C1: a two-byte form of ASCII.
    const OVERLONG_2: u8 = 1 << 5;
    /// F0 followed by 80..8F (a four-byte form of a three-byte character), or F5..FF followed by
    /// 80..8F (too large).
    const OVERLONG_4_OR_TOO_LARGE_1000: u8 = 1 << 6;
    /// A continuation followed by a continuation: right only as a sequence's third or fourth
    /// byte, which is checked apart (`must_continue`).
    const TWO_CONTINUATIONS: u8 = 1 << 7;
    const CARRY: u8 = TOO_SHORT | TOO_LONG | TWO_CONTINUATIONS;
    const LARGE: u8 = TOO_LARGE | OVERLONG_4_OR_TOO_LARGE_1000;

    /// Indexed by the high nibble of the byte before.
    const BEFORE_HIGH: v128 = u8x16(
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TOO_LONG,
        TWO_CONTINUATIONS,
        TWO_CONTINUATIONS,
        TWO_CONTINUATIONS,
        TWO_CONTINUATIONS,
        TOO_SHORT | OVERLONG_2,
        TOO_SHORT,
        TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | LARGE,
    );
    /// Indexed by the low nibble of the byte before.
    const BEFORE_LOW: v128 = u8x16(
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4_OR_TOO_LARGE_1000,
        CARRY | OVERLONG_2,
        CARRY,
        CARRY,
        CARRY | TOO_LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE,
        CARRY | LARGE | SURROGATE,
        CARRY | LARGE,
        CARRY | LARGE,
    );
    /// Indexed by the high nibble of this byte.
    const THIS_HIGH: v128 = u8x16(
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | OVERLONG_4_OR_TOO_LARGE_1000,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
        TOO_SHORT,
    );
    /// A block's last bytes that start a sequence the block does not finish: above these, lane by
    /// lane (a four-byte lead three from the end, a three- or four-byte lead two from the end, any
    /// lead last).
    const LAST_COMPLETE: v128 = u8x16(
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0xEF, 0xDF, 0xBF,
    );

    /// The sixteen bytes that end `n` bytes before the end of `this`: the last `n` of `before`,
    /// then the first `16 - n` of `this`.
    #[rustfmt::skip]
    macro_rules! shifted {
        ($before:expr, $this:expr, $n:literal) => {
            i8x16_shuffle::<
                { 16 - $n }, { 17 - $n }, { 18 - $n }, { 19 - $n }, { 20 - $n }, { 21 - $n },
                { 22 - $n }, { 23 - $n }, { 24 - $n }, { 25 - $n }, { 26 - $n }, { 27 - $n },
                { 28 - $n }, { 29 - $n }, { 30 - $n }, { 31 - $n },
            >($before, $this)
        };
    }

    struct State {
        /// The block before (zeros, which are ASCII, before the first).
        before: v128,
        /// Lanes of the block before that start a sequence it did not finish.
        unfinished: v128,
        /// Any bit set: invalid.
        error: v128,
    }

    impl State {
        #[inline(always)]
        fn block(&mut self, this: v128) {
            if u8x16_bitmask(this) == 0 {
                // ASCII: nothing in it is wrong, but a sequence left unfinished before it is.
                self.error = v128_or(self.error, self.unfinished);
                self.unfinished = u8x16_splat(0);
            } else {
                // Lane j of `before1` is the byte before lane j of `this` (and so on).
                let before1 = shifted!(self.before, this, 1);
                let before2 = shifted!(self.before, this, 2);
                let before3 = shifted!(self.before, this, 3);
                let pair = v128_and(
                    v128_and(
                        i8x16_swizzle(BEFORE_HIGH, u8x16_shr(before1, 4)),
                        i8x16_swizzle(BEFORE_LOW, v128_and(before1, u8x16_splat(0x0F))),
                    ),
                    i8x16_swizzle(THIS_HIGH, u8x16_shr(this, 4)),
                );
                // A byte must continue a sequence when the one two before is a three- or
                // four-byte lead (E0..FF), or the one three before a four-byte lead (F0..FF):
                // exactly where two continuations in a row are right.
                let must_continue = v128_and(
                    v128_or(
                        u8x16_sub_sat(before2, u8x16_splat(0xE0 - 0x80)),
                        u8x16_sub_sat(before3, u8x16_splat(0xF0 - 0x80)),
                    ),
                    u8x16_splat(0x80),
                );
                self.error = v128_or(self.error, v128_xor(must_continue, pair));
                self.unfinished = u8x16_sub_sat(this, LAST_COMPLETE);
            }
            self.before = this;
        }
    }

    /// Whether `bytes` are UTF-8.
    pub fn is_valid(bytes: &[u8]) -> bool {
        let zero = u8x16_splat(0);
        let mut state = State {
            before: zero,
            unfinished: zero,
            error: zero,
        };
        let mut blocks = bytes.chunks_exact(16);
        for block in &mut blocks {
            let Ok(block) = <&[u8; 16]>::try_from(block) else {
                return false;
            };
            state.block(crate::simd::load(block));
        }
        let rest = blocks.remainder();
        if !rest.is_empty() {
            // The rest, padded with zeros (ASCII, which ends nothing and starts nothing).
            let mut last = [0u8; 16];
            if let Some(start) = last.get_mut(..rest.len()) {
                start.copy_from_slice(rest);
            }
            state.block(crate::simd::load(&last));
        }
        !v128_any_true(v128_or(state.error, state.unfinished))
    }
}
