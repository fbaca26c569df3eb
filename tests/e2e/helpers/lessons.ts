// The lessons as the e2e tests see them: each locale's lessons read from content/lessons/<locale>/*.mdx (slug,
// path, title, order, seed section, whether it has maths), the frame's headings in each locale's words, and the
// lesson's own h2 headings on a page. Used by pages.test.ts and lesson-pages.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { hasMaths, mdxBody } from '../../../src/lib/text/prose-words';
import { localePath, locales, type Locale } from '../../../src/i18n';

export interface LessonInfo {
  slug: string;
  path: string;
  title: string;
  order: number;
  seedSection: string;
  maths: boolean;
}

export function lessonsIn(locale: Locale): LessonInfo[] {
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

export const lessonsOf = Object.fromEntries(locales.map((locale) => [locale, lessonsIn(locale)])) as Record<
  Locale,
  LessonInfo[]
>;

/** The frame's headings in each locale's words (the Korean ones fixed by the translators' brief). */
export const FRAME: Record<Locale, { start: string; end: string[] }> = {
  en: { start: 'What you will be able to do', end: ['Check yourself', 'Summary', 'References'] },
  ko: { start: '이 단원에서 할 수 있게 되는 것', end: ['스스로 확인하기', '요약', '참고 문헌'] },
};

/** The lesson's own h2 headings (on the home page, without the page's lesson list). */
export const lessonHeadings = (page: Page) =>
  page
    .locator('main h2')
    .evaluateAll((hs) => hs.filter((h) => !h.closest('section.lessons')).map((h) => h.textContent?.trim() ?? ''));
