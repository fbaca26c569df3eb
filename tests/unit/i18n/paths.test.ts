// Locale-aware URLs (src/i18n/paths.ts) and the rehype step that points a content file's page links at its locale.
import { describe, expect, it } from 'vitest';
import { isPagePath, localePath, localizeHref, splitLocale } from '../../../src/i18n/paths';
import rehypeLocaleLinks, { localeOfContentFile } from '../../../src/i18n/rehype-locale-links';

describe('localePath(locale, path)', () => {
  it('leaves English unprefixed and puts other locales under /<locale>/', () => {
    expect(localePath('en', '/')).toBe('/');
    expect(localePath('en', '/metrics/#iou')).toBe('/metrics/#iou');
    expect(localePath('ko', '/')).toBe('/ko/');
    expect(localePath('ko', '/metrics/#iou')).toBe('/ko/metrics/#iou');
    expect(localePath('ko', 'glossary/')).toBe('/ko/glossary/');
  });

  it('puts the site base first', () => {
    expect(localePath('ko', '/metrics/', '/fcn')).toBe('/fcn/ko/metrics/');
    expect(localePath('en', '/', '/fcn')).toBe('/fcn/');
  });
});

describe('splitLocale(pathname)', () => {
  it('reads the locale and the English path back', () => {
    expect(splitLocale('/ko/metrics/')).toEqual({ locale: 'ko', path: '/metrics/' });
    expect(splitLocale('/ko/')).toEqual({ locale: 'ko', path: '/' });
    expect(splitLocale('/ko')).toEqual({ locale: 'ko', path: '/' });
    expect(splitLocale('/metrics/')).toEqual({ locale: 'en', path: '/metrics/' });
    expect(splitLocale('/korea/')).toEqual({ locale: 'en', path: '/korea/' });
    expect(splitLocale('/fcn/ko/about/', '/fcn')).toEqual({ locale: 'ko', path: '/about/' });
  });
});

describe('isPagePath(href) and localizeHref(locale, href)', () => {
  it('counts absolute paths ending in a slash as pages, not files, other hosts or fragments', () => {
    expect(['/', '/metrics/', '/metrics/#iou', '/?a.b=1', '/fc-to-conv/?x=1#y'].every(isPagePath)).toBe(true);
    expect(
      [
        '/data/CREDITS.md',
        '/models/fcn8s/weights.bin',
        '//example.org/',
        'https://x.org/',
        '#top',
        'metrics/',
        '',
      ].some(isPagePath),
    ).toBe(false);
  });

  it('prefixes page links for Korean, keeps English ones and everything else', () => {
    expect(localizeHref('ko', '/metrics/#iou')).toBe('/ko/metrics/#iou');
    expect(localizeHref('ko', '/')).toBe('/ko/');
    expect(localizeHref('ko', '/data/CREDITS.md')).toBe('/data/CREDITS.md');
    expect(localizeHref('ko', 'https://arxiv.org/abs/1411.4038')).toBe('https://arxiv.org/abs/1411.4038');
    expect(localizeHref('ko', '#summary')).toBe('#summary');
    expect(localizeHref('en', '/metrics/')).toBe('/metrics/');
  });

  it('does not prefix a link that already names a locale', () => {
    expect(localizeHref('ko', '/ko/metrics/')).toBe('/ko/metrics/');
  });
});

describe('rehypeLocaleLinks', () => {
  const tree = () => ({
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href: '/fc-to-conv/' }, children: [] },
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'a', properties: { href: '/data/CREDITS.md' }, children: [] },
          {
            type: 'mdxJsxTextElement',
            name: 'a',
            attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/metrics/#iou' }],
            children: [],
          },
        ],
      },
      {
        type: 'mdxJsxFlowElement',
        name: 'svg',
        attributes: [],
        children: [
          {
            type: 'mdxJsxFlowElement',
            name: 'a',
            attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/vgg-backbone/' }],
            children: [],
          },
        ],
      },
    ],
  });
  const hrefs = (node: unknown): string[] => {
    const n = node as {
      properties?: { href?: string };
      attributes?: { name: string; value: string }[];
      children?: unknown[];
    };
    const own = n.properties?.href ?? n.attributes?.find((a) => a.name === 'href')?.value;
    return [...(own ? [own] : []), ...(n.children ?? []).flatMap(hrefs)];
  };

  it('rewrites markdown and JSX page links (in SVG too) in a Korean content file', () => {
    const root = tree();
    rehypeLocaleLinks({ base: '' })(root, { path: '/work/site/content/lessons/ko/index.mdx' });
    expect(hrefs(root)).toEqual(['/ko/fc-to-conv/', '/data/CREDITS.md', '/ko/metrics/#iou', '/ko/vgg-backbone/']);
  });

  it('leaves English content files and files outside content/ as written', () => {
    for (const path of ['/work/site/content/lessons/en/index.mdx', '/work/site/src/pages/x.mdx']) {
      const root = tree();
      rehypeLocaleLinks({ base: '' })(root, { path });
      expect(hrefs(root)).toEqual(['/fc-to-conv/', '/data/CREDITS.md', '/metrics/#iou', '/vgg-backbone/']);
    }
  });

  it('reads the locale of content/<collection>/<locale>/ files', () => {
    expect(localeOfContentFile('/a/content/pages/ko/about.mdx')).toBe('ko');
    expect(localeOfContentFile('C:\\a\\content\\lessons\\en\\metrics.mdx')).toBe('en');
    expect(localeOfContentFile('/a/content/code/skip_heads.py')).toBe(null);
  });
});
