//! The astronomy behind the Vietnamese lunisolar calendar, and the calendar rules applied to it.
//!
//! This module is what the generated table (`table.rs`, written by the `motcua-lunar-table`
//! tool) is computed from. The fast functions of [`crate::lunar`] never call it; it is public
//! so that the table can be regenerated and checked, and so that callers can see the
//! instants behind a date.
//!
//! # Astronomy (Meeus, *Astronomical Algorithms*, 2nd ed.)
//! - **True new moon** ([`true_new_moon`]): chapter 49, the mean phase plus the 25 periodic
//!   terms for the new moon and the 14 additional (planetary) corrections. Meeus quotes a
//!   mean error of a few seconds against ELP-2000/82 for 1980–2020; over 1900–2200 the
//!   truncation error stays well under a minute.
//! - **Apparent longitude of the Sun** ([`sun_apparent_longitude`]): chapter 25 "higher
//!   accuracy": the Earth's heliocentric longitude from the truncated VSOP87 series of
//!   chapter 32 / appendix III (Sun = Earth + 180°), the FK5 correction (−0.09033″), nutation
//!   in longitude (chapter 22, the four-term abridged series, about 0.5″) and aberration
//!   (−20.4898″ / R). The result is good to about 1″, i.e. about 25 s of time.
//! - **ΔT = TT − UT** ([`delta_t`]): the Espenak–Meeus polynomials (NASA *Five Millennium
//!   Canon of Solar Eclipses*, 2006) for 1800–2150 and their long-term parabola
//!   `−20 + 32·u²`, `u = (year − 1820)/100`, elsewhere. Past values are measured; future
//!   values are an extrapolation whose error grows to several minutes by 2200.
//!
//! # Calendar rules (Vietnam, UTC+7)
//! Every instant is turned into a civil day of the UTC+7 zone ([`Instant::local_day`]).
//! 1. A lunar month starts on the UTC+7 day containing the new moon.
//! 2. Month 11 is the month containing the (UTC+7 day of the) winter solstice, the Sun's
//!    apparent longitude 270°.
//! 3. Between two consecutive month-11 starts there are 12 or 13 months. With 13, the leap
//!    month is the first month that contains no principal term (zhōngqì: the Sun's
//!    longitude a multiple of 30°, counted on the UTC+7 day it falls on); it takes the
//!    number of the month before it.
//! 4. The lunar year number is the solar year in which its month 1 begins.
//!
//! The whole range is computed for UTC+7, including the years before North Vietnam's 1967
//! switch from UTC+8: historical almanacs of those years can differ (see [`crate::lunar`]).
//!
//! # Uncertainty
//! A month start whose new moon falls within [`UNCERTAINTY_MINUTES`] of local midnight could
//! move by one day under a better ephemeris or the real ΔT; so could a leap-month or
//! month-11 decision that hinges on a principal term that close to midnight.
//! [`build_table`] records both, and [`crate::lunar::lunar_info`] reports them.

use chrono::{Datelike, NaiveDate};

use crate::lunar::{LunarDate, LunarError, NonexistentReason, packed};

/// The civil time zone of the calendar, hours east of Greenwich (Vietnam: UTC+7).
pub const UTC_OFFSET_HOURS: f64 = 7.0;

/// An event (new moon or principal term) within this many minutes of local midnight makes
/// the day it decides uncertain.
///
/// Ten minutes covers the truncation error of the series used here (well under a minute
/// for new moons, about half a minute for solar terms over 1900–2200) and the uncertainty
/// of ΔT, which is seconds for the past but grows to several minutes by 2200 because
/// the Earth's future rotation can only be extrapolated.
pub const UNCERTAINTY_MINUTES: f64 = 10.0;

/// First solar year the astronomical model accepts.
pub const MODEL_FIRST_YEAR: i32 = 1800;
/// Last solar year the astronomical model accepts.
pub const MODEL_LAST_YEAR: i32 = 2400;

/// Mean synodic month, days (Meeus 49.1).
pub const SYNODIC_MONTH: f64 = 29.530588861;

/// Julian day of J2000.0 (2000-01-01 12:00 TT).
const J2000: f64 = 2451545.0;
/// Julian day number minus chrono's `num_days_from_ce` (0001-01-01 is day 1).
const JDN_MINUS_CE_DAYS: i64 = 1721425;

// ---------------------------------------------------------------------------------------
// Time scales
// ---------------------------------------------------------------------------------------

/// ΔT = TT − UT in seconds for a decimal year, after Espenak and Meeus (2006).
///
/// Polynomials for 1800–2150 and the parabola `−20 + 32·u²` (`u = (year − 1820)/100`)
/// outside. The 2005–2050 polynomial is an extrapolation made in 2006: it overestimates
/// the measured ΔT of the 2020s by a few seconds, which is irrelevant at the one-minute
/// scale this module cares about.
///
/// ```
/// use motcua::lunar::astro::delta_t;
/// assert!((delta_t(2000.0) - 63.86).abs() < 0.01);
/// assert!((delta_t(1900.0) - -2.79).abs() < 0.01);
/// ```
pub fn delta_t(year: f64) -> f64 {
    let y = year;
    let parabola = |y: f64| {
        let u = (y - 1820.0) / 100.0;
        -20.0 + 32.0 * u * u
    };
    if !(1800.0..2150.0).contains(&y) {
        return parabola(y);
    }
    if y < 1860.0 {
        let t = y - 1800.0;
        return 13.72 - 0.332447 * t + 0.0068612 * t.powi(2) + 0.0041116 * t.powi(3)
            - 0.00037436 * t.powi(4)
            + 0.0000121272 * t.powi(5)
            - 0.0000001699 * t.powi(6)
            + 0.000000000875 * t.powi(7);
    }
    if y < 1900.0 {
        let t = y - 1860.0;
        return 7.62 + 0.5737 * t - 0.251754 * t.powi(2) + 0.01680668 * t.powi(3)
            - 0.0004473624 * t.powi(4)
            + t.powi(5) / 233174.0;
    }
    if y < 1920.0 {
        let t = y - 1900.0;
        return -2.79 + 1.494119 * t - 0.0598939 * t.powi(2) + 0.0061966 * t.powi(3)
            - 0.000197 * t.powi(4);
    }
    if y < 1941.0 {
        let t = y - 1920.0;
        return 21.20 + 0.84493 * t - 0.076100 * t.powi(2) + 0.0020936 * t.powi(3);
    }
    if y < 1961.0 {
        let t = y - 1950.0;
        return 29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0;
    }
    if y < 1986.0 {
        let t = y - 1975.0;
        return 45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0;
    }
    if y < 2005.0 {
        let t = y - 2000.0;
        return 63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5);
    }
    if y < 2050.0 {
        let t = y - 2000.0;
        return 62.92 + 0.32217 * t + 0.005589 * t.powi(2);
    }
    parabola(y) - 0.5628 * (2150.0 - y)
}

