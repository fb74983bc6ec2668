// Deadlines through the WASM package: computeDue and the clock as plain data (clockStatus,
// clockAssess, clockApply), with hand-derived values of the 2026 civil-service calendar; then
// bad input (wrong types, missing fields, huge strings) and the module still working after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const stillWorks = () => {
  const d = m.computeDue('2026-02-13T10:00', { working_days: 1 });
  assert.equal(d.legal_due_date, '2026-02-23');
  const c = m.clockApply({ limit: { working_days: 2 } }, { type: 'received', at: '2026-03-02T09:00:00' });
  assert.equal(m.clockStatus(c, '2026-03-03T08:00').current.legal_due_date, '2026-03-04');
};

test('computeDue: the Tết worked case, explained in both languages', () => {
  // Fri 13 Feb 2026 10:00 + 1 working day: the Tết break runs Sat 14 - Sun 22 Feb.
  const d = m.computeDue('2026-02-13T10:00', { working_days: 1 }, undefined, 'en');
  assert.equal(d.legal_due_date, '2026-02-23');
  assert.equal(d.appointment_at, '2026-02-23T17:00:00');
  assert.equal(d.received_at, '2026-02-13T10:00:00');
  assert.equal(d.counted_from, '2026-02-13T10:00:00');
  assert.equal(d.handed_over_at, '2026-02-13T10:00:00');
  assert.deepEqual(d.limit, { working_days: 1 });
  assert.equal(d.adjustments, undefined);
  const days = d.explanation.days;
  assert.equal(days.length, 11); // 13 … 23 February
  assert.deepEqual(
    days.map((x) => x.role),
    ['receipt', ...Array(9).fill('skipped'), 'counted'],
  );
  assert.equal(days[10].day_number, 1);
  assert.equal(days[10].is_due, true);
  assert.ok(days[4].reasons.some((r) => r.holiday === 'tet'));
  assert.match(d.explanation.text, /^Received: 2026-02-13 10:00/);
  assert.match(d.explanation.text, /Lunar New Year/);
  const vi = m.computeDue('2026-02-13T10:00:00', { working_days: 1 }, null);
  assert.equal(vi.legal_due_date, '2026-02-23');
  assert.match(vi.explanation.text, /Hạn giải quyết theo luật: hết ngày 2026-02-23/);
  // The same through a WorkCalendar instance; the enterprise calendar has no civil swap.
  const cal = m.WorkCalendar.civilService();
  assert.deepEqual(cal.computeDue('2026-02-13T10:00', { working_days: 1 }, {}, 'en'), d);
  cal.free();
  const ent = m.WorkCalendar.enterprise();
  assert.equal(ent.computeDue('2026-08-21T09:00', { working_days: 1 }).legal_due_date, '2026-08-24');
  assert.equal(m.computeDue('2026-08-21T09:00', { working_days: 1 }).legal_due_date, '2026-08-22');
  ent.free();
});

test('computeDue: same-day cut-off before the 30/4 - 1/5 holidays, policies', () => {
  const late = m.computeDue('2026-04-29T15:30', { same_day: {} });
  assert.equal(late.legal_due_date, '2026-05-04');
  assert.equal(late.appointment_at, '2026-05-04T17:00:00');
  assert.deepEqual(late.adjustments, [{ kind: 'same_day_cutoff_passed', cutoff: '15:00:00' }]);
  assert.equal(m.computeDue('2026-04-29T14:00', { same_day: {} }).legal_due_date, '2026-04-29');
  // Online after hours counts from the next session (Mon 9 Mar 07:30): day 1 is Tue 10.
  const online = m.computeDue('2026-03-06T20:00', { working_days: 1 }, { channel: 'online' });
  assert.equal(online.counted_from, '2026-03-09T07:30:00');
  assert.equal(online.legal_due_date, '2026-03-10');
  assert.equal(online.handed_over_at, undefined);
  const keep = m.computeDue('2026-03-09T10:07', { working_days: 3 }, { appointment: 'keep_time_of_day' });
  assert.equal(keep.appointment_at, '2026-03-12T10:07:00');
});

