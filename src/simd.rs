//! Sixteen bytes as one wasm SIMD vector: the one unaligned load the scans share (`utf8.rs`,
//! `utf16.rs`, `transcode.rs`, the JSON reader's string runs) and the one store (`transcode.rs`),
//! each safe by its argument's type.

use core::arch::wasm32::{v128, v128_load};

/// The vector of `block`.
#[inline(always)]
pub fn load(block: &[u8; 16]) -> v128 {
    // SAFETY: `block` is 16 readable bytes, and v128.load needs no alignment.
    unsafe { v128_load(block.as_ptr().cast()) }
}

/// Stores the eight 16-bit lanes of `v` into `units`.
#[inline(always)]
pub fn store_units(v: v128, units: &mut [u16; 8]) {
    // SAFETY: `units` is 16 writable bytes, and v128.store needs no alignment.
    unsafe { core::arch::wasm32::v128_store(units.as_mut_ptr().cast(), v) }
}
