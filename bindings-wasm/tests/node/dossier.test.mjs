// Dossiers and reports through the WASM package, on a log kept as plain data: the life of a
// birth registration (received Mon 2 Mar 2026, 3 working days → due Thu 5 Mar; supplementation
// Tue 3 → Wed 4 Mar restarts the period → due Mon 9 Mar; approved Fri 6, returned Mon 9),
// state, verify naming an edited event, replay, Biểu 06; rejections as coded errors with the
// input log unchanged and still usable; bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const A = '000.00.01.H40';
const CONTEXT = {
  procedure: '1.001193', field: 'ho_tich', time_limit: { working_days: 3 },
  required_documents: ['tp1', 'tp2'], receiving_agency: A, resolving_agency: A,
};
const desk = { id: 'cb01', role: 'desk_officer', agency: A };
const officer = { id: 'cv01', role: 'processing_officer', agency: A };
const approver = { id: 'ld01', role: 'approver', agency: A };
const applicant = { id: '001099012345', role: 'applicant' };
const cmd = (at, actor, command) => ({ at, actor, command });

function lifecycle() {
  let log = m.dossierNew('hs-2026-0001');
  assert.equal(log.format, 'motcua.dossier.v1');
  assert.equal(log.length, 0);
  const steps = [
    cmd('2026-03-02T08:00:00', desk, { type: 'create', channel: 'desk', applicant: { id: '001099012345', name: 'Nguyễn Văn A' } }),
    cmd('2026-03-02T08:05:00', desk, { type: 'submit', documents: ['tp1', 'tp2'] }),
    cmd('2026-03-02T08:10:00', desk, { type: 'accept', code: `${A}-260302-0001` }),
    cmd('2026-03-02T09:00:00', officer, { type: 'assign', officer: 'cv01' }),
    cmd('2026-03-03T10:00:00', officer, { type: 'request_supplement', missing: ['tp2'], reason: 'Bản sao chưa chứng thực' }),
    cmd('2026-03-04T09:00:00', applicant, { type: 'supplement', documents: ['tp2'] }),
    cmd('2026-03-06T15:00:00', approver, { type: 'approve', result: { number: '123/GKS', name: 'Giấy khai sinh' } }),
    cmd('2026-03-09T08:00:00', desk, { type: 'return_result' }),
  ];
  const events = [];
  for (const c of steps) {
    const before = JSON.stringify(log);
    const r = m.dossierApply(log, c, CONTEXT);
    assert.equal(JSON.stringify(log), before, 'the input log is never modified');
    assert.equal(r.log.length, log.length + 1);
    assert.deepEqual(r.log.events.at(-1), r.event);
    events.push(r.event);
    log = r.log;
  }
  return { log, events };
}

test('a dossier received, supplemented, approved and returned', () => {
  const { log, events } = lifecycle();
  assert.equal(events[2].event.type, 'accepted');
  assert.equal(events[2].event.form.due.legal_due_date, '2026-03-05');
  assert.equal(events[5].event.due.legal_due_date, '2026-03-09');
  assert.equal(events[6].event.finish.against_current, 'early');
  const s = m.dossierState(log);
  assert.equal(s.state.status, 'returned');
  assert.equal(s.portal_status, 10);
  assert.equal(s.status_label, 'đã trả kết quả');
  assert.equal(s.state.code, `${A}-260302-0001`);
  assert.equal(s.state.supplement_requests, 1);
  assert.deepEqual(s.state.due, { legal_due_date: '2026-03-09', appointment_at: '2026-03-09T17:00:00', index_appointment_at: s.state.due.index_appointment_at });
  assert.equal(s.state.original_due.legal_due_date, '2026-03-05');
  assert.equal(s.timeliness.against_current, 'early');
  assert.equal(s.summary.field, 'ho_tich');
  assert.equal(s.sync.NgayTiepNhan, '20260302081000');
  const earlier = m.dossierState(log, { as_of: '2026-03-03T12:00', status_mapping: { returned: 9 } });
  assert.equal(earlier.portal_status, 9);
  assert.equal(earlier.clock.current.stopped, true);
  // The log as stored JSON text works the same.
  assert.deepEqual(m.dossierState(JSON.stringify(log)), s);
});

