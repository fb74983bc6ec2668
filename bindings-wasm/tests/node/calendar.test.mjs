// The working calendar through the --target nodejs package: true values of the Vietnamese
// civil-service calendar, free functions and the WorkCalendar class.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { m, repoRoot, throwsCode } from './pkg.mjs';

const swap2030 = JSON.stringify({
  year: 2030,
  scope: 'civil_service',
  source: { document: 'test notice 1/TEST' },
  days_off: [{ date: '2030-06-14', kind: 'swap', swapped_with: '2030-06-22' }],
  working_days: [{ date: '2030-06-22', replaces: '2030-06-14' }],
});

test('free functions on the embedded civil-service calendar', () => {
  assert.equal(m.addWorkingDays('2026-02-13', 1), '2026-02-23'); // over the Tết break
  assert.equal(m.addWorkingDays('2026-04-24', 1), '2026-04-28');
  assert.equal(m.addWorkingDays('2026-04-28', -1), '2026-04-24');
  assert.equal(m.addWorkingDays('2026-02-14', 0), '2026-02-14');
  assert.equal(m.isWorkingDay('2026-08-22'), true); // make-up Saturday
  assert.equal(m.isWorkingDay('2026-08-31'), false); // swapped Monday
  assert.equal(m.workingDaysBetween('2026-08-28', '2026-09-03'), 1);
  assert.equal(m.workingDaysBetween('2026-09-03', '2026-08-28'), -1);
  assert.equal(m.workingDayOnOrAfter('2026-02-14'), '2026-02-23');
});

test('daysOff, makeUpDays, why, explain', () => {
  const off = m.daysOff(2026);
  assert.ok(Array.isArray(off));
  const tet = off.find((d) => d.date === '2026-02-17');
  assert.ok(tet, 'Tết 2026 listed');
  assert.equal(tet.working, false);
  assert.ok(tet.reasons.some((r) => r.holiday === 'tet'));
  assert.ok(off.some((d) => d.date === '2026-08-31'));
  assert.deepEqual(m.daysOff(1500), []);
  assert.ok(m.makeUpDays(2026).some((d) => d.date === '2026-08-22' && d.working));

  const why = m.why('2026-08-31');
  assert.equal(why.date, '2026-08-31');
  assert.equal(why.working, false);
  assert.equal(why.estimated, false);
  assert.equal(why.reasons[0].kind, 'swap');
  assert.equal(why.reasons[0].related_date, '2026-08-22');
  assert.equal(typeof why.reasons[0].text_vi, 'string');
  assert.equal(typeof why.reasons[0].source.document, 'string');
  assert.deepEqual(m.why('2026-03-03').reasons, []); // an ordinary Tuesday

  assert.match(m.explain('2026-08-31', 'en'), /2026-08-22/);
  assert.match(m.explain('2026-08-31'), /ngày nghỉ/);
  assert.equal(m.explain('2026-08-31', 'vi'), m.explain('2026-08-31'));
});

test('WorkCalendar class: constructors, methods, immutability', () => {
  const civil = m.WorkCalendar.civilService();
  const ent = m.WorkCalendar.enterprise();
  assert.equal(civil.isWorkingDay('2026-08-22'), true);
  assert.equal(ent.isWorkingDay('2026-08-22'), false); // no civil-service swap
  assert.equal(ent.isWorkingDay('2026-08-31'), true);
  assert.equal(ent.isWorkingDay('2026-02-17'), false); // Tết for everyone
  assert.equal(civil.addWorkingDays('2026-02-13', 1), '2026-02-23');
  assert.equal(civil.workingDaysBetween('2026-08-28', '2026-09-03'), 1);
  assert.equal(civil.workingDayOnOrAfter('2026-02-14'), '2026-02-23');
  assert.equal(civil.firstDate, '2000-01-01');
  assert.equal(civil.lastDate, '2199-12-31');
  assert.equal(civil.isEstimated(2026), false);
  assert.equal(civil.isEstimated(2150), true);
  assert.ok(civil.daysOff(2026).length > 5);
  assert.ok(civil.makeUpDays(2026).length >= 1);
  assert.equal(civil.why('2026-08-31').reasons[0].related_date, '2026-08-22');
  assert.match(civil.explain('2026-08-31', 'en'), /2026-08-22/);

  const loaded = m.WorkCalendar.withAnnouncements(swap2030);
  assert.equal(loaded.isWorkingDay('2030-06-14'), false);
  assert.equal(loaded.isWorkingDay('2030-06-22'), true);
  assert.equal(loaded.why('2030-06-14').reasons[0].source.document, 'test notice 1/TEST');
  assert.equal(civil.isWorkingDay('2030-06-14'), true); // civil is unchanged
  assert.equal(m.isWorkingDay('2030-06-14'), true); // and so is the embedded one

  const layered = ent.layerAnnouncements(swap2030); // civil_service scope: not for enterprises
  assert.equal(layered.isWorkingDay('2030-06-14'), true);
  for (const c of [civil, ent, loaded, layered]) c.free();
});

test('version() is the Cargo package version', () => {
  const cargo = readFileSync(path.join(repoRoot, 'Cargo.toml'), 'utf8');
  const v = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)[1];
  assert.equal(m.version(), v);
});

test('out-of-range results are coded errors', () => {
  throwsCode(assert, () => m.addWorkingDays('2199-12-30', 10), 1102);
  throwsCode(assert, () => m.addWorkingDays('1999-12-31', 1), 1101);
  throwsCode(assert, () => m.isWorkingDay('1999-12-31'), 1101);
  throwsCode(assert, () => m.workingDaysBetween('2026-01-01', '2200-01-01'), 1101);
  throwsCode(assert, () => m.why('2200-01-01'), 1101);
  throwsCode(assert, () => m.addWorkingDays('2026-01-05', 2 ** 53 - 1), 1102);
});
