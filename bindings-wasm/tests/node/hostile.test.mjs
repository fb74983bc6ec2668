// Hostile 10 MB inputs through every document-taking export of the WASM package (issue 8).
//
// Each document argument gets ten shapes: five as text (a 10 MB JSON string value, 10 MB of
// `[`, an array of small objects, printable garbage, and the string shape with a lone
// surrogate near its end: the JS counterpart of invalid UTF-8, a string with no UTF-8
// encoding) and five as data (an object whose JSON.stringify text is 10 MB or more: a long
// string, a long array, the garbage and the lone surrogate; and 100,000 nested arrays, which
// JSON.stringify itself refuses). The other arguments are valid. Every call must throw an
// Error with the documented numeric `code`, and a normal call of the same export right after
// must give the right answer. Times are logged; none is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const TEN_MB = 10_000_000;

function stringShape() {
  const head = '{"value":"';
  return head + 'x'.repeat(TEN_MB - head.length - 2) + '"}';
}

function arrayShape() {
  const n = Math.ceil(TEN_MB / 8);
  return '[' + new Array(n).fill('{"a":1}').join(',') + ']';
}

function garbageShape() {
  // Printable ASCII from a fixed xorshift seed (valid text, not JSON).
  let x = 2463534242;
  const codes = new Uint8Array(TEN_MB);
  for (let i = 0; i < TEN_MB; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    codes[i] = 0x20 + (x % 95);
  }
  return Buffer.from(codes).toString('latin1');
}

function deep(n) {
  const root = [];
  let cur = root;
  for (let i = 1; i < n; i++) {
    const next = [];
    cur.push(next);
    cur = next;
  }
  return root;
}

const STRING = stringShape();
const TEXT = {
  string: STRING,
  nested: '['.repeat(TEN_MB),
  array: arrayShape(),
  garbage: garbageShape(),
  lone_surrogate: STRING.slice(0, -3) + '\uD800"}',
};
const DATA = {
  string: { value: 'x'.repeat(TEN_MB) },
  nested: { value: deep(100_000) },
  array: { items: new Array(Math.ceil(TEN_MB / 8)).fill({ a: 1 }) },
  garbage: { value: TEXT.garbage },
  lone_surrogate: { value: TEXT.lone_surrogate },
};
for (const [name, s] of Object.entries(TEXT)) assert.ok(s.length >= TEN_MB, name);
for (const [name, v] of Object.entries(DATA)) {
  if (name !== 'nested') assert.ok(JSON.stringify(v).length >= TEN_MB, name);
}
assert.throws(() => JSON.stringify(DATA.nested), RangeError);

// ------------------------------------------------------------------ valid inputs

const LIMIT = { working_days: 5 };
const RECEIVED = { type: 'received', at: '2026-03-02T09:00:00' };
const CLOCK = { limit: LIMIT, events: [RECEIVED] };
const AS_OF = '2026-03-03T09:00';
const AGENCY = '000.00.01.H40';
const CONTEXT = {
  procedure: '1.001193',
  field: 'ho_tich',
  time_limit: { working_days: 3 },
  required_documents: ['tp1', 'tp2'],
  receiving_agency: AGENCY,
  resolving_agency: AGENCY,
};
const CREATE = {
  at: '2026-03-02T08:00:00',
  actor: { id: 'cb01', role: 'desk_officer', agency: AGENCY },
  command: { type: 'create', channel: 'desk', applicant: { id: '001099012345', name: 'Nguyễn Văn A' } },
};
const LOG = m.dossierNew('hs-1');
const CREATED = m.dossierApply(LOG, CREATE, CONTEXT).log;
const SPEC = { id: 'x', fields: [{ name: 'a', type: 'text' }] };
const REQUEST = { procedure: '1.001193', receiving_agency: '000.01.21.H40', on: '2026-03-02' };
const PARAMS = { from: '2026-03-01', to: '2026-03-31' };
const ONE = {
  version: 't1',
  procedures: [
    {
      id: '1.000001',
      code: '1.000001',
      name: { vi: 'Thủ tục thử', en: 'Test procedure' },
      field: 'thu_nghiem',
      authorities: [
        { level: 'commune', agency: { vi: 'UBND cấp xã' }, basis: { source: 'test', confidence: 'unverified' } },
      ],
      applicant_types: ['citizen'],
      variants: [
        {
          id: 'v1',
          name: { vi: 'Chung' },
          time_limit: { working_days: 3 },
          time_limit_basis: { source: 'test', confidence: 'unverified' },
          steps: [{ code: 'b1', name: { vi: 'Thẩm định' }, budget: { working_days: 2 } }],
        },
      ],
      result: { name: { vi: 'Kết quả' } },
    },
  ],
};
const SWAP_2030 = JSON.stringify({
  year: 2030,
  scope: 'civil_service',
  source: { document: 'test 1/TEST' },
  days_off: [{ date: '2030-06-14', kind: 'swap', swapped_with: '2030-06-22' }],
  working_days: [{ date: '2030-06-22', replaces: '2030-06-14' }],
});
const CAL = m.WorkCalendar.civilService();
const CAT = m.Catalogue.vietnamDefault();

