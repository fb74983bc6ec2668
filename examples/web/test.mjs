// Drives the demo page in Debian's headless Chromium (playwright-core) as a person would:
// picks procedures, types into the e-form, reads the messages shown next to the fields,
// switches the language, submits, and reads the appointment slip. Every value the page shows
// is checked against the Rust implementation through the real CLI (`target/release/motcua`,
// or MOTCUA_CLI; `cargo run` when it is missing). Screenshots: target/web-demo-errors.png and
// target/web-demo.png. Prints "N passed, M failed"; exits 1 on any failure.
//
//   node examples/web/test.mjs        (needs target/pkg-web: see examples/web/README.md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../bindings-wasm/tests/browser/chromium.mjs';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const shots = path.join(repoRoot, 'target');
const cliPath = process.env.MOTCUA_CLI ?? path.join(repoRoot, 'target/release/motcua');

// ------------------------------------------------------------------ the Rust side (CLI)

function cli(...args) {
  const r = existsSync(cliPath)
    ? spawnSync(cliPath, args, { encoding: 'utf8' })
    : spawnSync('cargo', ['run', '-q', '--release', '--locked', '-p', 'motcua-examples', '--bin', 'motcua', '--', ...args],
      { encoding: 'utf8', cwd: repoRoot });
  if (r.error) throw r.error;
  return r;
}
/** `motcua … --json`: the JSON document on stdout (also for errors, which exit 1). */
function cliJson(...args) {
  const r = cli(...args, '--json');
  if (r.status !== 0 && r.status !== 1) throw new Error(`motcua ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------------ checks

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` (${detail})`}`);
  if (ok) passed++; else failed++;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function eq(name, got, want) {
  check(name, same(got, want), `got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// ------------------------------------------------------------------ the page

const { server, url } = await serve();
const browser = await launchChromium();
// A fixed locale and time zone: the date inputs' segment order (mm/dd/yyyy) is then known,
// and nothing depends on where the test runs. The page's own "now" is never used.
const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1100, height: 900 } });
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`); });

