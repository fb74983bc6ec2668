//! Dates across the boundary: plain `#[repr(C)]` structs, validated on the way in.

use chrono::{Datelike, NaiveDate};
use motcua::lunar::LunarDate;

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
        let leap = match self.leap {
            0 => false,
            1 => true,
            _ => return Err(MOTCUA_STATUS_INVALID_ARGUMENT),
        };
        Ok(LunarDate {
            year: self.year,
            month: self.month,
            day: self.day,
            leap,
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