// ------------------------------------------------------------------ the table
// Expected codes: one number for every shape, or {text, data} (each a number, or an object
// by shape name for the exceptions).
const BAD = 9005; // a binding-level invalid argument: too long, wrong type, not convertible
// A whole clock given as one of the data shapes has no `limit` (9001, a missing argument); the
// 10 MB documents inside a clock are its `limit`, `policy` and `events` entries below.
const CLOCK_ARG = { text: BAD, data: 9001 };

const entries = [];
/** One document argument of one export. */
function entry(name, call, expect, normal) {
  entries.push({ name, call, expect, normal });
}
const coreLimit = (code) => ({ text: code, data: { nested: BAD, default: code } });

// Calendars and announcements.
entry('WorkCalendar.withAnnouncements(json)', (d) => m.WorkCalendar.withAnnouncements(d), { text: 1106, data: BAD }, () =>
  assert.equal(m.WorkCalendar.withAnnouncements(SWAP_2030).isWorkingDay('2030-06-22'), true));
entry('cal.layerAnnouncements(json)', (d) => CAL.layerAnnouncements(d), { text: 1106, data: BAD }, () =>
  assert.equal(CAL.layerAnnouncements(SWAP_2030).isWorkingDay('2030-06-22'), true));
entry('isWorkingDay(date)', (d) => m.isWorkingDay(d), BAD, () => assert.equal(m.isWorkingDay('2026-08-22'), true));
entry('explain(date, lang)', (d) => m.explain('2026-08-31', d), BAD, () =>
  assert.match(m.explain('2026-08-31', 'en'), /^2026-08-31/));

// Deadlines: free functions and WorkCalendar methods.
const dueOk = (f) => () => assert.equal(f('2026-02-13T10:00', { working_days: 1 }).legal_due_date, '2026-02-23');
for (const [prefix, f] of [['', m.computeDue], ['cal.', CAL.computeDue.bind(CAL)]]) {
  entry(`${prefix}computeDue(receivedAt)`, (d) => f(d, LIMIT), BAD, dueOk(f));
  entry(`${prefix}computeDue(limit)`, (d) => f('2026-02-13T10:00', d), BAD, dueOk(f));
  entry(`${prefix}computeDue(policy)`, (d) => f('2026-02-13T10:00', LIMIT, d), BAD, dueOk(f));
  entry(`${prefix}computeDue(lang)`, (d) => f('2026-02-13T10:00', LIMIT, null, d), BAD, dueOk(f));
}
const statusOk = (f) => () => assert.equal(f(CLOCK, AS_OF).current.legal_due_date, '2026-03-09');
const assessOk = (f) => () => assert.equal(f(CLOCK, AS_OF).against_current, 'within_deadline');
const applyOk = (f) => () => assert.deepEqual(f({ limit: LIMIT, events: [] }, RECEIVED).events, [RECEIVED]);
for (const [prefix, on] of [['', m], ['cal.', CAL]]) {
  const status = on.clockStatus.bind(on);
  const assess = on.clockAssess.bind(on);
  const apply = on.clockApply.bind(on);
  entry(`${prefix}clockStatus(clock)`, (d) => status(d, AS_OF), CLOCK_ARG, statusOk(status));
  entry(`${prefix}clockStatus(clock.limit)`, (d) => status({ limit: d, events: [RECEIVED] }, AS_OF), BAD, statusOk(status));
  entry(`${prefix}clockStatus(clock.policy)`, (d) => status({ limit: LIMIT, policy: d, events: [RECEIVED] }, AS_OF), BAD,
    statusOk(status));
  entry(`${prefix}clockStatus(clock.events)`, (d) => status({ limit: LIMIT, events: d }, AS_OF), BAD, statusOk(status));
  entry(`${prefix}clockStatus(asOf)`, (d) => status(CLOCK, d), BAD, statusOk(status));
  entry(`${prefix}clockAssess(clock)`, (d) => assess(d, AS_OF), CLOCK_ARG, assessOk(assess));
  entry(`${prefix}clockAssess(asOf)`, (d) => assess(CLOCK, d), BAD, assessOk(assess));
  entry(`${prefix}clockApply(clock)`, (d) => apply(d, RECEIVED), CLOCK_ARG, applyOk(apply));
  entry(`${prefix}clockApply(event)`, (d) => apply({ limit: LIMIT, events: [] }, d), BAD, applyOk(apply));
}

