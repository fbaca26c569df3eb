// @vitest-environment jsdom
// Every layers × kernel size × init of the checkerboard (3 × 5 × 3), in both locales: the panel's sentences,
// the heat map and its aria-label; and every kind of link value the widget must change, explained.
import { describe, expect, it } from 'vitest';
import { drawCheckerboard } from '../../../../src/figures/checkerboard';
import { constantInput, kernelFor, KERNEL_INITS, stackedTransposed } from '../../../../src/lib/conv/checkerboard';
import {
  figureDescription,
  INPUT_SIZE,
  panelText,
  problemSentence,
} from '../../../../src/widgets/checkerboard/panel-text';
import { DEFAULT_STATE, LIMITS, sanitize } from '../../../../src/widgets/checkerboard/state';
import { expectWords, LOCALES } from '../sweep-helpers';

const span = ([lo, hi]: readonly [number, number]): number[] => Array.from({ length: hi - lo + 1 }, (_, n) => lo + n);

describe('the checkerboard over every control value', () => {
  it('words and draws every panel in both locales', () => {
    let drawn = 0;
    for (const layers of span(LIMITS.layers))
      for (const k of span(LIMITS.kernel))
        for (const init of KERNEL_INITS)
          for (const m of LOCALES) {
            const kernel = kernelFor(init, k, DEFAULT_STATE.seed);
            const output = stackedTransposed(constantInput(INPUT_SIZE), kernel, layers);
            const text = panelText(m, k, layers, kernel, output);
            for (const sentence of [text.size, text.overlap, text.sums, text.strength]) expectWords(sentence, 'panel');
            const description = figureDescription(m, {
              n: output.length,
              layers,
              k,
              init,
              strength: text.strengthValue,
            });
            expectWords(description, 'description');
            const svg = drawCheckerboard({
              values: output,
              interior: text.interior,
              idPrefix: 't',
              description,
              valueLabel: m.t('checkerboard.figure.value'),
            });
            drawn += 1;
            // Every cell of the map is painted: a level path per colour, or the background where the value is 0.
            const squares = [...svg.querySelectorAll('g.cells path')]
              .map((path) => (path.getAttribute('d') ?? '').match(/z/g)?.length ?? 0)
              .slice(0, output.length <= 16 ? -1 : undefined);
            const maxAbs = Math.max(...output.flat().map(Math.abs));
            const nonZero = output.flat().filter((v) => Math.round((Math.abs(v) / maxAbs) * 255) > 0).length;
            expect(squares.reduce((a, b) => a + b, 0)).toBe(nonZero);
          }
    expect(drawn).toBe(3 * 5 * 3 * 2);
  });

  it('explains every value a link may carry that the controls do not offer', () => {
    const { problems } = sanitize({ layers: 9, kernelLeft: 1, kernelRight: 2.5, init: 'gaussian', seed: 3 });
    expect(problems.map((p) => p.code)).toEqual(['init', 'range', 'range', 'range']);
    for (const m of LOCALES) for (const problem of problems) expectWords(problemSentence(m, problem), 'problem');
    expect(sanitize({ ...DEFAULT_STATE }).problems).toEqual([]);
  });
});
