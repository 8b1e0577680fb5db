//! Decimal text to `f64`, correctly rounded (half to even), in place of core's `str::parse::<f64>`.
//!
//! core's parser (`dec2flt`) costs about 13 KB of the gzipped wasm, most of it a 10 KB table of
//! 128-bit powers of five that gzip cannot shrink; this one under 2 KB, in three steps:
//! 1. The numbers a profile body holds (`24`, `12.5`, `0.1`, `1e21`) take Clinger's fast path: one
//!    exact `f64` multiplication or division, so one rounding, the right one.
//! 2. Any other number of up to 19 significant digits (and the first 19 of longer ones) is
//!    multiplied out to 64 bits with a proven error bound ([`approx`]); when the whole error
//!    interval rounds to one `f64`, that is the answer (all but about 1 % of random inputs).
//! 3. Near a rounding boundary, the value is divided out exactly with a small big integer, 32
//!    quotient bits at a time: microseconds, not nanoseconds, but exact for any number of digits
//!    and any exponent.
//!
//! A hostile 100 kB body of hard numbers (`1e-300`, `0.30000000000000004`, …) costs about 2.5× what
//! `str::parse` would; without step 2 it was 50×.

/// Significant digits read exactly; past them only "is any later digit non-zero" matters. No `f64`
/// and no midpoint between two neighbouring `f64` has more than 767 significant digits, so a value
/// and its first 800 digits followed by a 1 (standing for the non-zero rest) round alike.
const KEPT: i64 = 800;

/// Limbs of the big integers, enough for the largest: a numerator of 801 digits (< 2^2661) or a
/// denominator 5^1124 (the smallest non-zero inputs), filled up to whole limbs (2688 bits), and the
/// numerator shifted by one more limb in the division: 2720 bits.
const LIMBS: usize = 85;

/// Exponents written past this saturate: with any text shorter than 10^12 bytes the value is then
/// already 0 or infinite, and the arithmetic on exponents cannot overflow.
const EXP_CAP: i64 = 1 << 40;

