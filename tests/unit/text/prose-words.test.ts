import { describe, expect, it } from 'vitest';
import {
  componentImports,
  countWords,
  firstComponent,
  hasMaths,
  listItems,
  mdxBody,
  mdxSections,
  proseText,
  proseWords,
} from '../../../src/lib/text/prose-words';

describe('countWords(text)', () => {
  it('counts tokens with a letter or digit, not dashes, arrows or bullets', () => {
    expect(countWords('one two — three → 4 · 5×5')).toBe(5);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('합성곱 신경망 FCN-8s')).toBe(3);
  });
});

describe('mdxBody(source)', () => {
  it('drops the frontmatter only', () => {
    expect(mdxBody('---\ntitle: A b c\norder: 1\n---\nHello there.\n')).toBe('Hello there.\n');
    expect(mdxBody('No frontmatter here.')).toBe('No frontmatter here.');
  });
});

describe('proseWords(body)', () => {
  it('counts headings and sentences, not heading or list markers', () => {
    expect(proseWords('## Two words\n\n- one\n- two three\n1. four\n\n> quoted text')).toBe(8);
  });

  it('leaves out import and export blocks, however many lines they take', () => {
    const body = [
      "import A from './a.astro';",
      "import { b } from './b';",
      '',
      'export const blocks = [',
      "  { name: 'conv1', convs: 2 },",
      '];',
      '',
      'Three words here.',
    ].join('\n');
    expect(proseWords(body)).toBe(3);
  });

  it('leaves out fenced code, even code that looks like prose, maths or tags', () => {
    expect(proseWords('Before.\n\n```python\nx = 1  # a comment with $math$ and <Tag />\n```\n\nAfter it.')).toBe(3);
    expect(proseWords('A\n\n~~~\ncode words\n~~~\n\nB')).toBe(2);
  });

  it('leaves out display and inline maths', () => {
    expect(proseWords('The size is $o = (i - 1)s + k$ here.\n\n$$\n\\frac{a}{b} = c\n$$\n\nDone.')).toBe(5);
    expect(proseWords('Both $a$ and $b$ count zero.')).toBe(4);
  });

  it('leaves out table lines', () => {
    expect(proseWords('A table:\n\n| layer | size |\n|---|---|\n| conv1 | 500 |\n\nEnd.')).toBe(3);
  });

  it('leaves out <details> blocks whole, summary included, nested ones too', () => {
    const body =
      'Question time.\n\n<details><summary>Why is it so?</summary>\n\nBecause of reasons.\n<details><summary>inner</summary>deep</details>\n</details>\n\nAfter.';
    expect(proseWords(body)).toBe(3);
  });

  it('leaves out JSX component tags with their attributes, keeping text between tags', () => {
    expect(
      proseWords('<Widget id="w" data={{ a: [1, 2], b: "x > y" }} label="many words in a label" />\n\nText.'),
    ).toBe(1);
    expect(proseWords('<Card title="t">\nInner words count.\n</Card>')).toBe(3);
    expect(proseWords('<Multi\n  line="yes"\n  other={`template ${1 + 2}`}\n/>\nafter')).toBe(1);
  });

  it('leaves out HTML tags but counts their text; style and script contents are not prose', () => {
    expect(
      proseWords(
        '<figure class="f"><svg viewBox="0 0 1 1"><text x="1">label</text></svg><figcaption>A caption.</figcaption></figure>',
      ),
    ).toBe(3);
    expect(proseWords('<style>{`\n  .pipeline { margin: 1rem 0; }\n`}</style>\nWord.')).toBe(1);
    expect(proseWords('<script>const x = 1;</script>Word.')).toBe(1);
  });

  it('counts a {…} expression as one word and a {/* comment */} as none', () => {
    expect(proseWords('The output is {facts.outSize} pixels wide.')).toBe(6);
    expect(proseWords('{/* a note to writers */}Hello.')).toBe(1);
    expect(proseWords('<!-- html comment -->Hello.')).toBe(1);
  });

  it('counts a link by its text, not its URL; images not at all', () => {
    expect(proseWords('[The FCN paper](https://arxiv.org/abs/1411.4038) — read this for everything.')).toBe(7);
    expect(proseWords('![a picture of a cat](cat.png) Cat.')).toBe(1);
  });

  it('gives the prose text a reader would see', () => {
    expect(proseText('## Title\n\nSome **bold** `code`.').replace(/\s+/g, ' ').trim()).toBe(
      'Title Some **bold** `code`.',
    );
  });
});

describe('componentImports(body) and firstComponent(body, accept)', () => {
  const body = [
    "import Tex from '../../../src/widgets/fcn-tracer/Tex.astro';",
    "import Stepper from '../../../src/widgets/scatter-stepper/ScatterStepper.astro';",
    "import { x } from '../../../src/lib/x';",
    '',
    '## What you will be able to do',
    '',
    '- one outcome',
    '',
    'Some maths <Tex expr="a" /> inline.',
    '',
    '```mdx',
    '<Stepper />',
    '```',
    '',
    'Predict first: <Stepper id="s" />',
  ].join('\n');

  it('maps default-imported components to their paths', () => {
    expect([...componentImports(body)]).toEqual([
      ['Tex', '../../../src/widgets/fcn-tracer/Tex.astro'],
      ['Stepper', '../../../src/widgets/scatter-stepper/ScatterStepper.astro'],
    ]);
  });

  it('finds the first accepted component outside code and counts the prose before it', () => {
    const first = firstComponent(body, (name) => name !== 'Tex');
    expect(first.name).toBe('Stepper');
    // "What you will be able to do" (7) + "one outcome" (2) + "Some maths inline." (3) + "Predict first:" (2)
    expect(first.wordsBefore).toBe(14);
    expect(firstComponent(body, () => true).name).toBe('Tex');
  });

  it('reports no component and all words when none is accepted', () => {
    expect(firstComponent('Just words here.', () => true)).toEqual({ name: null, index: -1, wordsBefore: 3 });
  });
});

describe('hasMaths(body)', () => {
  it('sees $…$, $$…$$ and <Tex outside code', () => {
    expect(hasMaths('a $x$ b')).toBe(true);
    expect(hasMaths('$$\nx\n$$')).toBe(true);
    expect(hasMaths('<Tex expr="x" />')).toBe(true);
    expect(hasMaths('no maths, `$x$` in code\n\n```\n$y$\n```')).toBe(false);
  });
});

describe('mdxSections(body) and listItems(markdown)', () => {
  it('cuts at headings outside code and lists top-level items with their continuation lines', () => {
    const sections = mdxSections(
      'intro\n## A\n- x\n- y\n  - nested\n```\n## not a heading\n```\n### B\n1. z\n  more of z\n\nA paragraph.\n',
    );
    expect(sections.map((s) => [s.depth, s.heading])).toEqual([
      [0, ''],
      [2, 'A'],
      [3, 'B'],
    ]);
    expect(listItems(sections[1].text)).toEqual(['- x', '- y - nested']);
    expect(listItems(sections[2].text)).toEqual(['1. z more of z']);
  });
});