const group = (name) => page.getByRole('group', { name, exact: true });
/** The input labelled exactly `label` (a required field's label ends with a "*" marker). */
const byLabel = (scope, label) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
/** The same element after a language switch changed its label. */
const pin = async (loc) => page.locator(`[id="${await loc.getAttribute('id')}"]`);
/** Types into a text input with the keyboard, replacing what is there. */
async function typeInto(loc, text) {
  await loc.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
/** Types a date (YYYY-MM-DD) into a date input, segment by segment as en-US shows it (mm dd yyyy). */
async function typeDate(loc, iso) {
  await loc.focus();
  await page.keyboard.type(`${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`);
}
/** Types a date-time (YYYY-MM-DDTHH:MM) into a datetime-local input (mm dd yyyy hh mm AM/PM). */
async function typeDateTime(loc, iso) {
  await loc.focus();
  const h = Number(iso.slice(11, 13));
  const h12 = String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0');
  await page.keyboard.type(`${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`);
  await page.keyboard.press('Tab'); // the year takes up to 6 digits: move on to the hour by hand
  await page.keyboard.type(`${h12}${iso.slice(14, 16)}${h < 12 ? 'A' : 'P'}`);
}
/** The messages shown next to a field (its aria-describedby region). */
async function messagesOf(loc) {
  const id = await loc.getAttribute('aria-describedby');
  return page.locator(`[id="${id}"] p`).evaluateAll((ps) => ps.map((p) => ({
    code: p.dataset.code ? Number(p.dataset.code) : null,
    text: p.querySelector('.text')?.textContent ?? p.textContent,
    cls: p.className,
  })));
}
/**
 * Every violation shown on the page, as [pointer, code, text], sorted; the pointer is the one
 * of the field whose message region shows it (the form's own region for the root).
 */
async function shownViolations() {
  const all = await page.locator('#eform p[data-code]').evaluateAll((ps) => ps.map((p) => [
    p.closest('.msg').dataset.for ?? '', Number(p.dataset.code), p.querySelector('.text').textContent]));
  return all.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
}
const sortViolations = (vs, key) => vs.map((v) => [v.pointer, v.code, v[key]])
  .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
async function submit() {
  await page.getByRole('button', { name: /^(Nộp hồ sơ|Submit)$/ }).click();
}

try {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 30000 });
  eq('page loaded the wasm package', await page.evaluate(() => document.body.dataset.ready), 'true');
  check('version shown', /^\d+\.\d+\.\d+/.test(await page.locator('#version').textContent()));
  eq('Vietnamese by default', await page.evaluate(() => document.documentElement.lang), 'vi');

  // ---------------------------------------------------------------- the catalogue
  const catalogue = cliJson('catalogue');
  const listed = await page.locator('#procedure option').evaluateAll((os) => os.map((o) => o.value));
  eq('every procedure of the catalogue is listed (as the CLI lists them)', [...listed].sort(),
    catalogue.procedures.map((p) => p.id).sort());
  const fields = await page.locator('#procedure optgroup').evaluateAll((gs) => gs.map((g) => g.label));
  eq('grouped by field', fields, [...new Set(catalogue.procedures.map((p) => p.field))]);

  // Every e-form of the catalogue renders: one input per field (one item of a repeating group).
  const forms = JSON.parse(readFileSync(path.join(repoRoot, 'core/data/catalogue-forms.json'), 'utf8'));
  const leaves = (fs) => fs.reduce((n, f) => n + (f.type === 'group' ? leaves(f.fields) : 1), 0);
  for (const p of catalogue.procedures.filter((x) => x.forms?.length)) {
    await page.locator('#procedure').selectOption(p.id);
    const spec = forms.find((f) => f.id === p.forms[0]);
    eq(`${p.id}: e-form ${spec.id} rendered, one input per field`,
      await page.locator('#form-fields :is(input, select)').count(), leaves(spec.fields));
  }
  check('some procedures have an e-form', catalogue.procedures.some((x) => x.forms?.length));
  await page.locator('#procedure').selectOption(catalogue.procedures.find((x) => !x.forms?.length).id);
  check('a procedure without an e-form says so', (await page.locator('#procedure-form').textContent()).includes('chưa có tờ khai'));

  // A procedure with a repeating group: certified copies.
  await typeInto(page.getByLabel('Tìm theo mã hoặc tên'), 'chung thuc ban sao');
  const found = await page.locator('#procedure option').evaluateAll((os) => os.map((o) => o.value));
  check('search narrows the list (accent-insensitive)', found.includes('2.000815') && found.length < listed.length,
    JSON.stringify(found));
  await page.locator('#procedure').selectOption('2.000815');
  const copies = cliJson('catalogue', '2.000815');
  eq('procedure name shown', await page.locator('#procedure-name').textContent(), copies.name.vi);
  const docs = group('Giấy tờ cần chứng thực');
  eq('repeating group starts with one item', await docs.getByRole('group').count(), 1);
  await docs.getByRole('button', { name: /^Thêm/ }).click();
  eq('"add" gives a second item', await docs.getByRole('group').count(), 2);
  const pages2 = byLabel(docs.getByRole('group', { name: 'Giấy tờ cần chứng thực — mục 2' }), 'Số trang');
  await typeInto(pages2, '0');
  const copiesForm = copies.forms[0];
  const want0 = cliJson('validate', copiesForm, JSON.stringify({ giay_to: [{}, { so_trang: 0 }] }))
    .violations.filter((v) => v.pointer === '/giay_to/1/so_trang');
  eq('message at /giay_to/1/so_trang as the Rust validator gives it', await messagesOf(pages2),
    want0.map((v) => ({ code: v.code, text: v.message, cls: 'err' })));

  // ---------------------------------------------------------------- birth registration
  await typeInto(page.getByLabel('Tìm theo mã hoặc tên'), 'khai sinh');
  await page.locator('#procedure').selectOption('1.001193');
  const birth = cliJson('catalogue', '1.001193');
  eq('procedure code shown', await page.locator('#procedure-code').textContent(), '1.001193');
  eq('procedure name shown', await page.locator('#procedure-name').textContent(), birth.name.vi);
  check('service level shown', (await page.locator('#procedure-level').textContent()).includes('toàn trình'));
  const formId = birth.forms[0];
  const spec = forms.find((f) => f.id === formId);
  eq('one input per field of the e-form', await page.locator('#form-fields :is(input, select)').count(), leaves(spec.fields));
  eq('e-form title shown', await page.locator('#form-title').textContent(), spec.title.vi);

  const requester = group('Người yêu cầu');
  const child = group('Người được khai sinh');
  const cccd = await pin(byLabel(requester, 'Số định danh cá nhân'));
  const pdf = Buffer.from('%PDF-1.4\n% giấy chứng sinh (test)\n%%EOF\n');
  await typeInto(byLabel(page, 'Kính gửi'), 'UBND phường Ba Đình, thành phố Hà Nội');
  await typeInto(byLabel(requester, 'Họ, chữ đệm, tên người yêu cầu'), 'Nguyễn Văn An');
  await byLabel(requester, 'Loại giấy tờ tùy thân').selectOption('cccd');
  await typeInto(cccd, '00109901234'); // 11 digits
  await typeInto(byLabel(requester, 'Nơi cư trú'), 'Số 1 phố Điện Biên Phủ, phường Ba Đình, Hà Nội');
  await byLabel(requester, 'Quan hệ với người được khai sinh').selectOption('cha');
  await typeInto(byLabel(requester, 'Số điện thoại di động'), '0912345678');
  await typeInto(byLabel(child, 'Họ, chữ đệm, tên'), 'Nguyễn Minh Khang');
  await typeDate(byLabel(child, 'Ngày, tháng, năm sinh'), '2026-08-20');
  await byLabel(child, 'Giới tính').selectOption('nam');
  await typeInto(byLabel(child, 'Dân tộc'), 'Kinh');
  await typeInto(byLabel(child, 'Quốc tịch'), 'Việt Nam');
  await typeInto(byLabel(child, 'Nơi sinh'), 'Bệnh viện Phụ sản Hà Nội');
  await byLabel(page, 'Giấy chứng sinh').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await byLabel(page, 'Hình thức nhận kết quả').selectOption('truc_tiep');
  await typeInto(byLabel(page, 'Làm tại'), 'Hà Nội');
  await typeDate(byLabel(page, 'Ngày khai'), '2026-08-28');
  await byLabel(page, 'Tôi cam đoan nội dung khai trên đây là đúng sự thật').focus();
  await page.keyboard.press('Space');
  eq('typed date reached the input', await byLabel(page, 'Ngày khai').inputValue(), '2026-08-28');

  // The document the page holds, as a person typed it; the Rust validator's verdict on it.
  const doc = {
    kinh_gui: 'UBND phường Ba Đình, thành phố Hà Nội',
    nguoi_yeu_cau: {
      ho_ten: 'Nguyễn Văn An', loai_giay_to: 'cccd', so_dinh_danh: '00109901234',
      noi_cu_tru: 'Số 1 phố Điện Biên Phủ, phường Ba Đình, Hà Nội', quan_he: 'cha', dien_thoai: '0912345678',
    },
    tre: {
      ho_ten: 'Nguyễn Minh Khang', ngay_sinh: '2026-08-20', gioi_tinh: 'nam', dan_toc: 'Kinh',
      quoc_tich: 'Việt Nam', noi_sinh: 'Bệnh viện Phụ sản Hà Nội',
    },
    giay_chung_sinh: { id: 'local-1-giay-chung-sinh.pdf', name: 'giay-chung-sinh.pdf', mime: 'application/pdf', size: pdf.length },
    de_nghi_cap_ban_sao: false,
    hinh_thuc_nhan: 'truc_tiep',
    lam_tai: 'Hà Nội',
    ngay_khai: '2026-08-28',
    cam_doan: true,
  };
  const rustBad = cliJson('validate', formId, JSON.stringify(doc));
  const rustCccd = rustBad.violations.filter((v) => v.pointer === '/nguoi_yeu_cau/so_dinh_danh');
  check('the Rust validator rejects the 11-digit CCCD with 4111', rustCccd.some((v) => v.code === 4111), JSON.stringify(rustCccd));
  const cccdMsgs = await messagesOf(cccd);
  eq('CCCD message next to the field, as the Rust validator gives it (vi)', cccdMsgs,
    rustCccd.map((v) => ({ code: v.code, text: v.message, cls: v.severity === 'error' ? 'err' : 'warn' })));
  check('CCCD message is Vietnamese', cccdMsgs.some((x) => x.text.includes('phải gồm đúng 12 chữ số')), JSON.stringify(cccdMsgs));
  eq('CCCD input marked aria-invalid', await cccd.getAttribute('aria-invalid'), 'true');

  // Tax code: the conformance vectors say 0100109107 has a wrong check digit (4102).
  const vectors = JSON.parse(readFileSync(path.join(repoRoot, 'tests/vectors/forms.json'), 'utf8'));
  const findInput = (x, input) => (Array.isArray(x) ? x.map((y) => findInput(y, input)).find(Boolean)
    : x && typeof x === 'object' ? (x.input === input ? x : Object.values(x).map((y) => findInput(y, input)).find(Boolean)) : undefined);
  eq('conformance vector: 0100109107 is a wrong check digit', findInput(vectors, '0100109107')?.error, 4102);
  const mst = await pin(page.getByLabel('Mã số thuế (MST)'));
  await typeInto(mst, '0100109107');
  const mstMsgs = await messagesOf(mst);
  eq('tax-code message code', mstMsgs.map((x) => x.code), [4102]);
  check('tax-code message is Vietnamese and names the right digit',
    mstMsgs[0]?.text === 'Chữ số kiểm tra của mã số thuế không đúng: phải là 6, nhận được 7', JSON.stringify(mstMsgs));
  eq('tax-code input marked aria-invalid', await mst.getAttribute('aria-invalid'), 'true');

  // Submitting an invalid form shows every problem and computes nothing.
  await submit();
  eq('no appointment while the form is invalid', await page.locator('#result').isHidden(), true);
  eq('every violation shown at its field, as the Rust validator reports them',
    await shownViolations(), sortViolations(rustBad.violations, 'message'));
  eq('status counts the errors', await page.locator('#form-status').getAttribute('data-errors'),
    String(rustBad.violations.filter((v) => v.severity === 'error').length));
  eq('focus moves to the first invalid field', await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), 'true');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'web-demo-errors.png'), fullPage: true });

  // English: the whole UI and the messages switch.
  await page.getByRole('button', { name: 'English' }).click();
  eq('html lang switches', await page.evaluate(() => document.documentElement.lang), 'en');
  eq('heading in English', await page.locator('h1').textContent(), 'One-stop dossier submission');
  eq('CCCD message in English, as the Rust validator gives it', (await messagesOf(cccd)).map((x) => x.text),
    rustCccd.map((v) => v.message_en));
  eq('field label in English', await byLabel(page, 'Personal identification number').getAttribute('id'), await cccd.getAttribute('id'));
  check('tax-code message in English', (await messagesOf(mst))[0]?.text.includes('check digit is wrong: expected 6, found 7'),
    JSON.stringify(await messagesOf(mst)));
  eq('all violations in English', await shownViolations(), sortViolations(rustBad.violations, 'message_en'));
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  eq('back to Vietnamese', (await messagesOf(cccd)).map((x) => x.text), rustCccd.map((v) => v.message));

  // Fix both values.
  await typeInto(cccd, '001099012345');
  const fixed = { ...doc, nguoi_yeu_cau: { ...doc.nguoi_yeu_cau, so_dinh_danh: '001099012345' } };
  const rustGood = cliJson('validate', formId, JSON.stringify(fixed));
  eq('the Rust validator accepts the fixed document', rustGood.valid, true);
  eq('no message left at the CCCD field', await messagesOf(cccd), []);
  eq('no violation shown', await shownViolations(), sortViolations(rustGood.violations, 'message'));
  check('status says the form is valid', (await page.locator('#form-status').textContent()) === 'Tờ khai hợp lệ.');
  check('CCCD parts shown', (await cccd.locator('xpath=..').locator('.info-line').textContent()).includes('Hà Nội'));
  await typeInto(mst, '0100109106');
  const mstOk = await messagesOf(mst);
  check('fixed tax code accepted', mstOk.length === 1 && mstOk[0].code === null && mstOk[0].text.startsWith('Hợp lệ'), JSON.stringify(mstOk));
  eq('tax-code input no longer invalid', await mst.getAttribute('aria-invalid'), null);

  // A receipt outside the calendar: the library's error, shown with its code.
  const limit = birth.variants[0].time_limit;
  const receipt = await pin(page.getByLabel('Thời điểm tiếp nhận (giờ Việt Nam)'));
  await typeDateTime(receipt, '2250-01-01T10:00');
  eq('typed receipt reached the input', await receipt.inputValue(), '2250-01-01T10:00');
  await submit();
  const rustErr = cliJson('due', '2250-01-01T10:00', JSON.stringify(limit)).error;
  const banner = page.getByRole('alert');
  eq('library error shown with its code (as the CLI reports it)', await banner.getAttribute('data-code'), String(rustErr?.code));
  check('library error text shown in Vietnamese', (await banner.textContent()).includes('nằm ngoài phạm vi của lịch làm việc'),
    await banner.textContent());
  eq('no appointment after an error', await page.locator('#result').isHidden(), true);

  // Appointments, compared with the Rust engine.
  async function appointmentCase(received, name) {
    await typeDateTime(receipt, received);
    await submit();
    await page.locator('#appointment time').waitFor();
    const due = cliJson('due', received, JSON.stringify(limit));
    eq(`${name}: error banner gone`, await banner.isHidden(), true);
    eq(`${name}: appointment = Rust's appointment_at`, await page.locator('#appointment time').getAttribute('datetime'), due.due.appointment_at);
    const shown = await page.locator('#appointment').textContent();
    const [, hh, mm, d] = shown.match(/^(\d\d):(\d\d), .* (\d\d\/\d\d\/\d{4})$/) ?? [];
    eq(`${name}: appointment as read on the page`, `${d} ${hh}:${mm}`,
      `${dmy(due.due.appointment_at)} ${due.due.appointment_at.slice(11, 16)}`);
    eq(`${name}: legal due date = Rust's`, await page.locator('#legal-due time').getAttribute('datetime'), due.due.legal_due_date);
    const rows = await page.locator('#days tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      date: tr.dataset.date, role: tr.dataset.role, reasons: tr.querySelector('.reason').textContent })));
    eq(`${name}: explained days = Rust's`, rows, due.explanation.days.map((x) => ({
      date: x.date, role: x.role, reasons: (x.reasons ?? []).map((r) => r.text_vi).join('; ') })));
    const lunarDate = due.due.appointment_at.slice(0, 10);
    const lunar = cliJson('lunar', lunarDate);
    const lunarEl = page.locator('#lunar span');
    eq(`${name}: lunar date of the appointment = Rust's`, await lunarEl.evaluate((e) => ({
      year: Number(e.dataset.year), month: Number(e.dataset.month), day: Number(e.dataset.day), leap: e.dataset.leap === 'true' })),
    { year: lunar.lunar.year, month: lunar.lunar.month, day: lunar.lunar.day, leap: lunar.lunar.leap });
    const yearName = lunar.year_name;
    const lunarText = await lunarEl.textContent();
    eq(`${name}: lunar date as read on the page`, lunarText,
      `ngày ${String(lunar.lunar.day).padStart(2, '0')}/${String(lunar.lunar.month).padStart(2, '0')}${lunar.lunar.leap ? ' (nhuận)' : ''} năm ${yearName} (${lunar.lunar.year})`);
    return { due, lunar, rows };
  }

  const leapCase = await appointmentCase('2025-08-01T09:00', 'leap month');
  eq('leap month: appointment the same day', leapCase.due.due.appointment_at, '2025-08-01T17:00:00');
  check('leap month: marker shown', (await page.locator('#lunar').textContent()).includes('(nhuận)'));

  const main = await appointmentCase('2026-08-28T16:00', 'National Day');
  const skipped = main.rows.filter((r) => r.role === 'skipped').map((r) => r.reasons).join(' | ');
  check('skipped days name the weekend, the swap and the holiday',
    ['Thứ Bảy', 'Chủ nhật', 'hoán đổi', 'Quốc khánh'].every((w) => skipped.includes(w)), skipped);
  await page.screenshot({ path: path.join(shots, 'web-demo.png'), fullPage: true });

  // The explanation follows the language switch too.
  await page.getByRole('button', { name: 'English' }).click();
  const enText = cli('due', '2026-08-28T16:00', JSON.stringify(limit), '--lang', 'en').stdout.split('\n').slice(2).join('\n').trimEnd();
  eq('English explanation = the CLI\'s', (await page.locator('#result pre').textContent()).trimEnd(), enText);
  const enReasons = await page.locator('#days tbody tr .reason').allTextContents();
  eq('English reasons = Rust\'s', enReasons, main.due.explanation.days.map((x) => (x.reasons ?? []).map((r) => r.text_en).join('; ')));
  check('English appointment text', /^17:00, Thursday 03\/09\/2026$/.test(await page.locator('#appointment').textContent()),
    await page.locator('#appointment').textContent());
  check('English lunar text', /^day 22 of month 7, year Bính Ngọ \(2026\)$/.test(await page.locator('#lunar').textContent()),
    await page.locator('#lunar').textContent());
} catch (e) {
  check('test ran to the end', false, e.stack ?? String(e));
} finally {
  eq('no page errors', pageErrors, []);
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
