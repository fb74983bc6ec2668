// Loads the `--target nodejs` package built by .ci/run (target/pkg-node), or the one named by
// MOTCUA_WASM_PKG_NODE (a path to motcua_wasm.js).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const pkgPath =
  process.env.MOTCUA_WASM_PKG_NODE ?? path.join(repoRoot, 'target/pkg-node/motcua_wasm.js');

if (!existsSync(pkgPath)) {
  throw new Error(
    `${pkgPath} not found: build it first (cargo build --profile wasm-release --target ` +
      'wasm32-unknown-unknown -p motcua-wasm; wasm-bindgen --target nodejs --out-dir target/pkg-node ...), ' +
      'as .ci/run does',
  );
}

export const m = createRequire(import.meta.url)(pkgPath);
export const dts = readFileSync(pkgPath.replace(/\.js$/, '.d.ts'), 'utf8');

/** Calls fn, asserts it throws a motcua error with the code, returns the error. */
export function throwsCode(assert, fn, code) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught !== undefined, `expected error ${code}, got no error`);
  assert.ok(caught instanceof Error, `expected an Error, got ${caught}`);
  assert.strictEqual(caught.code, code, `${caught.name}: ${caught.message}`);
  return caught;
}
