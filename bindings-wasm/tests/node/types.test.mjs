// The hand-written TypeScript declarations declare every export of the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { m, dts } from './pkg.mjs';

test('every exported function and class is declared', () => {
  for (const name of Object.keys(m)) {
    const declared =
      dts.includes(`export function ${name}(`) || dts.includes(`export class ${name} `);
    assert.ok(declared, `${name} is exported but not declared in the .d.ts`);
  }
});

test('every WorkCalendar method, static and getter is declared', () => {
  const body = /export class WorkCalendar \{([\s\S]*?)\n\}/.exec(dts)[1];
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

test('every Catalogue method, static and getter is declared', () => {
  const body = /export class Catalogue \{([\s\S]*?)\n\}/.exec(dts)[1];
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
