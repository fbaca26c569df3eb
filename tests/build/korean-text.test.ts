// Hangul is drawn from the reader's own fonts, with nothing downloaded (#17): every page says its language on
// <html>, the site's CSS gives Korean text (a Korean page, or a Korean term on an English page) a font stack that
// names the fonts Korean systems ship before the generic family, and no page or stylesheet loads a web font.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLocale } from '../../src/i18n';
import { builtFiles, builtPages, documentOf } from './helpers/built-site';

/** The fonts Korean readers have: macOS/iOS, Windows, Android and most Linux desktops (Noto CJK / Source Han). */
const KOREAN_FONTS = ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR'];

const css = builtFiles(['.css'])
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const pages = builtPages().filter((page) => !page.path.endsWith('/404.html'));

describe('Korean text', () => {
  it.each(pages.map((page) => [page.path, page.file]))('%s has lang on <html> for its locale', (path, file) => {
    expect(documentOf(file).documentElement.getAttribute('lang')).toBe(splitLocale(path).locale);
  });

  it('has a font stack naming the common Korean fonts, before the generic family', () => {
    const stack = /--font-ko:\s*([^;}]+)/.exec(css)?.[1] ?? '';
    const families = stack.split(',').map((name) => name.trim().replace(/^['"]|['"]$/g, ''));
    for (const font of KOREAN_FONTS) expect(families, font).toContain(font);
    const generic = families.indexOf('sans-serif');
    expect(generic).toBeGreaterThan(Math.max(...KOREAN_FONTS.map((font) => families.indexOf(font))));
  });

  it('uses that stack for every element in Korean', () => {
    expect(css).toMatch(/\[lang\|=(?:'ko'|"ko"|ko)\]\s*\{[^}]*--font:\s*var\(--font-ko\)/);
  });

  it('downloads no font: no @font-face and no font file in the build', () => {
    expect(css).not.toMatch(/@font-face\s*\{(?![^}]*KaTeX)/);
    expect(builtFiles(['.woff2', '.woff', '.ttf', '.otf']).filter((file) => !/KaTeX/.test(file))).toEqual([]);
  });
});
