// Benchmark of the --target nodejs package from JavaScript (issue 7), against the usual JS
// tools in the same run:
//   1. validating the 40-value birth-registration e-form (1.001193): validateForm,
//      CompiledForm.validate, vs ajv 8 (draft 2020-12 + ajv-formats) on the SAME JSON Schema
//      exported by formJsonSchema, on a valid and an invalid document;
//   2. lunar conversion of dates 1900-2199: solarToLunarBatch (1 million dates per call) vs
//      solarToLunar in a loop vs the npm package amlich (Hồ Ngọc Đức's algorithm, one date per
//      call), and how often amlich and motcua agree.
//
// Plain node, no timed assertions: it prints medians (p10-p90) and fails only when a function
// throws or returns something unexpected (e.g. a valid document reported invalid).
//
//   node bindings-wasm/bench/bench.mjs            # full run (~1-2 minutes)
//   node bindings-wasm/bench/bench.mjs --quick    # a few samples (CI smoke, a few seconds)
//   node bindings-wasm/bench/bench.mjs --form     # form validation only
//   npm run bench:js
//
// The package is target/pkg-node (build it as .ci/run does) or MOTCUA_WASM_PKG_NODE.
// Samples of the compared implementations are interleaved (A, B, A, B...) so a change of load
// on a shared machine affects both alike.
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const pkgPath = process.env.MOTCUA_WASM_PKG_NODE ?? path.join(repoRoot, 'target/pkg-node/motcua_wasm.js');
if (!existsSync(pkgPath)) {
  throw new Error(`${pkgPath} not found: build the --target nodejs package first (see .ci/run)`);
}
const m = require(pkgPath);

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 5 : 41; // samples per measurement
const SAMPLE_MS = QUICK ? 5 : 40; // target duration of one form sample
const BATCH = QUICK ? 100_000 : 1_000_000; // dates per batch call
const LOOP = QUICK ? 20_000 : 200_000; // dates per one-by-one sample

/** Optional comparison packages: a missing one is reported and skipped. */
function optional(name) {
  try {
    return require(name);
  } catch (e) {
    console.log(`(skipped: ${name} is not installed: ${e.code ?? e.message})`);
    return null;
  }
}

function check(cond, what) {
  if (!cond) throw new Error(`bench check failed: ${what}`);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))];
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: pct(s, 50), p10: pct(s, 10), p90: pct(s, 90), n: s.length };
}

const now = () => process.hrtime.bigint();
const elapsedNs = (t0) => Number(now() - t0);

/**
 * Times several functions with interleaved samples. Each `fn(iterations)` does the work
 * `iterations` times; a sample is the time per iteration in nanoseconds. Iterations per sample
 * are calibrated on the warm-up so a sample lasts about `sampleMs`.
 */
function measure(cases, { samples = SAMPLES, sampleMs = SAMPLE_MS, iterations, warmups = 5 } = {}) {
  const iters = cases.map(({ fn }) => {
    if (iterations) {
      // Warm-up: V8 compiles wasm with its baseline compiler first and tiers up a function
      // on a later call (no on-stack replacement), so a few calls are needed.
      for (let w = 0; w < warmups; w++) fn(iterations);
      return iterations;
    }
    let n = 1;
    for (;;) {
      const t0 = now();
      fn(n);
      const ms = elapsedNs(t0) / 1e6;
      if (ms >= sampleMs / 4 || n >= 1 << 22) return Math.max(1, Math.round((n * sampleMs) / Math.max(ms, 0.001)));
      n *= 2;
    }
  });
  const times = cases.map(() => []);
  for (let s = 0; s < samples; s++) {
    cases.forEach(({ fn }, i) => {
      const t0 = now();
      fn(iters[i]);
      times[i].push(elapsedNs(t0) / iters[i]);
    });
  }
  return Object.fromEntries(cases.map(({ name }, i) => [name, stats(times[i])]));
}

const us = (ns) => (ns / 1000).toFixed(2);
const rate = (ns) => (1e9 / ns / 1e6).toFixed(2); // million per second, from ns per item
function row(label, st, unit = 'us') {
  const f = unit === 'us' ? us : rate;
  const u = unit === 'us' ? 'µs/call' : 'M dates/s';
  console.log(`  ${label.padEnd(46)} median ${f(st.median).padStart(8)} ${u}  (p10 ${f(st.p10)}, p90 ${f(st.p90)}; ${st.n} samples)`);
}