test('clock: supplementation under the default (restart) semantics, as plain data', () => {
  const c0 = { limit: { working_days: 5 } };
  const c1 = m.clockApply(c0, { type: 'received', at: '2026-03-02T09:00:00' });
  const c2 = m.clockApply(c1, { type: 'supplement_requested', at: '2026-03-03T09:00:00', reason: 'thiếu bản sao' });
  const waiting = m.clockStatus(c2, '2026-03-04T10:00');
  assert.equal(waiting.state, 'waiting_for_applicant');
  assert.equal(waiting.current.stopped, true);
  assert.equal(waiting.current.legal_due_date, '2026-03-11'); // if it came back now (Wed 4)
  const c3 = m.clockApply(c2, { type: 'supplement_fulfilled', at: '2026-03-05T09:00:00' });
  const s = m.clockStatus(c3, '2026-03-05T12:00');
  assert.equal(s.state, 'running');
  assert.equal(s.current.semantics, 'restart_full');
  assert.equal(s.current.legal_due_date, '2026-03-12'); // 5 working days again from Thu 5
  assert.equal(s.alternative.semantics, 'pause_and_resume');
  assert.equal(s.alternative.legal_due_date, '2026-03-11');
  assert.equal(s.original.legal_due_date, '2026-03-09');
  assert.equal(s.supplements.length, 1);
  assert.equal(s.supplements[0].within_notice, true);
  // Inputs are never modified; each apply returns a new object with a new event array.
  assert.deepEqual(c0, { limit: { working_days: 5 } });
  assert.equal(c1.events.length, 1);
  assert.equal(c2.events.length, 2);
  assert.equal(c3.events.length, 3);
  assert.equal(c3.limit, c0.limit); // the same limit value is carried over
  assert.ok(!('policy' in c3));
  // JSON round trip: the clock is plain, serialisable data.
  assert.deepEqual(m.clockStatus(JSON.parse(JSON.stringify(c3)), '2026-03-05T12:00'), s);
  const fin = m.clockApply(c3, { type: 'finished', at: '2026-03-11T16:00:00' });
  const a = m.clockAssess(fin, '2026-03-20T00:00');
  assert.equal(a.against_current, 'early');
  assert.equal(a.supplement_requests, 1);
  // Pause semantics as a policy.
  const paused = { ...c3, policy: { on_supplement: 'pause_and_resume' } };
  assert.equal(m.clockStatus(paused, '2026-03-05T12:00').current.legal_due_date, '2026-03-11');
  assert.deepEqual(m.clockApply(paused, { type: 'finished', at: '2026-03-06T09:00:00' }).policy, paused.policy);
});

test('clock: an extension, refused events leave the input unchanged', () => {
  let c = { limit: { working_days: 2 }, policy: null, events: [] };
  c = m.clockApply(c, { type: 'received', at: '2026-03-02T09:00:00' });
  c = m.clockApply(c, { type: 'extended', at: '2026-03-03T10:00:00', new_appointment: '2026-03-06T17:00:00', reason: 'cần xác minh' });
  const s = m.clockStatus(c, '2026-03-05T12:00');
  assert.equal(s.current.legal_due_date, '2026-03-06');
  assert.equal(s.current.extended, true);
  assert.equal(s.current.overdue, false);
  assert.equal(s.without_extension.appointment_at, '2026-03-04T17:00:00');
  assert.equal(s.without_extension.overdue, true);
  assert.equal(s.extension.previous_appointment, '2026-03-04T17:00:00');
  const before = structuredClone(c);
  throwsCode(assert, () => m.clockApply(c, { type: 'extended', at: '2026-03-03T11:00:00', new_appointment: '2026-03-09T17:00:00' }), 2008);
  throwsCode(assert, () => m.clockApply(c, { type: 'paused', at: '2026-03-01T09:00:00' }), 2006);
  throwsCode(assert, () => m.clockApply(c, { type: 'resumed', at: '2026-03-03T12:00:00' }), 2007);
  assert.deepEqual(c, before);
  const a = m.clockAssess(c, '2026-03-05T12:00');
  assert.equal(a.against_current, 'within_deadline');
  assert.equal(a.against_original, 'overdue');
  // The same on a WorkCalendar instance.
  const cal = m.WorkCalendar.civilService();
  assert.deepEqual(cal.clockStatus(c, '2026-03-05T12:00'), s);
  assert.deepEqual(cal.clockAssess(c, '2026-03-05T12:00'), a);
  assert.deepEqual(cal.clockApply(c, { type: 'finished', at: '2026-03-05T13:00:00' }).events.length, 3);
  cal.free();
});

