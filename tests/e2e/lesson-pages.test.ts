// Every lesson, in every locale: the frame (outcomes first; Check yourself, Summary and References last, in the
// locale's words), its place (lesson menu, "you are here" strip, previous/next titles), KaTeX rendered, and the
// section being read marked in "On this page". What every page has: pages.test.ts.
import { describe, expect, it } from 'vitest';
import { localePath, locales, t } from '../../src/i18n';
import { openPage, browserSession } from './helpers/browser';
import { FRAME, lessonHeadings, lessonsOf } from './helpers/lessons';

const session = browserSession();

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
    // The sections' heights are measured below before they were ever on screen, where the browser still uses the
    // size estimates of skipped blocks (content-visibility: auto); lay every block out so they are the real ones.
    await page.addStyleTag({ content: '.lesson * { content-visibility: visible !important; }' });
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
