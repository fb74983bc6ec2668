// The procedure catalogue through the WASM package: the embedded default, queries, stats, form
// specifications, dossier contexts, the immutable Catalogue class, service levels, and bad
// input (wrong types, missing fields, huge strings) with everything still working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const ONE = {
  version: 't1',
  procedures: [{
    id: '1.000001', code: '1.000001', name: { vi: 'Thủ tục thử', en: 'Test procedure' }, field: 'thu_nghiem',
    authorities: [{ level: 'commune', agency: { vi: 'UBND cấp xã' }, basis: { source: 'test', confidence: 'unverified' } }],
    applicant_types: ['citizen'],
    variants: [{ id: 'v1', name: { vi: 'Chung' }, time_limit: { working_days: 3 }, time_limit_basis: { source: 'test', confidence: 'unverified' } }],
    result: { name: { vi: 'Kết quả' } },
  }],
};

const stillWorks = () => assert.equal(m.procedure('1.001193').name.vi, 'Đăng ký khai sinh');

test('the embedded catalogue: at least 20 procedures, birth registration 1.001193', () => {
  const s = m.catalogueStats();
  assert.ok(s.procedures >= 20, `${s.procedures} procedures`);
  assert.ok(s.services >= 1 && s.procedures_online <= s.procedures);
  assert.equal(Object.values(s.by_level).reduce((a, b) => a + b, 0), s.services);
  assert.ok(s.fields.includes('ho_tich') && s.fields.includes('chung_thuc'));
  assert.ok(s.full_process_share > 0 && s.full_process_share <= 1);
  const p = m.procedure('1.001193');
  assert.equal(p.code, '1.001193');
  assert.equal(p.field, 'ho_tich');
  assert.deepEqual(p.forms, ['1.001193/to-khai-dang-ky-khai-sinh']);
  assert.ok(p.authorities.some((a) => a.level === 'commune'));
  assert.equal(m.procedure('9.999999'), null);
  assert.equal(m.procedure('chung-thuc-hop-dong-giao-dich').field, 'chung_thuc');
});

test('queries by field, level, agency, level of government', () => {
  const civil = m.procedures({ field: 'ho_tich' });
  assert.ok(civil.length >= 5 && civil.every((p) => p.field === 'ho_tich'));
  assert.ok(civil.some((p) => p.code === '1.001193'));
  const full = m.services({ level: 'toàn trình' });
  assert.ok(full.length >= 1 && full.every((s) => s.level === 'full_process'));
  assert.ok(m.procedures({ level: 'full_process' }).some((p) => p.code === '1.001193'));
  const h55 = m.services({ agency: 'H55' });
  assert.deepEqual(h55.map((s) => s.code), ['2.000815.000.00.00.H55.02']);
  assert.deepEqual(m.procedures({ gov_level: 'district', on: '2026-08-01' }), []);
  assert.equal(m.procedures().length, m.catalogueStats().procedures);
  assert.deepEqual(m.procedures(null), m.procedures({}));
});

test('form specifications, dossier contexts, service levels', () => {
  assert.equal(m.formSpec('1.001193').id, '1.001193/to-khai-dang-ky-khai-sinh');
  assert.equal(m.formSpec('3.000333'), null);
  const ctx = m.dossierContext({ procedure: '1.001193', receiving_agency: '000.01.21.H40', on: '2026-03-02' });
  assert.equal(ctx.field, 'ho_tich');
  assert.equal(ctx.resolving_agency, '000.01.21.H40');
  assert.equal(ctx.service_level, 'full_process');
  assert.ok(ctx.required_documents.includes('tp1'));
  const levels = m.serviceLevels();
  assert.equal(levels.levels.length, 6);
  assert.equal(levels.levels.find((l) => l.level === 'level_4').required.online_payment, true);
  assert.equal(levels.regimes.at(-1).effective_from, '2026-07-01');
});

