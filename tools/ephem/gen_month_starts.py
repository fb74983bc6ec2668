#!/usr/bin/env python3
"""Independent check data for the Vietnamese lunar calendar (UTC+7), from PyEphem.

Writes every lunar month start between 1900-01-01 and 2199-12-31 to
core/tests/data/lunar_month_starts.csv, computed with PyEphem's own ephemeris
(libastro: its Moon and VSOP87 Sun, its own Delta T) and the calendar rules as
written in the brief, not from the Rust code:

  * a month starts on the UTC+7 civil day that contains the new moon;
  * month 11 is the month containing the UTC+7 day of the winter solstice
    (apparent solar longitude 270 degrees);
  * when 13 months lie between two consecutive month-11 starts, the first month
    without a principal term (apparent solar longitude a multiple of 30 degrees,
    judged by the UTC+7 day it falls on) is the leap month and repeats the
    previous month's number;
  * the lunar year is the solar year in which its month 1 begins.

Columns:
  date           solar date of day 1 of the month (UTC+7 civil day)
  lunar_year     lunar year number
  month          1..12
  leap           1 for a leap (intercalary) month, else 0
  new_moon_utc7  the new moon, UTC+7, to the second
  minute_of_day  minutes after UTC+7 midnight of the new moon (near 0 or 1440:
                 the start could move a day with a slightly different ephemeris)
  terms_near_midnight
                 principal terms of this month (longitude@HH:MM:SS UTC+7) that fall
                 within 10 minutes of a UTC+7 midnight, separated by spaces

Usage: python3 tools/ephem/gen_month_starts.py [output.csv]
Needs: pip install -r tools/ephem/requirements.txt  (ephem==4.2.1)
"""

import csv
import datetime as dt
import math
import os
import sys

import ephem

TZ_HOURS = 7
FIRST = dt.date(1900, 1, 1)
LAST = dt.date(2199, 12, 31)
NEAR_MINUTES = 10.0


def local(d):
    """ephem.Date (UT) -> naive datetime in UTC+7."""
    return ephem.Date(d + TZ_HOURS * ephem.hour).datetime()


def minute_of_day(t):
    return t.hour * 60 + t.minute + (t.second + t.microsecond / 1e6) / 60


def near_midnight(t):
    m = minute_of_day(t)
    return min(m, 1440 - m) <= NEAR_MINUTES


def apparent_sun_longitude(d):
    """Apparent geocentric ecliptic longitude of the Sun, degrees, equinox of date."""
    sun = ephem.Sun(d)
    eq = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=d)
    return math.degrees(float(ephem.Ecliptic(eq, epoch=d).lon))


def term_instant(longitude, guess):
    """The instant (ephem.Date) near `guess` when the Sun's longitude is `longitude`."""

    def f(d):
        return ((apparent_sun_longitude(d) - longitude + 180.0) % 360.0) - 180.0

    return ephem.Date(ephem.newton(f, guess, guess + ephem.hour, precision=0.1 * ephem.second))


def new_moons(start, end):
    out = []
    d = ephem.next_new_moon(start)
    while d < end:
        out.append(ephem.Date(d))
        d = ephem.next_new_moon(d + 1)
    return out


def principal_terms(first_year, last_year):
    """(longitude, ephem.Date) of every principal term from March of first_year on."""
    out = []
    for y in range(first_year, last_year + 1):
        equinox = ephem.next_vernal_equinox(ephem.Date("%d/2/15" % y))
        for i in range(12):
            lon = (30 * i) % 360
            guess = ephem.Date(equinox + i * 365.2422 / 12)
            out.append((lon, term_instant(lon, guess)))
    out.sort(key=lambda x: float(x[1]))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "core", "tests", "data", "lunar_month_starts.csv")
    path = sys.argv[1] if len(sys.argv) > 1 else default

    moons = new_moons(ephem.Date("1899/9/1"), ephem.Date("2201/2/1"))
    terms = principal_terms(1899, 2200)
    starts = [local(m).date() for m in moons]
    term_days = [(lon, local(t).date(), local(t)) for lon, t in terms]

    # Month 11: the last month start on or before each winter solstice day.
    elevens = []
    for lon, day, _ in term_days:
        if lon != 270:
            continue
        idx = max(i for i, s in enumerate(starts) if s <= day)
        elevens.append(idx)

    rows = []
    for a, b in zip(elevens, elevens[1:]):
        n = b - a
        assert n in (12, 13), (starts[a], n)
        contents = []
        for i in range(a, b):
            contents.append([t for t in term_days if starts[i] <= t[1] < starts[i + 1]])
        leap_i = None
        if n == 13:
            leap_i = next(i for i in range(a + 1, b) if not contents[i - a])
        year = starts[a].year  # month 11 belongs to the year of the solstice
        month = 11
        for i in range(a, b):
            is_leap = i == leap_i
            if i != a and not is_leap:
                month = month % 12 + 1
                if month == 1:
                    year += 1
            t = local(moons[i])
            near = " ".join(
                "%d@%s" % (lon, lt.strftime("%H:%M:%S"))
                for lon, _, lt in contents[i - a]
                if near_midnight(lt)
            )
            if FIRST <= starts[i] <= LAST:
                rows.append(
                    [
                        starts[i].isoformat(),
                        year,
                        month,
                        1 if is_leap else 0,
                        t.strftime("%Y-%m-%dT%H:%M:%S"),
                        "%.2f" % minute_of_day(t),
                        near,
                    ]
                )

    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "lunar_year", "month", "leap", "new_moon_utc7", "minute_of_day", "terms_near_midnight"])
        w.writerows(rows)
    print("%d month starts written to %s" % (len(rows), path), file=sys.stderr)


if __name__ == "__main__":
    main()