/// The decimal year of a Julian day (good to a day, which is all [`delta_t`] needs).
///
/// ```
/// use motcua::lunar::astro::decimal_year;
/// assert!((decimal_year(2_451_544.5) - 2000.0).abs() < 1e-9); // 2000-01-01 00:00
/// ```
pub fn decimal_year(jd: f64) -> f64 {
    2000.0 + (jd - 2451544.5) / 365.2425
}

/// Converts a Julian ephemeris day (TT) to a Julian day in UT.
///
/// ```
/// use motcua::lunar::astro::tt_to_ut;
/// // In 2000 UT was about 64 s behind TT.
/// let seconds = (2_451_545.0 - tt_to_ut(2_451_545.0)) * 86_400.0;
/// assert!((seconds - 63.9).abs() < 0.5);
/// ```
pub fn tt_to_ut(jde: f64) -> f64 {
    jde - delta_t(decimal_year(jde)) / 86400.0
}

/// Julian day (UT) of 00:00 UT of a day given as chrono's `num_days_from_ce`.
fn jd_of_day(days_from_ce: i32) -> f64 {
    (i64::from(days_from_ce) + JDN_MINUS_CE_DAYS) as f64 - 0.5
}

/// An instant, as a Julian day in Universal Time.
///
/// ```
/// use motcua::lunar::astro::Instant;
/// // 2000-01-01 16:55 UT is 23:55 in Vietnam: five minutes before midnight.
/// let i = Instant { jd_ut: 2_451_545.0 + 4.0 / 24.0 + 55.0 / 1440.0 };
/// assert_eq!(i.local_date(), chrono::NaiveDate::from_ymd_opt(2000, 1, 1));
/// assert!((i.local_minute() - 1435.0).abs() < 1e-6);
/// assert!((i.minutes_from_midnight() - 5.0).abs() < 1e-6);
/// assert!(i.near_midnight());
/// assert_eq!(i.other_side_day(), i.local_day() + 1);
/// assert_eq!(Instant::from_tt(2_451_545.0).local_day(), i.local_day());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Instant {
    /// Julian day, UT.
    pub jd_ut: f64,
}

impl Instant {
    /// The instant of a Julian ephemeris day (TT).
    pub fn from_tt(jde: f64) -> Instant {
        Instant {
            jd_ut: tt_to_ut(jde),
        }
    }

    /// Local (UTC+7) Julian date: Julian day number of the local civil day plus the fraction
    /// of that day.
    fn local(self) -> f64 {
        self.jd_ut + 0.5 + UTC_OFFSET_HOURS / 24.0
    }

    /// The UTC+7 civil day containing the instant, as chrono's `num_days_from_ce`.
    pub fn local_day(self) -> i32 {
        // The float-to-int cast saturates; every date of interest is far inside i32.
        (self.local().floor() as i64 - JDN_MINUS_CE_DAYS) as i32
    }

    /// The UTC+7 civil date containing the instant.
    pub fn local_date(self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.local_day())
    }

    /// Minutes since the UTC+7 midnight that starts [`Instant::local_day`], in `[0, 1440)`.
    pub fn local_minute(self) -> f64 {
        let x = self.local();
        (x - x.floor()) * 1440.0
    }

    /// Distance in minutes to the nearest UTC+7 midnight (0–720).
    pub fn minutes_from_midnight(self) -> f64 {
        let m = self.local_minute();
        m.min(1440.0 - m)
    }

    /// True when the instant is within [`UNCERTAINTY_MINUTES`] of a UTC+7 midnight.
    pub fn near_midnight(self) -> bool {
        self.minutes_from_midnight() <= UNCERTAINTY_MINUTES
    }

    /// The UTC+7 day the instant would fall on if it were on the other side of the nearest
    /// midnight.
    pub fn other_side_day(self) -> i32 {
        if self.local_minute() < 720.0 {
            self.local_day() - 1
        } else {
            self.local_day() + 1
        }
    }
}

// ---------------------------------------------------------------------------------------
// New moon (Meeus chapter 49)
// ---------------------------------------------------------------------------------------