test('deadline errors carry their codes and names', () => {
  const e = throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: -3 }), 2001);
  assert.equal(e.name, 'deadline.invalid_limit');
  assert.match(e.message, /Thời hạn giải quyết/);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: 0 }), 2001);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: 100001 }), 2001);
  throwsCode(assert, () => m.computeDue('2250-01-01T10:00', { working_days: 1 }), 2003);
  throwsCode(assert, () => m.computeDue('2199-12-30T10:00', { working_days: 10 }), 2004);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: 1 }, { appointment: { working_hour_arithmetic: { round_to_minutes: 90 } } }), 2005);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { weeks: 2 }), 2012);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: 1 }, { channel: 'fax' }), 2012);
  throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: 1 }, { colour: 'red' }), 2012);
  const events = [{ type: 'received', at: '2026-03-02T09:00:00' }];
  throwsCode(assert, () => m.clockStatus({ limit: { working_days: 2 }, events }, '2026-03-01T08:00'), 2011);
  throwsCode(assert, () => m.clockStatus({ limit: { working_days: 2 } }, '2026-03-03T08:00'), 2007);
  throwsCode(assert, () => m.clockStatus({ limit: { working_days: 2 }, events: [...events, { type: 'finished', at: '2026-03-01T09:00:00' }] }, '2026-03-03T08:00'), 2006);
  stillWorks();
});

test('wrong types and missing fields: 9001 missing, 9005 invalid, 2012 malformed', () => {
  const L = { working_days: 1 };
  const T = '2026-03-02T09:00';
  for (const bad of [undefined, null]) {
    throwsCode(assert, () => m.computeDue(bad, L), 9001);
    throwsCode(assert, () => m.computeDue(T, bad), 9001);
    throwsCode(assert, () => m.clockStatus(bad, T), 9001);
    throwsCode(assert, () => m.clockStatus({ limit: L }, bad), 9001);
    throwsCode(assert, () => m.clockApply({ limit: L }, bad), 9001);
    throwsCode(assert, () => m.clockStatus({ limit: bad }, T), 9001);
  }
  throwsCode(assert, () => m.computeDue(), 9001);
  const e = throwsCode(assert, () => m.clockStatus({ events: [] }, T), 9001);
  assert.match(e.messageEn, /clock\.limit/);
  const notInstants = [
    20260302, {}, [], true, 12n, new Date(2026, 2, 2), '2026-03-02', '2026-03-02 09:00',
    '2026-03-02T09:00Z', '2026-03-02T09:00:00.000', '2026-02-30T09:00', '2026-03-02T24:00', '',
    ' 2026-03-02T09:00', '２０２６-03-02T09:00',
  ];
  for (const bad of notInstants) {
    throwsCode(assert, () => m.computeDue(bad, L), 9005);
    throwsCode(assert, () => m.clockStatus({ limit: L, events: [{ type: 'received', at: '2026-03-02T09:00:00' }] }, bad), 9005);
  }
  for (const bad of ['{"working_days":1}', 1, true, [L], () => L, Symbol('l'), 7n]) {
    throwsCode(assert, () => m.computeDue(T, bad), 9005);
    throwsCode(assert, () => m.clockStatus({ limit: bad }, T), 9005);
  }
  for (const bad of ['{}', 1, [], true]) throwsCode(assert, () => m.computeDue(T, L, bad), 9005);
  throwsCode(assert, () => m.computeDue(T, L, undefined, 'fr'), 9005);
  for (const bad of ['clock', 5, [], true]) throwsCode(assert, () => m.clockStatus(bad, T), 9005);
  throwsCode(assert, () => m.clockStatus({ limit: L, events: {} }, T), 9005);
  throwsCode(assert, () => m.clockStatus({ limit: L, events: 'x' }, T), 9005);
  throwsCode(assert, () => m.clockStatus({ limit: L, policy: 'default' }, T), 9005);
  // An event must be one object; fields are checked by the core's parser (2012).
  const c = m.clockApply({ limit: L }, { type: 'received', at: '2026-03-02T09:00:00' });
  throwsCode(assert, () => m.clockApply(c, [{ type: 'paused', at: '2026-03-02T10:00:00' }]), 9005);
  throwsCode(assert, () => m.clockApply(c, 'paused'), 9005);
  throwsCode(assert, () => m.clockApply(c, { type: 'paused' }), 2012);
  throwsCode(assert, () => m.clockApply(c, { at: '2026-03-02T10:00:00' }), 2012);
  throwsCode(assert, () => m.clockApply(c, { type: 'paused', at: '2026-03-02T10:00' }), 2012);
  throwsCode(assert, () => m.clockApply(c, { type: 'teleported', at: '2026-03-02T10:00:00' }), 2012);
  throwsCode(assert, () => m.clockApply(c, { type: 'paused', at: '2026-03-02T10:00:00', extra: 1 }), 2012);
  throwsCode(assert, () => m.clockStatus({ limit: L, events: [{ type: 'received' }] }, T), 2012);
  throwsCode(assert, () => m.computeDue(T, { working_days: '1' }), 2012);
  throwsCode(assert, () => m.computeDue(T, { working_days: 1.5 }), 2012);
  throwsCode(assert, () => m.computeDue(T, { working_days: NaN }), 2012); // stringified as null
  throwsCode(assert, () => m.computeDue(T, {}), 2012);
  // Values JSON.stringify refuses: BigInt inside, cycles.
  throwsCode(assert, () => m.computeDue(T, { working_days: 1n }), 9005);
  const cyclic = { working_days: 1 };
  cyclic.self = cyclic;
  throwsCode(assert, () => m.computeDue(T, cyclic), 9005);
  stillWorks();
});

