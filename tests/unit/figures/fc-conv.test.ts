// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawFcConv } from '../../../src/figures/fc-conv';
import { expectSvgSnapshot } from './helpers/svg-snapshot';

// A dense layer built for a 2 × 3 map, convolved over a 4 × 5 input: a 3 × 3 map of answers.
const data = {
  wideHeight: 4,
  wideWidth: 5,
  height: 2,
  width: 3,
  outHeight: 3,
  outWidth: 3,
  channel: 1,
  answers: [0.52, -1.25, 0.08, 2.4, -0.3, 1.1, -2.05, 0.66, 0],
};

describe('drawFcConv(data, { width })', () => {
  it('puts the input with the dense window and the answer map side by side, cell (0, 0) the dense answer', async () => {
    const svg = drawFcConv(data, { width: 640 });
    expect(svg.querySelectorAll('[data-part="input"] rect')).toHaveLength(20);
    expect(svg.querySelector('[data-cell="0,0"] title')?.textContent).toBe(
      "answer (0, 0): 0.52 — the dense layer's answer",
    );
    await expectSvgSnapshot(svg, 'fc-conv/side-by-side');
  });

  it('stacks the answer map under the input on a narrow screen', async () => {
    const svg = drawFcConv(data, { width: 200 });
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
    await expectSvgSnapshot(svg, 'fc-conv/stacked');
  });
});