/// Periodic terms of the new moon (Meeus table 49.A), as
/// `(coefficient, power of E, multiple of M, of M′, of F, of Ω)`.
const NEW_MOON_TERMS: [(f64, i32, f64, f64, f64, f64); 25] = [
    (-0.40720, 0, 0.0, 1.0, 0.0, 0.0),
    (0.17241, 1, 1.0, 0.0, 0.0, 0.0),
    (0.01608, 0, 0.0, 2.0, 0.0, 0.0),
    (0.01039, 0, 0.0, 0.0, 2.0, 0.0),
    (0.00739, 1, -1.0, 1.0, 0.0, 0.0),
    (-0.00514, 1, 1.0, 1.0, 0.0, 0.0),
    (0.00208, 2, 2.0, 0.0, 0.0, 0.0),
    (-0.00111, 0, 0.0, 1.0, -2.0, 0.0),
    (-0.00057, 0, 0.0, 1.0, 2.0, 0.0),
    (0.00056, 1, 1.0, 2.0, 0.0, 0.0),
    (-0.00042, 0, 0.0, 3.0, 0.0, 0.0),
    (0.00042, 1, 1.0, 0.0, 2.0, 0.0),
    (0.00038, 1, 1.0, 0.0, -2.0, 0.0),
    (-0.00024, 1, -1.0, 2.0, 0.0, 0.0),
    (-0.00017, 0, 0.0, 0.0, 0.0, 1.0),
    (-0.00007, 0, 2.0, 1.0, 0.0, 0.0),
    (0.00004, 0, 0.0, 2.0, -2.0, 0.0),
    (0.00004, 0, 3.0, 0.0, 0.0, 0.0),
    (0.00003, 0, 1.0, 1.0, -2.0, 0.0),
    (0.00003, 0, 0.0, 2.0, 2.0, 0.0),
    (-0.00003, 0, 1.0, 1.0, 2.0, 0.0),
    (0.00003, 0, -1.0, 1.0, 2.0, 0.0),
    (-0.00002, 0, -1.0, 1.0, -2.0, 0.0),
    (-0.00002, 0, 1.0, 3.0, 0.0, 0.0),
    (0.00002, 0, 0.0, 4.0, 0.0, 0.0),
];

/// Additional corrections for all phases (Meeus chapter 49): `(coefficient, A₀, A₁)` with
/// the argument `A₀ + A₁·k` in degrees (A1 also has a T² term, added separately).
const PLANETARY_TERMS: [(f64, f64, f64); 14] = [
    (0.000325, 299.77, 0.107408),
    (0.000165, 251.88, 0.016321),
    (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478),
    (0.000110, 84.66, 18.206239),
    (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732),
    (0.000056, 154.84, 7.306860),
    (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824),
    (0.000040, 291.34, 1.844379),
    (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099),
    (0.000023, 331.55, 3.592518),
];

/// The new-moon number `k` (Meeus: `k = 0` is the new moon of 2000-01-06) whose mean new
/// moon is nearest to the Julian day `jd`.
///
/// ```
/// use motcua::lunar::astro::{new_moon_number, NewMoon};
/// // The new moon of 2026-02-17 (Tết Bính Ngọ) is number 323.
/// let k = new_moon_number(2_461_088.5);
/// assert_eq!(k, 323);
/// let m = NewMoon::new(k);
/// assert_eq!(m.instant.local_date(), chrono::NaiveDate::from_ymd_opt(2026, 2, 17));
/// ```
pub fn new_moon_number(jd: f64) -> i64 {
    ((jd - 2451550.09766) / SYNODIC_MONTH).round() as i64
}

/// The instant (Julian ephemeris day, TT) of the true new moon number `k` (Meeus ch. 49).
///
/// ```
/// use motcua::lunar::astro::true_new_moon;
/// // Meeus example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118.
/// assert!((true_new_moon(-283) - 2443192.65118).abs() < 0.00001);
/// ```
pub fn true_new_moon(k: i64) -> f64 {
    let kf = k as f64;
    let t = kf / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let t4 = t3 * t;
    let mean = 2451550.09766 + SYNODIC_MONTH * kf + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    let m = (2.5534 + 29.10535670 * kf - 0.0000014 * t2 - 0.00000011 * t3).to_radians();
    let mp = (201.5643 + 385.81693528 * kf + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4)
        .to_radians();
    let f = (160.7108 + 390.67050284 * kf - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4)
        .to_radians();
    let omega = (124.7746 - 1.56375588 * kf + 0.0020672 * t2 + 0.00000215 * t3).to_radians();

    let periodic: f64 = NEW_MOON_TERMS
        .iter()
        .map(|&(c, e_pow, a_m, a_mp, a_f, a_o)| {
            c * e.powi(e_pow) * (a_m * m + a_mp * mp + a_f * f + a_o * omega).sin()
        })
        .sum();
    let planetary: f64 = PLANETARY_TERMS
        .iter()
        .enumerate()
        .map(|(i, &(c, a0, a1))| {
            let extra = if i == 0 { -0.009173 * t2 } else { 0.0 };
            c * (a0 + a1 * kf + extra).to_radians().sin()
        })
        .sum();
    mean + periodic + planetary
}

// ---------------------------------------------------------------------------------------
// Sun (Meeus chapters 22, 25, 32)
// ---------------------------------------------------------------------------------------

/// A VSOP87 term `A·cos(B + C·τ)`, with `A` in 1e-8 radians (or AU), `τ` in Julian
/// millennia from J2000.0.
type Vsop = (f64, f64, f64);

/// Earth, heliocentric longitude, series L0 (Meeus appendix III, truncated VSOP87D).
const EARTH_L0: [Vsop; 64] = [
    (175347046.0, 0.0, 0.0),
    (3341656.0, 4.6692568, 6283.0758500),
    (34894.0, 4.62610, 12566.15170),
    (3497.0, 2.7441, 5753.3849),
    (3418.0, 2.8289, 3.5231),
    (3136.0, 3.6277, 77713.7715),
    (2676.0, 4.4181, 7860.4194),
    (2343.0, 6.1352, 3930.2097),
    (1324.0, 0.7425, 11506.7698),
    (1273.0, 2.0371, 529.6910),
    (1199.0, 1.1096, 1577.3435),
    (990.0, 5.233, 5884.927),
    (902.0, 2.045, 26.298),
    (857.0, 3.508, 398.149),
    (780.0, 1.179, 5223.694),
    (753.0, 2.533, 5507.553),
    (505.0, 4.583, 18849.228),
    (492.0, 4.205, 775.523),
    (357.0, 2.920, 0.067),
    (317.0, 5.849, 11790.629),
    (284.0, 1.899, 796.298),
    (271.0, 0.315, 10977.079),
    (243.0, 0.345, 5486.778),
    (206.0, 4.806, 2544.314),
    (205.0, 1.869, 5573.143),
    (202.0, 2.458, 6069.777),
    (156.0, 0.833, 213.299),
    (132.0, 3.411, 2942.463),
    (126.0, 1.083, 20.775),
    (115.0, 0.645, 0.980),
    (103.0, 0.636, 4694.003),
    (102.0, 0.976, 15720.839),
    (102.0, 4.267, 7.114),
    (99.0, 6.21, 2146.17),
    (98.0, 0.68, 155.42),
    (86.0, 5.98, 161000.69),
    (85.0, 1.30, 6275.96),
    (85.0, 3.67, 71430.70),
    (80.0, 1.81, 17260.15),
    (79.0, 3.04, 12036.46),
    (75.0, 1.76, 5088.63),
    (74.0, 3.50, 3154.69),
    (74.0, 4.68, 801.82),
    (70.0, 0.83, 9437.76),
    (62.0, 3.98, 8827.39),
    (61.0, 1.82, 7084.90),
    (57.0, 2.78, 6286.60),
    (56.0, 4.39, 14143.50),
    (56.0, 3.47, 6279.55),
    (52.0, 0.19, 12139.55),
    (52.0, 1.33, 1748.02),
    (51.0, 0.28, 5856.48),
    (49.0, 0.49, 1194.45),
    (41.0, 5.37, 8429.24),
    (41.0, 2.40, 19651.05),
    (39.0, 6.17, 10447.39),
    (37.0, 6.04, 10213.29),
    (37.0, 2.57, 1059.38),
    (36.0, 1.71, 2352.87),
    (36.0, 1.78, 6812.77),
    (33.0, 0.59, 17789.85),
    (30.0, 0.44, 83996.85),
    (30.0, 2.74, 1349.87),
    (25.0, 3.16, 4690.48),
];

