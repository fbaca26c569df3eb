// Every page, in every locale (English at /, Korean at /ko/): no console errors, no page errors, no request to
// another host, no axe violations (light, and dark as chosen in the theme toggle), nothing wider than a 375 px phone, `lang` on <html>, the
// header's lesson menu and language switch, hreflang alternates, the footer's links, no broken internal links,
// and headings and formulas in the HTML without JavaScript. Each lesson's frame, place, KaTeX and "On this page":
// lesson-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { localeNames, localePath, locales, splitLocale, t } from '../../src/i18n';
import { axeViolations, baseUrl, openPage, scrollsSideways, scrollThrough, browserSession } from './helpers/browser';
import { FRAME, lessonHeadings, lessonsOf } from './helpers/lessons';
import { beyondRightEdge } from './helpers/right-edge';
import { sitePaths } from './helpers/site-paths';
import { siteUrl } from '../../scripts/site-url.mjs';

const session = browserSession();

/** Status of every internal path fetched so far (each is fetched once for the whole file). */
const checked = new Map<string, number>();
const allPaths = sitePaths();

describe.each(allPaths)('page %s', (path) => {
  const { locale, path: englishPath } = splitLocale(path);
  const lessons = lessonsOf[locale];
  const { start: FRAME_START, end: FRAME_END } = FRAME[locale];
  // Light: the OS preference with no stored choice (auto). Dark: the reader chose Dark in the theme toggle (stored)
  // on a light OS, so the page's own dark theme is what axe checks, not the browser's.
  it.each([
    ['light', undefined],
    ['dark', 'dark'],
  ] as const)(
    'is clean at 1280 px in the %s theme: no errors, no requests to another host, no axe violations',
    async (theme, storedTheme) => {
      const { page, context, problems } = await openPage(session, path, { colorScheme: 'light', storedTheme });
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
      await scrollThrough(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
      await context.close();
    },
  );

  it('fits 375 px: no sideways scrolling, nothing beyond the right edge unless in a labelled scroller', async () => {
    const { page, context, problems } = await openPage(session, path, { width: 375, height: 800 });
    await scrollThrough(page);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
    expect(await page.evaluate(beyondRightEdge)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('has the lesson menu in the header and About, Model card, Glossary and Credits in the footer', async () => {
    const { page, context } = await openPage(session, path);
    const menu = page.getByRole('navigation', { name: t(locale, 'lessonMenu') });
    const current = lessons.findIndex((lesson) => lesson.path === path);
    await expect(menu.locator('summary').textContent()).resolves.toBe(
      current < 0 ? t(locale, 'lessons') : t(locale, 'lessonNumber', { n: current + 1, total: lessons.length }),
    );
    await menu.locator('summary').click();
    const links = menu.getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual(lessons.map((lesson) => lesson.title));
    await expect(links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual(
      lessons.map((lesson) => lesson.path),
    );
    await expect(
      menu.locator('a[aria-current="page"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(current < 0 ? [] : [path]);
    const footer = page.getByRole('contentinfo');
    for (const [key, href] of [
      ['about', '/about/'],
      ['modelCard', '/model-card/'],
      ['glossary', '/glossary/'],
      ['credits', '/credits/'],
    ] as const) {
      await expect(footer.getByRole('link', { name: t(locale, key), exact: true }).getAttribute('href')).resolves.toBe(
        localePath(locale, href),
      );
    }
    await context.close();
  });

  it('says its language: lang on <html>, a language switch to this page in the other locale, hreflang alternates', async () => {
    const { page, context } = await openPage(session, path);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
    for (const other of locales.filter((l) => l !== locale)) {
      const translated = allPaths.includes(localePath(other, englishPath));
      const target = localePath(other, translated ? englishPath : '/');
      const link = page.locator(`header a[hreflang="${other}"]`);
      await expect(link.count()).resolves.toBe(1);
      await expect(link.getAttribute('href')).resolves.toBe(target);
      await expect(link.locator(`[lang="${other}"]`).textContent()).resolves.toBe(localeNames[other]);
      const name = t(locale, translated ? 'languageSwitch' : 'languageSwitchHome');
      await expect(
        page.getByRole('link', { name: `${name} ${localeNames[other]}`, exact: true }).count(),
      ).resolves.toBe(1);
      if (translated) {
        await expect(
          page.locator(`head link[rel="alternate"][hreflang="${other}"]`).getAttribute('href'),
        ).resolves.toBe(new URL(target, siteUrl()).href);
      }
    }
    await context.close();
  });

  it('links only to pages and files that exist, to anchors that exist, and marks links to another language', async () => {
    const { page, context } = await openPage(session, path);
    const origin = new URL(baseUrl()).origin;
    // SVG <a> elements too (their .href is not a string): resolve the attribute against the page.
    const anchors = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({
        href: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        hreflang: a.getAttribute('hreflang'),
      })),
    );
    const broken: string[] = [];
    for (const { href, hreflang } of anchors.filter((a) => a.href.startsWith(origin))) {
      const url = new URL(href);
      if (url.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && (await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`#${id}`);
        continue;
      }
      if (!checked.has(url.pathname))
        checked.set(url.pathname, (await page.request.get(`${origin}${url.pathname}`)).status());
      if (checked.get(url.pathname) !== 200) broken.push(`${url.pathname} (${checked.get(url.pathname)})`);
      const target = splitLocale(url.pathname).locale;
      if (url.pathname.endsWith('/') && target !== locale && hreflang !== target)
        broken.push(`${url.pathname} without hreflang="${target}"`);
    }
    expect([...new Set(broken)]).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: headings and formulas are in the HTML', async () => {
    const { page, context } = await openPage(session, path, { javaScriptEnabled: false });
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    const lesson = lessons.find((entry) => entry.path === path);
    if (lesson) {
      const headings = await lessonHeadings(page);
      expect(headings[0]).toBe(FRAME_START);
      expect(headings.slice(-3)).toEqual(FRAME_END);
      if (lesson.maths) await expect(page.locator('main .katex').count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  });
});
