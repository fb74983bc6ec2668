#!/usr/bin/env python3
"""Independent cross-check data for the working calendar.

Writes core/tests/data/pyholidays_vn.json: every weekday that python-holidays (PyPI
`holidays`, an independently maintained project that cites the official decisions) lists as a
Vietnamese public holiday, observed day or special (swapped) day off, for 2010-2030.

Only facts cross the boundary (dates and names); no code from python-holidays is used in motcua.
Run: pip install -r tools/pyholidays/requirements.txt && python3 tools/pyholidays/gen_days_off.py
"""
import json
import pathlib

import holidays

OUT = pathlib.Path(__file__).resolve().parents[2] / "core" / "tests" / "data" / "pyholidays_vn.json"


def main() -> None:
    years = range(2010, 2031)
    days = {}
    for y in years:
        vn = holidays.VN(years=y, observed=True, language="en_US")
        for d, name in sorted(vn.items()):
            if d.year != y:
                continue
            days.setdefault(d.isoformat(), []).append(name)
    doc = {
        "generator": "tools/pyholidays/gen_days_off.py",
        "source": f"python-holidays {holidays.__version__}, holidays.VN(observed=True)",
        "years": [years.start, years.stop - 1],
        "days": {k: "; ".join(v) for k, v in sorted(days.items())},
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(days)} days to {OUT}")


if __name__ == "__main__":
    main()