/// Earth, series L1.
const EARTH_L1: [Vsop; 34] = [
    (628331966747.0, 0.0, 0.0),
    (206059.0, 2.678235, 6283.075850),
    (4303.0, 2.6351, 12566.1517),
    (425.0, 1.590, 3.523),
    (119.0, 5.796, 26.298),
    (109.0, 2.966, 1577.344),
    (93.0, 2.59, 18849.23),
    (72.0, 1.14, 529.69),
    (68.0, 1.87, 398.15),
    (67.0, 4.41, 5507.55),
    (59.0, 2.89, 5223.69),
    (56.0, 2.17, 155.42),
    (45.0, 0.40, 796.30),
    (36.0, 0.47, 775.52),
    (29.0, 2.65, 7.11),
    (21.0, 5.34, 0.98),
    (19.0, 1.85, 5486.78),
    (19.0, 4.97, 213.30),
    (17.0, 2.99, 6275.96),
    (16.0, 0.03, 2544.31),
    (16.0, 1.43, 2146.17),
    (15.0, 1.21, 10977.08),
    (12.0, 2.83, 1748.02),
    (12.0, 3.26, 5088.63),
    (12.0, 5.27, 1194.45),
    (12.0, 2.08, 4694.00),
    (11.0, 0.77, 553.57),
    (10.0, 1.30, 6286.60),
    (10.0, 4.24, 1349.87),
    (9.0, 2.70, 242.73),
    (9.0, 5.64, 951.72),
    (8.0, 5.30, 2352.87),
    (6.0, 2.65, 9437.76),
    (6.0, 4.67, 4690.48),
];

/// Earth, series L2.
const EARTH_L2: [Vsop; 20] = [
    (52919.0, 0.0, 0.0),
    (8720.0, 1.0721, 6283.0758),
    (309.0, 0.867, 12566.152),
    (27.0, 0.05, 3.52),
    (16.0, 5.19, 26.30),
    (16.0, 3.68, 155.42),
    (10.0, 0.76, 18849.23),
    (9.0, 2.06, 77713.77),
    (7.0, 0.83, 775.52),
    (5.0, 4.66, 1577.34),
    (4.0, 1.03, 7.11),
    (4.0, 3.44, 5573.14),
    (3.0, 5.14, 796.30),
    (3.0, 6.05, 5507.55),
    (3.0, 1.19, 242.73),
    (3.0, 6.12, 529.69),
    (3.0, 0.31, 398.15),
    (3.0, 2.28, 553.57),
    (2.0, 4.38, 5223.69),
    (2.0, 3.75, 0.98),
];

/// Earth, series L3.
const EARTH_L3: [Vsop; 7] = [
    (289.0, 5.844, 6283.076),
    (35.0, 0.0, 0.0),
    (17.0, 5.49, 12566.15),
    (3.0, 5.20, 155.42),
    (1.0, 4.72, 3.52),
    (1.0, 5.30, 18849.23),
    (1.0, 5.97, 242.73),
];

/// Earth, series L4 (the phase 3.142 of the constant term is π).
const EARTH_L4: [Vsop; 3] = [
    (114.0, std::f64::consts::PI, 0.0),
    (8.0, 4.13, 6283.08),
    (1.0, 3.84, 12566.15),
];

/// Earth, series L5 (the phase 3.14 is π).
const EARTH_L5: [Vsop; 1] = [(1.0, std::f64::consts::PI, 0.0)];

/// Earth, radius vector, the leading terms of R0 (enough for the aberration).
const EARTH_R0: [Vsop; 6] = [
    (100013989.0, 0.0, 0.0),
    (1670700.0, 3.0984635, 6283.0758500),
    (13956.0, 3.05525, 12566.15170),
    (3084.0, 5.1985, 77713.7715),
    (1628.0, 1.1739, 5753.3849),
    (1576.0, 2.8469, 7860.4194),
];

/// Earth, radius vector, the leading terms of R1.
const EARTH_R1: [Vsop; 2] = [
    (103019.0, 1.107490, 6283.075850),
    (1721.0, 1.0644, 12566.1517),
];

/// Earth, radius vector, the leading term of R2.
const EARTH_R2: [Vsop; 1] = [(4359.0, 5.7846, 6283.0758)];

fn vsop(series: &[Vsop], tau: f64) -> f64 {
    series
        .iter()
        .map(|&(a, b, c)| a * (b + c * tau).cos())
        .sum()
}

/// Reduces an angle in degrees to `[0, 360)`.
fn normalize_degrees(x: f64) -> f64 {
    x.rem_euclid(360.0)
}

