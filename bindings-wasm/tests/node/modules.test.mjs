// The one-group modules (`--no-default-features --features deadlines`, `… forms`: the
// packages motcua-wasm-deadlines and motcua-wasm-forms) against the default build: each
// exports exactly its group (and `version`), and every export answers, and refuses bad input,
// exactly as in the default build. Their declarations are checked by types.test.mjs, run on
// each (.ci/run). The packages are target/pkg-node-deadlines and target/pkg-node-forms (built
// by .ci/run), or MOTCUA_WASM_PKG_NODE_DEADLINES / MOTCUA_WASM_PKG_NODE_FORMS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { m as full, repoRoot, throwsCode } from './pkg.mjs';

function load(group) {
  const p =
    process.env[`MOTCUA_WASM_PKG_NODE_${group.toUpperCase()}`] ??
    path.join(repoRoot, `target/pkg-node-${group}/motcua_wasm.js`);
  if (!existsSync(p)) {
    throw new Error(
      `${p} not found: build it first (cargo build --profile wasm-release --target ` +
        `wasm32-unknown-unknown -p motcua-wasm --no-default-features --features ${group}; ` +
        `wasm-bindgen --target nodejs --out-dir target/pkg-node-${group} ...), as .ci/run does`,
    );
  }
  return createRequire(import.meta.url)(p);
}

const GROUPS = {
  deadlines: [
    'solarToLunar', 'lunarToSolar', 'lunarInfo', 'tetEve', 'leapMonth', 'monthLength', 'yearName',
    'tet', 'hungKingsDay', 'solarToLunarBatch', 'lunarToSolarBatch', 'isWorkingDay',
    'addWorkingDays', 'workingDaysBetween', 'workingDayOnOrAfter', 'daysOff', 'makeUpDays', 'why',
    'explain', 'computeDue', 'timeLimitText', 'WorkCalendar', 'version',
  ],
  forms: [
    'formSpec', 'validateForm', 'formJsonSchema', 'CompiledForm', 'validateCccd', 'validateCmnd',
    'validatePersonalId', 'validateMst', 'validateMobile', 'validateFixedPhone', 'validatePhone',
    'validateEmail', 'validateAgencyCode', 'validateDossierCode', 'version',
  ],
};
const BACK_OFFICE_METHODS = [
  'clockStatus', 'clockAssess', 'clockApply', 'dossierApply', 'dossierCheck', 'dossierState',
  'dossierReplay', 'reportBieu06',
];
const methods = (C) => Object.getOwnPropertyNames(C.prototype).sort();

const deadlines = load('deadlines');
const forms = load('forms');

test('each module exports exactly its group', () => {
  for (const [group, mod] of [['deadlines', deadlines], ['forms', forms]]) {
    for (const name of GROUPS[group]) assert.ok(name in full, `${name} is in the default build`);
    assert.deepEqual(Object.keys(mod).sort(), [...GROUPS[group]].sort(), group);
  }
  // The calendar class without the back office's methods; the compiled form as in full.
  assert.deepEqual(
    methods(deadlines.WorkCalendar),
    methods(full.WorkCalendar).filter((k) => !BACK_OFFICE_METHODS.includes(k)),
  );
  assert.deepEqual(methods(forms.CompiledForm), methods(full.CompiledForm));
});

test('the deadlines module answers as the default build', () => {
  const calls = [
    (x) => x.solarToLunar('2026-02-17'),
    (x) => x.lunarInfo('2025-08-22'),
    (x) => x.lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }),
    (x) => [x.tet(2026), x.tetEve(2026), x.hungKingsDay(2026), x.leapMonth(2025), x.yearName(2026)],
    (x) => Array.from(x.solarToLunarBatch(Int32Array.of(20260217, 20230322, 18991231))),
    (x) => Array.from(x.lunarToSolarBatch(Int32Array.of(202600101, 202610301))),
    (x) => [x.isWorkingDay('2026-08-22'), x.workingDaysBetween('2026-02-01', '2026-03-01')],
    (x) => [x.addWorkingDays('2026-02-13', 1), x.workingDayOnOrAfter('2026-02-14')],
    (x) => [x.daysOff(2026), x.makeUpDays(2026)],
    (x) => [x.why('2026-08-31'), x.explain('2026-08-31', 'en')],
    (x) => x.computeDue('2026-08-28T16:00', { same_day: { cutoff: '15:00:00' } }, undefined, 'en'),
    (x) => x.computeDue('2026-02-13T10:00', { working_days: 5 }, { channel: 'online' }),
    (x) => x.timeLimitText({ fractional_working_days: 0.5 }, 'en'),
    (x) => x.WorkCalendar.enterprise().computeDue('2026-08-21T09:00', { working_days: 1 }),
    (x) => x.WorkCalendar.civilService().daysOff(2028),
    (x) => x.version(),
  ];
  for (const call of calls) assert.deepEqual(call(deadlines), call(full), call.toString());
});

