// Batch lunar conversion (solarToLunarBatch, lunarToSolarBatch): packed Int32Array in, packed
// Int32Array out, 0 for an entry that cannot be converted. Checked against the single-date API
// on every day of 1900-2199, against known Tết dates, and with bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const DAY_MS = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const packSolar = (s) => Number(s.replaceAll('-', ''));
const unpackSolar = (v) => `${String(Math.trunc(v / 10000)).padStart(4, '0')}-${String(Math.trunc(v / 100) % 100).padStart(2, '0')}-${String(v % 100).padStart(2, '0')}`;
const packLunar = (l) => l.year * 100000 + (l.leap ? 10000 : 0) + l.month * 100 + l.day;
const unpackLunar = (v) => ({
  year: Math.trunc(v / 100000),
  month: Math.trunc(v / 100) % 100,
  day: v % 100,
  leap: Math.trunc(v / 10000) % 10 === 1,
});

/** Every ISO date from..to inclusive. */
function days(from, to) {
  const out = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) out.push(iso(t));
  return out;
}

test('every day of 1900-2199 agrees with solarToLunar and lunarToSolar', () => {
  const all = days('1900-01-01', '2199-12-31');
  assert.equal(all.length, 300 * 365 + 73); // 73 leap years (1900 and 2100 are not)
  const solar = Int32Array.from(all, packSolar);
  const lunar = m.solarToLunarBatch(solar);
  assert.ok(lunar instanceof Int32Array);
  assert.equal(lunar.length, solar.length);
  let leapDays = 0;
  for (let i = 0; i < all.length; i++) {
    const want = m.solarToLunar(all[i]);
    assert.deepEqual(unpackLunar(lunar[i]), want, all[i]);
    if (want.leap) leapDays++;
  }
  assert.ok(leapDays > 3000, `${leapDays} days in leap months`); // ~110 leap months in 300 years
  // The inverse gives every date back, and agrees with lunarToSolar.
  const back = m.lunarToSolarBatch(lunar);
  assert.deepEqual(back, solar);
  for (let i = 0; i < all.length; i += 97) assert.equal(m.lunarToSolar(unpackLunar(lunar[i])), all[i]);
});

test('known dates: Tết, leap months, the ends of the range', () => {
  const cases = [
    ['2026-02-17', { year: 2026, month: 1, day: 1, leap: false }], // Tết Bính Ngọ
    ['2026-02-16', { year: 2025, month: 12, day: 29, leap: false }], // 29 Chạp Ất Tỵ
    ['2025-01-29', { year: 2025, month: 1, day: 1, leap: false }],
    ['2024-02-10', { year: 2024, month: 1, day: 1, leap: false }],
    ['2023-01-22', { year: 2023, month: 1, day: 1, leap: false }],
    ['1985-01-21', { year: 1985, month: 1, day: 1, leap: false }], // UTC+7 (China: 20 February)
    ['2023-03-22', { year: 2023, month: 2, day: 1, leap: true }], // leap 2nd month
    ['2025-08-22', { year: 2025, month: 6, day: 29, leap: true }], // leap 6th month
    ['2026-04-26', { year: 2026, month: 3, day: 10, leap: false }], // Giỗ Tổ Hùng Vương
  ];
  const out = m.solarToLunarBatch(Int32Array.from(cases, ([s]) => packSolar(s)));
  assert.deepEqual([...out].map(unpackLunar), cases.map(([, l]) => l));
  assert.deepEqual([...out.slice(0, 2)], [202600101, 202501229]);
  assert.deepEqual([...m.solarToLunarBatch(Int32Array.of(20230322))], [202310201]);
  // Tết of every lunar year 1900-2199 through the inverse equals tet().
  const years = Array.from({ length: 300 }, (_, i) => 1900 + i);
  const tets = m.lunarToSolarBatch(Int32Array.from(years, (y) => y * 100000 + 101));
  assert.deepEqual([...tets].map(unpackSolar), years.map((y) => m.tet(y)));
  // The first and last days of the range.
  const ends = m.solarToLunarBatch(Int32Array.of(19000101, 21991231));
  assert.deepEqual(unpackLunar(ends[0]), m.solarToLunar('1900-01-01'));
  assert.deepEqual(unpackLunar(ends[1]), m.solarToLunar('2199-12-31'));
});