test('verify names an edited event; replay rebuilds the log', () => {
  const { log } = lifecycle();
  assert.deepEqual(m.dossierVerify(log), { valid: true, dossier: 'hs-2026-0001', length: 8, head: log.head, problem: null });
  const edited = structuredClone(log);
  edited.events[3].event.officer = 'cv02';
  const r = m.dossierVerify(edited);
  assert.equal(r.valid, false);
  assert.equal(r.problem.code, 5008);
  assert.equal(r.problem.index, 3);
  assert.equal(r.problem.tamper, 'edited');
  throwsCode(assert, () => m.dossierState(edited), 5008);
  const swapped = structuredClone(log);
  [swapped.events[1], swapped.events[2]] = [swapped.events[2], swapped.events[1]];
  assert.equal(m.dossierVerify(swapped).problem.tamper, 'reordered');
  assert.deepEqual(m.dossierReplay('hs-2026-0001', log.events), log);
  assert.deepEqual(m.dossierReplay('hs-2026-0001', JSON.stringify(log.events)), log);
  throwsCode(assert, () => m.dossierReplay('hs-2026-0002', log.events), 5007);
});

test('rejections are coded errors; the log stays as it was and keeps working', () => {
  let log = m.dossierNew('hs-x');
  const create = cmd('2026-03-02T08:00:00', desk, { type: 'create', channel: 'desk', applicant: { id: '1', name: 'A' } });
  throwsCode(assert, () => m.dossierApply(log, create), 5006); // no context
  log = m.dossierApply(log, create, CONTEXT).log;
  log = m.dossierApply(log, cmd('2026-03-02T08:05:00', desk, { type: 'submit', documents: ['tp1'] })).log;
  const snapshot = structuredClone(log);
  const e = throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:10:00', desk, { type: 'accept', code: `${A}-260302-0001` })), 5004);
  assert.equal(e.name, 'dossier.guard');
  assert.match(e.messageEn, /complete_checklist/);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:10:00', officer, { type: 'assign', officer: 'cv01' })), 5001);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:00:00', desk, { type: 'resubmit', documents: [] })), 5005);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:01:00', desk, { type: 'teleport' })), 5006);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:01:00', { id: 'x', role: 'mayor' }, { type: 'confirm_delivery' })), 5006);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:10:00', applicant, { type: 'request_supplement_at_desk', missing: ['tp2'], reason: 'x' })), 5002);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-02T08:10:00', { ...desk, agency: '000.00.02.H40' }, { type: 'request_supplement_at_desk', missing: ['tp2'], reason: 'x' })), 5003);
  // dossierCheck gives the same rejection as a finding: guard, legal basis, the detail.
  const r = m.dossierCheck(log, cmd('2026-03-02T08:10:00', desk, { type: 'accept', code: `${A}-260302-0001` }));
  assert.equal(r.allowed, false);
  assert.equal(r.status, 'submitted');
  assert.equal(r.rejection.code, 5004);
  assert.equal(r.rejection.guard, 'complete_checklist');
  assert.match(r.rejection.legal_basis, /61\/2018/);
  assert.equal(r.rejection.message, e.message);
  assert.equal(r.rejection.message_en, e.messageEn);
  const ok = m.dossierCheck(log, cmd('2026-03-02T08:10:00', desk, { type: 'request_supplement_at_desk', missing: ['tp2'], reason: 'x' }));
  assert.equal(ok.allowed, true);
  assert.equal(ok.next_status, 'supplement_requested_at_desk');
  assert.equal(ok.rejection, null);
  throwsCode(assert, () => m.dossierCheck(log, cmd('2026-03-02T08:01:00', desk, { type: 'teleport' })), 5006);
  throwsCode(assert, () => m.dossierCheck(log), 9001);
  throwsCode(assert, () => m.dossierCheck(log, 'confirm'), 9005);
  assert.deepEqual(log, snapshot);
  // ... and the same log takes the next valid command.
  log = m.dossierApply(log, cmd('2026-03-02T08:10:00', desk, { type: 'request_supplement_at_desk', missing: ['tp2'], reason: 'Thiếu giấy chứng sinh' })).log;
  assert.equal(m.dossierState(log).state.status, 'supplement_requested_at_desk');
  // A log from another dossier.
  const foreign = { ...log, dossier: 'hs-y' };
  throwsCode(assert, () => m.dossierApply(foreign, cmd('2026-03-02T09:00:00', desk, { type: 'resubmit', documents: ['tp2'] })), 5007);
  assert.equal(m.dossierVerify(foreign).problem.code, 5007);
});

