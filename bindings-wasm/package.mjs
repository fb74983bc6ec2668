// Makes a wasm-bindgen output folder an npm package: writes its package.json (name, version
// and licence from the workspace's Cargo.toml; entry points and declarations of the target).
//
//   node bindings-wasm/package.mjs DIR web|nodejs [default|portal]
//
// The package is `motcua-wasm` (every export) or `motcua-wasm-portal` (the citizen-portal
// build, `--no-default-features`). `.ci/run` runs it after each wasm-bindgen call and checks
// the result with `npm pack --dry-run`.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [dir, target, build = 'default'] = process.argv.slice(2);
if (!dir || !['web', 'nodejs'].includes(target) || !['default', 'portal'].includes(build)) {
  console.error('usage: node bindings-wasm/package.mjs DIR web|nodejs [default|portal]');
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
  name: build === 'portal' ? 'motcua-wasm-portal' : 'motcua-wasm',
  version: workspaceValue('version'),
  description:
    build === 'portal'
      ? "motcua for citizen portals: Vietnam's lunar and working calendars, deadlines, procedure catalogue, e-form validation (WASM, without the back office's dossiers, reports and clock)"
      : "motcua for web frontends: Vietnam's lunar and working calendars, deadlines, procedure catalogue, e-form validation, dossiers and reports (WASM)",
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
