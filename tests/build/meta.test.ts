// Every built page, in both locales, says what it is to search engines and link previews: a unique <title> and
// description, a canonical URL on the site's address, hreflang alternates for each translation and x-default,
// Open Graph (title, description, type, url, locale and alternates, a real 1200 × 630 PNG preview) and a Twitter
// card. The 404 pages are not addresses of their own: noindex and no canonical, but the same preview tags.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../scripts/site-url.mjs';
import { defaultLocale, localePath, locales, splitLocale, type Locale } from '../../src/i18n';
import { intlLocale } from '../../src/i18n/locales';
import { builtPages, documentOf, fileFor } from './helpers/built-site';

const SITE = siteUrl();
const pages = builtPages();
const isNotFound = (path: string) => path.endsWith('/404.html');
const ogLocale = (locale: Locale) => intlLocale[locale].replace('-', '_');

/** Width and height from a PNG's IHDR chunk (null when the bytes are not a PNG). */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (document: Document, selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((el) => el.getAttribute('content') ?? el.getAttribute('href') ?? '');

/** A lesson page (Open Graph type article): `content/lessons/<locale>/<slug>.mdx` exists and is not the home page. */
function isLesson(path: string): boolean {
  const { locale, path: english } = splitLocale(path);
  const slug = english.replace(/^\/|\/$/g, '');
  return slug !== '' && existsSync(`content/lessons/${locale}/${slug}.mdx`);
}

/** The locales a page exists in: those whose build has the same English path. */
function translationsOf(path: string): Locale[] {
  const english = splitLocale(path).path;
  return locales.filter((locale) => fileFor(localePath(locale, english)) !== null);
}

describe('page metadata', () => {
  it('has unique titles and descriptions across the whole site, both locales', () => {
    const titles = pages.map((page) => documentOf(page.file).title.trim());
    expect(
      titles.filter((title, i) => titles.indexOf(title) !== i),
      'repeated titles',
    ).toEqual([]);
    const descriptions = pages.map((page) => meta(documentOf(page.file), 'meta[name="description"]')[0] ?? '');
    expect(
      descriptions.filter((d, i) => descriptions.indexOf(d) !== i),
      'repeated descriptions',
    ).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s: title, description, canonical, Open Graph, Twitter card',
    (path, page) => {
      const document = documentOf(page.file);
      const { locale, path: english } = splitLocale(path);
      expect(document.documentElement.lang).toBe(locale);
      expect(document.querySelectorAll('head > title')).toHaveLength(1);
      const title = document.title.trim();
      expect(title.length).toBeGreaterThan(5);
      const [description, ...more] = meta(document, 'meta[name="description"]');
      expect(more).toEqual([]);
      expect(description.length, 'a description of a sentence or two (Korean is denser)').toBeGreaterThanOrEqual(25);
      expect(description.length).toBeLessThanOrEqual(300);

      const url = `${SITE}${path}`;
      if (isNotFound(path)) {
        expect(meta(document, 'link[rel="canonical"]')).toEqual([]);
        expect(meta(document, 'meta[name="robots"]')).toEqual(['noindex']);
      } else {
        expect(meta(document, 'link[rel="canonical"]')).toEqual([url]);
        expect(meta(document, 'meta[name="robots"]')).toEqual([]);
      }

      expect(meta(document, 'meta[property="og:title"]')).toEqual([title]);
      expect(meta(document, 'meta[property="og:description"]')).toEqual([description]);
      expect(meta(document, 'meta[property="og:type"]')).toEqual([isLesson(path) ? 'article' : 'website']);
      expect(meta(document, 'meta[property="og:url"]')).toEqual([url]);
      expect(meta(document, 'meta[property="og:locale"]')).toEqual([ogLocale(locale)]);
      const others = translationsOf(path).filter((other) => other !== locale);
      expect(meta(document, 'meta[property="og:locale:alternate"]')).toEqual(others.map(ogLocale));
      expect(meta(document, 'meta[property="og:site_name"]')[0]).toBeTruthy();

      const [image, ...moreImages] = meta(document, 'meta[property="og:image"]');
      expect(moreImages).toEqual([]);
      expect(image.startsWith(`${SITE}/`), `${image} is on the site's address`).toBe(true);
      const file = fileFor(new URL(image).pathname);
      expect(file, `${image} is in the build`).not.toBeNull();
      const size = pngSize(file!);
      expect(size, `${image} is a PNG`).not.toBeNull();
      expect(meta(document, 'meta[property="og:image:width"]')).toEqual([String(size!.width)]);
      expect(meta(document, 'meta[property="og:image:height"]')).toEqual([String(size!.height)]);
      expect(size).toEqual({ width: 1200, height: 630 });
      expect(meta(document, 'meta[property="og:image:alt"]')[0]?.length).toBeGreaterThan(20);
      expect(meta(document, 'meta[name="twitter:card"]')).toEqual(['summary_large_image']);
      expect(meta(document, 'meta[name="twitter:image"]')).toEqual([image]);

      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (el) => `${el.getAttribute('hreflang')} ${el.getAttribute('href')}`,
      );
      const translations = translationsOf(path);
      if (isNotFound(path) || translations.length < 2) {
        expect(alternates).toEqual([]);
      } else {
        expect(alternates).toEqual([
          ...translations.map((other) => `${other} ${SITE}${localePath(other, english)}`),
          `x-default ${SITE}${localePath(defaultLocale, english)}`,
        ]);
      }
    },
  );

  it('builds both locales of every page that has a translation (the site is bilingual)', () => {
    const half = pages.filter((page) => translationsOf(page.path).length < locales.length).map((page) => page.path);
    expect(half).toEqual([]);
  });
});