test('bad input: wrong types, missing fields, malformed and huge documents', () => {
  const { log } = lifecycle();
  throwsCode(assert, () => m.dossierNew(), 9001);
  throwsCode(assert, () => m.dossierNew(1), 9005);
  throwsCode(assert, () => m.dossierNew('x'.repeat(1025)), 9005);
  throwsCode(assert, () => m.dossierApply(), 9001);
  throwsCode(assert, () => m.dossierApply(log), 9001);
  throwsCode(assert, () => m.dossierApply(log, 'confirm'), 9005);
  throwsCode(assert, () => m.dossierApply(log, [], CONTEXT), 9005);
  throwsCode(assert, () => m.dossierApply(log, {}), 5006);
  throwsCode(assert, () => m.dossierApply(log, { at: '2026-03-10T08:00:00', actor: desk }), 5006);
  throwsCode(assert, () => m.dossierApply(log, cmd('2026-03-10T08:00:00', desk, { type: 'confirm_delivery' }), 'ctx'), 9005);
  throwsCode(assert, () => m.dossierState(log, { as_of: 'tomorrow' }), 5006);
  throwsCode(assert, () => m.dossierState(log, { asOf: '2026-03-03T00:00' }), 5006);
  throwsCode(assert, () => m.dossierState(log, { status_mapping: { returned: 11 } }), 5010);
  throwsCode(assert, () => m.dossierState(log, { as_of: '2026-03-01T00:00' }), 2011);
  const text = JSON.stringify(log);
  throwsCode(assert, () => m.dossierVerify(text.slice(0, text.length / 2)), 5006);
  throwsCode(assert, () => m.dossierState(text.slice(0, 100)), 5006);
  throwsCode(assert, () => m.dossierVerify({ ...log, format: 'x' }), 5006);
  throwsCode(assert, () => m.dossierVerify(' '.repeat((1 << 20) + 1)), 9005);
  throwsCode(assert, () => m.dossierVerify({ ...log, padding: 'x'.repeat(1 << 20) }), 9005);
  throwsCode(assert, () => m.dossierReplay('hs-2026-0001', { events: [] }), 5006);
  throwsCode(assert, () => m.dossierVerify(1n), 9005);
  // Still working.
  assert.equal(m.dossierState(log).state.status, 'returned');
  assert.equal(m.dossierVerify(log).valid, true);
});

test('the Biểu 06 report over logs and stored summaries', () => {
  const { log } = lifecycle();
  const params = { from: '2026-03-01', to: '2026-03-31' };
  const r = m.reportBieu06({ logs: [log] }, params);
  assert.deepEqual(r.bieu06.total.received, { total: 1, online: 0, direct_postal: 1, carried_over: 0 });
  assert.deepEqual(r.bieu06.total.resolved, { total: 1, early: 1, on_time: 0, late: 0 });
  assert.equal(r.bieu06.rows[0].key, 'ho_tich');
  assert.equal(r.rates.total.on_time_rate, 100);
  assert.ok(Array.isArray(r.indicators.evaluation));
  const summary = m.dossierState(log).summary;
  const r2 = m.reportBieu06({ summaries: [summary] }, params);
  assert.deepEqual(r2.bieu06, r.bieu06);
  const cal = m.WorkCalendar.civilService();
  assert.deepEqual(cal.reportBieu06(JSON.stringify({ logs: [log] }), params), r);
  cal.free();
  throwsCode(assert, () => m.reportBieu06({}, { from: '2026-03-31', to: '2026-03-01' }), 6001);
  throwsCode(assert, () => m.reportBieu06({}, { from: '2026-03-01' }), 6002);
  throwsCode(assert, () => m.reportBieu06({ dossiers: [] }, params), 6002);
  throwsCode(assert, () => m.reportBieu06({ logs: [{ format: 'x' }] }, params), 5006);
  throwsCode(assert, () => m.reportBieu06({}, undefined), 9001);
  assert.equal(m.reportBieu06({}, params).rates.total.on_time_rate, null);
});

test('a context from the catalogue; other calendars through WorkCalendar', () => {
  const ctx = m.dossierContext({ procedure: '1.001193', receiving_agency: '000.01.21.H40', on: '2026-03-02' });
  const r = m.dossierApply(m.dossierNew('hs-online'), cmd('2026-03-02T20:00:00', applicant,
    { type: 'create', channel: 'online', applicant: { id: '001099012345', name: 'Nguyễn Văn A' } }), ctx);
  assert.equal(r.event.event.context.service_level, 'full_process');
  const cal = m.WorkCalendar.enterprise();
  const r2 = cal.dossierApply(m.dossierNew('hs-e'), cmd('2026-03-02T08:00:00', desk,
    { type: 'create', channel: 'desk', applicant: { id: '1', name: 'A' } }), CONTEXT);
  assert.equal(cal.dossierState(r2.log).state.status, 'draft');
  assert.deepEqual(cal.dossierReplay('hs-e', r2.log.events), r2.log);
  cal.free();
});