/// The value of `text`, which must match `digits ["." [digits]] [("e"|"E") ["+"|"-"] digits]` or
/// `"." digits [exponent]` (no sign: callers handle it). The same `f64` as `text.parse::<f64>()`:
/// overflow gives infinity, underflow 0 or the nearest subnormal.
pub fn parse_decimal(text: &str) -> f64 {
    // The significand: its first 19 significant digits in w, the last of them at 10^e10; past them
    // only how many there are (`extra`) and where the last non-zero one is (`last`, 0 for none).
    let mut w = 0u64;
    let mut e10 = 0i64;
    let mut extra = 0i64;
    let mut last = 0i64;
    let mut point = 0; // 1 after the point
    let mut bytes = text.bytes();
    for c in bytes.by_ref() {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            if c == b'.' {
                point = 1;
                continue;
            }
            break; // the exponent's "e"
        }
        // Leading zeros leave w at 0; from 10^18 on w holds 19 digits.
        if w < 1_000_000_000_000_000_000 {
            w = w * 10 + u64::from(d);
            e10 -= point;
        } else {
            e10 += 1 - point;
            extra += 1;
            if d != 0 {
                last = extra;
            }
        }
    }
    let mut exp = 0i64;
    let mut exp_sign = 1;
    for c in bytes {
        match c {
            b'-' => exp_sign = -1,
            b'0'..=b'9' => exp = (exp * 10 + i64::from(c - b'0')).min(EXP_CAP),
            _ => {}
        }
    }
    if w == 0 {
        return 0.0;
    }
    // The value is w · 10^e10 if last = 0, else in (w, w + 1) · 10^e10.
    let e10 = e10 + exp * exp_sign;

    // Clinger's fast path: an integer m ≤ 2^53 and 10^|k| ≤ 10^22 are both exact `f64`s, so one
    // correctly rounded multiplication or division gives the correctly rounded value.
    if last == 0 {
        let (mut m, mut k) = (w, e10);
        // Trailing zeros out of an m too large or into an exponent too small (1.000…e-30), and
        // into m from an exponent too large (12e30 is 12_000_000e24) while m stays exact.
        while (m > 1 << 53 || k < -22) && m % 10 == 0 {
            m /= 10;
            k += 1;
        }
        while k > 22 && m <= (1 << 53) / 10 {
            m *= 10;
            k -= 1;
        }
        if m <= 1 << 53 && (-22..=22).contains(&k) {
            // 10^|k| by squaring, exact: every power of ten up to 10^22 is an `f64` (the last
            // square, past it, is not used).
            let (mut p, mut b, mut j) = (1.0, 10.0, k.unsigned_abs());
            while j > 0 {
                if j & 1 == 1 {
                    p *= b;
                }
                b *= b;
                j >>= 1;
            }
            let x = m as f64;
            return if k < 0 { x / p } else { x * p };
        }
    }

    // Most other values: w · 10^e10 to 64 bits with an error bound, when that decides the rounding.
    if let Some(x) = approx(w, e10, last > 0) {
        return x;
    }

    // The exact path. d: the significant digits up to the last non-zero one past w, or all of w's
    // (at most KEPT, then a 1 for the non-zero rest); the value is d · 10^e10 = d · 5^e10 · 2^e10.
    let (mut w_digits, mut ten) = (1, 10);
    while w_digits < 19 && w >= ten {
        w_digits += 1;
        ten *= 10;
    }
    let kept = (w_digits + last).min(KEPT);
    let sticky = w_digits + last > KEPT;
    let digits = kept + i64::from(sticky);
    let e10 = e10 + w_digits - digits;
    // 10^(digits-1) ≤ d < 10^digits. Below 10^-324 rounds to 0 (half the smallest subnormal is
    // 2.47e-324); from 10^309 on to infinity (f64::MAX is 1.79e308).
    if digits + e10 <= -324 {
        return 0.0;
    }
    if digits - 1 + e10 >= 309 {
        return f64::INFINITY;
    }
    // Limbs actually needed (≤ 3.33 bits a digit, 2.33 a power of five, 2 limbs of alignment), so
    // short numbers work on short integers.
    let len = usize::try_from((digits + e10.abs()) / 9 + 4)
        .unwrap_or(LIMBS)
        .min(LIMBS);
    let mut num_limbs = [0u32; LIMBS];
    let mut den_limbs = [0u32; LIMBS];
    let num = num_limbs.get_mut(..len).unwrap_or_default();
    let den = den_limbs.get_mut(..len).unwrap_or_default();

    // d, nine digits at a time.
    let mut chunk = 0;
    let mut scale = 1;
    let mut taken = 0;
    for &c in text.as_bytes() {
        // The kept digits, then the sticky 1 in place of the next digit (or the exponent).
        let d = match c {
            b'0'..=b'9' if taken < kept => u32::from(c - b'0'),
            _ if taken == kept && sticky => 1,
            _ => continue,
        };
        if taken == 0 && d == 0 {
            continue;
        }
        taken += 1;
        chunk = chunk * 10 + d;
        scale *= 10;
        if scale == 1_000_000_000 {
            mul_add(num, scale, chunk);
            (chunk, scale) = (0, 1);
        }
    }
    mul_add(num, scale, chunk);
    if let Some(one) = den.first_mut() {
        *one = 1;
    }
    // 5^|e10| goes to the numerator or the denominator, 13 factors at a time (5^13 < 2^32).
    let five_side = if e10 < 0 { &mut *den } else { &mut *num };
    // Each factor adds at most a limb: multiply only the limbs in use so far.
    let mut used = (bit_len(five_side) as usize).div_ceil(32);
    let mut k = e10.unsigned_abs();
    while k > 0 {
        let step = k.min(13);
        used += 1;
        let (low, _) = five_side.split_at_mut(used.min(len));
        mul_add(low, 5u32.pow(step as u32), 0);
        k -= step;
    }

    // value = num / den · 2^be. Align the two: den fills whole limbs (its top limb's top bit
    // set, for the quotient estimates below), and den/4 ≤ num < den.
    let (ln, ld) = (bit_len(num), bit_len(den));
    let top = ((ln + 1).max(ld) + 31) & !31;
    shl(den, (top - ld) as u64);
    shl(num, (top - 1 - ln) as u64);
    let be = e10 + (top - ld) - (top - 1 - ln);
    // Long division, 32 quotient bits a step: q = num · 2^64 / den, in [2^62, 2^64). A step's
    // estimate (the top two limbs of num over den's top limb plus one) is at most 3 short.
    let den_top = usize::try_from(top / 32 - 1).unwrap_or(0);
    let d = u64::from(den.get(den_top).copied().unwrap_or(0)) + 1;
    let mut q = 0u64;
    for _ in 0..2 {
        shl(num, 32); // num < den · 2^32
        let limb = |i: usize| u64::from(num.get(i).copied().unwrap_or(0));
        let mut c = ((limb(den_top + 1) << 32 | limb(den_top)) / d) as u32;
        mul_sub(num, den, c);
        while !less(num, den) {
            mul_sub(num, den, 1);
            c += 1;
        }
        q = q << 32 | u64::from(c);
    }
    round(q, num.iter().any(|&x| x != 0), be - 64)
}

