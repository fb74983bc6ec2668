// The citizen-portal build (`--no-default-features --features portal`: no back-office exports) against the
// default build: exactly the back office's exports are missing, its declarations say so, and
// every remaining export answers exactly as in the default build.
// The package is target/pkg-node-portal (built by .ci/run), or MOTCUA_WASM_PKG_NODE_PORTAL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { m as full, repoRoot, throwsCode } from './pkg.mjs';

const portalPath =
  process.env.MOTCUA_WASM_PKG_NODE_PORTAL ??
  path.join(repoRoot, 'target/pkg-node-portal/motcua_wasm.js');
if (!existsSync(portalPath)) {
  throw new Error(
    `${portalPath} not found: build the portal package first (cargo build --profile ` +
      'wasm-release --target wasm32-unknown-unknown -p motcua-wasm --no-default-features --features portal; ' +
      'wasm-bindgen --target nodejs --out-dir target/pkg-node-portal ...), as .ci/run does',
  );
}
const portal = createRequire(import.meta.url)(portalPath);
const portalDts = readFileSync(portalPath.replace(/\.js$/, '.d.ts'), 'utf8');

const BACK_OFFICE = [
  'clockStatus', 'clockAssess', 'clockApply', 'dossierContext', 'dossierNew', 'dossierApply',
  'dossierCheck', 'dossierState', 'dossierVerify', 'dossierReplay', 'reportBieu06',
];
const CALENDAR_BACK_OFFICE = [
  'clockStatus', 'clockAssess', 'clockApply', 'dossierApply', 'dossierCheck', 'dossierState',
  'dossierReplay', 'reportBieu06',
];
const methods = (C) => Object.getOwnPropertyNames(C.prototype).sort();

test('the portal build lacks exactly the back office exports, and declares none of them', () => {
  const expected = Object.keys(full).filter((k) => !BACK_OFFICE.includes(k)).sort();
  assert.deepEqual(Object.keys(portal).sort(), expected);
  for (const name of BACK_OFFICE) {
    assert.ok(name in full, `${name} is in the default build`);
    assert.ok(!portalDts.includes(`export function ${name}(`), `${name} declared in the portal build`);
    assert.ok(!new RegExp(`^ {2}${name}\\(`, 'm').test(portalDts), `method ${name} declared in the portal build`);
  }
  assert.deepEqual(
    methods(portal.WorkCalendar),
    methods(full.WorkCalendar).filter((k) => !CALENDAR_BACK_OFFICE.includes(k)),
  );
  assert.deepEqual(
    methods(portal.Catalogue),
    methods(full.Catalogue).filter((k) => k !== 'dossierContext'),
  );
  assert.ok(methods(portal.WorkCalendar).includes('computeDue'));
});

test('the portal build answers as the default build', () => {
  const calls = [
    (x) => x.solarToLunar('2026-02-17'),
    (x) => x.lunarInfo('2025-08-22'),
    (x) => x.lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }),
    (x) => Array.from(x.solarToLunarBatch(Int32Array.of(20260217, 20230322, 18991231))),
    (x) => x.daysOff(2026),
    (x) => x.addWorkingDays('2026-02-13', 1),
    (x) => x.why('2026-08-31'),
    (x) => x.computeDue('2026-08-28T16:00', { same_day: { cutoff: '15:00:00' } }, undefined, 'en'),
    (x) => x.computeDue('2026-02-13T10:00', { working_days: 5 }),
    (x) => x.timeLimitText({ fractional_working_days: 0.5 }, 'en'),
    (x) => x.procedure('1.001193'),
    (x) => x.procedures({ field: 'ho_tich' }),
    (x) => x.services(),
    (x) => x.catalogueStats(),
    (x) => x.formSpec('1.001193'),
    (x) => x.formJsonSchema({ procedure: '1.001193' }),
    (x) => x.validateForm({ procedure: '1.001193' }, { nguoi_yeu_cau: { so_dinh_danh: '00109001234' } }),
    (x) => x.validateCccd('001090012345'),
    (x) => x.validateMst('0100109106'),
    (x) => x.serviceLevels(),
    (x) => x.WorkCalendar.enterprise().computeDue('2026-08-21T09:00', { working_days: 1 }),
  ];
  for (const call of calls) {
    assert.deepEqual(call(portal), call(full), call.toString());
  }
});

test('the portal build refuses bad input with the same codes and keeps working', () => {
  throwsCode(assert, () => portal.solarToLunar('2026-02-30'), 9005);
  throwsCode(assert, () => portal.computeDue('2250-01-01T10:00', { working_days: 1 }), 2003);
  throwsCode(assert, () => portal.validateForm({ procedure: 'no-such' }, {}), 3106);
  throwsCode(assert, () => portal.validateForm({ procedure: '1.001193' }, 'x'.repeat(10 << 20)), 9005);
  throwsCode(assert, () => portal.validateForm({ procedure: '1.001193' }, `"${'x'.repeat(2 << 20)}"`), 4910);
  assert.equal(portal.addWorkingDays('2026-02-13', 1), '2026-02-23');
});
