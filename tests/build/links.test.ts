// Link check over the build: on every page in every locale, every link and reference to this site (a, area and
// SVG a hrefs, link hrefs — stylesheets, icons, canonical and alternates —, src and srcset, the preview image)
// leads to a file the build has, and every #anchor to an element with that id on the target page.
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../scripts/site-url.mjs';
import { builtPages, documentOf, fileFor } from './helpers/built-site';

const SITE = new URL(siteUrl());
const pages = builtPages();

interface Reference {
  from: string;
  raw: string;
  url: URL;
}

const NOT_FETCHED = /^(mailto|tel|data|blob|javascript):/i;

/** Every reference to this site that a page makes, resolved against the page's own address on the site. */
function referencesOf(path: string, document: Document): Reference[] {
  const base = new URL(path, SITE);
  const raw: string[] = [];
  for (const el of document.querySelectorAll('a, area, link[href]')) {
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href !== null) raw.push(href);
  }
  for (const el of document.querySelectorAll('[src]')) raw.push(el.getAttribute('src')!);
  for (const el of document.querySelectorAll('[srcset]'))
    for (const candidate of el.getAttribute('srcset')!.split(','))
      if (candidate.trim()) raw.push(candidate.trim().split(/\s+/)[0]);
  for (const el of document.querySelectorAll(
    'meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]',
  ))
    raw.push(el.getAttribute('content') ?? '');
  return raw
    .filter((href) => href.trim() !== '' && !NOT_FETCHED.test(href.trim()))
    .map((href) => ({ from: path, raw: href, url: new URL(href.trim(), base) }))
    .filter(({ url }) => url.origin === SITE.origin);
}

/** Ids (and a[name]s) of an HTML file, read once. */
const idsOf = new Map<string, Set<string>>();
function targetsIn(file: string): Set<string> {
  let ids = idsOf.get(file);
  if (!ids) {
    const document = documentOf(file);
    ids = new Set([
      ...[...document.querySelectorAll('[id]')].map((el) => el.id),
      ...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')!),
    ]);
    idsOf.set(file, ids);
  }
  return ids;
}

const totals = { pages: 0, references: 0, anchors: 0 };

describe('links in the build', () => {
  it('finds the pages of both locales', () => {
    expect(pages.some((page) => page.path === '/')).toBe(true);
    expect(pages.some((page) => page.path === '/ko/')).toBe(true);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s: every internal link and reference resolves, and every #anchor exists on its target page',
    (path, page) => {
      const broken: string[] = [];
      const references = referencesOf(path, documentOf(page.file));
      for (const { raw, url } of references) {
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${raw} → ${url.pathname} (no such file)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (!id) continue;
        totals.anchors += 1;
        if (!file.endsWith('.html')) broken.push(`${raw} → #${id} on a file that is not a page`);
        else if (!targetsIn(file).has(id)) broken.push(`${raw} → no element with id "${id}" on ${url.pathname}`);
      }
      totals.pages += 1;
      totals.references += references.length;
      expect([...new Set(broken)]).toEqual([]);
      expect(references.length, 'a page links somewhere (the header, the footer)').toBeGreaterThan(5);
    },
  );

  it('reports what it checked', () => {
    console.info(
      `[links] ${totals.pages} pages, ${totals.references} internal references, ${totals.anchors} with #anchors`,
    );
    expect(totals.pages).toBe(pages.length);
  });
});
