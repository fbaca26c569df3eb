// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawOutputSize, type OutputSizeData } from '../../../src/figures/output-size';
import { expectSvgSnapshot, svgText } from './helpers/svg-snapshot';
import { messagesFor } from '../../../src/i18n';
import { figureText } from '../../../src/widgets/output-size/forward-panel';

const text = figureText(messagesFor('en'));

// i = 3, k = 3, s = 2, d = 1: the scatter canvas is (3 − 1)·2 + 1·(3 − 1) + 1 = 7 cells wide.
// p = 1 crops one cell on each side and a = 1 gives back the last one at the bottom/right: o = 7 − 2 + 1 = 6.
const cropped: OutputSizeData = { input: 3, canvas: 7, padding: 1, outputPadding: 1, output: 6 };
const plain: OutputSizeData = { input: 2, canvas: 5, padding: 0, outputPadding: 0, output: 5 };

describe('drawOutputSize(data, options)', () => {
  it('draws the input and the whole canvas at one cell size: cropped cells dashed, output padding in the stamp colour', async () => {
    const svg = drawOutputSize(cropped, { width: 640, animate: false, text });
    expect(svg.querySelectorAll('g.cells rect')).toHaveLength(3 * 3 + 7 * 7);
    // p = 1 crops 13 of the 49 canvas cells (7² − 6²); a = 1 gives back the last row and column (11 cells).
    const count = (kind: string) => svg.querySelectorAll(`rect.cell-${kind}`).length;
    expect([count('input'), count('cropped'), count('outputPadding'), count('output')]).toEqual([9, 13, 11, 25]);
    await expectSvgSnapshot(svg, 'output-size/cropped-wide');
  });

  it('gives each kind its look in output-size.css: cropped dashed, output padding in the stamp colour', () => {
    const css = readFileSync('src/figures/output-size.css', 'utf8').replace(/\s+/g, ' ');
    const rule = (kind: string) => css.match(new RegExp(`\\.cell-${kind} \\{([^}]*)\\}`))?.[1] ?? '';
    expect(rule('cropped')).toContain('stroke-dasharray: 2 2');
    expect(rule('outputPadding')).toContain('fill: var(--stamp)');
    expect(rule('input')).toContain('fill: var(--accent-soft)');
    expect(rule('output')).toContain('fill: var(--cell)');
  });

  it('stacks input over output on a narrow screen', async () => {
    await expectSvgSnapshot(
      drawOutputSize(cropped, { width: 320, animate: false, text }),
      'output-size/cropped-narrow',
    );
  });

  it('updates a previous SVG in place to the same drawing a fresh one gets', () => {
    const previous = drawOutputSize(cropped, { width: 640, animate: false, text });
    const updated = drawOutputSize(plain, { width: 640, animate: false, previous, text });
    expect(updated).toBe(previous);
    const fresh = drawOutputSize(plain, { width: 640, animate: false, text });
    const sorted = (svg: SVGSVGElement) => svgText(svg).split('\n').sort();
    expect(sorted(updated)).toEqual(sorted(fresh));
  });

  it("writes its labels and aria-label in the reader's language", () => {
    const svg = drawOutputSize(cropped, { width: 640, animate: false, text: figureText(messagesFor('ko')) });
    expect(svg.getAttribute('aria-label')).toContain('흩뿌린 캔버스 크기: 7 × 7');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('입력 3 × 3');
  });
});