/// 10^(2^i) and 10^-(2^i) for i in 0..9, each as the nearest c in [2^63, 2^64) to 10^k / 2^b, where
/// b = floor(k · log2 10) - 63 (see `approx`). The first five are exact.
const POW10: [[u64; 9]; 2] = [
    [
        0xa000_0000_0000_0000,
        0xc800_0000_0000_0000,
        0x9c40_0000_0000_0000,
        0xbebc_2000_0000_0000,
        0x8e1b_c9bf_0400_0000,
        0x9dc5_ada8_2b70_b59e,
        0xc278_1f49_ffcf_a6d5,
        0x93ba_47c9_80e9_8ce0,
        0xaa7e_ebfb_9df9_de8e,
    ],
    [
        0xcccc_cccc_cccc_cccd,
        0xa3d7_0a3d_70a3_d70a,
        0xd1b7_1758_e219_652c,
        0xabcc_7711_8461_cefd,
        0xe695_94be_c44d_e15b,
        0xcfb1_1ead_4539_94ba,
        0xa87f_ea27_a539_e9a5,
        0xddd0_467c_64bc_e4a1,
        0xc031_4325_637a_193a,
    ],
];

/// The `f64` nearest to w · 10^q, or to every value in (w, w + 1) · 10^q if `truncated` (then
/// w ≥ 10^18), when a 64-bit approximation decides it; `None` near a rounding boundary (and for q
/// outside -342..=308).
///
/// In units u = 2^-63 of relative error: 10^q is the product of f table entries (the bits of |q|),
/// each within 0.5 u of its value either way, and each product `mul` keeps loses less than 1.01 u
/// (never gains); truncating w loses less than 10 u (1/w ≤ 10^-18). The last product r, in
/// [2^63, 2^64), with its own loss below 1.01, so brackets the value V in units of its last
/// place (t = 1 if truncated): r - 2^64 · 0.5 f u = r - f ≤ V and
/// V < r + 1.01 + 2^64 · (1.51 f + 10 t) u < r + 4 f + 20 t + 2. Rounding is monotonic: if both
/// ends round alike, so does V.
fn approx(w: u64, q: i64, truncated: bool) -> Option<f64> {
    let lz = w.leading_zeros();
    let mut r = w << lz;
    let mut x = -i64::from(lz); // the value is about r · 2^x
    let mut below = 0;
    let mut above = 20 * u64::from(truncated);
    if q != 0 {
        // Past these w · 10^q is 0 or infinite, which the exact path finds at once.
        if !(-342..=308).contains(&q) {
            return None;
        }
        let table = POW10.get(usize::from(q < 0))?;
        let mut k = q.unsigned_abs();
        // p · 2^px approximates 10^q; s is ±2^i for entry i, and floor(s · log2 10) is
        // (s · 217706) >> 16 for |s| ≤ 256.
        let (mut p, mut px, mut s) = (1 << 63, -63, q.signum());
        for &c in table {
            if k & 1 == 1 {
                let (h, sh) = mul(p, c);
                p = h;
                px += sh + ((s * 217_706) >> 16) - 63;
                below += 1;
                above += 4;
            }
            k >>= 1;
            s *= 2;
        }
        let (h, sh) = mul(r, p);
        r = h;
        x += px + sh;
        below += 1;
        above += 2;
    }
    // r ≥ 2^63 > below: no wrap.
    let low = round(r - below, false, x);
    let high = round(r.checked_add(above)?, false, x);
    (low.to_bits() == high.to_bits()).then_some(low)
}

