// A tiny static server for the demo page: serves examples/web/ and, under /pkg/, the
// `--target web` package (target/pkg-web, or MOTCUA_WASM_PKG_WEB) on 127.0.0.1.
//
//   node examples/web/serve.mjs [PORT]      (or PORT=8080 node examples/web/serve.mjs)
//
// Port 0 picks a free one. Prints the URL. The test (test.mjs) imports `serve` from here.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm', // needed by WebAssembly.instantiateStreaming in init()
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a URL path names, or null when it is outside the two served folders. */
function resolve(urlPath, pkgDir) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const [base, sub] = rel.startsWith('/pkg/') ? [pkgDir, rel.slice(5)] : [here, rel.slice(1) || 'index.html'];
  const file = path.resolve(base, sub);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/** Starts the server; resolves to `{ server, url }`. */
export async function serve({ port = 0, host = '127.0.0.1', pkgDir } = {}) {
  const pkg = path.resolve(pkgDir ?? process.env.MOTCUA_WASM_PKG_WEB ?? path.join(repoRoot, 'target/pkg-web'));
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = resolve(url.pathname, pkg);
    if (!file) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden\n');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return { server, url: `http://${host}:${server.address().port}/` };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`usage: node examples/web/serve.mjs [PORT]  (got ${JSON.stringify(process.argv[2] ?? process.env.PORT)})`);
    process.exit(2);
  }
  const { url } = await serve({ port });
  console.log(`motcua demo: ${url}  (Ctrl+C to stop)`);
}
