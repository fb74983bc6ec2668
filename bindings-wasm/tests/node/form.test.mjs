// Forms and identifiers through the WASM package: every violation with pointer and code, soft
// warnings, the catalogue's e-forms, each identifier validator, and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const SPEC = {
  id: 'test/to-khai',
  fields: [
    { name: 'ho_ten', type: 'text', label: { vi: 'Họ tên', en: 'Full name' }, required: true, max_length: 100 },
    { name: 'ngay_sinh', type: 'date', required: true },
    { name: 'so_cccd', type: 'text', format: 'cccd', birth_date_field: 'ngay_sinh' },
    { name: 'mst', type: 'text', format: 'mst' },
    { name: 'thanh_vien', type: 'group', repeat: true, max_items: 5, fields: [
      { name: 'ho_ten', type: 'text', required: true },
      { name: 'so_cccd', type: 'text', format: 'cccd' },
    ] },
  ],
};
const pairs = (r) => r.violations.map((v) => [v.pointer, v.code]);

test('every violation: an invalid CCCD and tax code, nested too', () => {
  // Tax code 0100109107: S = 29 + 17 + 63 + 5 = 114 over the first nine digits with weights
  // 31, 29, 23, 19, 17, 13, 7, 5, 3; 114 mod 11 = 4; the check digit is 10 - 4 = 6, not 7.
  const r = m.validateForm(SPEC, {
    ho_ten: 'Nguyễn Văn A', ngay_sinh: '1990-05-02', so_cccd: '00109901234', mst: '0100109107',
    thanh_vien: [{ ho_ten: 'Trần Thị B', so_cccd: '0010990123x5' }],
  });
  assert.equal(r.valid, false);
  assert.deepEqual(pairs(r), [['/so_cccd', 4111], ['/mst', 4102], ['/thanh_vien/0/so_cccd', 4111]]);
  const v = r.violations[1];
  assert.equal(v.name, 'form.mst_check_digit');
  assert.equal(v.severity, 'error');
  assert.equal(typeof v.message, 'string');
  assert.equal(typeof v.message_en, 'string');
  assert.notEqual(v.message, v.message_en);
});

test('warnings keep a document valid; spec and values as JSON text too', () => {
  const r = m.validateForm(SPEC, { ho_ten: 'A', ngay_sinh: '1990-05-02', so_cccd: '001099012345', mst: '0100109106-001' });
  assert.equal(r.valid, true);
  assert.deepEqual(r.violations.map((v) => [v.pointer, v.code, v.severity]), [['/so_cccd', 4202, 'warning']]);
  const t = m.validateForm(JSON.stringify(SPEC), JSON.stringify({ ho_ten: 'A', ngay_sinh: '1990-05-02' }));
  assert.deepEqual(t, { valid: true, violations: [] });
  assert.deepEqual(pairs(m.validateForm(SPEC, [1])), [['', 4005]]);
});

test('the catalogue e-forms: by procedure and by form id', () => {
  const doc = {
    kinh_gui: 'UBND xã Cẩm Bình',
    nguoi_yeu_cau: { ho_ten: 'Nguyễn Văn A', loai_giay_to: 'cccd', so_dinh_danh: '04209001234', noi_cu_tru: 'Cẩm Bình', quan_he: 'cha', dien_thoai: '01689123456' },
  };
  const a = m.validateForm({ procedure: '1.001193' }, doc);
  const b = m.validateForm({ form: '1.001193/to-khai-dang-ky-khai-sinh' }, doc);
  assert.deepEqual(a, b);
  const got = pairs(a);
  for (const want of [['/nguoi_yeu_cau/so_dinh_danh', 4111], ['/nguoi_yeu_cau/dien_thoai', 4121], ['/tre', 4001]]) {
    assert.ok(got.some(([p, c]) => p === want[0] && c === want[1]), `${want} in ${JSON.stringify(got)}`);
  }
  throwsCode(assert, () => m.validateForm({ procedure: '3.000333' }, {}), 3106);
  throwsCode(assert, () => m.validateForm({ form: 'khong-co' }, {}), 3106);
});

