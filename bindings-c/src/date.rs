//! Dates across the boundary: plain `#[repr(C)]` structs, validated on the way in.

use chrono::{Datelike, NaiveDate};
use motcua::lunar::{LunarDate, LunarInfo};

use crate::status::{MOTCUA_STATUS_INVALID_ARGUMENT, motcua_status};

/// A Gregorian (solar) calendar date.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct motcua_date {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// A date of the Vietnamese lunisolar calendar (âm lịch).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct motcua_lunar_date {
    /// Lunar year: the solar year in which its month 1 begins.
    pub year: i32,
    /// Lunar month, 1–12.
    pub month: u8,
    /// Day of the lunar month, 1–30.
    pub day: u8,
    /// 1 in the intercalary (leap, "nhuận") month, else 0. Other values are invalid.
    pub leap: u8,
}

/// A lunar date with what else the lunar table knows about its day.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct motcua_lunar_info {
    /// The lunar date.
    pub date: motcua_lunar_date,
    /// Length of its month: 29 (tháng thiếu) or 30 (tháng đủ).
    pub month_length: u8,
    /// The leap month of its lunar year (1–12), or 0 when the year has none.
    pub leap_month_of_year: u8,
    /// 1 when the computation cannot vouch for this day's month (a new moon or principal term
    /// within minutes of local midnight decides it), else 0.
    pub uncertain: u8,
}

impl motcua_date {
    /// The date, or `MOTCUA_STATUS_INVALID_ARGUMENT` for an impossible one (2026-02-30).
    pub(crate) fn to_naive(self) -> Result<NaiveDate, motcua_status> {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.month), u32::from(self.day))
            .ok_or(MOTCUA_STATUS_INVALID_ARGUMENT)
    }

    /// From a chrono date. Months and days always fit in `u8`.
    pub(crate) fn from_naive(d: NaiveDate) -> motcua_date {
        motcua_date {
            year: d.year(),
            month: u8::try_from(d.month()).unwrap_or(0),
            day: u8::try_from(d.day()).unwrap_or(0),
        }
    }
}

impl motcua_lunar_date {
    /// The core value; `leap` must be 0 or 1. Month and day ranges are the core's to check.
    pub(crate) fn to_core(self) -> Result<LunarDate, motcua_status> {
        Ok(LunarDate {
            year: self.year,
            month: self.month,
            day: self.day,
            leap: flag(self.leap)?,
        })
    }

    /// From the core value.
    pub(crate) fn from_core(d: LunarDate) -> motcua_lunar_date {
        motcua_lunar_date {
            year: d.year,
            month: d.month,
            day: d.day,
            leap: u8::from(d.leap),
        }
    }
}

impl motcua_lunar_info {
    /// From the core value.
    pub(crate) fn from_core(i: LunarInfo) -> motcua_lunar_info {
        motcua_lunar_info {
            date: motcua_lunar_date::from_core(i.date),
            month_length: i.month_length,
            leap_month_of_year: i.leap_month_of_year.unwrap_or(0),
            uncertain: u8::from(i.uncertain),
        }
    }
}

/// A C flag (0 or 1) as a bool; other values are invalid.
pub(crate) fn flag(v: u8) -> Result<bool, motcua_status> {
    match v {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(MOTCUA_STATUS_INVALID_ARGUMENT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_invalid_arguments() {
        let bad = motcua_date {
            year: 2026,
            month: 2,
            day: 30,
        };
        assert_eq!(bad.to_naive(), Err(MOTCUA_STATUS_INVALID_ARGUMENT));
        let good = motcua_date {
            year: 2026,
            month: 2,
            day: 17,
        };
        assert_eq!(motcua_date::from_naive(good.to_naive().unwrap()), good);
        let l = motcua_lunar_date {
            year: 2023,
            month: 2,
            day: 1,
            leap: 2,
        };
        assert_eq!(l.to_core(), Err(MOTCUA_STATUS_INVALID_ARGUMENT));
        let l = motcua_lunar_date { leap: 1, ..l };
        assert_eq!(motcua_lunar_date::from_core(l.to_core().unwrap()), l);
    }
}
