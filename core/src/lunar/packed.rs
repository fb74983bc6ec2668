//! The packed representation of one lunar year in the generated table (`table.rs`).
//!
//! One `u32` per lunar year `Y` (the year whose month 1 begins in solar year `Y`):
//!
//! | bits    | meaning                                                                  |
//! |---------|--------------------------------------------------------------------------|
//! | 0..13   | bit `i` set: the `i`-th month of the year (0-based, leap month included   |
//! |         | in sequence) has 30 days, otherwise 29. Bit 12 is used only in leap years |
//! | 13..17  | the leap month number 1..=12, or 0 when the year has no leap month       |
//! | 17..23  | the 0-based ordinal, in solar year `Y`, of the day of month 1 (Tết)      |
//! | 23      | some day of this lunar year is flagged uncertain (see `UNCERTAIN_*`)      |
//! | 24..32  | zero                                                                     |
//!
//! The writer is [`pack`] (called by `astro::build_table`), the reader is [`Year`].

/// Bit mask of the month-length bits.
const LENGTH_MASK: u32 = 0x1FFF;
/// Shift of the leap month number.
const LEAP_SHIFT: u32 = 13;
/// Shift of the ordinal of Tết.
const TET_SHIFT: u32 = 17;
/// Bit of the "uncertain somewhere in this year" flag.
const UNCERTAIN_BIT: u32 = 1 << 23;

/// Packs one lunar year. Returns `None` when a field does not fit.
pub(crate) fn pack(
    long_months: u32,
    leap_month: u8,
    tet_ordinal0: u32,
    uncertain: bool,
) -> Option<u32> {
    if long_months & !LENGTH_MASK != 0 || leap_month > 12 || tet_ordinal0 >= 64 {
        return None;
    }
    let mut word =
        long_months | (u32::from(leap_month) << LEAP_SHIFT) | (tet_ordinal0 << TET_SHIFT);
    if uncertain {
        word |= UNCERTAIN_BIT;
    }
    Some(word)
}

/// A view of one packed lunar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Year(pub(crate) u32);

impl Year {
    /// Leap month number, 0 when none.
    #[inline]
    pub(crate) fn leap(self) -> u8 {
        // Four bits: the cast cannot truncate.
        ((self.0 >> LEAP_SHIFT) & 0xF) as u8
    }

    /// Number of months: 12, or 13 with a leap month.
    #[inline]
    pub(crate) fn month_count(self) -> u32 {
        if self.leap() == 0 { 12 } else { 13 }
    }

    /// 0-based ordinal of Tết in the solar year of the same number.
    #[inline]
    pub(crate) fn tet_ordinal0(self) -> u32 {
        (self.0 >> TET_SHIFT) & 0x3F
    }

    /// True when some day of the year is flagged uncertain.
    #[inline]
    pub(crate) fn has_uncertain(self) -> bool {
        self.0 & UNCERTAIN_BIT != 0
    }

    /// Length (29 or 30) of the month at 0-based position `i`.
    #[inline]
    pub(crate) fn length(self, i: u32) -> u8 {
        if i < 13 && (self.0 >> i) & 1 == 1 {
            30
        } else {
            29
        }
    }

    /// Days from Tết to the first day of the month at 0-based position `i` (`i <= 13`).
    #[inline]
    pub(crate) fn days_before(self, i: u32) -> u32 {
        let mask = (1u32 << i.min(13)) - 1;
        29 * i + (self.0 & LENGTH_MASK & mask).count_ones()
    }

    /// Number of days in the year.
    #[cfg(test)]
    pub(crate) fn total_days(self) -> u32 {
        self.days_before(self.month_count())
    }

    /// `(month, leap)` of the month at 0-based position `i`.
    #[inline]
    pub(crate) fn label(self, i: u32) -> (u8, bool) {
        let leap = u32::from(self.leap());
        // `i` is at most 12 here, so the casts cannot truncate.
        if leap == 0 || i < leap {
            ((i + 1) as u8, false)
        } else if i == leap {
            (leap as u8, true)
        } else {
            (i as u8, false)
        }
    }

    /// 0-based position of `(month, leap)`, or `None` when the year has no such month.
    #[inline]
    pub(crate) fn position(self, month: u8, leap: bool) -> Option<u32> {
        if !(1..=12).contains(&month) {
            return None;
        }
        let l = self.leap();
        if leap {
            (l == month).then_some(u32::from(month))
        } else if l != 0 && month > l {
            Some(u32::from(month))
        } else {
            Some(u32::from(month) - 1)
        }
    }

    /// 0-based position of the month containing the day `offset` days after Tết, and the
    /// day's offset within that month. `None` when `offset` is past the end of the year.
    #[inline]
    pub(crate) fn locate(self, offset: u32) -> Option<(u32, u32)> {
        // Months have 29 or 30 days, so the position is offset/30 or a little more.
        let mut i = offset / 30;
        let count = self.month_count();
        while i < count {
            let start = self.days_before(i);
            let end = start + u32::from(self.length(i));
            if offset < end {
                return (offset >= start).then_some((i, offset - start));
            }
            i += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_fields() {
        let w = pack(0b1_0101_0101_0101, 4, 40, true).unwrap();
        let y = Year(w);
        assert_eq!(y.leap(), 4);
        assert_eq!(y.month_count(), 13);
        assert_eq!(y.tet_ordinal0(), 40);
        assert!(y.has_uncertain());
        assert_eq!(y.length(0), 30);
        assert_eq!(y.length(1), 29);
        assert_eq!(y.days_before(2), 59);
        assert_eq!(y.total_days(), 13 * 29 + 7);
        assert_eq!(y.label(3), (4, false));
        assert_eq!(y.label(4), (4, true));
        assert_eq!(y.label(5), (5, false));
        assert_eq!(y.position(4, true), Some(4));
        assert_eq!(y.position(5, false), Some(5));
        assert_eq!(y.position(3, true), None);
        assert_eq!(y.locate(0), Some((0, 0)));
        assert_eq!(y.locate(30), Some((1, 0)));
        assert_eq!(y.locate(y.total_days() - 1), Some((12, 29)));
        assert_eq!(y.locate(y.total_days()), None);
        assert!(pack(0, 13, 0, false).is_none());
        assert!(pack(0, 0, 64, false).is_none());
        assert!(pack(1 << 13, 0, 0, false).is_none());
    }
}