test('the forms module answers as the default build, with the embedded e-forms', () => {
  const birth = { nguoi_yeu_cau: { so_dinh_danh: '00109001234' } };
  const calls = [
    (x) => x.validateForm({ procedure: '1.001193' }, birth),
    (x) => x.validateForm({ procedure: '1.000656' }, {}),
    (x) => x.validateForm({ form: '2.000815/phieu-yeu-cau-chung-thuc-ban-sao' }, { x: 1 }),
    (x) => x.validateForm(full.formSpec('1.001193'), birth),
    (x) => x.formJsonSchema({ procedure: '2.000815' }),
    (x) => [x.formSpec('1.001193'), x.formSpec('2.000815/phieu-yeu-cau-chung-thuc-ban-sao'), x.formSpec('9.999999')],
    (x) => {
      const f = x.CompiledForm.compile({ procedure: '1.001193' });
      const r = [f.id, f.validate(birth), f.jsonSchema()];
      f.free();
      return r;
    },
    (x) => [x.validateCccd('001090012345'), x.validateCmnd('012345678'), x.validatePersonalId('001090012345')],
    (x) => [x.validateMst('0100109106'), x.validateMst('0100109106-001')],
    (x) => [x.validateMobile('0912345678'), x.validateFixedPhone('02438251234'), x.validatePhone('+84912345678')],
    (x) => [x.validateEmail('A@Example.VN'), x.validateAgencyCode('000.00.01.H40')],
    (x) => x.validateDossierCode('000.00.01.H40-260302-0001'),
    (x) => x.version(),
  ];
  for (const call of calls) assert.deepEqual(call(forms), call(full), call.toString());
  // Every e-form of the catalogue resolves, by procedure code and by form id.
  for (const p of full.procedures()) {
    for (const id of p.forms ?? []) {
      for (const key of [{ form: id }, { procedure: p.code ?? p.id }]) {
        assert.deepEqual(forms.formJsonSchema(key), full.formJsonSchema(key), JSON.stringify(key));
        assert.deepEqual(forms.formSpec(key.form ?? key.procedure), full.formSpec(key.form ?? key.procedure));
      }
    }
  }
});

test('the modules refuse bad input with the same codes and keep working', () => {
  const same = (fn, code) => {
    const a = throwsCode(assert, () => fn(full), code);
    const b = throwsCode(assert, () => fn(mod), code);
    assert.deepEqual([b.name, b.message, b.messageEn], [a.name, a.message, a.messageEn]);
  };
  let mod = deadlines;
  same((x) => x.solarToLunar('2026-02-30'), 9005);
  same((x) => x.computeDue('2250-01-01T10:00', { working_days: 1 }), 2003);
  same((x) => x.computeDue('2026-03-02T10:00', { working_days: 'five' }), 2012);
  same((x) => x.addWorkingDays('2199-12-30', 10), 1102);
  same((x) => x.WorkCalendar.withAnnouncements('{'), 1103);
  same((x) => x.solarToLunarBatch([20260217]), 9005);
  assert.equal(deadlines.addWorkingDays('2026-02-13', 1), '2026-02-23');
  mod = forms;
  same((x) => x.validateForm({ procedure: 'no-such' }, {}), 3106);
  same((x) => x.validateForm({ procedure: '1.001193' }, 'x'.repeat(10 << 20)), 9005);
  same((x) => x.validateForm({ procedure: '1.001193' }, `"${'x'.repeat(2 << 20)}"`), 4910);
  same((x) => x.validateForm('{"id": 1}', {}), 4901);
  same((x) => x.validateMst('0100109107'), 4102);
  same((x) => x.CompiledForm.compile(undefined), 9001);
  same((x) => x.formSpec(42), 9005);
  assert.equal(forms.validateForm({ procedure: '1.001193' }, {}).valid, false);
});