// Dossiers: free functions and WorkCalendar methods.
entry('dossierNew(id)', (d) => m.dossierNew(d), BAD, () => assert.equal(m.dossierNew('hs-2').dossier, 'hs-2'));
entry('dossierVerify(log)', (d) => m.dossierVerify(d), BAD, () => assert.equal(m.dossierVerify(CREATED).valid, true));
for (const [prefix, on] of [['', m], ['cal.', CAL]]) {
  const apply = on.dossierApply.bind(on);
  const state = on.dossierState.bind(on);
  const replay = on.dossierReplay.bind(on);
  const applyOk2 = () => {
    const r = apply(LOG, CREATE, CONTEXT);
    assert.equal(r.log.length, 1);
    assert.equal(r.event.event.type, 'created');
  };
  const stateOk = () => assert.equal(state(CREATED, { as_of: '2026-03-02T08:30' }).state.status, 'draft');
  const replayOk = () => assert.equal(replay('hs-1', []).length, 0);
  entry(`${prefix}dossierApply(log)`, (d) => apply(d, CREATE, CONTEXT), BAD, applyOk2);
  entry(`${prefix}dossierApply(command)`, (d) => apply(LOG, d, CONTEXT), BAD, applyOk2);
  entry(`${prefix}dossierApply(context)`, (d) => apply(LOG, CREATE, d), BAD, applyOk2);
  entry(`${prefix}dossierState(log)`, (d) => state(d), BAD, stateOk);
  entry(`${prefix}dossierState(options)`, (d) => state(CREATED, d), BAD, stateOk);
  entry(`${prefix}dossierReplay(id)`, (d) => replay(d, []), BAD, replayOk);
  entry(`${prefix}dossierReplay(events)`, (d) => replay('hs-1', d), BAD, replayOk);
}

// Forms and identifiers.
const formOk = () => assert.equal(m.validateForm(SPEC, { a: 'b' }).valid, true);
entry('validateForm(spec)', (d) => m.validateForm(d, { a: 'b' }), BAD, formOk);
entry('validateForm(values)', (d) => m.validateForm(SPEC, d), BAD, formOk);
entry('validateForm({form: key})', (d) => m.validateForm({ form: d }, {}), BAD, () =>
  assert.equal(m.validateForm({ procedure: '1.001193' }, {}).valid, false));
const ids = [
  ['validateCccd', '001099012345', (r) => assert.equal(r.province, 'Hà Nội')],
  ['validateCmnd', '012345678', (r) => assert.equal(r.number, '012345678')],
  ['validatePersonalId', '012345678', (r) => assert.equal(r.type, 'cmnd')],
  ['validateMst', '0100109106-001', (r) => assert.equal(r.kind, 'branch')],
  ['validateMobile', '0912345678', (r) => assert.equal(r.e164, '+84912345678')],
  ['validateFixedPhone', '02438253536', (r) => assert.equal(r.kind, 'fixed')],
  ['validatePhone', '0912345678', (r) => assert.equal(r.kind, 'mobile')],
  ['validateEmail', 'Cong.Dan@Example.VN', (r) => assert.equal(r.normalized, 'Cong.Dan@example.vn')],
  ['validateAgencyCode', 'H55.242', (r) => assert.equal(r.level1, 'H55')],
  ['validateDossierCode', '000.01.21.H40-260423-0001', (r) => assert.equal(r.date, '2026-04-23')],
];
for (const [fn, good, check] of ids) {
  entry(`${fn}(value)`, (d) => m[fn](d), BAD, () => check(m[fn](good)));
}

