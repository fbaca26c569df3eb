// Every page, in every locale (English at /, Korean at /ko/): no console errors, no page errors, no request to
// another host, no axe violations (light, and dark as chosen in the theme toggle), nothing wider than a 375 px phone, `lang` on <html>, the
// header's lesson menu and language switch, hreflang alternates, the footer's links, no broken internal links,
// and headings and formulas in the HTML without JavaScript. Every lesson: the frame (outcomes first; Check
// yourself, Summary and References last, in the locale's words), its place (lesson menu, "you are here" strip,
// previous/next titles), KaTeX rendered, and the section being read marked in "On this page".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasMaths, mdxBody } from '../../src/lib/text/prose-words';
import { localeNames, localePath, locales, splitLocale, t, type Locale } from '../../src/i18n';
import { axeViolations, baseUrl, openPage, scrollsSideways, scrollThrough, browserSession } from './helpers/browser';
import { sitePaths } from './helpers/site-paths';
import { siteUrl } from '../../scripts/site-url.mjs';

const session = browserSession();

interface LessonInfo {
  slug: string;
  path: string;
  title: string;
  order: number;
  seedSection: string;
  maths: boolean;
}

function lessonsIn(locale: Locale): LessonInfo[] {
  const dir = `content/lessons/${locale}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(`${dir}/${name}`, 'utf8');
      const slug = name.replace(/\.mdx$/, '');
      const title =
        /^title:\s*(.*)$/m
          .exec(source)?.[1]
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .replace(/\\"/g, '"') ?? '';
      const order = Number(/^order:\s*(\d+)/m.exec(source)?.[1]);
      const seedSection = /^seedSection:\s*"?([^"\n]*)"?/m.exec(source)?.[1].trim() ?? '';
      return {
        slug,
        path: localePath(locale, slug === 'index' ? '/' : `/${slug}/`),
        title,
        order,
        seedSection,
        maths: hasMaths(mdxBody(source)),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** Status of every internal path fetched so far (each is fetched once for the whole file). */
const checked = new Map<string, number>();

const lessonsOf = Object.fromEntries(locales.map((locale) => [locale, lessonsIn(locale)])) as Record<
  Locale,
  LessonInfo[]
>;
const allPaths = sitePaths();

/** The frame's headings in each locale's words (the Korean ones fixed by the translators' brief). */
const FRAME: Record<Locale, { start: string; end: string[] }> = {
  en: { start: 'What you will be able to do', end: ['Check yourself', 'Summary', 'References'] },
  ko: { start: '이 단원에서 할 수 있게 되는 것', end: ['스스로 확인하기', '요약', '참고 문헌'] },
};

/**
 * Runs in the page: every element box and text run whose visible right edge (after clipping by its ancestors) is
 * beyond the viewport, unless it sits in a horizontal scroller a reader can find and reach (one with an
 * aria-label or aria-labelledby, or a focusable code block). Closed <details> and hidden elements are skipped.
 */
function beyondRightEdge(): string[] {
  const vw = innerWidth;
  const labelled = (el: Element) =>
    el.hasAttribute('aria-label') ||
    el.hasAttribute('aria-labelledby') ||
    (el instanceof HTMLPreElement && el.tabIndex >= 0);
  const describe = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const path = (el: Element) => {
    const parts: string[] = [];
    for (let a: Element | null = el; a && a !== document.body && parts.length < 4; a = a.parentElement)
      parts.unshift(describe(a));
    return parts.join(' > ');
  };
  const visibleRight = (from: Element | null, right: number): { right: number; why?: string } | null => {
    for (let a = from; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.clip && style.clip !== 'auto') return { right: Math.min(right, a.getBoundingClientRect().right) };
      if (style.overflowX === 'visible') continue;
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && a.scrollWidth > a.clientWidth + 1) {
        if (labelled(a)) return null;
        if (right > vw + 1) return { right, why: `in the unlabelled scroller ${path(a)}` };
      }
      right = Math.min(right, a.getBoundingClientRect().right);
    }
    return { right };
  };
  const out = new Set<string>();
  const check = (el: Element, from: Element | null, right: number, what: string) => {
    if (right <= vw + 1) return;
    const seen = visibleRight(from, right);
    if (seen && seen.right > vw + 1)
      out.add(`${what}${path(el)} ends at ${Math.round(seen.right)} px${seen.why ? ` (${seen.why})` : ''}`);
  };
  const shown = (el: Element) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) check(el, el.parentElement, box.right, '');
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || !shown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 0) check(parent, parent, box.right, 'text in ');
  }
  return [...out].slice(0, 10);
}

/** The lesson's own h2 headings (on the home page, without the page's lesson list). */
const lessonHeadings = (page: Page) =>
  page
    .locator('main h2')
    .evaluateAll((hs) => hs.filter((h) => !h.closest('section.lessons')).map((h) => h.textContent?.trim() ?? ''));

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

const lessonCases = locales.flatMap((locale) =>
  lessonsOf[locale].map((lesson) => [lesson.path, locale, lesson] as const),
);

describe.each(lessonCases)('lesson %s', (_path, locale, lesson) => {
  const lessons = lessonsOf[locale];
  const index = lessons.indexOf(lesson);
  const { start: FRAME_START, end: FRAME_END } = FRAME[locale];

  it('has the frame: outcomes first; Check yourself (3+ questions), Summary and References last', async () => {
    const { page, context } = await openPage(session, lesson.path);
    const headings = await lessonHeadings(page);
    expect(headings[0]).toBe(FRAME_START);
    expect(headings.slice(-3)).toEqual(FRAME_END);
    const outcomes = await page
      .locator('main h2')
      .filter({ hasText: FRAME_START })
      .locator('xpath=following-sibling::*[1]')
      .locator(':scope > li')
      .count();
    expect(outcomes).toBeGreaterThanOrEqual(3);
    expect(outcomes).toBeLessThanOrEqual(5);
    const questions = await page
      .locator('main h2')
      .filter({ hasText: FRAME_END[0] })
      .evaluate((h2) => {
        let count = 0;
        for (let el = h2.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
          count += [el, ...el.querySelectorAll('details')].filter(
            (d) => d.tagName === 'DETAILS' && d.querySelector(':scope > summary')?.textContent?.trim(),
          ).length;
        }
        return count;
      });
    expect(questions).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('says where it is: lesson number, the pipeline strip, previous and next by title, the study-note link', async () => {
    const { page, context } = await openPage(session, lesson.path);
    await expect(
      page
        .getByRole('navigation', { name: t(locale, 'lessonMenu') })
        .locator('summary')
        .textContent(),
    ).resolves.toBe(t(locale, 'lessonNumber', { n: index + 1, total: lessons.length }));
    if (lesson.slug === 'index') {
      await expect(page.locator('#study-note').textContent()).resolves.toMatch(locale === 'ko' ? /한국어/ : /Korean/);
      const lists = await page.locator('main ol, main ul').evaluateAll(
        (els, paths) =>
          els.filter((el) => {
            const hrefs = new Set([...el.querySelectorAll(':scope > li > a')].map((a) => a.getAttribute('href')));
            return paths.filter((p) => hrefs.has(p)).length >= 3;
          }).length,
        lessons.filter((l) => l.slug !== 'index').map((l) => l.path),
      );
      expect(lists, 'lists of lessons in the home page (the page builds one)').toBe(1);
    } else {
      const strip = page.getByRole('navigation', { name: t(locale, 'pipelineNav') });
      const lit = await strip
        .locator('a[aria-current="page"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(lit.length).toBeGreaterThan(0);
      expect(new Set(lit)).toEqual(new Set([lesson.path]));
      await expect(strip.getByRole('link').count()).resolves.toBe(8);
      const previous = page.locator('main a[rel="prev"]');
      await expect(previous.textContent()).resolves.toContain(lessons[index - 1].title);
      await expect(previous.getAttribute('href')).resolves.toBe(lessons[index - 1].path);
      const next = page.locator('main a[rel="next"]');
      if (index + 1 < lessons.length) {
        await expect(next.textContent()).resolves.toContain(lessons[index + 1].title);
        await expect(next.getAttribute('href')).resolves.toBe(lessons[index + 1].path);
      } else {
        await expect(next.count()).resolves.toBe(0);
      }
      const seedLink = page.getByRole('link', {
        name: t(locale, 'seedSection', { section: lesson.seedSection }),
        exact: true,
      });
      await expect(seedLink.getAttribute('href')).resolves.toBe(localePath(locale, '/#study-note'));
    }
    await context.close();
  });

  it('renders its maths with KaTeX: no errors, no TeX left as text', async () => {
    const { page, context } = await openPage(session, lesson.path);
    if (lesson.maths) await expect(page.locator('main .katex').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    const raw = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('.katex, pre, code, script, style')) el.remove();
      return (copy.textContent ?? '').match(/\$\$|\$[^$\n]{0,80}\\[a-zA-Z]+|\\(frac|cdot|lfloor|times)\b/g) ?? [];
    });
    expect(raw).toEqual([]);
    await context.close();
  });

  it.skipIf(lesson.slug === 'index')('marks the section being read in "On this page"', async () => {
    const { page, context } = await openPage(session, lesson.path);
    const toc = page.getByRole('navigation', { name: t(locale, 'onThisPage') });
    // Headings whose section is taller than the top 30 % of the window and not in the last screen: scrolled to
    // the top, each is unambiguously the section being read.
    const ids = await toc.locator('a').evaluateAll((as: HTMLAnchorElement[]) => {
      const targets = as
        .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
        .filter((h) => h !== null);
      const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
      const end = document.documentElement.scrollHeight - innerHeight;
      return targets
        .filter(
          (h, i) =>
            (i + 1 < targets.length ? top(targets[i + 1]) - top(h) : Infinity) > 0.4 * innerHeight && top(h) < end,
        )
        .map((h) => h.id);
    });
    expect(ids.length).toBeGreaterThan(1);
    for (const id of [ids[ids.length - 1], ids[0]]) {
      await page.evaluate((target) => document.getElementById(target)?.scrollIntoView({ block: 'start' }), id);
      await expect
        .poll(() => toc.locator('a[aria-current="true"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), {
          timeout: 5_000,
        })
        .toEqual([`#${id}`]);
    }
    await context.close();
  });
});
