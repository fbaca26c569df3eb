// The JavaScript a page loads before any widget is near the screen, read from the build: its module scripts,
// modulepreloads and inline scripts, and everything they import statically (followed through the chunks; dynamic
// import() is what the lazy widgets use and is not followed). At most 40 KB gzip per page, in both locales, and
// no tfjs in it: tfjs arrives with a widget that needs it, never on first load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLoad, staticImports, TFJS } from '../../scripts/lib/first-load';
import { builtFiles, builtPages, DIST, documentOf } from './helpers/built-site';

const BUDGET_BYTES = 40 * 1024;

const pages = builtPages();
const loads = new Map(pages.map((page) => [page.path, firstLoad(DIST, page.path, documentOf(page.file))]));

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