// The catalogue: free functions on the embedded one, and the class.
entry('Catalogue.fromJson(json)', (d) => m.Catalogue.fromJson(d), coreLimit(3105), () =>
  assert.equal(m.Catalogue.fromJson(ONE).version, 't1'));
entry('catalogueProblems(json)', (d) => m.catalogueProblems(d), coreLimit(3105), () =>
  assert.equal(m.catalogueProblems(ONE).valid, true));
for (const [prefix, on] of [['', m], ['Catalogue#', CAT]]) {
  const procedure = on.procedure.bind(on);
  const procedures = on.procedures.bind(on);
  const services = on.services.bind(on);
  const formSpec = on.formSpec.bind(on);
  const context = on.dossierContext.bind(on);
  entry(`${prefix}procedure(code)`, (d) => procedure(d), BAD, () => assert.equal(procedure('1.001193').code, '1.001193'));
  entry(`${prefix}procedures(filter)`, (d) => procedures(d), BAD, () =>
    assert.deepEqual(procedures({ procedure: '1.001193' }).map((p) => p.code), ['1.001193']));
  entry(`${prefix}services(filter)`, (d) => services(d), BAD, () =>
    assert.ok(services({ procedure: '1.001193' }).every((s) => s.procedure === '1.001193')));
  entry(`${prefix}formSpec(key)`, (d) => formSpec(d), BAD, () => assert.ok(Array.isArray(formSpec('1.001193').fields)));
  entry(`${prefix}dossierContext(request)`, (d) => context(d), BAD, () =>
    assert.equal(context(REQUEST).procedure, '1.001193'));
}
const catFormOk = () => assert.equal(CAT.validateForm('1.001193', {}).valid, false);
entry('Catalogue#validateForm(key)', (d) => CAT.validateForm(d, {}), BAD, catFormOk);
entry('Catalogue#validateForm(values)', (d) => CAT.validateForm('1.001193', d), BAD, catFormOk);

// Reports: the input is read up to 64 Mi units, then refused by the core's 8 MiB limit (6002).
for (const [prefix, on] of [['', m], ['cal.', CAL]]) {
  const report = on.reportBieu06.bind(on);
  const reportOk = () => assert.equal(report({ summaries: [] }, PARAMS).bieu06.total.received.total, 0);
  entry(`${prefix}reportBieu06(input)`, (d) => report(d, PARAMS), coreLimit(6002), reportOk);
  entry(`${prefix}reportBieu06(params)`, (d) => report({ summaries: [] }, d), BAD, reportOk);
}

// ------------------------------------------------------------------ the test

function expected(expect, form, shape) {
  const e = typeof expect === 'number' ? expect : expect[form];
  return typeof e === 'number' ? e : (e[shape] ?? e.default);
}

test('every document argument refuses 10 MB inputs with a typed error and keeps working', () => {
  let slowest = { ms: 0 };
  let calls = 0;
  for (const { name, call, expect, normal } of entries) {
    for (const [form, shapes] of [['text', TEXT], ['data', DATA]]) {
      for (const [shape, doc] of Object.entries(shapes)) {
        const code = expected(expect, form, shape);
        const t0 = process.hrtime.bigint();
        let e;
        try {
          e = throwsCode(assert, () => call(doc), code);
        } catch (failure) {
          failure.message = `${name}, ${form} ${shape}: ${failure.message}`;
          throw failure;
        }
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        calls++;
        assert.ok(e.messageEn.length > 0 && e.message.length > 0 && e.name.includes('.'), name);
        console.log(`${name.padEnd(40)} ${form} ${shape.padEnd(14)} ${String(code).padStart(4)} ${ms.toFixed(3).padStart(9)} ms`);
        if (ms > slowest.ms) slowest = { ms, name, form, shape };
      }
    }
    normal();
  }
  console.log(`${entries.length} document arguments x 10 shapes = ${calls} calls; slowest ` +
    `${slowest.ms.toFixed(3)} ms (${slowest.name}, ${slowest.form} ${slowest.shape})`);
  // The module as a whole still answers.
  assert.equal(m.addWorkingDays('2026-02-13', 1), '2026-02-23');
  assert.equal(m.computeDue('2026-02-13T10:00', { working_days: 1 }).legal_due_date, '2026-02-23');
});
