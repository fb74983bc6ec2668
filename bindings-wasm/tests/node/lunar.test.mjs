// The lunar calendar through the --target nodejs package, with the true values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

test('solarToLunar', () => {
  assert.deepEqual(m.solarToLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
  assert.deepEqual(m.solarToLunar('2026-02-16'), { year: 2025, month: 12, day: 29, leap: false });
  assert.deepEqual(m.solarToLunar('2023-03-22'), { year: 2023, month: 2, day: 1, leap: true });
});

test('lunarToSolar', () => {
  assert.equal(m.lunarToSolar({ year: 2026, month: 1, day: 1, leap: false }), '2026-02-17');
  assert.equal(m.lunarToSolar({ year: 2026, month: 1, day: 1 }), '2026-02-17'); // leap optional
  assert.equal(m.lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }), '2023-03-22');
  const leap6 = m.lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }); // 2025 leap month 6
  assert.deepEqual(m.solarToLunar(leap6), { year: 2025, month: 6, day: 1, leap: true });
});

test('nonexistent and out-of-range lunar dates', () => {
  throwsCode(assert, () => m.lunarToSolar({ year: 2026, month: 2, day: 30, leap: false }), 1002);
  throwsCode(assert, () => m.lunarToSolar({ year: 2026, month: 3, day: 1, leap: true }), 1002);
  throwsCode(assert, () => m.solarToLunar('1899-12-31'), 1001);
  assert.deepEqual(m.solarToLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
});

test('tet and hungKingsDay', () => {
  assert.equal(m.tet(2026), '2026-02-17');
  assert.equal(m.hungKingsDay(2026), '2026-04-26');
  throwsCode(assert, () => m.tet('2026'), 9005);
});

test('lunarInfo, tetEve, leapMonth, monthLength, yearName', () => {
  assert.deepEqual(m.lunarInfo('2025-08-22'), {
    date: { year: 2025, month: 6, day: 29, leap: true },
    month_length: 29,
    leap_month_of_year: 6,
    uncertain: false,
  });
  assert.equal(m.lunarInfo('2026-02-17').leap_month_of_year, null);
  throwsCode(assert, () => m.lunarInfo('1899-12-31'), 1001);
  assert.equal(m.tetEve(2026), '2026-02-16');
  assert.equal(m.leapMonth(2025), 6);
  assert.equal(m.leapMonth(2023), 2);
  assert.equal(m.leapMonth(2026), null);
  throwsCode(assert, () => m.leapMonth(2300), 1001);
  assert.equal(m.monthLength(2025, 12), 29);
  assert.equal(m.monthLength(2025, 12, false), 29);
  throwsCode(assert, () => m.monthLength(2026, 6, true), 1002);
  throwsCode(assert, () => m.monthLength(2026, 300), 1002);
  throwsCode(assert, () => m.monthLength(2026, 6, 'yes'), 9005);
  assert.equal(m.yearName(2026), 'Bính Ngọ');
  assert.equal(m.yearName(1984), 'Giáp Tý');
  throwsCode(assert, () => m.yearName('2026'), 9005);
});
