// The hand-written TypeScript declarations declare every export of the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, dts } from './pkg.mjs';

/**
 * The declared members of a class: its `export class` body and the bodies of the `export
 * interface` blocks of the same name that merge into it (the back office's methods are declared
 * in such a block, present only in the default build).
 */
function declaredBody(cls) {
  const re = new RegExp(`export (?:class|interface) ${cls} \\{([\\s\\S]*?)\\n\\}`, 'g');
  return [...dts.matchAll(re)].map((x) => x[1]).join('\n');
}

/** Method names declared in a class body (lines `  name(` or `  static name(`). */
function declaredMethods(body) {
  return [...body.matchAll(/^ {2}(?:static )?(\w+)\(/gm)].map((x) => x[1]);
}

// The classes this build exports (a one-group module has some of them; 'no declaration without
// an export' checks that it declares no other).
const CLASSES = ['WorkCalendar', 'Catalogue', 'CompiledForm'].filter((c) => c in m);

test('every declared method of a class exists', () => {
  for (const cls of CLASSES) {
    const C = m[cls];
    for (const name of declaredMethods(declaredBody(cls))) {
      if (name === 'constructor') continue;
      assert.ok(name in C.prototype || name in C, `${cls}.${name} is declared but does not exist`);
    }
  }
});

test('every exported function and class is declared', () => {
  for (const name of Object.keys(m)) {
    const declared =
      dts.includes(`export function ${name}(`) || dts.includes(`export class ${name} `);
    assert.ok(declared, `${name} is exported but not declared in the .d.ts`);
  }
});

test('every WorkCalendar method, static and getter is declared', { skip: !('WorkCalendar' in m) }, () => {
  const body = declaredBody('WorkCalendar');
  const internal = new Set(['constructor', '__destroy_into_raw', '__wrap', 'length', 'name', 'prototype']);
  const members = [
    ...Object.getOwnPropertyNames(m.WorkCalendar.prototype),
    ...Object.getOwnPropertyNames(m.WorkCalendar),
  ].filter((n) => !internal.has(n));
  assert.ok(members.length >= 15);
  for (const name of members) {
    assert.match(body, new RegExp(`\\b${name}\\b`), `WorkCalendar.${name} not declared`);
  }
});

test('no declaration without an export', () => {
  for (const [, name] of dts.matchAll(/export (?:function|class) (\w+)/g)) {
    assert.ok(name in m, `${name} is declared but not exported`);
  }
});

test('every Catalogue method, static and getter is declared', { skip: !('Catalogue' in m) }, () => {
  const body = declaredBody('Catalogue');
  const internal = new Set(['constructor', '__destroy_into_raw', '__wrap', 'length', 'name', 'prototype']);
  const members = [
    ...Object.getOwnPropertyNames(m.Catalogue.prototype),
    ...Object.getOwnPropertyNames(m.Catalogue),
  ].filter((n) => !internal.has(n));
  assert.ok(members.length >= 10);
  for (const name of members) {
    assert.match(body, new RegExp(`\\b${name}\\b`), `Catalogue.${name} not declared`);
  }
});
