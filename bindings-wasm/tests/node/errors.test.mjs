// Bad input never aborts and never poisons the module or an instance: every error is a real
// Error with a numeric code, and the next call works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const stillWorks = () => {
  assert.equal(m.addWorkingDays('2026-02-13', 1), '2026-02-23');
  assert.equal(m.isWorkingDay('2026-08-22'), true);
};

test('errors are real Error objects with code, name, vi message and messageEn', () => {
  const e = throwsCode(assert, () => m.addWorkingDays('2199-12-30', 10), 1102);
  assert.equal(e.name, 'calendar.result_out_of_range');
  assert.match(e.message, /ngày làm việc/);
  assert.match(e.messageEn, /working days/);
  assert.equal(typeof e.stack, 'string');
  assert.match(String(e), /^calendar\.result_out_of_range: /);
  stillWorks();
});

test('wrong types and malformed dates: 9001 missing, 9005 invalid', () => {
  for (const bad of [undefined, null]) {
    throwsCode(assert, () => m.isWorkingDay(bad), 9001);
    throwsCode(assert, () => m.addWorkingDays('2026-01-05', bad), 9001);
  }
  throwsCode(assert, () => m.isWorkingDay(), 9001);
  const notDates = [
    20260217, {}, [], true, Symbol('d'), 12n, new Date(2026, 1, 17), () => '2026-02-17',
    '2026-2-17', '2026-02-17T00:00:00Z', ' 2026-02-17', '+002026-02-17', '2026/02/17', '',
    '２０２６-02-17', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10',
  ];
  for (const bad of notDates) {
    throwsCode(assert, () => m.isWorkingDay(bad), 9005);
    throwsCode(assert, () => m.solarToLunar(bad), 9005);
  }
  for (const n of [1.5, NaN, Infinity, -Infinity, '1', 2 ** 60, {}, 1n, true]) {
    throwsCode(assert, () => m.addWorkingDays('2026-01-05', n), 9005);
  }
  for (const y of ['2026', 2026.5, NaN, 2 ** 40, 2026n]) {
    throwsCode(assert, () => m.daysOff(y), 9005);
  }
  throwsCode(assert, () => m.explain('2026-08-31', 'fr'), 9005);
  throwsCode(assert, () => m.explain('2026-08-31', 1), 9005);
  throwsCode(assert, () => m.lunarToSolar(5), 9005);
  throwsCode(assert, () => m.lunarToSolar('2026-01-01'), 9005);
  throwsCode(assert, () => m.lunarToSolar({ year: 'x', month: 1, day: 1 }), 9005);
  throwsCode(assert, () => m.lunarToSolar({ year: 2026, month: 300, day: 1 }), 9005);
  throwsCode(assert, () => m.lunarToSolar({ month: 1, day: 1 }), 9005);
  throwsCode(assert, () => m.lunarToSolar(), 9001);
  stillWorks();
});

test('huge strings are refused without trapping', () => {
  const e = throwsCode(assert, () => m.isWorkingDay('9'.repeat(20 << 20)), 9005);
  assert.match(e.messageEn, /too long/);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements(' '.repeat(3 << 20)), 1106);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements('['.repeat(200000)), 1103);
  stillWorks();
});

test('announcement errors: 1103 malformed, 1104 conflicting, 9005 not a string', () => {
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements('{not json'), 1103);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements(''), 1103);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements('["\uD800"]'), 1103); // lone surrogate
  const conflict = JSON.stringify({
    year: 2030,
    source: { document: 'x' },
    days_off: [{ date: '2030-06-22', kind: 'extra' }],
    working_days: [{ date: '2030-06-22' }],
  });
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements(conflict), 1104);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements({ year: 2030 }), 9005);
  throwsCode(assert, () => m.WorkCalendar.withAnnouncements(), 9001);
  const cal = m.WorkCalendar.civilService();
  throwsCode(assert, () => cal.layerAnnouncements('{not json'), 1103);
  assert.equal(cal.isWorkingDay('2026-08-22'), true);
  cal.free();
  stillWorks();
});

test('an instance keeps working after errors, and many failed calls do not leak into later ones', () => {
  const cal = m.WorkCalendar.civilService();
  for (let i = 0; i < 2000; i++) {
    throwsCode(assert, () => cal.addWorkingDays('2199-12-30', 10), 1102);
    throwsCode(assert, () => cal.isWorkingDay('2026-02-30'), 9005);
    throwsCode(assert, () => cal.daysOff('x'), 9005);
  }
  assert.equal(cal.addWorkingDays('2026-02-13', 1), '2026-02-23');
  assert.equal(cal.isWorkingDay('2026-08-22'), true);
  cal.free();
  stillWorks();
});

test('a freed instance or a foreign `this` throws, other instances are unaffected', () => {
  const a = m.WorkCalendar.civilService();
  const b = m.WorkCalendar.civilService();
  a.free();
  assert.throws(() => a.isWorkingDay('2026-08-22'));
  assert.throws(() => m.WorkCalendar.prototype.isWorkingDay.call({}, '2026-08-22'));
  assert.equal(b.isWorkingDay('2026-08-22'), true);
  b.free();
  stillWorks();
});