/// Reduces an angle difference in degrees to `[-180, 180)`.
fn wrap_180(x: f64) -> f64 {
    (x + 180.0).rem_euclid(360.0) - 180.0
}

/// Nutation in longitude Δψ, degrees, for a Julian ephemeris day (Meeus ch. 22, the
/// abridged four-term series, accurate to about 0.5″).
///
/// ```
/// use motcua::lunar::astro::nutation_in_longitude;
/// // Meeus example 22.a: 1987 April 10.0 TD, Δψ = −3.788″ (−3.9″ with this short series).
/// let dpsi = nutation_in_longitude(2_446_895.5) * 3600.0;
/// assert!((dpsi - -3.788).abs() < 0.5);
/// ```
pub fn nutation_in_longitude(jde: f64) -> f64 {
    let t = (jde - J2000) / 36525.0;
    let omega =
        (125.04452 - 1934.136261 * t + 0.0020708 * t * t + t * t * t / 450000.0).to_radians();
    let l_sun = (280.4665 + 36000.7698 * t).to_radians();
    let l_moon = (218.3165 + 481267.8813 * t).to_radians();
    let arcsec = -17.20 * omega.sin() - 1.32 * (2.0 * l_sun).sin() - 0.23 * (2.0 * l_moon).sin()
        + 0.21 * (2.0 * omega).sin();
    arcsec / 3600.0
}

/// The Sun's apparent geocentric ecliptic longitude, degrees in `[0, 360)`, referred to the
/// true equinox of date, at a Julian ephemeris day (TT). Meeus ch. 25 "higher accuracy".
///
/// ```
/// use motcua::lunar::astro::sun_apparent_longitude;
/// // Meeus example 25.b: 1992 October 13.0 TD, λ = 199°54′21.818″.
/// let lambda = sun_apparent_longitude(2448908.5);
/// assert!((lambda - (199.0 + 54.0 / 60.0 + 21.818 / 3600.0)).abs() < 1.0 / 3600.0);
/// ```
pub fn sun_apparent_longitude(jde: f64) -> f64 {
    let tau = (jde - J2000) / 365250.0;
    let l = (vsop(&EARTH_L0, tau)
        + tau
            * (vsop(&EARTH_L1, tau)
                + tau
                    * (vsop(&EARTH_L2, tau)
                        + tau
                            * (vsop(&EARTH_L3, tau)
                                + tau * (vsop(&EARTH_L4, tau) + tau * vsop(&EARTH_L5, tau))))))
        / 1e8;
    let r =
        (vsop(&EARTH_R0, tau) + tau * (vsop(&EARTH_R1, tau) + tau * vsop(&EARTH_R2, tau))) / 1e8;
    let geometric = l.to_degrees() + 180.0;
    let fk5 = -0.09033 / 3600.0;
    let aberration = -20.4898 / 3600.0 / r;
    normalize_degrees(geometric + fk5 + nutation_in_longitude(jde) + aberration)
}

/// The Julian ephemeris day (TT) at which the Sun's apparent longitude equals `longitude`
/// degrees, found by Newton's iteration from `jde_guess` (converges to the crossing nearest
/// the guess; a guess within a few weeks is plenty).
///
/// ```
/// use motcua::lunar::astro::{sun_apparent_longitude, sun_longitude_instant};
/// // The March equinox of 2026 (longitude 0°), from a guess of 15 March.
/// let jde = sun_longitude_instant(0.0, 2_461_114.5);
/// let lambda = sun_apparent_longitude(jde);
/// assert!(lambda < 1e-6 || lambda > 360.0 - 1e-6);
/// assert!((jde - 2_461_120.116).abs() < 0.001); // 2026-03-20 14:46 UT
/// ```
pub fn sun_longitude_instant(longitude: f64, jde_guess: f64) -> f64 {
    // The Sun moves 0.953–1.019° a day; 1/0.9856 days per degree is a good slope.
    const DAYS_PER_DEGREE: f64 = 365.2422 / 360.0;
    let mut jde = jde_guess;
    for _ in 0..20 {
        let step = wrap_180(longitude - sun_apparent_longitude(jde)) * DAYS_PER_DEGREE;
        jde += step;
        if step.abs() < 1e-8 {
            break;
        }
    }
    jde
}

/// The December solstice (apparent longitude 270°) of a solar year, as a Julian ephemeris
/// day (TT).
///
/// ```
/// use motcua::lunar::astro::{winter_solstice, Instant};
/// // 2025-12-21 15:03 UTC, i.e. 22:03 in Vietnam.
/// let i = Instant::from_tt(winter_solstice(2025));
/// assert_eq!(i.local_date(), chrono::NaiveDate::from_ymd_opt(2025, 12, 21));
/// ```
pub fn winter_solstice(year: i32) -> f64 {
    let guess = days_from_ce(year, 12, 21).map_or(0.0, jd_of_day);
    sun_longitude_instant(270.0, guess)
}

fn days_from_ce(year: i32, month: u32, day: u32) -> Option<i32> {
    NaiveDate::from_ymd_opt(year, month, day).map(|d| d.num_days_from_ce())
}

// ---------------------------------------------------------------------------------------
// Events and the calendar rules
// ---------------------------------------------------------------------------------------

/// A true new moon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NewMoon {
    /// Meeus' new-moon number (`0` = 2000-01-06).
    pub k: i64,
    /// When it happens.
    pub instant: Instant,
}

impl NewMoon {
    /// Computes new moon number `k`.
    ///
    /// ```
    /// use motcua::lunar::astro::NewMoon;
    /// // k = 0: 2000-01-06, 18:14 UT (01:14 on the 7th in Vietnam).
    /// let m = NewMoon::new(0);
    /// assert_eq!(m.instant.local_date(), chrono::NaiveDate::from_ymd_opt(2000, 1, 7));
    /// ```
    pub fn new(k: i64) -> NewMoon {
        NewMoon {
            k,
            instant: Instant::from_tt(true_new_moon(k)),
        }
    }
}

