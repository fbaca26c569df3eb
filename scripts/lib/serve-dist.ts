// A plain static file server for dist/ (what any static host does), used by the e2e tests and the bench.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|svg|json|wasm|txt|md)$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
};

/** The page a static host answers an unknown path with: the locale's own 404 page when it has one, else /404.html. */
async function notFoundPage(root: string, path: string): Promise<Buffer | null> {
  const locale = /^\/([a-z]{2})\//.exec(path)?.[1];
  for (const candidate of [locale ? join(root, locale, '404.html') : null, join(root, '404.html')]) {
    if (!candidate) continue;
    try {
      return await readFile(candidate);
    } catch {
      // no 404 page here: try the next
    }
  }
  return null;
}

/** Answer one request from `root`: the file (gzipped when the client accepts it), else the 404 page. */
async function answer(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) {
    res.writeHead(403).end();
    return;
  }
  const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(file) && gzipOk;
    const headers = {
      ...extraHeaders,
      'content-type': type,
      'cache-control': 'public, max-age=3600',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    };
    res.writeHead(200, headers).end(gzip ? gzipSync(body) : body);
  } catch {
    const page = await notFoundPage(root, path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(404, { 'content-type': TYPES['.html'], ...(gzipOk ? { 'content-encoding': 'gzip' } : {}) })
      .end(gzipOk ? gzipSync(page) : page);
  }
}

/**
 * Serve `root` on a free loopback port. Unknown paths get the site's 404 page with status 404, as static hosts do.
 * `headers` go on every file served (the inference bench sends COOP/COEP to make its page cross-origin isolated).
 */
export function serveDist(
  root = 'dist',
  headers: Record<string, string> = {},
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    answer(root, req, res, headers).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
