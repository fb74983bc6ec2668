//! The Vietnamese lunisolar calendar (âm lịch, UTC+7).

use motcua::lunar;

use crate::date::{motcua_date, motcua_lunar_date};
use crate::panic::boundary;
use crate::status::{from_core, motcua_status};
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
