//! Sixteen bytes as one wasm SIMD vector: the one unaligned load the scans share
//! (`utf8.rs`, `utf16.rs`, the JSON reader's string runs), safe by its argument's type.

use core::arch::wasm32::{v128, v128_load};

/// The vector of `block`.
#[inline(always)]
pub fn load(block: &[u8; 16]) -> v128 {
    // SAFETY: `block` is 16 readable bytes, and v128.load needs no alignment.
    unsafe { v128_load(block.as_ptr().cast()) }
}