test('huge inputs are refused without trapping', () => {
  const T = '2026-03-02T09:00';
  const e = throwsCode(assert, () => m.computeDue('9'.repeat(20 << 20), { working_days: 1 }), 9005);
  assert.match(e.messageEn, /too long/);
  const big = throwsCode(assert, () => m.computeDue(T, { working_days: 1, pad: 'x'.repeat(2 << 20) }), 9005);
  assert.match(big.messageEn, /too large/);
  throwsCode(assert, () => m.computeDue(T, { working_days: 1 }, { pad: 'x'.repeat(2 << 20) }), 9005);
  const many = Array.from({ length: 40000 }, () => ({ type: 'paused', at: '2026-03-02T10:00:00', reason: 'x'.repeat(20) }));
  throwsCode(assert, () => m.clockStatus({ limit: { working_days: 1 }, events: many }, T), 9005);
  // Deep nesting is a parse error of the core (recursion limit 128), not a crash; nesting
  // JSON.stringify itself cannot handle is an invalid argument.
  let deep = { working_days: 1 };
  for (let i = 0; i < 200; i++) deep = { a: deep };
  throwsCode(assert, () => m.computeDue(T, deep), 2012);
  for (let i = 0; i < 100000; i++) deep = { a: deep };
  assert.throws(() => m.computeDue(T, deep), (e) => e instanceof Error && [9005, 2012].includes(e.code));
  stillWorks();
});

test('the module keeps working after many failed calls', () => {
  const cal = m.WorkCalendar.civilService();
  const c = { limit: { working_days: 2 }, events: [{ type: 'received', at: '2026-03-02T09:00:00' }] };
  for (let i = 0; i < 1000; i++) {
    throwsCode(assert, () => m.computeDue('2026-03-02T09:00', { working_days: -1 }), 2001);
    throwsCode(assert, () => cal.clockApply(c, { type: 'finished', at: '2026-03-01T09:00:00' }), 2006);
    throwsCode(assert, () => m.clockStatus(c, 'soon'), 9005);
  }
  assert.equal(cal.clockStatus(c, '2026-03-03T08:00').current.legal_due_date, '2026-03-04');
  cal.free();
  stillWorks();
});

test('timeLimitText: the library wording of every unit, both languages; bad limits throw', () => {
  assert.equal(m.timeLimitText({ working_days: 5 }), '5 ngày làm việc');
  assert.equal(m.timeLimitText({ working_days: 5 }, 'en'), '5 working day(s)');
  assert.equal(m.timeLimitText({ working_hours: 4 }, 'vi'), '4 giờ làm việc');
  assert.equal(m.timeLimitText({ fractional_working_days: 0.5 }, 'en'), '0.5 working day(s)');
  assert.equal(m.timeLimitText({ calendar_days: 15 }, 'en'), '15 calendar day(s)');
  assert.equal(m.timeLimitText({ months: 1 }), '1 tháng');
  assert.equal(
    m.timeLimitText({ same_day: { cutoff: '15:00:00' } }),
    'trong ngày (tiếp nhận sau 15:00 trả vào ngày làm việc tiếp theo)',
  );
  // The same words as computeDue's explanation uses for the limit.
  const d = m.computeDue('2026-02-13T10:00', { working_days: 1 }, undefined, 'en');
  assert.ok(d.explanation.text.includes(m.timeLimitText({ working_days: 1 }, 'en')));
  throwsCode(assert, () => m.timeLimitText({ working_days: 0 }), 2001);
  throwsCode(assert, () => m.timeLimitText(), 9001);
  throwsCode(assert, () => m.timeLimitText('5 days'), 9005);
  throwsCode(assert, () => m.timeLimitText({ working_days: 5 }, 'fr'), 9005);
  assert.equal(m.timeLimitText({ working_days: 2 }, 'en'), '2 working day(s)');
});