/// For a and b in [2^63, 2^64): (h, s) with h in [2^63, 2^64) and a · b - h · 2^s in
/// [0, 1.01 · 2^s). Four 32-bit products, the lowest with a's last bit cleared: the exact form
/// would be fused by LLVM into a `u128` multiplication, a compiler-builtins call in the wasm.
fn mul(a: u64, b: u64) -> (u64, i64) {
    let (a1, a0, b1, b0) = (a >> 32, a & 0xffff_ffff, b >> 32, b & 0xffff_ffff);
    let (x, y) = (a1 * b0, a0 * b1);
    // P = a1 · b1 · 2^64 + (x + y) · 2^32 + (a0 & !1) · b0, less its lowest 32 bits: a · b - P is
    // below 2^33, and P ≥ 2^126 (a · b < 2^126 + 2^33 only if a0 = b0 = 0).
    let mid = (((a0 & !1) * b0) >> 32) + (x & 0xffff_ffff) + (y & 0xffff_ffff);
    let hi = a1 * b1 + (x >> 32) + (y >> 32) + (mid >> 32);
    // One shift left at most, pulling in P's bit 63 (mid's bit 31).
    let z = (hi >> 63) ^ 1;
    (hi << z | (mid >> 31 & z), 64 - z as i64)
}

/// The `f64` nearest to (q + r) · 2^x, for q in [2^62, 2^64) and some r in [0, 1), non-zero iff
/// `sticky`: ties (r = 0 exactly at a half) go to the even neighbour.
fn round(q: u64, sticky: bool, x: i64) -> f64 {
    // Top bit set: the new low bit (really r's first bit) is far below the rounding position,
    // where it and r count only as "not zero", which `sticky` says.
    let z = q.leading_zeros();
    let q = q << z;
    let top = x + 63 - i64::from(z); // the value is in [2^top, 2^(top+1))
    if top > 1023 {
        return f64::INFINITY;
    }
    // 53 bits stay for a normal number, fewer for a subnormal one (exponent field 0).
    let shift = 11 + (-1022 - top).max(0);
    if shift > 64 {
        return 0.0; // below 2^-1075, half the smallest subnormal
    }
    let shift = shift as u32;
    let m = q.checked_shr(shift).unwrap_or(0);
    let dropped = q << (64 - shift); // the bits shifted out, at the top
    let half = 1 << 63;
    let up = dropped > half || (dropped == half && (sticky || m & 1 == 1));
    // m holds the implicit bit of a normal number, which adds 1 to the exponent field; rounding
    // up to 2^53 carries into the exponent (up to infinity's bits) and from the largest
    // subnormal to the smallest normal number, as IEEE wants.
    let field = u64::try_from(top + 1022).unwrap_or(0);
    f64::from_bits((field << 52) + m + u64::from(up))
}

/// a = a · m + c.
fn mul_add(a: &mut [u32], m: u32, c: u32) {
    let mut carry = u64::from(c);
    for x in a {
        let t = u64::from(*x) * u64::from(m) + carry;
        *x = t as u32;
        carry = t >> 32;
    }
}

/// a = a - b · m, for a ≥ b · m.
fn mul_sub(a: &mut [u32], b: &[u32], m: u32) {
    let mut carry = 0; // the product's high part and the borrow
    for (i, x) in a.iter_mut().enumerate() {
        let p = u64::from(b.get(i).copied().unwrap_or(0)) * u64::from(m) + carry;
        let t = u64::from(*x).wrapping_sub(p & 0xffff_ffff);
        *x = t as u32;
        carry = (p >> 32) + (t >> 63);
    }
}

/// a = a · 2^s (the caller keeps the result in range): whole limbs, then the rest of the bits.
fn shl(a: &mut [u32], s: u64) {
    let limbs = usize::try_from(s / 32).unwrap_or(usize::MAX);
    for j in (0..a.len()).rev() {
        let from = j.checked_sub(limbs).and_then(|i| a.get(i));
        let v = from.copied().unwrap_or(0);
        if let Some(x) = a.get_mut(j) {
            *x = v;
        }
    }
    mul_add(a, 1 << (s % 32), 0);
}

