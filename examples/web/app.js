// The demo page: a citizen picks a procedure of the embedded catalogue, fills its e-form
// (validated live by the library), and gets the appointment with its explanation and lunar
// date. Plain ES module over the `--target web` package served under ./pkg/.
import init, * as m from './pkg/motcua_wasm.js';

const $ = (id) => document.getElementById(id);

const T = {
  vi: {
    title: 'motcua — nộp hồ sơ một cửa',
    count: (n) => `${n} thủ tục`,
    none: 'Không có thủ tục nào khớp.',
    noCode: 'chưa có mã quốc gia',
    noService: 'chưa có dịch vụ công trực tuyến',
    eform: 'có tờ khai',
    code: 'Mã', field: 'Lĩnh vực', level: 'Mức độ dịch vụ', agency: 'Cơ quan', limit: 'Thời hạn', form: 'Tờ khai',
    noForm: 'Thủ tục này chưa có tờ khai điện tử trong danh mục: có thể nộp ngay để xem ngày hẹn.',
    pickFirst: 'Hãy chọn một thủ tục.',
    valid: 'Tờ khai hợp lệ.',
    problems: (n) => `Tờ khai còn ${n} lỗi cần sửa.`,
    shownAfterSubmit: 'Các lỗi được chỉ ra cạnh từng ô.',
    needReceipt: 'Hãy chọn thời điểm tiếp nhận.',
    choose: '— chọn —',
    add: 'Thêm', remove: 'Xóa', item: (l, i) => `${l} — mục ${i}`,
    required: 'bắt buộc',
    from: 'từ', until: 'đến',
    errTitle: 'Không xử lý được yêu cầu', errCode: 'Mã lỗi', close: 'Đóng',
    appointment: 'Hẹn trả kết quả', legalDue: 'Hạn giải quyết theo luật', lunar: 'Âm lịch của ngày hẹn',
    received: 'Tiếp nhận', endOfDay: 'hết ngày',
    days: 'Diễn giải từng ngày', dayCol: 'Ngày', statusCol: 'Tính?', reasonCol: 'Lý do',
    receipt: 'ngày tiếp nhận, không tính', counted: (n) => (n ? `ngày thứ ${n}` : 'được tính'),
    skipped: 'không tính', before: 'trước khi bắt đầu tính', due: 'hạn giải quyết',
    estimated: ' (ước tính: chưa có thông báo chính thức)',
    fullText: 'Diễn giải đầy đủ (thư viện)',
    lunarText: (l, name) => `ngày ${pad(l.day)}/${pad(l.month)}${l.leap ? ' (nhuận)' : ''} năm ${name} (${l.year})`,
    uncertain: ' — không chắc chắn (sóc gần nửa đêm)',
    mstOk: (k, n) => `Hợp lệ: ${k} (${n})`,
    mstKinds: { organisation: 'mã số thuế tổ chức, doanh nghiệp', branch: 'mã số thuế đơn vị phụ thuộc', personal_id: 'số định danh cá nhân dùng làm mã số thuế' },
    cccdInfo: (i) => `${i.province ?? `mã tỉnh ${i.province_code}`} · ${i.gender === 'male' ? 'nam' : 'nữ'} · sinh năm ${i.birth_year}`,
    adj: {
      same_day_cutoff_passed: (a) => `Tiếp nhận sau ${a.cutoff.slice(0, 5)}: trả vào ngày làm việc tiếp theo.`,
      receipt_deferred: (a) => `Tiếp nhận ngoài giờ: tính từ ${dateTime(a.to)}.`,
      rolled_forward: (a) => `Hạn rơi vào ngày nghỉ: chuyển sang ${dmy(a.to)}.`,
      month_end_clamped: (a) => `Tháng không có ngày ${a.day}: lấy ngày ${dmy(a.to)}.`,
    },
  },
  en: {
    title: 'motcua — one-stop dossier submission',
    count: (n) => `${n} procedure${n === 1 ? '' : 's'}`,
    none: 'No procedure matches.',
    noCode: 'no national code yet',
    noService: 'no online service',
    eform: 'e-form',
    code: 'Code', field: 'Field', level: 'Service level', agency: 'Agency', limit: 'Time limit', form: 'E-form',
    noForm: 'The catalogue has no e-form for this procedure: submit to see the appointment.',
    pickFirst: 'Choose a procedure.',
    valid: 'The form is valid.',
    problems: (n) => `${n} problem${n === 1 ? '' : 's'} to fix.`,
    shownAfterSubmit: 'Each problem is shown next to its field.',
    needReceipt: 'Choose the receipt date and time.',
    choose: '— choose —',
    add: 'Add', remove: 'Remove', item: (l, i) => `${l} — item ${i}`,
    required: 'required',
    from: 'from', until: 'until',
    errTitle: 'The request could not be processed', errCode: 'Error code', close: 'Close',
    appointment: 'Appointment', legalDue: 'Legal due date', lunar: 'Lunar date of the appointment',
    received: 'Received', endOfDay: 'end of',
    days: 'Day by day', dayCol: 'Date', statusCol: 'Counted?', reasonCol: 'Reason',
    receipt: 'day of receipt, not counted', counted: (n) => (n ? `day ${n}` : 'counted'),
    skipped: 'not counted', before: 'before the count starts', due: 'due date',
    estimated: ' (estimated: no official announcement yet)',
    fullText: 'Full explanation (from the library)',
    lunarText: (l, name) => `day ${l.day} of ${l.leap ? 'leap ' : ''}month ${l.month}, year ${name} (${l.year})`,
    uncertain: ' — uncertain (new moon near midnight)',
    mstOk: (k, n) => `Valid: ${k} (${n})`,
    mstKinds: { organisation: 'tax code of an organisation or enterprise', branch: 'tax code of a dependent unit', personal_id: 'personal identification number used as tax code' },
    cccdInfo: (i) => `${i.province ?? `province code ${i.province_code}`} · ${i.gender} · born ${i.birth_year}`,
    adj: {
      same_day_cutoff_passed: (a) => `Received after ${a.cutoff.slice(0, 5)}: due on the next working day.`,
      receipt_deferred: (a) => `Received outside office hours: counted from ${dateTime(a.to)}.`,
      rolled_forward: (a) => `The due date fell on a day off: moved to ${dmy(a.to)}.`,
      month_end_clamped: (a) => `The month has no day ${a.day}: ${dmy(a.to)}.`,
    },
  },
};

