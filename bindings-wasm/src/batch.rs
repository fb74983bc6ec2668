//! Batch lunar conversion on typed arrays: `solarToLunarBatch` and `lunarToSolarBatch`.
//!
//! One call converts a whole `Int32Array`: the array is copied into wasm memory once,
//! converted in place with the core's table ([`motcua::lunar::solar_to_lunar`],
//! [`motcua::lunar::lunar_to_solar`]: no astronomy, no allocation per date) and copied out
//! once into a new `Int32Array` of the same length. Dates are packed decimal integers, so a
//! batch can be built and read without strings or objects:
//!
//! * solar date: `yyyymmdd`, e.g. `20260217` for 2026-02-17;
//! * lunar date: `yyyyLmmdd` = `year * 100000 + leap * 10000 + month * 100 + day`, where
//!   `leap` is `1` for a leap month (tháng nhuận) and `0` otherwise, e.g. `202600101` for
//!   mùng 1 tháng Giêng 2026 (Tết) and `202310201` for day 1 of the leap 2nd month of 2023.
//!
//! An entry that cannot be converted (not a real date, outside 1900-01-01..=2199-12-31, a
//! nonexistent lunar date such as a leap month the year does not have, a malformed packed
//! value, zero or a negative number) gives [`INVALID`] (`0`) at its index; the other entries
//! are converted as usual. No valid result is ever `0`, so `out.indexOf(0)` finds the first
//! bad entry. Only the argument itself can make the call throw: 9001 when it is
//! `undefined`/`null`, 9005 when it is not an `Int32Array` or when wasm memory for its copy
//! cannot be had.
//!
//! ```js
//! solarToLunarBatch(Int32Array.of(20260217, 20230322, 18991231));
//! // Int32Array [202600101, 202310201, 0]
//! lunarToSolarBatch(Int32Array.of(202600101, 202610301, 202512300));
//! // Int32Array [20260217, 0, 0] (2026 has no leap 3rd month; month 12 of 2025 has 29 days)
//! ```

use chrono::{Datelike, NaiveDate};
use js_sys::Int32Array;
use motcua::lunar::{self, LunarDate, MAX_DATE, MIN_DATE};
use wasm_bindgen::{JsCast, prelude::*};

use crate::error::{Failure, JsResult};

/// The value of an entry that could not be converted.
pub const INVALID: i32 = 0;