test('an entry that cannot be converted is 0; the rest of the batch is converted', () => {
  const input = Int32Array.of(
    20260217, // ok
    18991231, // before the range
    22000101, // after the range
    20230229, // not a date (2023 is not a leap year)
    20241301, // month 13
    20240100, // day 0
    0,
    -20260217,
    123,
    2147483647,
    20240229, // ok (leap year)
  );
  const out = m.solarToLunarBatch(input);
  assert.deepEqual([...out], [202600101, 0, 0, 0, 0, 0, 0, 0, 0, 0, packLunar(m.solarToLunar('2024-02-29'))]);
  assert.equal(out.indexOf(0), 1); // the first bad entry
  assert.deepEqual([...input.slice(0, 2)], [20260217, 18991231]); // the input is not modified

  const lunar = Int32Array.of(
    202600101, // ok
    202610301, // 2026 has no leap 3rd month
    202501230, // month 12 of 2025 has 29 days
    202601301, // month 13
    202600001, // month 0
    202600100, // day 0
    202600131, // day 31
    202620101, // leap digit 2
    220000101, // the solar date would be after the range
    0,
    -1,
    202510601, // ok: leap 6th month of 2025
  );
  const solar = m.lunarToSolarBatch(lunar);
  assert.deepEqual([...solar], [20260217, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, packSolar(m.lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }))]);
});

test('empty batches, views into larger buffers, results are new arrays', () => {
  const empty = m.solarToLunarBatch(new Int32Array(0));
  assert.ok(empty instanceof Int32Array);
  assert.equal(empty.length, 0);
  assert.equal(m.lunarToSolarBatch(new Int32Array(0)).length, 0);
  // A view at an offset into a bigger buffer: only the view is read.
  const buf = Int32Array.of(1, 20260217, 20230322, 2);
  const view = buf.subarray(1, 3);
  assert.deepEqual([...m.solarToLunarBatch(view)], [202600101, 202310201]);
  const input = Int32Array.of(20260217);
  const out = m.solarToLunarBatch(input);
  assert.notEqual(out.buffer, input.buffer);
  assert.equal(input[0], 20260217);
});

test('bad arguments throw coded errors, and the module keeps working', () => {
  throwsCode(assert, () => m.solarToLunarBatch(), 9001);
  throwsCode(assert, () => m.solarToLunarBatch(null), 9001);
  throwsCode(assert, () => m.lunarToSolarBatch(undefined), 9001);
  for (const bad of [[20260217], Uint32Array.of(20260217), Float64Array.of(20260217), new BigInt64Array(1), '20260217', 20260217, {}, new ArrayBuffer(4), new DataView(new ArrayBuffer(4))]) {
    const e = throwsCode(assert, () => m.solarToLunarBatch(bad), 9005);
    assert.equal(e.name, 'binding.invalid_argument');
    assert.match(e.messageEn, /Int32Array/);
    throwsCode(assert, () => m.lunarToSolarBatch(bad), 9005);
  }
  assert.deepEqual([...m.solarToLunarBatch(Int32Array.of(20260217))], [202600101]);
});

test('a large batch (1 million dates) converts in one call', () => {
  const all = Int32Array.from(days('1900-01-01', '2199-12-31'), packSolar);
  const n = 1_000_000;
  const big = new Int32Array(n);
  for (let i = 0; i < n; i++) big[i] = all[(i * 7919) % all.length];
  const out = m.solarToLunarBatch(big);
  assert.equal(out.length, n);
  assert.equal(out.indexOf(0), -1);
  for (let i = 0; i < n; i += 9973) assert.deepEqual(unpackLunar(out[i]), m.solarToLunar(unpackSolar(big[i])));
});