test('identifiers: parsed parts and error codes', () => {
  assert.deepEqual(m.validateCccd('001099012345'), {
    number: '001099012345', province_code: 1, province: 'Hà Nội', gender: 'male', birth_year: 1999, warnings: [],
  });
  assert.equal(m.validateCccd('003099012345').warnings[0].code, 4201);
  throwsCode(assert, () => m.validateCccd('00109901234'), 4111);
  assert.deepEqual(m.validateCmnd('012345678'), { number: '012345678' });
  throwsCode(assert, () => m.validateCmnd('0123456789'), 4112);
  assert.deepEqual(m.validatePersonalId('012345678'), { type: 'cmnd', number: '012345678' });
  throwsCode(assert, () => m.validatePersonalId('1234'), 4113);
  assert.deepEqual(m.validateMst('0100109106001'), { kind: 'branch', normalized: '0100109106-001', branch: 1 });
  // 1000000040: S = 31 + 4 * 3 = 43, 43 mod 11 = 10, check digit 0.
  assert.equal(m.validateMst('1000000040').kind, 'organisation');
  // 1000000080: S = 31 + 8 * 3 = 55 = 5 * 11: no check digit exists.
  throwsCode(assert, () => m.validateMst('1000000080'), 4103);
  throwsCode(assert, () => m.validateMst('0100109106-000'), 4104);
  throwsCode(assert, () => m.validateMst('0100109107'), 4102);
  throwsCode(assert, () => m.validateMst('01001091'), 4101);
  assert.equal(m.validateMobile('0912345678').e164, '+84912345678');
  throwsCode(assert, () => m.validateMobile('01689123456'), 4121);
  assert.equal(m.validateFixedPhone('02438251234').e164, '+842438251234');
  throwsCode(assert, () => m.validateFixedPhone('0438251234'), 4122);
  assert.equal(m.validatePhone('02363821234').kind, 'fixed');
  throwsCode(assert, () => m.validatePhone('0123'), 4123);
  assert.deepEqual(m.validateEmail('Nguyen.Van.A@Example.GOV.vn'), { normalized: 'Nguyen.Van.A@example.gov.vn' });
  throwsCode(assert, () => m.validateEmail('a..b@example.vn'), 4131);
  assert.deepEqual(m.validateAgencyCode('H55.242'), { format: 'decision20', level1: 'H55', code: 'H55.242' });
  throwsCode(assert, () => m.validateAgencyCode('h55.242'), 4151);
  const dc = m.validateDossierCode('000.00.01.H22-250315-0007');
  assert.deepEqual([dc.agency.level1, dc.date, dc.sequence], ['H22', '2025-03-15', 7]);
  throwsCode(assert, () => m.validateDossierCode('000.00.01.H22-250230-0007'), 4142);
});

test('bad input throws coded errors, and everything still works', () => {
  const validators = ['validateCccd', 'validateCmnd', 'validatePersonalId', 'validateMst', 'validateMobile',
    'validateFixedPhone', 'validatePhone', 'validateEmail', 'validateAgencyCode', 'validateDossierCode'];
  for (const f of validators) {
    throwsCode(assert, () => m[f](), 9001);
    throwsCode(assert, () => m[f](null), 9001);
    for (const bad of [1, {}, [], true, 1n]) throwsCode(assert, () => m[f](bad), 9005);
    throwsCode(assert, () => m[f]('1'.repeat((1 << 20) + 1)), 9005);
  }
  throwsCode(assert, () => m.validateForm(SPEC), 9001);
  throwsCode(assert, () => m.validateForm(undefined, {}), 9001);
  throwsCode(assert, () => m.validateForm(SPEC, 1n), 9005);
  throwsCode(assert, () => m.validateForm(SPEC, () => 1), 9005);
  throwsCode(assert, () => m.validateForm({ id: 'x' }, {}), 4901);
  throwsCode(assert, () => m.validateForm({ id: 'x', fields: [] }, {}), 4902);
  throwsCode(assert, () => m.validateForm(SPEC, '{"ho_ten":'), 4903);
  throwsCode(assert, () => m.validateForm(SPEC, { ho_ten: 'x'.repeat(70000) }), 4911);
  throwsCode(assert, () => m.validateForm(SPEC, { thanh_vien: Array.from({ length: 1001 }, () => ({})) }), 4912);
  throwsCode(assert, () => m.validateForm(SPEC, `{"thanh_vien":${'['.repeat(40)}${']'.repeat(40)}}`), 4913);
  throwsCode(assert, () => m.validateForm(SPEC, { ho_ten: 'x'.repeat((1 << 20) + 10) }), 4910);
  throwsCode(assert, () => m.validateForm({ procedure: 5 }, {}), 9005);
  assert.deepEqual(pairs(m.validateForm(SPEC, { ho_ten: 'A', ngay_sinh: '1990-05-02', mst: '0100109107' })), [['/mst', 4102]]);
  assert.equal(m.validateMst('0100109106').kind, 'organisation');
});
