// The JavaScript a page loads before any widget is near the screen, read from the build: its module scripts,
// modulepreloads and inline scripts, and everything they import statically (followed through the chunks; dynamic
// import() is what the lazy widgets use and is not followed). At most 40 KB gzip per page, in both locales, and
// no tfjs in it: tfjs arrives with a widget that needs it, never on first load.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, documentOf, fileFor } from './helpers/built-site';

const BUDGET_BYTES = 40 * 1024;

/** A chunk holds tfjs when it registers kernels or backends (tfjs-core and every backend do). */
const TFJS = /\bkernelFunc\b|\bregisterKernel\b|\bregisterBackend\b|tfjs-backend-/;

/** Static imports and re-exports of a minified ES module: `import{a}from"./x.js"`, `import"./y.js"`, `export*from"./z.js"`. */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"']+)\1/g))
    found.push(m[2]);
  return found;
}

interface Load {
  files: string[];
  /** Gzip bytes of each file and inline script, compressed one by one as a static host serves them. */
  gzipBytes: number;
  tfjs: string[];
}

const gzipOf = new Map<string, number>();
const gzipFile = (file: string) => {
  if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipOf.get(file)!;
};

/** What a page loads eagerly: the closure of its entry scripts under static imports. */
function firstLoad(path: string, document: Document): Load {
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
    const file = fileFor(url.pathname);
    if (!file) throw new Error(`${path} loads ${url.pathname}, which is not in the build`);
    const js = readFileSync(file, 'utf8');
    gzipBytes += gzipFile(file);
    if (TFJS.test(js)) tfjs.push(url.pathname);
    queue.push(...staticImports(js).map((spec) => new URL(spec, url)));
  }
  return { files: [...seen].sort(), gzipBytes, tfjs };
}

const pages = builtPages();
const loads = new Map(pages.map((page) => [page.path, firstLoad(page.path, documentOf(page.file))]));

describe('JavaScript on first load', () => {
  it('follows static imports and not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";import("./lazy.js")')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
  });

  it.each(pages.map((page) => [page.path] as const))('%s: at most 40 KB gzip, no tfjs', (path) => {
    const load = loads.get(path)!;
    expect(load.tfjs, 'tfjs chunks loaded eagerly').toEqual([]);
    expect(load.gzipBytes, `${load.files.join(', ')}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('reports each page', () => {
    const rows = [...loads].map(
      ([path, load]) => `${path} ${(load.gzipBytes / 1024).toFixed(1)} KB (${load.files.length} files)`,
    );
    console.info(`[js-budget] gzip KB on first load:\n${rows.join('\n')}`);
    expect(rows.length).toBe(pages.length);
  });

  it('recognises tfjs: the build has tfjs chunks, and none is on any page’s first load', () => {
    const withTf = builtFiles(['.js']).filter((file) => TFJS.test(readFileSync(file, 'utf8')));
    expect(withTf.length, 'chunks holding tfjs in the build').toBeGreaterThan(0);
    expect([...loads.values()].flatMap((load) => load.tfjs)).toEqual([]);
  });
});