/// A principal term (zhōngqì, trung khí): the Sun's apparent longitude reaches a multiple
/// of 30°.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrincipalTerm {
    /// The longitude, a multiple of 30 in `0..360` (270 is the winter solstice).
    pub longitude: u16,
    /// When it happens.
    pub instant: Instant,
}

/// A lunar month, as decided by the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    /// First day, as chrono's `num_days_from_ce` (UTC+7 civil day).
    pub start: i32,
    /// 29 or 30.
    pub length: u8,
    /// Lunar year, month number and leap flag (the `day` field is 1).
    pub label: LunarDate,
}

impl Month {
    /// First day as a date.
    ///
    /// ```
    /// let c = motcua::lunar::astro::cycle(2025)?;
    /// // Month 11 of Ất Tỵ starts on 20 December 2025.
    /// assert_eq!(c.months[0].start_date(), chrono::NaiveDate::from_ymd_opt(2025, 12, 20));
    /// # Ok::<(), motcua::Error>(())
    /// ```
    pub fn start_date(&self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.start)
    }
}

/// One "solstice year": the months from the month 11 that contains the winter solstice of
/// `solstice_year` to the month before the next month 11.
#[derive(Debug, Clone, PartialEq)]
pub struct Cycle {
    /// The solar year of the first winter solstice.
    pub solstice_year: i32,
    /// The new moons starting each month, plus the one starting the next month 11.
    pub new_moons: Vec<NewMoon>,
    /// The 13 principal terms from this winter solstice to the next one, inclusive.
    pub terms: Vec<PrincipalTerm>,
    /// The 12 or 13 months.
    pub months: Vec<Month>,
}

fn inconsistent(detail: impl Into<String>) -> crate::Error {
    LunarError::Inconsistent {
        detail: detail.into(),
    }
    .into()
}

fn check_model_year(year: i32) -> Result<(), crate::Error> {
    if (MODEL_FIRST_YEAR..=MODEL_LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(LunarError::ModelOutOfRange { year }.into())
    }
}

/// The number `k` of the new moon that starts the month containing the UTC+7 day `day`.
fn month_start_k(day: i32) -> Result<i64, crate::Error> {
    let mut k = new_moon_number(jd_of_day(day));
    for _ in 0..8 {
        if NewMoon::new(k).instant.local_day() > day {
            k -= 1;
        } else if NewMoon::new(k + 1).instant.local_day() <= day {
            k += 1;
        } else {
            return Ok(k);
        }
    }
    Err(inconsistent(format!("no new moon found before day {day}")))
}

/// A principal term reduced to what the rules need: its longitude and UTC+7 day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TermDay {
    longitude: u16,
    day: i32,
}

/// Applies the rules to month-start days and principal-term days (both ascending). Labels
/// every month from the first month 11 to the month before the last month 11.
fn apply_rules(starts: &[i32], terms: &[TermDay]) -> Result<Vec<Month>, crate::Error> {
    // Position of each month 11: the last month start on or before a winter solstice.
    let mut elevens = Vec::new();
    for t in terms.iter().filter(|t| t.longitude == 270) {
        let after = starts.partition_point(|&s| s <= t.day);
        let Some(last_start) = after.checked_sub(1).and_then(|i| starts.get(i)) else {
            continue; // the solstice is before the first new moon given
        };
        if after == starts.len() && t.day - last_start >= 30 {
            continue; // the solstice is after the last month given
        }
        let year = NaiveDate::from_num_days_from_ce_opt(t.day)
            .map(|d| d.year())
            .ok_or_else(|| inconsistent("solstice day outside chrono's range"))?;
        elevens.push((after - 1, year));
    }
    let term_count = |from: i32, to: i32| {
        terms.partition_point(|t| t.day < to) - terms.partition_point(|t| t.day < from)
    };
    let start_of = |i: usize| {
        starts
            .get(i)
            .copied()
            .ok_or_else(|| inconsistent("month index"))
    };

    let mut months = Vec::new();
    for pair in elevens.windows(2) {
        let (&(a, year), &(b, _)) = match pair {
            [x, y] => (x, y),
            _ => continue,
        };
        let n = b - a;
        let leap_index = match n {
            12 => None,
            13 => {
                let mut found = None;
                for i in a + 1..b {
                    if term_count(start_of(i)?, start_of(i + 1)?) == 0 {
                        found = Some(i);
                        break;
                    }
                }
                Some(found.ok_or_else(|| inconsistent("13 months but none without a term"))?)
            }
            _ => return Err(inconsistent(format!("{n} months between two months 11"))),
        };
        let (mut y, mut m) = (year, 11u8);
        for i in a..b {
            let leap = Some(i) == leap_index;
            if i != a && !leap {
                m = m % 12 + 1;
                if m == 1 {
                    y += 1;
                }
            }
            let start = start_of(i)?;
            let length = u8::try_from(start_of(i + 1)? - start)
                .ok()
                .filter(|l| (29..=30).contains(l))
                .ok_or_else(|| inconsistent(format!("month of odd length at day {start}")))?;
            months.push(Month {
                start,
                length,
                label: LunarDate {
                    year: y,
                    month: m,
                    day: 1,
                    leap,
                },
            });
        }
    }
    Ok(months)
}

