// The shared conformance vectors (tests/vectors/calendar.json) through the WASM package: the
// same expectations the Rust core and the C library are held to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { m, repoRoot, throwsCode } from './pkg.mjs';

const vectors = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/calendar.json'), 'utf8'));

test('lunar vectors', () => {
  assert.ok(vectors.lunar.length > 0);
  for (const v of vectors.lunar) {
    assert.deepEqual(m.solarToLunar(v.solar), v.lunar, `${v.solar} (${v.note})`);
    assert.equal(m.lunarToSolar(v.lunar), v.solar, `${JSON.stringify(v.lunar)} (${v.note})`);
  }
  for (const v of vectors.lunar_errors) throwsCode(assert, () => m.solarToLunar(v.solar), v.code);
});

test('calendar vectors', () => {
  const calendars = {
    civil_service: m.WorkCalendar.civilService(),
    enterprise: m.WorkCalendar.enterprise(),
  };
  assert.ok(vectors.calendar.length > 0);
  for (const v of vectors.calendar) {
    const cal = calendars[v.audience];
    assert.ok(cal, `unknown audience ${v.audience}`);
    const run = {
      add_working_days: () => cal.addWorkingDays(v.date, v.n),
      is_working_day: () => cal.isWorkingDay(v.date),
      working_days_between: () => cal.workingDaysBetween(v.from, v.to),
    }[v.op];
    assert.ok(run, `unknown op ${v.op}`);
    if ('error' in v) throwsCode(assert, run, v.error);
    else assert.equal(run(), v.expect, `${JSON.stringify(v)}`);
  }
  for (const c of Object.values(calendars)) c.free();
});
