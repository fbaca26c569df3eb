// The frame every lesson shares (issue #14), in every locale folder of content/lessons/ (issue #17): "What you
// will be able to do" first, the first widget within 250 words of prose, at most 1,600 words of prose, then
// "Check yourself", "Summary" and "References" at the end, with each locale's own headings (FRAMES below).
// Prose is counted as src/lib/text/prose-words.ts defines it (tested on its own in text/prose-words.test.ts).
// A translation must keep the English lesson's structure: the same slugs and `order`, the same imports, the
// same widgets with the same props in the same order, the same display maths, the same facts quoted, the same
// references, and no number typed in its prose that the English prose does not type (numbers come from facts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  componentImports,
  firstComponent,
  listItems,
  maskCodeFences,
  maskEsm,
  mdxBody,
  mdxSections,
  proseText,
  proseWords,
} from '../../src/lib/text/prose-words';
import { PIPELINE, partsOf } from '../../src/components/pipeline';

const ROOT = 'content/lessons';
const SOURCE = 'en';
const locales = readdirSync(ROOT)
  .filter((name) => statSync(join(ROOT, name)).isDirectory())
  .sort();
const slugsOf = (locale: string): string[] =>
  readdirSync(join(ROOT, locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
const slugs = slugsOf(SOURCE);
const read = (locale: string, slug: string): string => readFileSync(join(ROOT, locale, `${slug}.mdx`), 'utf8');

/** The reading order every lesson's frontmatter `order` follows. */
const ORDER: Record<string, number> = {
  index: 0,
  'vgg-backbone': 1,
  'fc-to-conv': 2,
  'transposed-convolution': 3,
  metrics: 4,
  'skip-connections': 5,
  'pad-100-and-crop': 6,
};

interface Frame {
  /** The first h2. */
  start: string;
  /** The last three h2s: check yourself, summary, references. */
  end: [string, string, string];
  /** What follows the dash of every reference: why to read it. */
  why: RegExp;
  /** Project history and the study note stay out of the prose. */
  history: RegExp[];
}

const FRAMES: Record<string, Frame> = {
  en: {
    start: 'What you will be able to do',
    end: ['Check yourself', 'Summary', 'References'],
    why: /—\s*read\b/i,
    history: [/study[- ]note/i, /\bsession \d/i],
  },
  ko: {
    start: '이 단원에서 할 수 있게 되는 것',
    end: ['스스로 확인하기', '요약', '참고 문헌'],
    why: /—.*읽/,
    history: [/study[- ]note/i, /\bsession \d/i, /(스터디|공부|학습)\s?노트/, /세션\s?\d/],
  },
};

const MAX_PROSE = 1600;
const MAX_BEFORE_WIDGET = 250;

/** A widget: a component imported from src/widgets/, except Tex (it only typesets a formula, i.e. maths). */
const isWidget = (path: string): boolean => path.includes('/src/widgets/') && !path.endsWith('/Tex.astro');

/** Index just past the `>` of the tag opening at `start`, skipping quoted and `{…}` attribute values. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if ((c === '"' || c === "'") && depth === 0) i = Math.max(i, text.indexOf(c, i + 1));
    else if (c === '>' && depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The widget tags of a body in order, each as `<Name attributes…>` with whitespace collapsed. The values of the
 * props that are words for the reader (label, caption, title, alt) are the locale's own, so they read as "…".
 */
function widgetTags(body: string): string[] {
  const imports = componentImports(body);
  const masked = maskEsm(maskCodeFences(body));
  return [...masked.matchAll(/<([A-Z][\w.]*)(?=[\s/>])/g)]
    .filter((m) => isWidget(imports.get(m[1]) ?? ''))
    .map((m) =>
      masked
        .slice(m.index, tagEnd(masked, m.index))
        .replace(/\s+/g, ' ')
        .replace(/\b(label|caption|title|alt)="[^"]*"/g, '$1="…"'),
    );
}

/** The import statements, whitespace collapsed, sorted. */
const importLines = (body: string): string[] =>
  [...maskCodeFences(body).matchAll(/^import\s[^\n]*$/gm)].map((m) => m[0].replace(/\s+/g, ' ').trim()).sort();

/** Display maths `$$…$$`, in order, whitespace collapsed. */
const displayMaths = (body: string): string[] =>
  [...maskEsm(maskCodeFences(body)).matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => m[1].replace(/\s+/g, ' ').trim());

/** Every distinct facts path the body quotes (`facts.a.b[0].c`, optional chaining read as `.`). */
const factPaths = (body: string): string[] =>
  [
    ...new Set(
      [...maskEsm(maskCodeFences(body)).matchAll(/\bfacts(?:\??\.[A-Za-z_$][\w$]*|\[\d+\])+/g)].map((m) =>
        m[0].replace(/\?\./g, '.'),
      ),
    ),
  ].sort();

/**
 * Numbers typed in the prose, answers in <details> included (maths, code, tags and `{…}` expressions left out).
 * Typed digits are hidden as private-use characters while proseText runs, so that the "0" it leaves for each
 * `{…}` expression can be told from a typed 0.
 */
function typedNumbers(body: string): Set<string> {
  const hide = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xe000 + Number(d)));
  const unhide = (text: string) => text.replace(/[\ue000-\ue009]/g, (c) => String(c.charCodeAt(0) - 0xe000));
  const text = proseText(hide(body.replace(/<(\/?)details(?=[\s>])/g, '<$1div').replace(/`[^`\n]*`/g, ' ')));
  return new Set(unhide(text.replace(/\d/g, ' ')).match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/** The URLs of the References section's links. */
const urls = (text: string): string[] => [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has a frame (headings) for every locale folder', () => {
    for (const locale of locales) expect(Object.keys(FRAMES), locale).toContain(locale);
  });

  it.each(locales.filter((locale) => locale !== SOURCE))('%s has exactly the English lessons', (locale) => {
    expect(slugsOf(locale)).toEqual(slugs);
  });
});

const lessons = locales.flatMap((locale) => slugsOf(locale).map((slug) => [locale, slug] as const));

describe.each(lessons)('lesson %s/%s', (locale, slug) => {
  const frame = FRAMES[locale] ?? FRAMES[SOURCE];
  const source = read(locale, slug);
  const body = mdxBody(source);
  const sections = mdxSections(body);
  const h2 = sections.filter((s) => s.depth === 2);
  const section = (heading: string) => h2.find((s) => s.heading === heading);
  const [checkYourself, summary, references] = frame.end;

  it('has the frontmatter fields and its place in the order', () => {
    const front = source.slice(0, source.length - body.length);
    for (const field of ['title', 'description', 'order', 'seedSection'])
      expect(front).toMatch(new RegExp(`^${field}:\\s*\\S`, 'm'));
    expect(Number(/^order:\s*(\d+)/m.exec(front)?.[1])).toBe(ORDER[slug]);
  });

  it(`starts with "${frame.start}": no prose before it, 3–5 outcomes`, () => {
    expect(h2[0]?.heading).toBe(frame.start);
    expect(proseWords(sections[0].text)).toBe(0);
    const outcomes = listItems(h2[0]?.text ?? '');
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    expect(outcomes.length).toBeLessThanOrEqual(5);
  });

  it(`shows its first widget after at most ${MAX_BEFORE_WIDGET} words of prose`, () => {
    const imports = componentImports(body);
    const first = firstComponent(body, (name) => isWidget(imports.get(name) ?? ''));
    expect(first.name, 'a widget imported from src/widgets/ placed in the body').not.toBeNull();
    expect(first.wordsBefore).toBeLessThanOrEqual(MAX_BEFORE_WIDGET);
  });

  it(`has at most ${MAX_PROSE} words of prose`, () => {
    expect(proseWords(body)).toBeLessThanOrEqual(MAX_PROSE);
  });

  it(`ends with "${frame.end.join('", "')}", in that order`, () => {
    expect(h2.slice(-3).map((s) => s.heading)).toEqual(frame.end);
  });

  it(`asks at least 3 questions in "${checkYourself}", each a <details> with a <summary>`, () => {
    const text = section(checkYourself)?.text ?? '';
    const blocks = text.match(/<details[\s>][\s\S]*?<\/details>/g) ?? [];
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(block).toMatch(/<summary[\s>][\s\S]*?\S[\s\S]*?<\/summary>/);
  });

  it(`sums up in at most 5 bullets in "${summary}"`, () => {
    const bullets = listItems(section(summary)?.text ?? '');
    expect(bullets.length).toBeGreaterThanOrEqual(1);
    expect(bullets.length).toBeLessThanOrEqual(5);
  });

  it(`cites the paper and its PAMI version in "${references}", each a bullet "[Title](url) … — why to read it"`, () => {
    const text = section(references)?.text ?? '';
    expect(text).toContain('arxiv.org/abs/1411.4038');
    expect(text).toContain('arxiv.org/abs/1605.06211');
    const items = listItems(text);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      expect(item).toMatch(/^[-*+]\s+\[[^\]]+\]\(https?:\/\/[^)\s]+\)/);
      expect(item).toMatch(frame.why);
    }
  });

  it('keeps project history and the study note out of the prose', () => {
    const prose = proseText(body);
    for (const pattern of frame.history) expect(prose).not.toMatch(pattern);
  });

  if (locale === SOURCE || !slugs.includes(slug)) return;

  describe(`keeps the structure of en/${slug}`, () => {
    const english = read(SOURCE, slug);
    const enBody = mdxBody(english);
    const enH2 = mdxSections(enBody).filter((s) => s.depth === 2);

    it('has the same order and seedSection', () => {
      const field = (text: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1];
      expect(field(source, 'order')).toBe(field(english, 'order'));
      expect(field(source, 'seedSection')).toBe(field(english, 'seedSection'));
    });

    it('imports the same modules', () => {
      expect(importLines(body)).toEqual(importLines(enBody));
    });

    it('places the same widgets with the same props (and ids), in the same order', () => {
      expect(widgetTags(body)).toEqual(widgetTags(enBody));
    });

    it('has the same display maths, in the same order', () => {
      expect(displayMaths(body)).toEqual(displayMaths(enBody));
    });

    it('has as many sections and <details> as the English', () => {
      expect(h2.length).toBe(enH2.length);
      expect(body.match(/<details[\s>]/g)?.length ?? 0).toBe(enBody.match(/<details[\s>]/g)?.length ?? 0);
    });

    it('quotes the same facts', () => {
      expect(factPaths(body)).toEqual(factPaths(enBody));
    });

    it('types no number in its prose that the English prose does not type', () => {
      const typed = typedNumbers(enBody);
      expect([...typedNumbers(body)].filter((n) => !typed.has(n))).toEqual([]);
    });

    it('cites the same works', () => {
      expect(urls(section(references)?.text ?? '')).toEqual(urls(enH2.at(-1)?.text ?? ''));
    });
  });
});

describe('the pipeline strip (src/components/pipeline.ts)', () => {
  it('links every part to an existing lesson', () => {
    for (const step of PIPELINE) expect(slugs).toContain(step.slug);
  });

  it('lights at least one part on every lesson', () => {
    for (const slug of slugs) expect(partsOf(slug).length, slug).toBeGreaterThan(0);
  });

  it('names the parts in the order data flows: image first, labels last, metrics as a branch', () => {
    expect(PIPELINE.map((step) => step.part)).toEqual([
      'image',
      'backbone',
      'fcConv',
      'upsample',
      'skips',
      'crop',
      'labels',
      'metrics',
    ]);
    expect(PIPELINE.filter((step) => step.branch).map((step) => step.part)).toEqual(['metrics']);
  });
});
