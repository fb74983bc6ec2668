// Makes a wasm-bindgen output folder an npm package: writes its package.json (name, version
// and licence from the workspace's Cargo.toml; entry points and declarations of the target).
//
//   node bindings-wasm/package.mjs DIR web|nodejs [default|portal|deadlines|forms]
//
// The package is `motcua-wasm` (every export), `motcua-wasm-portal` (the citizen-portal
// build, `--no-default-features --features portal`), `motcua-wasm-deadlines` or
// `motcua-wasm-forms` (one group of exports each, `--features deadlines` / `forms`). `.ci/run` runs it after each wasm-bindgen call and checks
// the result with `npm pack --dry-run`.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [dir, target, build = 'default'] = process.argv.slice(2);
const BUILDS = {
  default: {
    name: 'motcua-wasm',
    description:
      "motcua for web frontends: Vietnam's lunar and working calendars, deadlines, procedure catalogue, e-form validation, dossiers and reports (WASM)",
  },
  portal: {
    name: 'motcua-wasm-portal',
    description:
      "motcua for citizen portals: Vietnam's lunar and working calendars, deadlines, procedure catalogue, e-form validation (WASM, without the back office's dossiers, reports and clock)",
  },
  deadlines: {
    name: 'motcua-wasm-deadlines',
    description:
      "motcua's deadline preview: Vietnam's lunar calendar, the working calendars with their days off, legal due dates with explanations (WASM)",
  },
  forms: {
    name: 'motcua-wasm-forms',
    description:
      "motcua's e-form validation: the rules of Vietnam's one-stop e-forms and identifiers (CCCD, tax code, phone…), with the embedded e-forms (WASM)",
  },
};
if (!dir || !['web', 'nodejs'].includes(target) || !(build in BUILDS)) {
  console.error('usage: node bindings-wasm/package.mjs DIR web|nodejs [default|portal|deadlines|forms]');
  process.exit(2);
}
for (const f of ['motcua_wasm.js', 'motcua_wasm.d.ts', 'motcua_wasm_bg.wasm']) {
  if (!existsSync(path.join(dir, f))) {
    console.error(`${dir} has no ${f}: run wasm-bindgen --target ${target} --out-dir ${dir} first`);
    process.exit(1);
  }
}

/** `key = "value"` of the `[workspace.package]` table of the workspace's Cargo.toml. */
function workspaceValue(key) {
  const toml = readFileSync(path.join(here, '..', 'Cargo.toml'), 'utf8');
  const start = toml.indexOf('\n[workspace.package]\n');
  const rest = start < 0 ? '' : toml.slice(start + '\n[workspace.package]\n'.length);
  const table = rest.split('\n[')[0];
  const value = new RegExp(`^${key} = "([^"]*)"`, 'm').exec(table)?.[1];
  if (!value) throw new Error(`Cargo.toml: no ${key} in [workspace.package]`);
  return value;
}

const files = readdirSync(dir).filter((f) => f !== 'package.json' && f !== '.gitignore');
const pkg = {
  name: BUILDS[build].name,
  version: workspaceValue('version'),
  description: BUILDS[build].description,
  license: workspaceValue('license'),
  repository: workspaceValue('repository'),
  files,
  ...(target === 'web'
    ? { type: 'module', main: 'motcua_wasm.js', module: 'motcua_wasm.js', sideEffects: ['./snippets/*'] }
    : { main: 'motcua_wasm.js' }),
  types: 'motcua_wasm.d.ts',
  keywords: ['vietnam', 'lunar-calendar', 'am-lich', 'working-days', 'deadline', 'dich-vu-cong', 'wasm'],
};
writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`${path.join(dir, 'package.json')}: ${pkg.name}@${pkg.version} (${target})`);
