// The shared conformance vectors (tests/vectors/calendar.json) through the WASM package: the
// same expectations the Rust core and the C library are held to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { m, repoRoot, throwsCode } from './pkg.mjs';

// A smaller build (MOTCUA_WASM_PKG_NODE: bindings-wasm/README.md, "Modules") runs the vectors
// of the groups it exports; which groups each build exports is checked by portal.test.mjs and
// modules.test.mjs.
const has = {
  deadlines: 'computeDue' in m,
  forms: 'validateForm' in m,
  backOffice: 'dossierNew' in m,
};
const skip = (group) => (has[group] ? false : `this build has no ${group} exports`);

const vectors = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/calendar.json'), 'utf8'));

test('lunar vectors', { skip: skip('deadlines') }, () => {
  assert.ok(vectors.lunar.length > 0);
  for (const v of vectors.lunar) {
    assert.deepEqual(m.solarToLunar(v.solar), v.lunar, `${v.solar} (${v.note})`);
    assert.equal(m.lunarToSolar(v.lunar), v.solar, `${JSON.stringify(v.lunar)} (${v.note})`);
  }
  for (const v of vectors.lunar_errors) throwsCode(assert, () => m.solarToLunar(v.solar), v.code);
});

test('calendar vectors', { skip: skip('deadlines') }, () => {
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

// The deadline vectors (tests/vectors/deadline.json), with the subset rule of the Rust and C
// runners: every key of `expect` (recursively; arrays element by element, same length) must
// equal the result's.
const deadline = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/deadline.json'), 'utf8'));

function subsetMismatch(expected, actual, at = '') {
  if (expected !== null && typeof expected === 'object') {
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length !== expected.length) {
        return `${at}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`;
      }
      for (let i = 0; i < expected.length; i++) {
        const m = subsetMismatch(expected[i], actual[i], `${at}/${i}`);
        if (m) return m;
      }
      return null;
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${at}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`;
    }
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in actual)) return `${at}/${k}: missing, want ${JSON.stringify(v)}`;
      const m = subsetMismatch(v, actual[k], `${at}/${k}`);
      if (m) return m;
    }
    return null;
  }
  return expected === actual ? null : `${at}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`;
}

test('the subset rule', () => {
  assert.equal(subsetMismatch({ a: 1 }, { a: 1, b: 2 }), null);
  assert.notEqual(subsetMismatch({ a: 1 }, { a: 2 }), null);
  assert.notEqual(subsetMismatch([{ a: 1 }], [{ a: 1 }, { a: 2 }]), null);
  assert.notEqual(subsetMismatch({ c: 1 }, { a: 1 }), null);
});

test('deadline vectors', { skip: skip('deadlines') }, () => {
  const calendars = {
    civil_service: m.WorkCalendar.civilService(),
    enterprise: m.WorkCalendar.enterprise(),
  };
  assert.ok(deadline.compute_due.length >= 20 && deadline.clock.length >= 10);
  for (const v of deadline.compute_due) {
    const cal = calendars[v.audience ?? 'civil_service'];
    const run = () => cal.computeDue(v.received_at, v.limit, v.policy, 'en');
    if ('error' in v) {
      throwsCode(assert, run, v.error);
    } else {
      const got = run();
      assert.equal(subsetMismatch(v.expect, got), null, `${v.name} (${v.note})`);
      assert.equal(typeof got.explanation.text, 'string');
    }
  }
  for (const v of has.backOffice ? deadline.clock : []) {
    const cal = calendars[v.audience ?? 'civil_service'];
    const clock = { limit: v.limit, policy: v.policy, events: v.events };
    if ('error' in v) {
      throwsCode(assert, () => cal.clockStatus(clock, v.as_of), v.error);
      continue;
    }
    const status = cal.clockStatus(clock, v.as_of);
    assert.equal(subsetMismatch(v.expect, status), null, `${v.name} (${v.note})`);
    if (v.assess) {
      assert.equal(subsetMismatch(v.assess, cal.clockAssess(clock, v.as_of)), null, `${v.name} (${v.note})`);
    }
    // Applying the events one by one gives the same clock as replaying them.
    let built = { limit: v.limit, policy: v.policy };
    for (const e of v.events) built = cal.clockApply(built, e);
    assert.deepEqual(cal.clockStatus(built, v.as_of), status, v.name);
  }
  for (const c of Object.values(calendars)) c.free();
});

// The form and identifier vectors (tests/vectors/forms.json).
const forms = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/forms.json'), 'utf8'));
const VALIDATORS = {
  cccd: 'validateCccd', cmnd: 'validateCmnd', personal_id: 'validatePersonalId', mst: 'validateMst',
  mobile: 'validateMobile', fixed_phone: 'validateFixedPhone', phone: 'validatePhone', email: 'validateEmail',
  agency_code: 'validateAgencyCode', dossier_code: 'validateDossierCode',
};

test('form and identifier vectors', { skip: skip('forms') }, () => {
  assert.ok(forms.identifiers.length >= 50 && forms.forms.length >= 10);
  for (const v of forms.identifiers) {
    const f = m[VALIDATORS[v.format]];
    assert.ok(f, `unknown format ${v.format}`);
    if ('error' in v) throwsCode(assert, () => f(v.input), v.error);
    else assert.equal(subsetMismatch(v.expect, f(v.input)), null, `${v.name} (${v.note})`);
  }
  for (const v of forms.forms) {
    const spec = v.spec === 'vec' ? forms.spec : v.spec ?? { form: v.catalogue_form };
    const values = 'values_text' in v ? v.values_text : v.values;
    const run = () => m.validateForm(spec, values);
    if ('error' in v) throwsCode(assert, run, v.error);
    else assert.equal(subsetMismatch(v.expect, run()), null, `${v.name} (${v.note})`);
  }
});

// The dossier vectors (tests/vectors/dossier.json): each command sequence from an empty log,
// the last step rejected with `error` when given, each step first through dossierCheck, then
// the state.
const dossiers = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/dossier.json'), 'utf8'));

test('dossier vectors', { skip: skip('backOffice') }, () => {
  assert.ok(dossiers.cases.length >= 15);
  for (const c of dossiers.cases) {
    const context = dossiers.contexts[c.context];
    let log = m.dossierNew(c.id);
    c.steps.forEach((s, i) => {
      const command = { ...s, actor: typeof s.actor === 'string' ? dossiers.actors[s.actor] : s.actor };
      const last = i === c.steps.length - 1;
      // dossierCheck first: it must say what dossierApply then does (the Rust runner's rule).
      let check;
      try {
        check = m.dossierCheck(log, command, context);
      } catch (e) {
        check = { thrown: e.code };
      }
      if (last && 'error' in c) {
        throwsCode(assert, () => m.dossierApply(log, command, context), c.error);
        if ([5001, 5002, 5003, 5004, 5005, 5010].includes(c.error)) {
          assert.equal(check.allowed, false, `${c.name}: check of a rejected step`);
          assert.equal(check.rejection.code, c.error, c.name);
          if (c.rejection) assert.equal(subsetMismatch(c.rejection, check.rejection), null, c.name);
        } else {
          assert.equal(check.thrown, c.error, `${c.name}: check throws what apply throws`);
        }
      } else {
        const applied = m.dossierApply(log, command, context);
        assert.equal(check.allowed, true, `${c.name}: step ${i} applied, check says ${JSON.stringify(check)}`);
        assert.deepEqual(check.event, applied.event, `${c.name}: step ${i}`);
        log = applied.log;
      }
    });
    const state = m.dossierState(log, c.as_of ? { as_of: c.as_of } : undefined);
    assert.equal(subsetMismatch(c.expect, state), null, `${c.name} (${c.note})`);
  }
});