/// Computes one solstice year: the astronomy (new moons, 13 principal terms) and the months.
///
/// ```
/// use motcua::lunar::astro::cycle;
/// // From the month 11 of lunar 2022 to the month 10 of 2023, with a leap month 2.
/// let c = cycle(2022)?;
/// assert_eq!(c.months.len(), 13);
/// assert!(c.months.iter().any(|m| m.label.leap && m.label.month == 2));
/// assert!(cycle(1700).is_err()); // outside the model's years
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn cycle(solstice_year: i32) -> Result<Cycle, crate::Error> {
    check_model_year(solstice_year)?;
    let sol = winter_solstice(solstice_year);
    let mut terms = Vec::with_capacity(13);
    for i in 0..=12u16 {
        let longitude = (270 + 30 * i) % 360;
        let jde = if i == 0 {
            sol
        } else {
            sun_longitude_instant(f64::from(longitude), sol + 30.436875 * f64::from(i))
        };
        terms.push(PrincipalTerm {
            longitude,
            instant: Instant::from_tt(jde),
        });
    }
    let first = terms.first().map(|t| t.instant.local_day());
    let last = terms.last().map(|t| t.instant.local_day());
    let (Some(first), Some(last)) = (first, last) else {
        return Err(inconsistent("no terms"));
    };
    let k1 = month_start_k(first)?;
    let k2 = month_start_k(last)?;
    let new_moons: Vec<NewMoon> = (k1..=k2).map(NewMoon::new).collect();
    let starts: Vec<i32> = new_moons.iter().map(|n| n.instant.local_day()).collect();
    let term_days: Vec<TermDay> = terms
        .iter()
        .map(|t| TermDay {
            longitude: t.longitude,
            day: t.instant.local_day(),
        })
        .collect();
    let months = apply_rules(&starts, &term_days)?;
    Ok(Cycle {
        solstice_year,
        new_moons,
        terms,
        months,
    })
}

/// The cycle index (solstice year) holding the months of lunar `year` numbered `month`.
fn cycle_year_of(year: i32, month: u8) -> i32 {
    if month >= 11 { year } else { year - 1 }
}

/// Converts a solar date to a lunar date by computing the astronomy now (slow: about a
/// quarter of a millisecond). The fast, table-driven equivalent is [`crate::lunar::solar_to_lunar`];
/// this one is the baseline it is generated from and checked against. Accepts solar years
/// [`MODEL_FIRST_YEAR`]..=[`MODEL_LAST_YEAR`].
///
/// ```
/// use chrono::NaiveDate;
/// use motcua::lunar::{astro, LunarDate};
/// let d = NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
/// assert_eq!(astro::solar_to_lunar(d)?, LunarDate { year: 2026, month: 1, day: 1, leap: false });
/// let far = NaiveDate::from_ymd_opt(2500, 1, 1).unwrap();
/// assert_eq!(astro::solar_to_lunar(far).unwrap_err().code(), 1003);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn solar_to_lunar(date: NaiveDate) -> Result<LunarDate, crate::Error> {
    let day = date.num_days_from_ce();
    let mut c = cycle(date.year())?;
    if c.months.first().is_some_and(|m| day < m.start) {
        c = cycle(date.year() - 1)?;
    }
    for m in &c.months {
        let offset = day - m.start;
        if (0..i32::from(m.length)).contains(&offset) {
            // offset < 30: the cast cannot truncate.
            return Ok(LunarDate {
                day: offset as u8 + 1,
                ..m.label
            });
        }
    }
    Err(inconsistent(format!(
        "{date} not found in its solstice year"
    )))
}

/// Converts a lunar date to a solar date by computing the astronomy now (slow). The fast
/// equivalent is [`crate::lunar::lunar_to_solar`]. Same errors for nonexistent dates.
///
/// ```
/// use motcua::lunar::{astro, LunarDate};
/// let tet = astro::lunar_to_solar(LunarDate { year: 2026, month: 1, day: 1, leap: false })?;
/// assert_eq!(tet, chrono::NaiveDate::from_ymd_opt(2026, 2, 17).unwrap());
/// let bad = LunarDate { year: 2026, month: 1, day: 1, leap: true };
/// assert_eq!(astro::lunar_to_solar(bad).unwrap_err().code(), 1002);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn lunar_to_solar(date: LunarDate) -> Result<NaiveDate, crate::Error> {
    crate::lunar::check_fields(date)?;
    let c = cycle(cycle_year_of(date.year, date.month))?;
    let month = c.months.iter().find(|m| {
        m.label.year == date.year && m.label.month == date.month && m.label.leap == date.leap
    });
    let Some(month) = month else {
        let leap_month = c
            .months
            .iter()
            .find(|m| m.label.leap && m.label.year == date.year)
            .map(|m| m.label.month);
        return Err(crate::lunar::nonexistent(
            date,
            NonexistentReason::NoSuchLeapMonth { leap_month },
        ));
    };
    if date.day > month.length {
        return Err(crate::lunar::nonexistent(
            date,
            NonexistentReason::DayBeyondMonthEnd {
                month_length: month.length,
            },
        ));
    }
    NaiveDate::from_num_days_from_ce_opt(month.start + i32::from(date.day) - 1)
        .ok_or_else(|| inconsistent("date outside chrono's range"))
}

// ---------------------------------------------------------------------------------------
// Table generation
// ---------------------------------------------------------------------------------------

/// The data of the generated table (`core/src/lunar/table.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableData {
    /// The lunar year of `years[0]`.
    pub first_year: i32,
    /// One packed word per lunar year. Layout: bits 0–12 "month `i` of the year (0-based,
    /// leap month in sequence) has 30 days"; bits 13–16 the leap month number (0: none);
    /// bits 17–22 the 0-based ordinal of Tết in the solar year; bit 23 "some day of this
    /// year is uncertain".
    pub years: Vec<u32>,
    /// Month starts (days from CE) whose new moon is within [`UNCERTAINTY_MINUTES`] of local
    /// midnight, ascending. The start day and the day before it are uncertain.
    pub uncertain_starts: Vec<i32>,
    /// Inclusive ranges of days (days from CE), ascending, whose month number or leap flag
    /// hinges on a principal term (or a new moon) within [`UNCERTAINTY_MINUTES`] of midnight.
    pub uncertain_spans: Vec<(i32, i32)>,
    /// Every month from the first to the last lunar year, for reports and the tool.
    pub months: Vec<Month>,
}

/// Finds the label (year, month, leap) of a day in a month list.
fn label_of(months: &[Month], day: i32) -> Option<(i32, u8, bool)> {
    let i = months.partition_point(|m| m.start <= day).checked_sub(1)?;
    let m = months.get(i)?;
    (day < m.start + i32::from(m.length)).then_some((m.label.year, m.label.month, m.label.leap))
}

