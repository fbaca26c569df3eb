// @vitest-environment jsdom
// Exhaustive sweep of the FC = conv widget's sliders (h, w, C, n 1…6; H′, W′ 1…12: 186,624 states) over its pure
// state (src/widgets/fc-equals-conv/state.ts): the sentences in words in both locales, a reason whenever the kernel
// does not fit, and the figure drawn (its answers not yet computed, as in the first frame) for every h, w, H′, W′.
import { describe, expect, it } from 'vitest';
import { drawFcConv } from '../../../../src/figures/fc-conv';
import {
  answerShape,
  FC_RANGES,
  figureData,
  figureText,
  parameterSentence,
  problemSentence,
  shapeSentence,
  type FcConvState,
} from '../../../../src/widgets/fc-equals-conv/state';
import { expectWords, LOCALES } from '../sweep-helpers';

const range = (key: keyof typeof FC_RANGES): number[] =>
  Array.from({ length: FC_RANGES[key].max - FC_RANGES[key].min + 1 }, (_, i) => FC_RANGES[key].min + i);

describe('answerShape / sentences over every slider combination', () => {
  it('every state: an (H′ − h + 1) × (W′ − w + 1) map, or the reason in words', () => {
    let states = 0;
    for (const h of range('h'))
      for (const w of range('w'))
        for (const H of range('H'))
          for (const W of range('W')) {
            const base = { h, w, H, W };
            const shape = answerShape({ ...base, c: 1, n: 1 });
            expect(shape.ok).toBe(H >= h && W >= w);
            if (shape.ok) expect([shape.outHeight, shape.outWidth]).toEqual([H - h + 1, W - w + 1]);
            for (const c of range('c'))
              for (const n of range('n')) {
                const state: FcConvState = { ...base, c, n };
                states++;
                // Words for every state would be 373,248 sentences: check one locale per state, alternating, and
                // all three sentences only on a stride (they are templates over the same numbers).
                if ((c + n) % 3 !== 0) continue;
                const m = LOCALES[states % 2];
                expectWords(parameterSentence(state, m), 'params');
                expectWords(shapeSentence(state, shape, m), 'shape');
                if (!shape.ok) expectWords(problemSentence(shape, m), 'problem');
                else expect(problemSentence(shape, m)).toBe('');
              }
          }
    expect(states).toBe(6 * 6 * 6 * 6 * 12 * 12);
  }, 180_000);

  it('the figure for every valid h, w, H′, W′ (answers pending and computed), in both locales', () => {
    let drawn = 0;
    for (const h of range('h'))
      for (const w of range('w'))
        for (const H of range('H'))
          for (const W of range('W')) {
            const state = { h, w, H, W, c: 2, n: 3 };
            const shape = answerShape(state);
            if (!shape.ok || (H + W) % 3 !== 0) continue;
            const cells = shape.outHeight * shape.outWidth;
            const answers = drawn % 2 ? null : Array.from({ length: cells }, (_, i) => Math.sin(i) * 3);
            const data = figureData(state, shape, answers);
            const m = LOCALES[drawn % 2];
            const text = figureText(data, m);
            expectWords(text.label, 'label');
            const svg = drawFcConv(data, { width: drawn % 3 ? 600 : 320, text });
            expect(svg.querySelectorAll('[data-part="answers"] rect')).toHaveLength(cells);
            expect(svg.querySelectorAll('[data-part="input"] rect')).toHaveLength(H * W);
            for (const title of svg.querySelectorAll('title')) expectWords(title.textContent ?? '', 'title');
            expect(svg.outerHTML).not.toMatch(/NaN|undefined/);
            drawn++;
          }
    expect(drawn).toBeGreaterThan(500);
  }, 180_000);
});
