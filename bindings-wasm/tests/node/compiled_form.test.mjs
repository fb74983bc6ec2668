// CompiledForm (a form parsed and checked once) and formJsonSchema: the same reports as
// validateForm, the same errors, and the JSON Schema of the catalogue's e-forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, throwsCode } from './pkg.mjs';

const SPEC = {
  id: 'test/to-khai',
  title: { vi: 'Tờ khai thử', en: 'Test declaration' },
  fields: [
    { name: 'ho_ten', type: 'text', required: true, max_length: 100 },
    { name: 'ngay_sinh', type: 'date', required: true },
    { name: 'so_cccd', type: 'text', format: 'cccd', birth_date_field: 'ngay_sinh' },
  ],
};
const DOCS = [
  { ho_ten: 'Nguyễn Văn A', ngay_sinh: '1990-05-02' },
  { ho_ten: 'A', ngay_sinh: '1990-05-02', so_cccd: '001099012345' }, // a warning only
  { ngay_sinh: '1990-02-30', so_cccd: '0010990123x5', khac: 1 },
  [1],
];

test('CompiledForm.validate gives validateForm\'s reports (spec object, JSON text, catalogue e-form)', () => {
  const forms = [
    [SPEC, m.CompiledForm.compile(SPEC)],
    [SPEC, m.CompiledForm.compile(JSON.stringify(SPEC))],
  ];
  for (const [spec, form] of forms) {
    assert.equal(form.id, 'test/to-khai');
    for (const doc of DOCS) {
      assert.deepEqual(form.validate(doc), m.validateForm(spec, doc));
      assert.deepEqual(form.validate(JSON.stringify(doc)), m.validateForm(spec, doc));
    }
  }
  const r = forms[0][1].validate(DOCS[2]);
  assert.equal(r.valid, false);
  assert.deepEqual(r.violations.map((v) => [v.pointer, v.code]), [['/ho_ten', 4001], ['/ngay_sinh', 4009], ['/so_cccd', 4111], ['/khac', 4016]]);

  const birth = m.CompiledForm.compile({ procedure: '1.001193' });
  const byId = m.CompiledForm.compile({ form: '1.001193/to-khai-dang-ky-khai-sinh' });
  assert.equal(birth.id, '1.001193/to-khai-dang-ky-khai-sinh');
  assert.equal(byId.id, birth.id);
  const doc = { kinh_gui: 'UBND xã Cẩm Bình', nguoi_yeu_cau: { ho_ten: 'Nguyễn Văn A', loai_giay_to: 'cccd', so_dinh_danh: '04209001234' } };
  assert.deepEqual(birth.validate(doc), m.validateForm({ procedure: '1.001193' }, doc));
  assert.deepEqual(byId.validate(doc), birth.validate(doc));
  for (const f of [...forms.map(([, f]) => f), birth, byId]) f.free();
});

test('formJsonSchema and CompiledForm.jsonSchema: draft 2020-12, the catalogue e-form\'s fields', () => {
  const s = m.formJsonSchema({ procedure: '1.001193' });
  assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(s.$id, 'urn:motcua:form:1.001193/to-khai-dang-ky-khai-sinh');
  assert.equal(s.type, 'object');
  for (const k of ['kinh_gui', 'nguoi_yeu_cau', 'tre', 'me', 'cha', 'cam_doan']) assert.ok(k in s.properties, k);
  assert.ok(s.required.includes('kinh_gui'));
  assert.deepEqual(m.formJsonSchema({ form: '1.001193/to-khai-dang-ky-khai-sinh' }), s);
  const form = m.CompiledForm.compile({ procedure: '1.001193' });
  assert.deepEqual(form.jsonSchema(), s);
  form.free();
  const own = m.formJsonSchema(SPEC);
  assert.equal(own.title, 'Tờ khai thử');
  assert.deepEqual(own.required, ['ho_ten', 'ngay_sinh']);
  assert.deepEqual(m.formJsonSchema(JSON.stringify(SPEC)), own);
});

test('bad specifications and documents throw validateForm\'s codes', () => {
  for (const f of [(x) => m.CompiledForm.compile(x), (x) => m.formJsonSchema(x)]) {
    throwsCode(assert, () => f(), 9001);
    throwsCode(assert, () => f(null), 9001);
    throwsCode(assert, () => f('{'), 4901);
    throwsCode(assert, () => f({ id: 'x' }), 4901);
    throwsCode(assert, () => f({ id: 'x', fields: [] }), 4902);
    throwsCode(assert, () => f({ procedure: '3.000333' }), 3106);
    throwsCode(assert, () => f({ form: 42 }), 9005);
  }
  const form = m.CompiledForm.compile(SPEC);
  throwsCode(assert, () => form.validate('{'), 4903);
  throwsCode(assert, () => form.validate(undefined), 9001);
  throwsCode(assert, () => form.validate(10n), 9005);
  throwsCode(assert, () => form.validate('x'.repeat(2 << 20)), 4910);
  assert.equal(form.validate(DOCS[0]).valid, true); // still usable
  form.free();
});

test('every CompiledForm method, static and getter is declared', async () => {
  const { dts } = await import('./pkg.mjs');
  const body = /export class CompiledForm \{([\s\S]*?)\n\}/.exec(dts)[1];
  const internal = new Set(['constructor', '__destroy_into_raw', '__wrap', 'length', 'name', 'prototype']);
  const members = [
    ...Object.getOwnPropertyNames(m.CompiledForm.prototype),
    ...Object.getOwnPropertyNames(m.CompiledForm),
  ].filter((n) => !internal.has(n));
  assert.ok(members.length >= 4, members.join());
  for (const name of members) assert.match(body, new RegExp(`\\b${name}\\b`), `CompiledForm.${name} not declared`);
});