const state = {
  lang: 'vi',
  procedures: [],
  services: [],
  levelNames: new Map(),
  proc: null,
  spec: null,
  nodes: [],
  slots: new Map(),
  report: null,
  submitted: false,
  due: null,
  error: null,
};

const t = (key, ...args) => {
  const v = T[state.lang][key];
  return typeof v === 'function' ? v(...args) : v;
};
const pick = (text) => (text ? (state.lang === 'en' && text.en ? text.en : text.vi) : '');
const pad = (n) => String(n).padStart(2, '0');
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const weekday = (iso) => {
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
  const f = new Intl.DateTimeFormat(state.lang === 'vi' ? 'vi-VN' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
  const s = f.format(new Date(Date.UTC(y, mo - 1, d)));
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const dateLong = (iso) => `${weekday(iso)} ${dmy(iso)}`;
const dateTime = (iso) => `${iso.slice(11, 16)}, ${dateLong(iso)}`;
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for' || k === 'role') e.setAttribute(k, v === true ? 'true' : v);
    else e[k] = v;
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
};
/** A text element that follows the language switch. */
const i18n = (tag, text, attrs = {}) => {
  const e = el(tag, attrs);
  e.dataset.vi = text?.vi ?? '';
  e.dataset.en = text?.en ?? text?.vi ?? '';
  e.textContent = pick(text);
  return e;
};
const escPtr = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

// ------------------------------------------------------------------ library errors

/** Every call into the library goes through here: a thrown `Error` carries a numeric `code`. */
function showError(e) {
  state.error = e ?? null;
  renderError();
}

function renderError() {
  const box = $('lib-error');
  const e = state.error;
  box.replaceChildren();
  box.hidden = !e;
  if (!e) {
    delete box.dataset.code;
    return;
  }
  const code = typeof e.code === 'number' ? e.code : null;
  const message = state.lang === 'en' && e.messageEn ? e.messageEn : e.message || String(e);
  if (code !== null) box.dataset.code = String(code);
  box.append(
    el('strong', { text: t('errTitle') }),
    el('p', { className: 'err-message', text: message }),
    code !== null ? el('p', { className: 'err-code', text: `${t('errCode')} ${code} · ${e.name}` }) : null,
    el('button', { type: 'button', text: t('close'), onclick: () => showError(null) }),
  );
}

// ------------------------------------------------------------------ catalogue

function levelsOf(p) {
  return [...new Set(state.services.filter((s) => s.procedure === p.id).map((s) => s.level))];
}

function levelText(levels) {
  if (!levels.length) return t('noService');
  return levels.map((l) => pick(state.levelNames.get(l)) || l).join('; ');
}

function renderProcedureList() {
  const q = fold($('search').value.trim());
  const list = $('procedure');
  const keep = list.value;
  list.replaceChildren();
  const groups = new Map();
  let n = 0;
  for (const p of state.procedures) {
    const code = p.code ?? p.id;
    if (q && !fold(`${code} ${p.name.vi} ${p.name.en ?? ''} ${p.field}`).includes(q)) continue;
    if (!groups.has(p.field)) groups.set(p.field, el('optgroup', { label: p.field }));
    const extra = [levelText(levelsOf(p)), p.forms?.length ? t('eform') : null].filter(Boolean).join(' · ');
    groups.get(p.field).append(el('option', { value: p.id, text: `${code} — ${pick(p.name)} · ${extra}` }));
    n++;
  }
  list.append(...groups.values());
  if ([...list.options].some((o) => o.value === keep)) list.value = keep;
  $('search-count').textContent = n ? t('count', n) : t('none');
}

// The library's own wording of a time limit (the one in its explanations and receipts).
function limitText(limit) {
  return m.timeLimitText(limit, state.lang);
}

function currentVariant() {
  const p = state.proc;
  if (!p) return null;
  return p.variants.find((v) => v.id === $('variant').value) ?? p.variants[0];
}

function renderProcedureInfo() {
  const p = state.proc;
  const box = $('procedure-info');
  box.replaceChildren();
  if (!p) return;
  const v = currentVariant();
  const row = (k, val, id) => [el('dt', { text: t(k) }), el('dd', { id, text: val })];
  box.append(
    el('h3', { id: 'procedure-name', text: pick(p.name) }),
    el('dl', {},
      ...row('code', p.code ?? `${p.id} (${t('noCode')})`, 'procedure-code'),
      ...row('field', p.field),
      ...row('level', levelText(levelsOf(p)), 'procedure-level'),
      ...row('agency', p.authorities.map((a) => pick(a.agency)).join('; ')),
      ...row('limit', v ? limitText(v.time_limit) : ''),
      ...row('form', state.spec ? pick(state.spec.title) || state.spec.id : t('noForm'), 'procedure-form')),
  );
  const sel = $('variant');
  const chosen = sel.value;
  sel.replaceChildren(...p.variants.map((x) => {
    const when = [x.valid_from && `${t('from')} ${dmy(x.valid_from)}`, x.valid_until && `${t('until')} ${dmy(x.valid_until)}`]
      .filter(Boolean).join(' ');
    return el('option', { value: x.id, text: `${pick(x.name)} — ${limitText(x.time_limit)}${when ? ` (${when})` : ''}` });
  }));
  if (chosen && p.variants.some((x) => x.id === chosen)) sel.value = chosen;
  $('variant-row').hidden = p.variants.length < 2;
}

function selectProcedure(id) {
  let p = null;
  let spec = null;
  try {
    p = m.procedure(id);
    spec = p?.forms?.length ? m.formSpec(p.forms[0]) : null;
  } catch (e) {
    showError(e);
  }
  state.proc = p;
  state.spec = spec;
  state.submitted = false;
  state.due = null;
  $('variant').replaceChildren();
  $('result').hidden = true;
  renderProcedureInfo();
  buildForm();
  validate();
}

// ------------------------------------------------------------------ the e-form

let uid = 0;

/** Builds the inputs of `fields` into `parent`; returns the nodes that mirror the spec. */
function build(fields, parent) {
  return fields.map((f) => {
    const node = { f, touched: false };
    const id = `f${++uid}-${f.name}`;
    const msg = el('div', { id: `${id}-msg`, className: 'msg', 'aria-live': 'polite' });
    node.slot = msg;
    const label = f.label ?? { vi: f.name };
    if (f.type === 'group') {
      const fs = el('fieldset', { className: f.repeat ? 'group repeat' : 'group' });
      const legend = el('legend', {}, i18n('span', label));
      if (f.required) legend.append(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
      fs.append(legend, msg);
      if (f.repeat) {
        node.items = [];
        node.list = el('div', { className: 'items' });
        const add = i18n('button', { vi: `${T.vi.add}: ${label.vi}`, en: `${T.en.add}: ${label.en ?? label.vi}` }, { type: 'button', className: 'add' });
        add.addEventListener('click', () => { addItem(node); onEdit(); });
        fs.append(node.list, add);
        for (let i = 0; i < Math.max(f.required ? 1 : 0, f.min_items ?? 0); i++) addItem(node);
      } else {
        node.kids = build(f.fields ?? [], fs);
      }
      parent.append(fs);
      return node;
    }
    const wrap = el('div', { className: `field field-${f.type}` });
    const common = { id, 'aria-describedby': msg.id, 'aria-required': f.required ? 'true' : undefined };
    let input;
    if (f.type === 'select') {
      input = el('select', { ...common, multiple: !!f.multiple });
      if (!f.multiple) input.append(i18n('option', { vi: T.vi.choose, en: T.en.choose }, { value: '' }));
      for (const o of f.options ?? []) input.append(i18n('option', o.label ?? { vi: o.value }, { value: o.value }));
    } else if (f.type === 'checkbox') {
      input = el('input', { ...common, type: 'checkbox' });
    } else if (f.type === 'file') {
      input = el('input', { ...common, type: 'file', multiple: !!f.multiple, accept: f.accept?.join(',') || undefined });
    } else if (f.type === 'date') {
      input = el('input', { ...common, type: 'date', min: f.min_date, max: f.max_date });
    } else {
      const numeric = f.type === 'number' || ['cccd', 'cmnd', 'personal_id', 'mst'].includes(f.format);
      const mode = f.format === 'email' ? 'email' : /phone|mobile/.test(f.format ?? '') ? 'tel' : numeric ? 'numeric' : undefined;
      input = el('input', { ...common, type: 'text', inputMode: f.type === 'number' && !f.integer ? 'decimal' : mode, autocomplete: 'off' });
    }
    const lab = el('label', { for: id }, i18n('span', label));
    if (f.required) lab.append(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
    if (f.type === 'checkbox') wrap.append(input, lab, msg);
    else wrap.append(lab, input, msg);
    if (['cccd', 'personal_id'].includes(f.format)) {
      node.info = el('div', { className: 'info-line', 'aria-live': 'polite' });
      wrap.append(node.info);
    }
    node.input = input;
    input.addEventListener(f.type === 'text' || f.type === 'number' ? 'input' : 'change', () => { node.touched = true; onEdit(); });
    if (f.type === 'text' || f.type === 'number') input.addEventListener('change', () => { node.touched = true; onEdit(); });
    parent.append(wrap);
    return node;
  });
}

function addItem(node) {
  const box = el('fieldset', { className: 'item' });
  const legend = el('legend');
  const item = { box, legend };
  box.append(legend);
  item.kids = build(node.f.fields ?? [], box);
  const rm = i18n('button', { vi: T.vi.remove, en: T.en.remove }, { type: 'button', className: 'remove' });
  rm.addEventListener('click', () => {
    node.items.splice(node.items.indexOf(item), 1);
    box.remove();
    node.touched = true;
    onEdit();
  });
  box.append(rm);
  node.items.push(item);
  node.list.append(box);
}

function buildForm() {
  const root = $('form-fields');
  root.replaceChildren();
  state.nodes = state.spec ? build(state.spec.fields, root) : [];
  if (state.spec) root.prepend(i18n('h3', state.spec.title ?? { vi: state.spec.id }, { id: 'form-title' }));
}

/** The document the form holds; empty inputs are left out (so `required` reports them). */
function collect(nodes) {
  const out = {};
  for (const n of nodes) {
    const v = valueOf(n);
    if (v !== undefined) out[n.f.name] = v;
  }
  return out;
}

function valueOf(n) {
  const { f, input } = n;
  if (f.type === 'group') {
    if (f.repeat) return n.items.length ? n.items.map((it) => collect(it.kids)) : undefined;
    const o = collect(n.kids);
    return Object.values(o).some((v) => v !== false) ? o : undefined;
  }
  if (f.type === 'checkbox') return input.checked;
  if (f.type === 'select') {
    if (f.multiple) {
      const vs = [...input.selectedOptions].map((o) => o.value);
      return vs.length ? vs : undefined;
    }
    return input.value || undefined;
  }
  if (f.type === 'file') {
    const files = [...input.files].map((x, i) => ({
      id: `local-${i + 1}-${x.name}`, name: x.name, mime: x.type || 'application/octet-stream', size: x.size,
    }));
    if (!files.length) return undefined;
    return f.multiple ? files : files[0];
  }
  const s = input.value.trim();
  if (!s) return undefined;
  if (f.type === 'number') {
    const x = Number(s.replace(',', '.'));
    return Number.isFinite(x) ? x : s;
  }
  return s;
}

/** Gives every node its current JSON pointer and maps pointers to message slots. */
function assignPointers(nodes, base) {
  for (const n of nodes) {
    n.ptr = `${base}/${escPtr(n.f.name)}`;
    n.slot.dataset.for = n.ptr;
    if (n.input) n.input.dataset.pointer = n.ptr;
    state.slots.set(n.ptr, n);
    if (n.kids) assignPointers(n.kids, n.ptr);
    n.items?.forEach((it, i) => {
      const label = n.f.label ?? { vi: n.f.name };
      it.legend.replaceChildren(i18n('span', { vi: T.vi.item(label.vi, i + 1), en: T.en.item(label.en ?? label.vi, i + 1) }));
      it.ptr = `${n.ptr}/${i}`;
      state.slots.set(it.ptr, n);
      assignPointers(it.kids, it.ptr);
    });
  }
}

function touchedPointers(nodes, out = []) {
  for (const n of nodes) {
    if (n.touched) out.push(n.ptr);
    if (n.kids) touchedPointers(n.kids, out);
    n.items?.forEach((it) => touchedPointers(it.kids, out));
  }
  return out;
}

function onEdit() {
  validate();
}

function validate() {
  state.slots = new Map();
  assignPointers(state.nodes, '');
  state.report = null;
  if (state.spec) {
    try {
      state.report = m.validateForm({ form: state.spec.id }, collect(state.nodes));
    } catch (e) {
      showError(e);
    }
  }
  renderMessages();
}

/** The node whose slot shows a violation at `ptr`: the deepest field on its path. */
function slotFor(ptr) {
  let p = ptr;
  while (p) {
    if (state.slots.has(p)) return state.slots.get(p);
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return null;
}

function renderMessages() {
  for (const n of state.slots.values()) {
    n.slot.replaceChildren();
    n.input?.removeAttribute('aria-invalid');
  }
  const rootMsg = $('form-root-msg');
  rootMsg.replaceChildren();
  const violations = state.report?.violations ?? [];
  const touched = touchedPointers(state.nodes);
  const shown = (v) => state.submitted ||
    (v.pointer !== '' && touched.some((p) => p === v.pointer || p.startsWith(`${v.pointer}/`) || v.pointer.startsWith(`${p}/`)));
  const invalid = new Set();
  for (const v of violations) {
    const node = slotFor(v.pointer);
    if (node && v.severity === 'error') invalid.add(node);
    if (!shown(v)) continue;
    const line = el('p', { className: v.severity === 'error' ? 'err' : 'warn', 'data-code': String(v.code), 'data-pointer': v.pointer },
      el('span', { className: 'code', text: String(v.code) }), ' ',
      el('span', { className: 'text', text: state.lang === 'en' ? v.message_en : v.message }));
    (node ? node.slot : rootMsg).append(line);
    if (node?.input && v.severity === 'error') node.input.setAttribute('aria-invalid', 'true');
  }
  // Parts of a valid personal number (validateCccd), under the field.
  for (const n of state.slots.values()) {
    if (!n.info) continue;
    n.info.textContent = '';
    const value = n.input.value.trim();
    if (!value || invalid.has(n)) continue;
    try {
      n.info.textContent = t('cccdInfo', m.validateCccd(value));
    } catch {
      // a 9-digit CMND is a valid personal_id without CCCD parts
    }
  }
  const errors = violations.filter((v) => v.severity === 'error').length;
  const status = $('form-status');
  status.dataset.errors = String(errors);
  if (!state.proc) status.textContent = t('pickFirst');
  else if (!state.spec) status.textContent = t('noForm');
  else if (!errors) status.textContent = t('valid');
  else status.textContent = `${t('problems', errors)}${state.submitted ? ` ${t('shownAfterSubmit')}` : ''}`;
}

// ------------------------------------------------------------------ tax code (outside the e-form)

function renderMst() {
  const input = $('mst');
  const msg = $('mst-msg');
  msg.replaceChildren();
  input.removeAttribute('aria-invalid');
  const value = input.value.trim();
  if (!value) return;
  try {
    const info = m.validateMst(value);
    const kind = T[state.lang].mstKinds[info.kind] ?? info.kind;
    msg.append(el('p', { className: 'ok', text: t('mstOk', kind, info.normalized) }));
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    input.setAttribute('aria-invalid', 'true');
    msg.append(el('p', { className: 'err', 'data-code': String(e.code) },
      el('span', { className: 'code', text: String(e.code) }), ' ',
      el('span', { className: 'text', text: state.lang === 'en' ? e.messageEn : e.message })));
  }
}

// ------------------------------------------------------------------ the appointment

function submit(ev) {
  ev.preventDefault();
  if (!state.proc) return;
  state.submitted = true;
  validate();
  if (state.report && !state.report.valid) {
    const first = [...state.slots.values()].find((n) => n.input?.getAttribute('aria-invalid') === 'true');
    (first?.input ?? $('form-status')).focus?.();
    return;
  }
  const received = $('received').value;
  if (!received) {
    $('form-status').textContent = t('needReceipt');
    $('received').focus();
    return;
  }
  computeAndRender();
}

function computeAndRender() {
  const v = currentVariant();
  const received = $('received').value;
  let due;
  let lunar;
  try {
    due = m.computeDue(received, v.time_limit, undefined, state.lang);
    lunar = m.lunarInfo(due.appointment_at.slice(0, 10));
    lunar.name = m.yearName(lunar.date.year);
  } catch (e) {
    state.due = null;
    $('result').hidden = true;
    showError(e);
    return;
  }
  showError(null);
  state.due = { due, lunar, received, limit: v.time_limit };
  renderResult();
}

function renderResult() {
  const box = $('result-body');
  box.replaceChildren();
  if (!state.due) return;
  const { due, lunar } = state.due;
  const l = lunar.date;
  const row = (k, id, child) => [el('dt', { text: t(k) }), el('dd', { id }, child)];
  box.append(el('dl', { className: 'slip' },
    ...row('appointment', 'appointment', el('time', { dateTime: due.appointment_at, text: dateTime(due.appointment_at) })),
    ...row('legalDue', 'legal-due', el('time', { dateTime: due.legal_due_date, text: `${t('endOfDay')} ${dateLong(due.legal_due_date)}` })),
    ...row('lunar', 'lunar', el('span', {
      'data-year': String(l.year), 'data-month': String(l.month), 'data-day': String(l.day), 'data-leap': String(l.leap),
      text: t('lunarText', l, lunar.name) + (lunar.uncertain ? t('uncertain') : ''),
    })),
    ...row('received', 'received-at', el('time', { dateTime: due.received_at, text: dateTime(due.received_at) })),
    ...row('limit', 'limit', document.createTextNode(limitText(due.limit)))));
  for (const a of due.adjustments ?? []) {
    const f = T[state.lang].adj[a.kind];
    if (f) box.append(el('p', { className: 'adjustment', text: f(a) }));
  }
  const table = el('table', { id: 'days' },
    el('caption', { text: t('days') }),
    el('thead', {}, el('tr', {}, ...['dayCol', 'statusCol', 'reasonCol'].map((k) => el('th', { scope: 'col', text: t(k) })))));
  const body = el('tbody');
  for (const d of due.explanation.days) {
    const status = d.role === 'receipt' ? t('receipt')
      : d.role === 'skipped' ? t('skipped')
        : d.role === 'before_count' ? t('before')
          : t('counted', d.day_number);
    const reasons = (d.reasons ?? []).map((r) => (state.lang === 'en' ? r.text_en : r.text_vi)).join('; ');
    body.append(el('tr', { className: `${d.role}${d.is_due ? ' due' : ''}`, 'data-date': d.date, 'data-role': d.role },
      el('th', { scope: 'row' }, el('time', { dateTime: d.date, text: dateLong(d.date) })),
      el('td', { text: `${status}${d.is_due ? ` — ${t('due')}` : ''}${d.estimated ? t('estimated') : ''}` }),
      el('td', { className: 'reason', text: reasons })));
  }
  table.append(body);
  box.append(table, el('details', {}, el('summary', { text: t('fullText') }), el('pre', { text: due.explanation.text })));
  $('result').hidden = false;
}

// ------------------------------------------------------------------ language

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const b of [$('lang-vi'), $('lang-en')]) b.setAttribute('aria-pressed', String(b.id === `lang-${lang}`));
  for (const e of document.querySelectorAll('[data-vi]')) e.textContent = e.dataset[lang] || e.dataset.vi;
  renderProcedureList();
  renderProcedureInfo();
  renderMessages();
  renderMst();
  renderError();
  // The library explains in the language asked for: compute again with the same input.
  if (state.due) computeAndRender();
}

// ------------------------------------------------------------------ start

async function main() {
  try {
    await init();
    state.procedures = m.procedures();
    state.services = m.services();
    for (const l of m.serviceLevels().levels) state.levelNames.set(l.level, { vi: l.name, en: l.name_en });
    $('version').textContent = m.version();
  } catch (e) {
    showError(e);
    document.body.dataset.ready = 'error';
    return;
  }
  const now = new Date();
  $('received').value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  $('search').addEventListener('input', renderProcedureList);
  $('procedure').addEventListener('change', (e) => selectProcedure(e.target.value));
  $('variant').addEventListener('change', () => { renderProcedureInfo(); if (state.due) computeAndRender(); });
  $('eform').addEventListener('submit', submit);
  $('mst').addEventListener('input', renderMst);
  $('lang-vi').addEventListener('click', () => setLang('vi'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  renderProcedureList();
  renderMessages();
  document.body.dataset.ready = 'true';
}

main();
