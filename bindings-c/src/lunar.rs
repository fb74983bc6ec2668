//! The Vietnamese lunisolar calendar (âm lịch, UTC+7).

use motcua::lunar;

use std::ffi::c_char;

use crate::date::{flag, motcua_date, motcua_lunar_date, motcua_lunar_info};
use crate::panic::boundary;
use crate::status::{from_core, motcua_status};
use crate::string::string_out;
use crate::{check_null, put};

/// Converts a Gregorian date to the Vietnamese lunar date.
///
/// Example: 2026-02-17 → lunar 2026-01-01 (Tết Bính Ngọ), leap 0.
///
/// @param date  the solar date.
/// @param out   receives the lunar date on success.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_INVALID_ARGUMENT` for an impossible date
///         (2026-02-30); `MOTCUA_STATUS_LUNAR_OUT_OF_RANGE` (1001) outside 1900–2199;
///         `MOTCUA_STATUS_NULL_POINTER` when `out` is NULL.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_lunar_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_solar_to_lunar(
    date: motcua_date,
    out: *mut motcua_lunar_date,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let d = date.to_naive()?;
        let l = lunar::solar_to_lunar(d).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_lunar_date::from_core(l)) };
        Ok(())
    })
}

/// Converts a Gregorian date to the lunar date with its month's length, the year's leap month
/// and whether the computation can vouch for the day's month.
///
/// Example: 2025-08-22 → lunar 2025-06-29 leap 1, month_length 29, leap_month_of_year 6,
/// uncertain 0.
///
/// @param date  the solar date.
/// @param out   receives the information on success.
/// @return as `motcua_solar_to_lunar`.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_lunar_info`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_solar_to_lunar_info(
    date: motcua_date,
    out: *mut motcua_lunar_info,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let d = date.to_naive()?;
        let i = lunar::lunar_info(d).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_lunar_info::from_core(i)) };
        Ok(())
    })
}

/// Converts a Vietnamese lunar date to the Gregorian date.
///
/// Example: lunar 2023-02-01 leap 1 (2023 has a leap 2nd month) → 2023-03-22.
///
/// @param date  the lunar date; `leap` must be 0 or 1.
/// @param out   receives the solar date on success.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_LUNAR_NONEXISTENT_DATE` (1002) for a date that
///         does not exist (day 30 of a short month, a leap month the year lacks, month 13);
///         `MOTCUA_STATUS_LUNAR_OUT_OF_RANGE` (1001); `MOTCUA_STATUS_INVALID_ARGUMENT` when
///         `leap` is not 0 or 1; `MOTCUA_STATUS_NULL_POINTER` when `out` is NULL.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_to_solar(
    date: motcua_lunar_date,
    out: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let l = date.to_core()?;
        let d = lunar::lunar_to_solar(l).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(d)) };
        Ok(())
    })
}

/// The solar date of Tết (mùng 1 tháng Giêng, lunar new year's day) of a lunar year.
///
/// Example: 2026 → 2026-02-17.
///
/// @param lunar_year  the lunar year.
/// @param out         receives the date on success.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_LUNAR_OUT_OF_RANGE` (1001);
///         `MOTCUA_STATUS_NULL_POINTER` when `out` is NULL.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_tet(lunar_year: i32, out: *mut motcua_date) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let d = lunar::tet(lunar_year).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(d)) };
        Ok(())
    })
}

/// The solar date of the Hùng Kings' Commemoration (Giỗ Tổ Hùng Vương, 10th day of the 3rd
/// lunar month) of a lunar year.
///
/// Example: 2026 → 2026-04-26.
///
/// @param lunar_year  the lunar year.
/// @param out         receives the date on success.
/// @return `MOTCUA_STATUS_OK`; `MOTCUA_STATUS_LUNAR_OUT_OF_RANGE` (1001);
///         `MOTCUA_STATUS_NULL_POINTER` when `out` is NULL.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_hung_kings_day(
    lunar_year: i32,
    out: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let d = lunar::hung_kings_day(lunar_year).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(d)) };
        Ok(())
    })
}

/// Tết eve (giao thừa): the last day of the lunar year before `lunar_year`'s Tết.
///
/// Example: 2026 → 2026-02-16 (29 Chạp).
///
/// @param lunar_year  the lunar year whose Tết follows.
/// @param out         receives the date on success.
/// @return `MOTCUA_STATUS_OK`; 1001; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `motcua_date`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_tet_eve(
    lunar_year: i32,
    out: *mut motcua_date,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let d = lunar::tet_eve(lunar_year).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, motcua_date::from_naive(d)) };
        Ok(())
    })
}

/// The leap month of a lunar year, or 0 when the year has twelve months.
///
/// Examples: 2025 → 6; 2026 → 0; 2023 → 2.
///
/// @param lunar_year  the lunar year.
/// @param out         receives the leap month (1–12) or 0.
/// @return `MOTCUA_STATUS_OK`; 1001; `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `uint8_t`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_leap_month(lunar_year: i32, out: *mut u8) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let m = lunar::leap_month(lunar_year).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, m.unwrap_or(0)) };
        Ok(())
    })
}

/// The length (29 or 30 days) of a lunar month.
///
/// Example: month 12 of 2025 → 29.
///
/// @param lunar_year  the lunar year.
/// @param month       the month, 1–12.
/// @param leap        1 for the leap month, else 0.
/// @param out         receives 29 or 30.
/// @return `MOTCUA_STATUS_OK`; 1002 no such month (e.g. a leap month the year lacks); 1001;
///         `MOTCUA_STATUS_INVALID_ARGUMENT` when `leap` is not 0 or 1;
///         `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `uint8_t`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_month_length(
    lunar_year: i32,
    month: u8,
    leap: u8,
    out: *mut u8,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let leap = flag(leap)?;
        let n = lunar::month_length(lunar_year, month, leap).map_err(|e| from_core(&e))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, n) };
        Ok(())
    })
}

/// The Vietnamese sexagenary (can chi) name of a lunar year, e.g. "Bính Ngọ" for 2026.
///
/// @param lunar_year  any year.
/// @param out         receives a NUL-terminated UTF-8 string; free it with
///                    `motcua_string_free`.
/// @return `MOTCUA_STATUS_OK` or `MOTCUA_STATUS_NULL_POINTER`.
///
/// # Safety
/// `out` must be NULL or point to a writable `char *`. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn motcua_lunar_year_name(
    lunar_year: i32,
    out: *mut *mut c_char,
) -> motcua_status {
    boundary(|| {
        check_null!(out);
        let s = string_out(lunar::year_name(lunar_year))?;
        // SAFETY: non-null; writable by contract.
        unsafe { put(out, s) };
        Ok(())
    })
}