test('Catalogue: loaded from JSON (object or text), immutable, methods', () => {
  const c = m.Catalogue.fromJson(ONE);
  assert.equal(c.version, 't1');
  assert.equal(c.stats().procedures, 1);
  assert.equal(c.procedure('1.000001').name.en, 'Test procedure');
  assert.equal(c.formSpec('1.000001'), null);
  assert.deepEqual(c.procedures({ field: 'ho_tich' }), []);
  const again = m.Catalogue.fromJson(JSON.stringify(ONE));
  assert.deepEqual(again.procedures(), c.procedures());
  again.free();
  const d = m.Catalogue.vietnamDefault();
  assert.equal(d.validateForm('1.001193', {}).valid, false);
  assert.deepEqual(d.procedure('1.001193'), m.procedure('1.001193'));
  d.free();
  // Errors leave the instance usable.
  throwsCode(assert, () => c.procedures({ level: 'level 9' }), 3001);
  throwsCode(assert, () => c.dossierContext({ procedure: '9.999999', receiving_agency: '000.01.21.H40', on: '2026-03-02' }), 3106);
  assert.equal(c.stats().procedures, 1);
  c.free();
});

test('a broken catalogue: 3104, and every problem with its pointer', () => {
  const broken = structuredClone(ONE);
  broken.procedures.push(structuredClone(ONE.procedures[0]));
  broken.procedures[0].variants[0].steps = [{ code: 'b', name: { vi: 'B' }, budget: { working_days: 5 } }];
  throwsCode(assert, () => m.Catalogue.fromJson(broken), 3104);
  const r = m.catalogueProblems(broken);
  assert.equal(r.valid, false);
  const errors = r.problems.filter((p) => p.severity === 'error');
  assert.ok(errors.length >= 2);
  assert.ok(errors.some((p) => p.pointer.startsWith('/procedures/1/')));
  assert.ok(errors.some((p) => p.pointer.startsWith('/procedures/0/variants/0/steps')));
  assert.equal(m.catalogueProblems(ONE).valid, true);
  throwsCode(assert, () => m.catalogueProblems('{'), 3103);
  throwsCode(assert, () => m.Catalogue.fromJson('{"version":'), 3103);
  throwsCode(assert, () => m.Catalogue.fromJson([]), 3103);
  stillWorks();
});

test('bad input: wrong types, missing and unknown fields, huge strings', () => {
  for (const bad of [undefined, null]) {
    throwsCode(assert, () => m.procedure(bad), 9001);
    throwsCode(assert, () => m.formSpec(bad), 9001);
    throwsCode(assert, () => m.dossierContext(bad), 9001);
    throwsCode(assert, () => m.Catalogue.fromJson(bad), 9001);
  }
  for (const bad of [1, {}, [], true, 1n]) throwsCode(assert, () => m.procedure(bad), 9005);
  for (const bad of ['{"field":"x"}', 1, [], true]) throwsCode(assert, () => m.procedures(bad), 9005);
  throwsCode(assert, () => m.procedures({ feild: 'ho_tich' }), 3106);
  throwsCode(assert, () => m.procedures({ gov_level: 'village' }), 3106);
  throwsCode(assert, () => m.procedures({ on: '2026-02-30' }), 3106);
  throwsCode(assert, () => m.services({ level: 5 }), 3106);
  throwsCode(assert, () => m.dossierContext({ procedure: '1.001193' }), 3106);
  throwsCode(assert, () => m.dossierContext({ procedure: '1.001193', receiving_agency: 'ubnd', on: '2026-03-02' }), 5010);
  throwsCode(assert, () => m.procedure('x'.repeat(1025)), 9005);
  throwsCode(assert, () => m.procedures({ field: 'x'.repeat(1 << 20) }), 9005);
  const cyclic = {};
  cyclic.self = cyclic;
  throwsCode(assert, () => m.procedures(cyclic), 9005);
  throwsCode(assert, () => m.Catalogue.fromJson(' '.repeat(17 << 20)), 3105);
  stillWorks();
});
