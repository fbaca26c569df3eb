// @vitest-environment jsdom
// Sweep of the 1×1 explorer's sliders (C_in, C_out 1…8; H, W 1…32; the pixel anywhere, even outside after H or W
// shrink) over its pure state (src/widgets/one-by-one/state.ts): the pixel is kept inside, the sentences are words in
// both locales, the counts are the formulas', and the map is drawn with the chosen pixel marked.
import { describe, expect, it } from 'vitest';
import { drawPixelGrid } from '../../../../src/figures/pixel-grid';
import {
  costSentence,
  gridData,
  gridOptions,
  keepPixelInside,
  ONE_RANGES,
  parameterSentence,
  shapeSentence,
  type OneByOneState,
} from '../../../../src/widgets/one-by-one/state';
import { between, expectWords, LOCALES, seeded } from '../sweep-helpers';

describe('keepPixelInside / sentences / gridData over every slider combination', () => {
  it('every C_in × C_out × H × W (65,536 states) with a random pixel: inside, in words', () => {
    const random = seeded(1);
    let states = 0;
    for (let cin = ONE_RANGES.cin.min; cin <= ONE_RANGES.cin.max; cin++)
      for (let cout = ONE_RANGES.cout.min; cout <= ONE_RANGES.cout.max; cout++)
        for (let H = ONE_RANGES.H.min; H <= ONE_RANGES.H.max; H++)
          for (let W = ONE_RANGES.W.min; W <= ONE_RANGES.W.max; W++) {
            const state: OneByOneState = keepPixelInside({
              cin,
              cout,
              H,
              W,
              row: between(random, 0, 31),
              col: between(random, 0, 31),
            });
            expect(state.row).toBeLessThan(H);
            expect(state.col).toBeLessThan(W);
            states++;
            if (states % 7 !== 0) continue;
            const m = LOCALES[states % 2];
            expectWords(shapeSentence(state, m), 'shapes');
            expect(parameterSentence(state, m)).toContain(`= ${(cin * cout + cout).toLocaleString('en-US')} `);
            expect(costSentence(state, m)).toContain(`= ${(H * W * cin * cout).toLocaleString('en-US')} `);
            expectWords(gridData(state, m).label ?? '', 'label');
          }
    expect(states).toBe(8 * 8 * 32 * 32);
  }, 120_000);

  it('the map for every H × W, the chosen pixel marked once', () => {
    for (let H = ONE_RANGES.H.min; H <= ONE_RANGES.H.max; H++)
      for (let W = ONE_RANGES.W.min; W <= ONE_RANGES.W.max; W += 3) {
        const state = { cin: 3, cout: 2, H, W, row: H - 1, col: Math.floor(W / 2) };
        const svg = drawPixelGrid(gridData(state, LOCALES[H % 2]), gridOptions(W % 2 ? 300 : 600));
        expect(svg.querySelectorAll('rect[data-cell]')).toHaveLength(H * W);
        expect(svg.querySelectorAll('rect[stroke-width="2"]')).toHaveLength(1);
        expect(svg.getAttribute('aria-label')).toContain(String(H));
      }
  }, 120_000);
});