/// A packed `yyyymmdd` solar date, if it names a real date.
fn unpack_solar(v: i32) -> Option<NaiveDate> {
    if v <= 0 {
        return None;
    }
    let (year, month, day) = (v / 10_000, (v / 100) % 100, v % 100);
    // month and day are in 0..100: the casts cannot wrap.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// A date packed as `yyyymmdd` (years 1900–2199 fit an `i32` with room to spare).
fn pack_solar(d: NaiveDate) -> i32 {
    d.year() * 10_000 + d.month() as i32 * 100 + d.day() as i32
}

/// A packed `yyyyLmmdd` lunar date, if its fields are well formed (the core decides whether
/// the date exists).
fn unpack_lunar(v: i32) -> Option<LunarDate> {
    if v <= 0 {
        return None;
    }
    let leap = match (v / 10_000) % 10 {
        0 => false,
        1 => true,
        _ => return None,
    };
    // month and day are in 0..100: the casts cannot wrap.
    Some(LunarDate {
        year: v / 100_000,
        month: ((v / 100) % 100) as u8,
        day: (v % 100) as u8,
        leap,
    })
}

/// A lunar date packed as `yyyyLmmdd`.
fn pack_lunar(l: LunarDate) -> i32 {
    l.year * 100_000 + i32::from(l.leap) * 10_000 + i32::from(l.month) * 100 + i32::from(l.day)
}

/// One solar date to one lunar date, or [`INVALID`].
pub(crate) fn solar_to_lunar_packed(v: i32) -> i32 {
    match unpack_solar(v) {
        // Range checked here, so the core's error (which formats a message) is never built
        // on the hot path.
        Some(d) if (MIN_DATE..=MAX_DATE).contains(&d) => {
            lunar::solar_to_lunar(d).map_or(INVALID, pack_lunar)
        }
        _ => INVALID,
    }
}

/// One lunar date to one solar date, or [`INVALID`].
pub(crate) fn lunar_to_solar_packed(v: i32) -> i32 {
    unpack_lunar(v)
        .and_then(|l| lunar::lunar_to_solar(l).ok())
        .map_or(INVALID, pack_solar)
}

/// The `Int32Array` argument copied into wasm memory (one copy).
fn read_batch(v: &JsValue, what: &str) -> Result<Vec<i32>, Failure> {
    if v.is_undefined() || v.is_null() {
        return Err(Failure::missing(what));
    }
    let Some(arr) = v.dyn_ref::<Int32Array>() else {
        return Err(Failure::invalid(
            format!("{what} phải là một Int32Array"),
            format!("{what} must be an Int32Array"),
        ));
    };
    let n = arr.length() as usize;
    let mut buf = Vec::new();
    // A failed allocation is an error, not an abort that would leave the module unusable.
    buf.try_reserve_exact(n).map_err(|_| {
        Failure::invalid(
            format!("{what}: không đủ bộ nhớ cho {n} phần tử"),
            format!("{what}: not enough memory for {n} entries"),
        )
    })?;
    buf.resize(n, 0);
    arr.copy_to(&mut buf);
    Ok(buf)
}

/// Converts every entry in place and copies the result out (one copy).
fn convert(v: &JsValue, what: &str, f: fn(i32) -> i32) -> Result<Int32Array, Failure> {
    let mut buf = read_batch(v, what)?;
    for x in &mut buf {
        *x = f(*x);
    }
    let out = Int32Array::new_with_length(buf.len() as u32);
    out.copy_from(&buf);
    Ok(out)
}

/// `solarToLunarBatch(Int32Array.of(20260217))` → `Int32Array [202600101]`: packed solar
/// dates `yyyymmdd` to packed lunar dates `yyyyLmmdd`, `0` for an entry that cannot be
/// converted. Errors: 9001 missing, 9005 not an `Int32Array`.
#[wasm_bindgen(js_name = solarToLunarBatch, skip_typescript)]
pub fn solar_to_lunar_batch(dates: JsValue) -> JsResult<Int32Array> {
    Ok(convert(&dates, "dates", solar_to_lunar_packed)?)
}

/// `lunarToSolarBatch(Int32Array.of(202600101))` → `Int32Array [20260217]`: packed lunar
/// dates `yyyyLmmdd` to packed solar dates `yyyymmdd`, `0` for an entry that cannot be
/// converted. Errors: 9001 missing, 9005 not an `Int32Array`.
#[wasm_bindgen(js_name = lunarToSolarBatch, skip_typescript)]
pub fn lunar_to_solar_batch(dates: JsValue) -> JsResult<Int32Array> {
    Ok(convert(&dates, "dates", lunar_to_solar_packed)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_solar_to_lunar() {
        assert_eq!(solar_to_lunar_packed(20260217), 202600101); // Tết Bính Ngọ
        assert_eq!(solar_to_lunar_packed(20260216), 202501229); // 29 Chạp Ất Tỵ
        assert_eq!(solar_to_lunar_packed(20230322), 202310201); // leap month 2
        assert_eq!(solar_to_lunar_packed(19850121), 198500101); // Tết 1985 (UTC+7)
        assert_eq!(solar_to_lunar_packed(19000101), 189901201);
        assert_eq!(solar_to_lunar_packed(21991231) / 100_000, 2199);
        for bad in [
            0,
            -1,
            18991231,
            22000101,
            20230229,
            20231301,
            20230100,
            20230132,
            123,
            i32::MAX,
            i32::MIN,
        ] {
            assert_eq!(solar_to_lunar_packed(bad), INVALID, "{bad}");
        }
    }

    #[test]
    fn packed_lunar_to_solar() {
        assert_eq!(lunar_to_solar_packed(202600101), 20260217);
        assert_eq!(lunar_to_solar_packed(202310201), 20230322);
        assert_eq!(lunar_to_solar_packed(202600310), 20260426); // Giỗ Tổ Hùng Vương
        for bad in [
            0,
            -202600101,
            202610301,
            202501230,
            202601301,
            202600001,
            202600100,
            202620101,
            220000101,
            i32::MAX,
        ] {
            assert_eq!(lunar_to_solar_packed(bad), INVALID, "{bad}");
        }
    }

    #[test]
    fn round_trip_over_the_whole_range() {
        let mut d = MIN_DATE;
        while d <= MAX_DATE {
            let s = pack_solar(d);
            let l = solar_to_lunar_packed(s);
            assert_eq!(l, pack_lunar(lunar::solar_to_lunar(d).unwrap()), "{d}");
            assert_eq!(lunar_to_solar_packed(l), s, "{d}");
            d = d.succ_opt().unwrap();
        }
    }
}