// ------------------------------------------------------------------------------ machine
const wasmFile = pkgPath.replace(/\.js$/, '_bg.wasm');
console.log('motcua-wasm JS benchmark' + (QUICK ? ' (--quick: few samples, figures indicative only)' : ''));
console.log(`  node ${process.version}, ${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`  package ${path.relative(repoRoot, pkgPath)} (wasm ${statSync(wasmFile).size} bytes), motcua ${m.version()}`);

// ------------------------------------------------------------------------------ 1. forms
// The realistic values of core/benches/form.rs: 40 values in 4 groups, with CCCD, mobile,
// fixed-line and e-mail checks, conditional rules and a one-of rule.
const VALID = {
  kinh_gui: 'UBND phường Ba Đình, thành phố Hà Nội',
  nguoi_yeu_cau: {
    ho_ten: 'Nguyễn Văn An', loai_giay_to: 'cccd', so_dinh_danh: '001090012345',
    noi_cu_tru: '12 Phan Đình Phùng, Ba Đình, Hà Nội', quan_he: 'cha',
    dien_thoai: '0912345678', dien_thoai_co_dinh: '02438251234', email: 'an.nguyen@example.vn',
  },
  tre: {
    ho_ten: 'Nguyễn Minh Khang', ngay_sinh: '2026-03-02', ngay_sinh_bang_chu: 'Ngày hai tháng ba năm hai nghìn không trăm hai mươi sáu',
    gioi_tinh: 'nam', dan_toc: 'Kinh', quoc_tich: 'Việt Nam', noi_sinh: 'Bệnh viện Phụ sản Hà Nội', que_quan: 'Nam Định',
  },
  me: { ho_ten: 'Trần Thị Bình', ngay_sinh: '1992-07-15', so_dinh_danh: '036192012345', dan_toc: 'Kinh', quoc_tich: 'Việt Nam', noi_cu_tru: '12 Phan Đình Phùng, Ba Đình, Hà Nội' },
  cha: { ho_ten: 'Nguyễn Văn An', ngay_sinh: '1990-01-20', so_dinh_danh: '001090012345', dan_toc: 'Kinh', quoc_tich: 'Việt Nam', noi_cu_tru: '12 Phan Đình Phùng, Ba Đình, Hà Nội' },
  giay_chung_sinh: { id: 'upl-7f3a', name: 'giay-chung-sinh.pdf', mime: 'application/pdf', size: 482113 },
  de_nghi_cap_ban_sao: true, so_ban_sao: 2,
  hinh_thuc_nhan: 'buu_chinh', dia_chi_nhan: '12 Phan Đình Phùng, Ba Đình, Hà Nội',
  lam_tai: 'Hà Nội', ngay_khai: '2026-03-10', cam_doan: true,
};
// Invalid: a CCCD of 11 digits, an impossible date, the undertaking not ticked, a postal
// delivery without an address, 25 copies (max 20).
const INVALID = structuredClone(VALID);
INVALID.nguoi_yeu_cau.so_dinh_danh = '00109001234';
INVALID.tre.ngay_sinh = '2026-02-30';
INVALID.cam_doan = false;
delete INVALID.dia_chi_nhan;
INVALID.so_ban_sao = 25;

const countValues = (o) => Object.values(o).reduce((n, v) => n + (v && typeof v === 'object' && !('mime' in v) ? countValues(v) : 1), 0);
console.log(`\n1. Form validation: e-form 1.001193 (birth registration; 44 fields), a document of ${countValues(VALID)} values in 4 groups`);

const REF = { procedure: '1.001193' };
const spec = m.formSpec('1.001193');
const compiled = m.CompiledForm.compile(REF);
const schema = m.formJsonSchema(REF);
const rValid = m.validateForm(REF, VALID);
const rInvalid = m.validateForm(REF, INVALID);
check(rValid.valid && rValid.violations.length === 0, `valid document: ${JSON.stringify(rValid.violations)}`);
check(!rInvalid.valid, 'invalid document reported valid');
check(JSON.stringify(compiled.validate(INVALID)) === JSON.stringify(rInvalid), 'CompiledForm and validateForm differ');
check(JSON.stringify(m.validateForm(spec, INVALID)) === JSON.stringify(rInvalid), 'spec object and {procedure} differ');
console.log(`  motcua: valid document ok; invalid document: ${rInvalid.violations.length} violations (${rInvalid.violations.map((v) => `${v.pointer} ${v.code}`).join(', ')})`);

const Ajv2020 = optional('ajv/dist/2020')?.default;
const addFormats = optional('ajv-formats')?.default;
let ajvValidate = null;
let compileStats = null;
if (Ajv2020 && addFormats) {
  const extensionKeywords = new Set();
  (function walk(v) {
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.startsWith('x-')) extensionKeywords.add(k);
        walk(x);
      }
    }
  })(schema);
  const newAjv = () => {
    // allErrors: every problem, as motcua reports them (ajv stops at the first otherwise).
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv, ['date', 'email']);
    // motcua's annotations (x-motcua-format, x-motcua-server-check...): no assertion.
    for (const keyword of extensionKeywords) ajv.addKeyword({ keyword });
    return ajv;
  };
  ajvValidate = newAjv().compile(schema);
  check(ajvValidate(VALID) === true, `ajv rejects the valid document: ${JSON.stringify(ajvValidate.errors)}`);
  check(ajvValidate(INVALID) === false, 'ajv accepts the invalid document');
  console.log(`  ajv: valid document ok; invalid document: ${ajvValidate.errors.length} errors (${[...new Set(ajvValidate.errors.map((e) => e.instancePath || '/'))].join(', ')})`);
  compileStats = measure([{ name: 'compile', fn: (n) => { for (let i = 0; i < n; i++) newAjv().compile(schema); } }], { samples: QUICK ? 3 : 15, iterations: QUICK ? 1 : 5 }).compile;
}
const cmpCompileStats = measure([{ name: 'compile', fn: (n) => { for (let i = 0; i < n; i++) m.CompiledForm.compile(spec).free(); } }], { samples: QUICK ? 3 : 15 }).compile;

const formCases = (doc) => [
  { name: 'motcua validateForm({procedure}, values)', fn: (n) => { for (let i = 0; i < n; i++) m.validateForm(REF, doc); } },
  { name: 'motcua CompiledForm.validate(values)', fn: (n) => { for (let i = 0; i < n; i++) compiled.validate(doc); } },
  { name: 'motcua validateForm(specObject, values)', fn: (n) => { for (let i = 0; i < n; i++) m.validateForm(spec, doc); } },
  ...(ajvValidate ? [{ name: 'ajv validate(values) (compiled schema)', fn: (n) => { for (let i = 0; i < n; i++) ajvValidate(doc); } }] : []),
];
const formResults = {};
for (const [label, doc] of [['valid', VALID], ['invalid', INVALID]]) {
  console.log(`  ${label} document:`);
  const r = measure(formCases(doc));
  formResults[label] = r;
  for (const [name, st] of Object.entries(r)) row(name, st);
  if (ajvValidate) {
    const a = r['ajv validate(values) (compiled schema)'].median;
    console.log(`    ratio validateForm / ajv: ${(r['motcua validateForm({procedure}, values)'].median / a).toFixed(1)}x; CompiledForm / ajv: ${(r['motcua CompiledForm.validate(values)'].median / a).toFixed(1)}x`);
  }
}
console.log('  compile once:');
row('motcua CompiledForm.compile(spec object)', cmpCompileStats);
if (compileStats) row('ajv new Ajv2020 + compile(JSON Schema)', compileStats);
compiled.free();
if (process.argv.includes('--form')) {
  // Form validation only (e.g. to compare builds of the package).
  console.log('\nok');
  process.exit(0);
}

// ------------------------------------------------------------------------------ 2. lunar
console.log(`\n2. Lunar conversion (solar -> lunar), dates 1900-01-01..2199-12-31`);
const DAY_MS = 86_400_000;
const T0 = Date.UTC(1900, 0, 1);
const SPAN = Math.round((Date.UTC(2199, 11, 31) - T0) / DAY_MS) + 1;
/** Deterministic pseudo-random dates of the range (a fixed LCG). */
function dates(n, seed = 12345) {
  const out = new Int32Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const d = new Date(T0 + (x % SPAN) * DAY_MS);
    out[i] = d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
  }
  return out;
}
const ymd = (v) => [Math.trunc(v / 10000), Math.trunc(v / 100) % 100, v % 100];
const isoOf = (v) => {
  const [y, mo, d] = ymd(v);
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const big = dates(BATCH);
const loopDates = dates(LOOP, 777);
const loopIso = Array.from(loopDates, isoOf);
const loopYmd = Array.from(loopDates, ymd);
check(m.solarToLunarBatch(big).indexOf(0) === -1, 'a date of the range did not convert');
const amlich = optional('amlich');

let sink = 0;
const lunarCases = [
  { name: `motcua solarToLunarBatch (${BATCH} per call)`, per: BATCH, fn: (n) => { for (let i = 0; i < n; i++) sink ^= m.solarToLunarBatch(big)[i]; } },
  { name: 'motcua solarToLunar(iso) one by one', per: LOOP, fn: (n) => { for (let k = 0; k < n; k++) for (let i = 0; i < LOOP; i++) sink ^= m.solarToLunar(loopIso[i]).day; } },
  ...(amlich ? [{ name: 'amlich convertSolar2Lunar(d, m, y, 7) one by one', per: LOOP, fn: (n) => { for (let k = 0; k < n; k++) for (let i = 0; i < LOOP; i++) { const [y, mo, d] = loopYmd[i]; sink ^= amlich.convertSolar2Lunar(d, mo, y, 7)[0]; } } }] : []),
];
const lunarSamples = QUICK ? 3 : 15;
const lr = measure(lunarCases.map(({ name, fn }) => ({ name, fn })), { samples: lunarSamples, iterations: 1, warmups: QUICK ? 2 : 5 });
// Per date, from per call.
const lunarResults = {};
for (const { name, per } of lunarCases) {
  const st = lr[name];
  lunarResults[name] = { median: st.median / per, p10: st.p90 / per, p90: st.p10 / per, n: st.n };
  row(name, lunarResults[name], 'rate');
}
const batchNs = lunarResults[lunarCases[0].name].median;
console.log(`    ratio batch / solarToLunar loop: ${(lunarResults[lunarCases[1].name].median / batchNs).toFixed(1)}x faster`);
if (amlich) console.log(`    ratio batch / amlich: ${(lunarResults[lunarCases[2].name].median / batchNs).toFixed(1)}x faster`);

// Agreement with amlich (UTC+7) on every day of the range (quick: every 11th day).
if (amlich) {
  const step = QUICK ? 11 : 1;
  const all = [];
  for (let i = 0; i < SPAN; i += step) {
    const d = new Date(T0 + i * DAY_MS);
    all.push(d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate());
  }
  const ours = m.solarToLunarBatch(Int32Array.from(all));
  const diffs = [];
  const byYear = new Map();
  for (let i = 0; i < all.length; i++) {
    const [y, mo, d] = ymd(all[i]);
    const [ld, lm, ly, leap] = amlich.convertSolar2Lunar(d, mo, y, 7);
    const theirs = ly * 100000 + (leap ? 10000 : 0) + lm * 100 + ld;
    if (theirs !== ours[i]) {
      diffs.push([all[i], ours[i], theirs]);
      byYear.set(y, (byYear.get(y) ?? 0) + 1);
    }
  }
  // The days motcua itself flags as uncertain (a new moon or principal term within ten
  // minutes of midnight, UTC+7): where a less precise algorithm may well land on the other day.
  const uncertain = diffs.filter(([s]) => m.lunarInfo(isoOf(s)).uncertain).length;
  const fmtL = (v) => `${Math.trunc(v / 100000)}-${String(Math.trunc(v / 100) % 100).padStart(2, '0')}${Math.trunc(v / 10000) % 10 ? 'L' : ''}-${String(v % 100).padStart(2, '0')}`;
  console.log(`  agreement with amlich (UTC+7): ${all.length - diffs.length} of ${all.length} days agree, ${diffs.length} differ (${(100 * diffs.length / all.length).toFixed(3)}%), in ${byYear.size} solar years; ${uncertain} of the ${diffs.length} are days motcua flags uncertain (lunarInfo)`);
  // Runs of consecutive differing days, the first few.
  const runs = [];
  for (const dd of diffs) {
    const last = runs.at(-1);
    const t = Date.UTC(...((v) => [v[0], v[1] - 1, v[2]])(ymd(dd[0])));
    if (last && t - last.end <= step * DAY_MS) { last.end = t; last.n++; } else runs.push({ start: t, end: t, n: 1, first: dd });
  }
  const atUncertain = runs.filter((r) => m.lunarInfo(isoOf(r.first[0])).uncertain).length;
  const dayZero = runs.filter((r) => r.first[2] % 100 === 0).length;
  console.log(`  ${runs.length} runs of differing days (${atUncertain} start on a day motcua flags uncertain, i.e. a month boundary within minutes of midnight; ${dayZero} are amlich answers with day 0)${runs.length > 20 ? ', the first 20' : ''} (solar: motcua vs amlich, yyyy-mm[L]-dd):`);
  for (const r of runs.slice(0, 20)) {
    const [s, a, b] = r.first;
    const span = r.n > 1 ? ` to ${iso(r.end)} (${r.n} days${step > 1 ? ` sampled every ${step}` : ''})` : '';
    console.log(`    ${isoOf(s)}${span}: motcua ${fmtL(a)}, amlich ${fmtL(b)}${m.lunarInfo(isoOf(s)).uncertain ? ' [uncertain]' : ''}`);
  }
}
function iso(t) {
  return new Date(t).toISOString().slice(0, 10);
}

check(Number.isFinite(sink), 'sink');
console.log('\nok');