/// a < b, for a and b of one length.
fn less(a: &[u32], b: &[u32]) -> bool {
    for (i, &x) in a.iter().enumerate().rev() {
        let y = b.get(i).copied().unwrap_or(0);
        if x != y {
            return x < y;
        }
    }
    false
}

fn bit_len(a: &[u32]) -> i64 {
    let mut len = 0;
    for (i, &x) in a.iter().enumerate() {
        if x != 0 {
            len = i * 32 + 32 - x.leading_zeros() as usize;
        }
    }
    len as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bit-for-bit agreement with core's parser.
    fn check(text: &str) {
        let want = text.parse::<f64>().unwrap();
        let got = parse_decimal(text);
        assert_eq!(
            got.to_bits(),
            want.to_bits(),
            "{text:?}: got {got:e}, want {want:e}"
        );
    }

    /// The exact decimal expansion of m · 2^k, in full (no exponent), for m > 0.
    fn exact_decimal(m: u64, k: i32) -> String {
        // Little-endian base-10^9 limbs.
        let mut limbs: Vec<u64> = vec![m % 1_000_000_000, m / 1_000_000_000 % 1_000_000_000];
        limbs.push(m / 1_000_000_000_000_000_000);
        let mul = |limbs: &mut Vec<u64>, f: u64| {
            let mut carry = 0;
            for x in limbs.iter_mut() {
                let t = *x * f + carry;
                *x = t % 1_000_000_000;
                carry = t / 1_000_000_000;
            }
            while carry > 0 {
                limbs.push(carry % 1_000_000_000);
                carry /= 1_000_000_000;
            }
        };
        // m · 2^k = m · 5^-k / 10^-k for k < 0.
        for _ in 0..k.unsigned_abs() {
            mul(&mut limbs, if k < 0 { 5 } else { 2 });
        }
        let mut s = String::new();
        for x in limbs.iter().rev() {
            s.push_str(&format!("{x:09}"));
        }
        let s = s.trim_start_matches('0').to_string();
        if k >= 0 {
            return s;
        }
        let point = k.unsigned_abs() as usize;
        let padded = format!("{}{s}", "0".repeat((point + 1).saturating_sub(s.len())));
        let (int, frac) = padded.split_at(padded.len() - point);
        format!("{int}.{frac}")
    }

    /// x = m · 2^k, for a positive finite x.
    fn parts(x: f64) -> (u64, i32) {
        let bits = x.to_bits();
        let field = (bits >> 52) as i32;
        let frac = bits & ((1 << 52) - 1);
        if field == 0 {
            (frac, -1074)
        } else {
            (frac | 1 << 52, field - 1075)
        }
    }

    /// The midpoint between the positive finite `x` and the next `f64` up, in full decimal.
    fn midpoint(x: f64) -> String {
        let (m, k) = parts(x);
        exact_decimal(2 * m + 1, k - 1)
    }

    /// An integer's decimal digits minus one (for a positive integer).
    fn decrement(int: &str) -> String {
        let mut d = int.as_bytes().to_vec();
        for c in d.iter_mut().rev() {
            if *c == b'0' {
                *c = b'9';
            } else {
                *c -= 1;
                break;
            }
        }
        let s = String::from_utf8(d).unwrap();
        let s = s.trim_start_matches('0');
        if s.is_empty() {
            "0".into()
        } else {
            s.into()
        }
    }

    /// A value a hair below the exact decimal `mid` (a midpoint: a fraction ending in 5, or an
    /// integer).
    fn just_below(mid: &str) -> String {
        match mid.strip_suffix('5') {
            Some(stem) if mid.contains('.') => format!("{stem}4{}", "9".repeat(30)),
            _ => format!("{}.{}", decrement(mid), "9".repeat(30)),
        }
    }

    /// A value a hair above the exact decimal `mid`.
    fn just_above(mid: &str) -> String {
        if mid.contains('.') {
            format!("{mid}{}1", "0".repeat(900))
        } else {
            format!("{mid}.000000000000000000001")
        }
    }

    /// The midpoint itself, and the same a hair above and below.
    fn check_midpoint(x: f64) {
        let mid = midpoint(x);
        check(&mid);
        check(&just_above(&mid));
        check(&just_below(&mid));
        check(&format!("{mid}000000e0"));
    }

    #[test]
    fn fast_path_cases() {
        let cases = "0 00 0.0 24 5 12 12.5 0.1 0.2 0.3 1e21 1e22 1e23 123456789 1700000000 \
            9007199254740992 9007199254740993 9007199254740991 1.5e300 0.30000000000000004 3.14159 \
            100 1e-22 1e-23 12e30 12e37 9007199254740991e22 900719925474099e23 900719925474099e24 \
            1.0000000000000000000000000 1000000000000000000000000 10e-23 100e-24 1.00e-22";
        for s in cases.split_whitespace() {
            check(s);
        }
        let ws = [
            1u64,
            2,
            3,
            7,
            9,
            10,
            12,
            25,
            99,
            123,
            4_503_599_627_370_497,
            1 << 53,
        ];
        for w in ws {
            for e in -40..=50 {
                check(&format!("{w}e{e}"));
            }
        }
    }

    #[test]
    fn javascript_literal_forms() {
        for s in [
            ".5", "5.", "5.e3", ".5e-3", "0.", ".0", "00.00e5", "5.E+3", "1E-3", "0e0",
        ] {
            check(s);
        }
    }

    #[test]
    fn hard_cases() {
        let tiny = f64::from_bits(1); // 2^-1074
        let max_sub = f64::from_bits((1 << 52) - 1);
        let min_normal = f64::MIN_POSITIVE;
        for x in [
            tiny,
            max_sub,
            min_normal,
            f64::MAX,
            1.0,
            0.1,
            1e23,
            2f64.powi(53),
        ] {
            check(&format!("{x}"));
            check(&format!("{x:e}"));
            check(&format!("{x:.17e}"));
            let (m, k) = parts(x);
            check(&exact_decimal(m, k));
            check_midpoint(x);
        }
        // Half of 2^-1074 (ties to 0), and a hair either side.
        let half_tiny = exact_decimal(1, -1075);
        assert_eq!(parse_decimal(&half_tiny), 0.0);
        check(&half_tiny);
        check(&just_above(&half_tiny));
        check(&just_below(&half_tiny));
        // The midpoint between f64::MAX and 2^1024 (ties to the even one: infinity), and below.
        let max_mid = midpoint(f64::MAX);
        assert_eq!(parse_decimal(&max_mid), f64::INFINITY);
        assert_eq!(parse_decimal(&just_below(&max_mid)), f64::MAX);
        check(&just_above(&max_mid));
        for s in [
            "9007199254740993",
            "9007199254740993.0000000000000000000000000000001",
            "1e23",
            "8.988465674311580536566680e307",
            "8.98846567431158053656668e307",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
            "1e-400", "1e-324", "1e-323", "2e-324", "3e-324", "1e308", "1e309", "1e400", "2e308",
            "1.8e308", "1.7e308",
            "0e99999", "0.0e-99999", "1e99999", "1e-99999",
            "1e000000000000000000000000000001", "1e+999999999999999999999999999999",
            "1e-999999999999999999999999999999", "123456.789e-999999999999999999999999999999",
            // Once wrong: a multiplication by 5^13 that dropped its carry.
            ".20000000001e67",
            "6.540150433235269e24",
            "14561591330e28",
            "000123.4500e2", "000123.4500", "0000000000000000000000000000000000000.000000000000000001",
            "100000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-80",
        ] {
            check(s);
        }
        // Huge counts of leading or trailing zeros shift the exponent back into range.
        let zeros = "0".repeat(5000);
        check(&format!("0.{zeros}1e5001"));
        check(&format!("1{zeros}e-5000"));
        check(&format!("1{zeros}e-5300"));
        check(&format!("0.{zeros}123e4700"));
    }

    #[test]
    fn long_mantissas() {
        // 800+ digits: the sticky digit decides.
        let nines = "9".repeat(1000);
        check(&nines);
        check(&format!("0.{nines}"));
        check(&format!("{nines}e-1300"));
        check(&format!("{nines}e-1320"));
        check(&format!("{nines}e-1500"));
        check(&format!("{nines}e-700"));
        let long = "1234567890".repeat(100);
        for e in [
            -1400,
            -1330,
            -1000,
            -700,
            -400,
            -100,
            -10,
            0,
            10,
            -1000 + 308,
        ] {
            check(&format!("{long}e{e}"));
            check(&format!(".{long}e{e}"));
        }
        // A midpoint followed by a non-zero digit far past the 800th.
        let mid = midpoint(1.0);
        check(&format!("{mid}{}1", "0".repeat(2000)));
        let mid = midpoint(f64::from_bits(0x000f_ffff_ffff_fffe));
        assert!(mid.len() > 760, "{}", mid.len());
        check(&mid);
        check(&format!("{mid}{}1", "0".repeat(2000)));
        check(&format!(
            "{}4{}",
            mid.strip_suffix('5').unwrap(),
            "9".repeat(1000)
        ));
    }

    #[test]
    fn limbs_suffice_at_the_extremes() {
        // The largest numerator (801 digits) over the largest denominator still in range, and
        // each alone: wrong answers would show a truncated big integer.
        let big = "9".repeat(801);
        for e in [-1124, -1123, -1122, -1100, -801, -500, -492, -493, 0] {
            check(&format!("{big}e{e}"));
        }
        let one = format!("1{}", "0".repeat(799));
        for e in [-1123, -1122, -1100] {
            check(&format!("{one}1e{e}"));
        }
        check(&format!("1{}e308", "0".repeat(0)));
        check("9.99999999999999999999999999e308");
    }

    /// The decimal `mid`'s first `keep` significant digits as an integer t and the exponent of
    /// its last digit: `mid` is in [t, t + 1) · 10^e.
    fn leading_digits(mid: &str, keep: usize) -> (u128, i64) {
        let frac = mid.split_once('.').map_or(0, |(_, f)| f.len());
        let all = mid.replace('.', "");
        let all = all.trim_start_matches('0');
        let keep = keep.min(all.len());
        let e = (all.len() - keep) as i64 - frac as i64;
        (all[..keep].parse().unwrap(), e)
    }

    /// Short decimals (17 to 19 digits) just below and above the midpoint above x: the new path
    /// gets them, and only its error bound keeps it from rounding them the wrong way.
    fn check_near_midpoint(x: f64) {
        let mid = midpoint(x);
        for keep in [17, 18, 19] {
            let (t, e) = leading_digits(&mid, keep);
            check(&format!("{t}e{e}"));
            check(&format!("{}e{e}", t + 1));
        }
    }

    #[test]
    fn approximation_decides_most() {
        // Most short inputs never reach the exact path, at any exponent.
        for (w, q) in [
            (1, -300),
            (30_000_000_000_000_004, -17),
            (22_250_738_585_072_011, -324),
            (49, -325),
            (17_976_931_348_623_157, 292),
            (123_456_789_012_345_678, 0),
            (12_345, 100),
            (1_234_567_890_123_456_789, -219), // truncated: 800 digits e-1000
        ] {
            let x = approx(w, q, q == -219);
            assert!(x.is_some(), "{w}e{q}");
        }
        // A decision is always right, and undecided cases are rare (the window around each
        // midpoint is some dozens of units in 2^11).
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut undecided = 0;
        for i in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let w = seed >> (seed % 40);
            let q = (seed >> 40) as i64 % 651 - 342;
            let truncated = i % 2 == 1 && w >= 1_000_000_000_000_000_000;
            let Some(x) = approx(w, q, truncated) else {
                undecided += 1;
                continue;
            };
            let text = format!("{w}e{q}");
            let want: f64 = text.parse().unwrap();
            assert_eq!(x.to_bits(), want.to_bits(), "{text}");
            if truncated {
                // Everything in (w, w + 1) · 10^q rounds to x.
                let text = format!("{w}5e{}", q - 1);
                assert_eq!(
                    x.to_bits(),
                    text.parse::<f64>().unwrap().to_bits(),
                    "{text}"
                );
                let text = format!("{w}{}e{}", "9".repeat(30), q - 30);
                assert_eq!(
                    x.to_bits(),
                    text.parse::<f64>().unwrap().to_bits(),
                    "{text}"
                );
            }
        }
        assert!(undecided < 20_000 / 50, "{undecided}");
    }

    #[test]
    fn powers_of_ten_in_the_table() {
        // Each entry alone, its neighbours, and all of them at once.
        for i in 0..9 {
            for k in [1i64 << i, (1 << i) + 1, (1 << i) - 1] {
                for w in ["1", "9999999999999999999", "7"] {
                    check(&format!("{w}e{k}"));
                    check(&format!("{w}e-{k}"));
                }
            }
        }
        check("1e511");
        check("1e-511");
        check("1e512");
        check("1e-512");
        check("1234567890123456789e-511");
        check("1234567890123456789e-512");
    }

    #[test]
    fn near_midpoints_short() {
        for x in [
            1.0,
            0.1,
            1e23,
            2f64.powi(53),
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::from_bits(1),
            f64::from_bits((1 << 52) - 1),
            5e-324,
            3e-310,
        ] {
            check_near_midpoint(x);
        }
        // Midpoints that are short decimals themselves: exact ties, decided only by the exact
        // path, and their neighbours.
        for s in [
            "4503599627370496.5",
            "4503599627370497.5",
            "9007199254740993",
            "9007199254740995",
            "18014398509481986",
            "18014398509481990",
            "9223372036854775808",
            "9223372036854777856",
            "9223372036854779904",
            "2251799813685248.25",
            "2251799813685248.75",
            "1125899906842624.125",
            "90071992547409930e-1",
            "900719925474099300e-2",
            "4503599627370496.5e10",
            "4503599627370496.5e-10",
        ] {
            check(s);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        fn finite() -> impl Strategy<Value = f64> {
            any::<u64>()
                .prop_map(|b| f64::from_bits(b & !(1 << 63)))
                .prop_filter("finite", |x| x.is_finite())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]

            #[test]
            fn printed_floats(x in finite(), extra in 0u32..20, cut in 0usize..6) {
                for s in [format!("{x}"), format!("{x:e}"), format!("{x:.17e}"), format!("{x:.25e}")] {
                    check(&s);
                    let (m, e) = s.split_once('e').map_or((s.as_str(), None), |(m, e)| (m, Some(e)));
                    let with = |m: &str| e.map_or(m.to_string(), |e| format!("{m}e{e}"));
                    check(&with(&format!("{m}{extra}")));
                    if m.contains('.') {
                        check(&with(&format!("{m}{}", "0".repeat(extra as usize))));
                    }
                    let kept = m.len().saturating_sub(cut);
                    let cut_m = &m[..kept];
                    if cut_m.bytes().any(|c| c.is_ascii_digit()) {
                        check(&with(cut_m));
                    }
                }
            }

            #[test]
            fn midpoints(x in finite()) {
                if x > 0.0 {
                    check_midpoint(x);
                }
            }

            #[test]
            fn digit_strings(
                digits in "[0-9]{1,40}",
                point in 0usize..45,
                exp in -400i32..400,
                zeros in 0usize..30,
                marker in 0usize..3,
            ) {
                let lead = "0".repeat(zeros);
                let mut m = format!("{lead}{digits}");
                if point <= m.len() {
                    m.insert(point, '.');
                }
                let e = ["e", "E", "e+"][marker];
                check(&m);
                if exp < 0 {
                    check(&format!("{m}e{exp}"));
                } else {
                    check(&format!("{m}{e}{exp}"));
                }
            }

            #[test]
            fn long_digit_strings(digits in "[1-9][0-9]{700,900}", exp in -1200i32..-300, tail in "[0-9]{0,30}") {
                check(&format!("{digits}{tail}e{exp}"));
                check(&format!("0.{digits}{tail}e{}", exp + 300));
            }

            #[test]
            fn short_exact_values(w in 0u64..(1 << 54), exp in -30i32..40) {
                check(&format!("{w}e{exp}"));
                check(&format!("{w}.{}", exp.unsigned_abs()));
            }

            #[test]
            fn u64_mantissas(w in any::<u64>(), exp in -350i32..=310, shift in 0u32..64) {
                check(&format!("{w}e{exp}"));
                check(&format!("{}e{exp}", w >> shift));
                check(&format!("0.{w}e{exp}"));
            }

            #[test]
            fn short_midpoints(m in (1u64 << 52)..(1 << 53), k in -3i32..=10) {
                // (2m + 1) · 2^(k - 1): 17 to 20 digits.
                let x = m as f64 * 2f64.powi(k);
                check_midpoint(x);
                check_near_midpoint(x);
            }

            #[test]
            fn near_midpoints(x in finite()) {
                if x > 0.0 {
                    check_near_midpoint(x);
                }
            }
        }
    }
}
