// The frame every lesson shares (issue #14): "What you will be able to do" first, the first widget within 250
// words of prose, at most 1,600 words of prose, then "Check yourself", "Summary" and "References" at the end.
// Prose is counted as src/lib/text/prose-words.ts defines it (tested on its own in text/prose-words.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  componentImports, firstComponent, listItems, mdxBody, mdxSections, proseText, proseWords,
} from '../../src/lib/text/prose-words';
import { PIPELINE, partsOf } from '../../src/components/pipeline';

const DIR = 'content/lessons/en';
const files = readdirSync(DIR).filter((name) => name.endsWith('.mdx')).sort();
const slugs = files.map((name) => name.replace(/\.mdx$/, ''));

/** The reading order every lesson's frontmatter `order` follows. */
const ORDER: Record<string, number> = {
  index: 0, 'vgg-backbone': 1, 'fc-to-conv': 2, 'transposed-convolution': 3, metrics: 4, 'skip-connections': 5,
  'pad-100-and-crop': 6,
};

const MAX_PROSE = 1600;
const MAX_BEFORE_WIDGET = 250;
const FRAME_END = ['Check yourself', 'Summary', 'References'];

/** A widget: a component imported from src/widgets/, except Tex (it only typesets a formula, i.e. maths). */
const isWidget = (path: string): boolean => path.includes('/src/widgets/') && !path.endsWith('/Tex.astro');

describe.each(slugs)('lesson %s', (slug) => {
  const source = readFileSync(join(DIR, `${slug}.mdx`), 'utf8');
  const body = mdxBody(source);
  const sections = mdxSections(body);
  const h2 = sections.filter((s) => s.depth === 2);
  const section = (heading: string) => h2.find((s) => s.heading === heading);

  it('has the frontmatter fields and its place in the order', () => {
    const front = source.slice(0, source.length - body.length);
    for (const field of ['title', 'description', 'order', 'seedSection']) expect(front).toMatch(new RegExp(`^${field}:\\s*\\S`, 'm'));
    expect(Number(/^order:\s*(\d+)/m.exec(front)?.[1])).toBe(ORDER[slug]);
  });

  it('starts with "What you will be able to do": no prose before it, 3–5 outcomes', () => {
    expect(h2[0]?.heading).toBe('What you will be able to do');
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

  it('ends with "Check yourself", "Summary" and "References", in that order', () => {
    expect(h2.slice(-3).map((s) => s.heading)).toEqual(FRAME_END);
  });

  it('asks at least 3 questions in "Check yourself", each a <details> with a <summary>', () => {
    const text = section('Check yourself')?.text ?? '';
    const blocks = text.match(/<details[\s>][\s\S]*?<\/details>/g) ?? [];
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(block).toMatch(/<summary[\s>][\s\S]*?\S[\s\S]*?<\/summary>/);
  });

  it('sums up in at most 5 bullets', () => {
    const bullets = listItems(section('Summary')?.text ?? '');
    expect(bullets.length).toBeGreaterThanOrEqual(1);
    expect(bullets.length).toBeLessThanOrEqual(5);
  });

  it('cites the paper and its PAMI version, each reference a bullet "[Title](url) … — read this for …"', () => {
    const text = section('References')?.text ?? '';
    expect(text).toContain('arxiv.org/abs/1411.4038');
    expect(text).toContain('arxiv.org/abs/1605.06211');
    const items = listItems(text);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      expect(item).toMatch(/^[-*+]\s+\[[^\]]+\]\(https?:\/\/[^)\s]+\)/);
      expect(item).toMatch(/—\s*read\b/i);
    }
  });

  it('keeps project history and the study note out of the prose', () => {
    const prose = proseText(body);
    expect(prose).not.toMatch(/study[- ]note/i);
    expect(prose).not.toMatch(/\bsession \d/i);
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
    expect(PIPELINE.map((step) => step.part)).toEqual(['image', 'backbone', 'fcConv', 'upsample', 'skips', 'crop', 'labels', 'metrics']);
    expect(PIPELINE.filter((step) => step.branch).map((step) => step.part)).toEqual(['metrics']);
  });
});