/// Computes the table for lunar years `first_year..=last_year`, flagging uncertain days
/// within the solar range `min..=max` (days from CE).
///
/// Uncertainty: every new moon within [`UNCERTAINTY_MINUTES`] of local midnight is recorded
/// in `uncertain_starts`. Then every new moon and principal term that close to midnight is
/// moved, one at a time, to the other side of midnight and the rules are applied again; the
/// days whose (year, month, leap) label changes, apart from the two days at a moved month
/// start, become `uncertain_spans`.
///
/// ```
/// use motcua::lunar::{astro::build_table, MAX_DATE, MIN_DATE};
/// let t = build_table(2025, 2026, MIN_DATE, MAX_DATE)?;
/// assert_eq!(t.years.len(), 2);
/// assert_eq!(t.months.len(), 13 + 12);
/// assert_eq!(build_table(1700, 1701, MIN_DATE, MAX_DATE).unwrap_err().code(), 1003);
/// # Ok::<(), motcua::Error>(())
/// ```
pub fn build_table(
    first_year: i32,
    last_year: i32,
    min: NaiveDate,
    max: NaiveDate,
) -> Result<TableData, crate::Error> {
    let (min, max) = (min.num_days_from_ce(), max.num_days_from_ce());
    // Lunar year Y spans solstice years Y-1 and Y; one more on each side gives the
    // perturbations context.
    let mut new_moons: Vec<NewMoon> = Vec::new();
    let mut terms: Vec<PrincipalTerm> = Vec::new();
    for y in first_year - 2..=last_year + 1 {
        let c = cycle(y)?;
        let skip_nm = match (new_moons.last(), c.new_moons.first()) {
            (Some(a), Some(b)) if a.k == b.k => 1,
            (Some(_), _) => return Err(inconsistent(format!("solstice years {y} not contiguous"))),
            _ => 0,
        };
        new_moons.extend(c.new_moons.iter().skip(skip_nm));
        let skip_t = usize::from(!terms.is_empty());
        terms.extend(c.terms.iter().skip(skip_t));
    }
    let starts: Vec<i32> = new_moons.iter().map(|n| n.instant.local_day()).collect();
    let term_days: Vec<TermDay> = terms
        .iter()
        .map(|t| TermDay {
            longitude: t.longitude,
            day: t.instant.local_day(),
        })
        .collect();
    let all_months = apply_rules(&starts, &term_days)?;

    // Perturbations.
    let mut uncertain_starts = Vec::new();
    let mut uncertain_days: Vec<i32> = Vec::new();
    let in_range = |d: i32| (min..=max).contains(&d);
    let mut compare = |alt: &[Month], around: i32, skip: &[i32]| {
        for d in around - 420..=around + 420 {
            if in_range(d) && !skip.contains(&d) && label_of(&all_months, d) != label_of(alt, d) {
                uncertain_days.push(d);
            }
        }
    };
    for (i, nm) in new_moons.iter().enumerate() {
        if !nm.instant.near_midnight() {
            continue;
        }
        let s = nm.instant.local_day();
        if in_range(s) || in_range(s - 1) {
            uncertain_starts.push(s);
        }
        let mut alt = starts.clone();
        if let Some(x) = alt.get_mut(i) {
            *x = nm.instant.other_side_day();
        }
        compare(&apply_rules(&alt, &term_days)?, s, &[s - 1, s]);
    }
    for (i, t) in terms.iter().enumerate() {
        if !t.instant.near_midnight() {
            continue;
        }
        let mut alt = term_days.clone();
        if let Some(x) = alt.get_mut(i) {
            x.day = t.instant.other_side_day();
        }
        compare(&apply_rules(&starts, &alt)?, t.instant.local_day(), &[]);
    }
    uncertain_days.sort_unstable();
    uncertain_days.dedup();
    let mut uncertain_spans: Vec<(i32, i32)> = Vec::new();
    for d in uncertain_days {
        match uncertain_spans.last_mut() {
            Some(last) if last.1 + 1 == d => last.1 = d,
            _ => uncertain_spans.push((d, d)),
        }
    }

    // Pack the years.
    let months: Vec<Month> = all_months
        .iter()
        .copied()
        .filter(|m| (first_year..=last_year).contains(&m.label.year))
        .collect();
    let flagged = |from: i32, to: i32| {
        uncertain_starts
            .iter()
            .any(|&s| (from..to).contains(&s) || (from..to).contains(&(s - 1)))
            || uncertain_spans.iter().any(|&(a, b)| a < to && b >= from)
    };
    let mut years = Vec::new();
    for y in first_year..=last_year {
        let ms: Vec<&Month> = months.iter().filter(|m| m.label.year == y).collect();
        let (Some(first), Some(last)) = (ms.first(), ms.last()) else {
            return Err(inconsistent(format!("lunar year {y} has no months")));
        };
        if first.label.month != 1 || first.label.leap {
            return Err(inconsistent(format!(
                "lunar year {y} does not start with month 1"
            )));
        }
        let leaps: Vec<u8> = ms
            .iter()
            .filter(|m| m.label.leap)
            .map(|m| m.label.month)
            .collect();
        let leap = match (ms.len(), leaps.as_slice()) {
            (12, []) => 0,
            (13, [l]) => *l,
            _ => {
                return Err(inconsistent(format!(
                    "lunar year {y} has {} months",
                    ms.len()
                )));
            }
        };
        let mut long = 0u32;
        for (i, m) in ms.iter().enumerate() {
            if m.length == 30 {
                long |= 1 << i;
            }
        }
        let tet = first.start_date().ok_or_else(|| inconsistent("date"))?;
        let tet_ordinal0 = if tet.year() == y { tet.ordinal0() } else { 64 };
        let end = last.start + i32::from(last.length);
        let word = packed::pack(long, leap, tet_ordinal0, flagged(first.start, end))
            .ok_or_else(|| inconsistent(format!("lunar year {y} does not pack")))?;
        years.push(word);
    }
    Ok(TableData {
        first_year,
        years,
        uncertain_starts,
        uncertain_spans,
        months,
    })
}
