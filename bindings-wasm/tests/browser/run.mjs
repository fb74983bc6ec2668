// Page test: serves this folder plus the `--target web` package (target/pkg-web, or
// MOTCUA_WASM_PKG_WEB) on 127.0.0.1, opens index.html in Debian's headless Chromium through
// playwright-core, and prints "N passed, M failed". The page runs the checks of the groups of
// exports the package has; they must be MOTCUA_WASM_GROUPS (comma-separated; default: every
// group, as the default package has).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const pkgDir = process.env.MOTCUA_WASM_PKG_WEB ?? path.join(repoRoot, 'target/pkg-web');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '') || 'index.html';
  const file = rel.startsWith('pkg/') ? path.join(pkgDir, rel.slice(4)) : path.join(here, rel);
  if (!file.startsWith(here) && !file.startsWith(pkgDir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/index.html`;

let passed = 0;
let failed = 0;
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.result, null, { timeout: 30000 });
  const results = JSON.parse(await page.evaluate(() => document.body.dataset.result));
  const groups = JSON.parse(await page.evaluate(() => document.body.dataset.groups)).sort();
  const expected = (process.env.MOTCUA_WASM_GROUPS ?? 'back-office,deadlines,forms').split(',').sort();
  const sameGroups = JSON.stringify(groups) === JSON.stringify(expected);
  console.log(`${sameGroups ? 'ok  ' : 'FAIL'} groups checked: ${groups.join(', ')}${sameGroups ? '' : ` (expected ${expected.join(', ')})`}`);
  if (sameGroups) passed++; else failed++;
  for (const r of results) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : ` (${r.detail})`}`);
    if (r.ok) passed++; else failed++;
  }
  for (const e of errors) {
    console.log(`FAIL page error: ${e}`);
    failed++;
  }
  if (process.env.MOTCUA_SCREENSHOT) await page.screenshot({ path: process.env.MOTCUA_SCREENSHOT });
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
