// The JavaScript a built page loads before any widget is near the screen: its module scripts, modulepreloads and
// inline scripts, and everything they import statically, followed through the chunks in dist/ (dynamic import()
// is how the widgets load lazily, so it is not followed). Sizes are gzip per file, as a static host serves them.
// Shared by the budget test (tests/build/js-budget.test.ts) and the bench (scripts/bench.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A chunk holds tfjs when it registers kernels or backends (tfjs-core and every backend do). */
export const TFJS = /\bkernelFunc\b|\bregisterKernel\b|\bregisterBackend\b|tfjs-backend-/;

/** The file a static host serves for a URL path under `root` (a directory's index.html), or null. */
export function fileFor(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = join(root, path);
  if (!file.startsWith(join(root))) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** Static imports and re-exports of a (minified) ES module: `import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`. */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"']+)\1/g))
    found.push(m[2]);
  return found;
}

export interface FirstLoad {
  /** URL paths of the script files loaded, sorted. */
  files: string[];
  /** Gzip bytes of each file and inline script, compressed one by one (level 9). */
  gzipBytes: number;
  /** The loaded files that hold tfjs (none, on every page). */
  tfjs: string[];
}

const gzipOf = new Map<string, number>();
function gzipFile(file: string): number {
  let size = gzipOf.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipOf.set(file, size);
  }
  return size;
}

/** What the page at URL path `path` (its parsed HTML `document`) loads eagerly from the build in `root`. */
export function firstLoad(root: string, path: string, document: Document): FirstLoad {
  const base = new URL(path, 'http://site.invalid');
  const queue: URL[] = [];
  let gzipBytes = 0;
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = script.getAttribute('src');
    if (src) queue.push(new URL(src, base));
    else {
      const text = script.textContent ?? '';
      gzipBytes += gzipSync(text, { level: 9 }).length;
      if (type === 'module') queue.push(...staticImports(text).map((spec) => new URL(spec, base)));
    }
  }
  for (const link of document.querySelectorAll(
    'link[rel~="modulepreload"][href], link[rel="preload"][as="script"][href]',
  ))
    queue.push(new URL(link.getAttribute('href')!, base));
  const seen = new Set<string>();
  const tfjs: string[] = [];
  while (queue.length) {
    const url = queue.pop()!;
    if (url.origin !== base.origin || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const file = fileFor(root, url.pathname);
    if (!file) throw new Error(`${path} loads ${url.pathname}, which is not in the build`);
    const js = readFileSync(file, 'utf8');
    gzipBytes += gzipFile(file);
    if (TFJS.test(js)) tfjs.push(url.pathname);
    queue.push(...staticImports(js).map((spec) => new URL(spec, url)));
  }
  return { files: [...seen].sort(), gzipBytes, tfjs };
}
