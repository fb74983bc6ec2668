// The built folders are npm packages (package.json written by bindings-wasm/package.mjs, as
// .ci/run does): node resolves the folder to the same module, the version is the library's,
// and every file the package lists is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { m, pkgPath } from './pkg.mjs';

const dir = path.dirname(pkgPath);
const manifestPath = path.join(dir, 'package.json');

test('the nodejs package folder is an npm package of the library', () => {
  assert.ok(existsSync(manifestPath), `${manifestPath} missing: run node bindings-wasm/package.mjs ${dir} nodejs`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  assert.match(manifest.name, /^motcua-wasm(-portal|-deadlines|-forms)?$/);
  assert.equal(manifest.version, m.version());
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  for (const f of [...manifest.files, manifest.main, manifest.types]) {
    assert.ok(existsSync(path.join(dir, f)), `${f} listed but missing`);
  }
  // Resolving the folder (as `require("motcua-wasm")` would) gives the same module.
  const viaFolder = createRequire(import.meta.url)(dir);
  assert.deepEqual(Object.keys(viaFolder).sort(), Object.keys(m).sort());
  assert.equal(viaFolder.version(), m.version());
  if ('solarToLunar' in m) {
    assert.deepEqual(viaFolder.solarToLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
  }
  // The declarations it names are the package's.
  assert.ok(readFileSync(path.join(dir, manifest.types), 'utf8').includes('export function version('));
});
