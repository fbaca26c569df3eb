// @vitest-environment jsdom
// Every size combination of the matrix view (i 2–4, k 2–3, s 1–2, p 0–1) with a seeded x, in both locales:
// the matrix and the four grids drawn, a sentence for every row and column of C, the round trip; or the reason
// the kernel does not fit. Never a throw, a blank figure or an unfilled sentence.
import { describe, expect, it } from 'vitest';
import { drawMatrix } from '../../../../src/figures/matrix-view';
import { drawGrids } from '../../../../src/figures/matrix-view-grids';
import { matrixViewModel } from '../../../../src/lib/conv/matrix-view';
import { focusSentence } from '../../../../src/widgets/matrix-view/highlight';
import { RANGES, randomInput, encodeInput, type SizeKey } from '../../../../src/widgets/matrix-view/state';
import {
  gridPanels,
  matrixFigureText,
  problemSentence,
  roundTripSentence,
} from '../../../../src/widgets/matrix-view/words';
import { expectWords, LOCALES } from '../sweep-helpers';

const values = (key: SizeKey): number[] =>
  Array.from({ length: RANGES[key].max - RANGES[key].min + 1 }, (_, n) => RANGES[key].min + n);

describe('the matrix view over every size combination', () => {
  it('draws or explains each one in both locales', () => {
    let [valid, invalid] = [0, 0];
    for (const i of values('i'))
      for (const k of values('k'))
        for (const s of values('s'))
          for (const p of values('p')) {
            const x = randomInput(i, i * 100 + k * 10 + s + p);
            const sizes = { i, k, s, p, x: encodeInput(x) };
            const model = matrixViewModel({ inputSize: i, kernelSize: k, stride: s, padding: p }, x);
            for (const m of LOCALES) {
              if (!model.ok) {
                expectWords(problemSentence(m, sizes), 'problem');
                continue;
              }
              const matrix = drawMatrix(
                {
                  matrix: model.matrix,
                  input: model.input.flat(),
                  output: model.output.flat(),
                  inputWidth: i,
                  outputWidth: model.outputSize,
                },
                { width: 640, text: matrixFigureText(m) },
              );
              expect(matrix.querySelectorAll('[role="option"][data-row]').length).toBe(model.outputSize ** 2);
              expect(matrix.querySelectorAll('[role="option"][data-column]').length).toBe(i * i);
              for (const handle of matrix.querySelectorAll('[aria-label]'))
                expectWords(handle.getAttribute('aria-label') ?? '', 'handle');
              const grids = drawGrids(gridPanels(m, sizes, model), { width: 375 });
              expect(grids.querySelectorAll('text').length).toBeGreaterThan(0);
              expectWords(roundTripSentence(m, model), 'round trip');
              for (let index = 0; index < model.outputSize ** 2; index += 1)
                expectWords(focusSentence(m, model, { kind: 'row', index }), 'row');
              for (let index = 0; index < i * i; index += 1)
                expectWords(focusSentence(m, model, { kind: 'column', index }), 'column');
            }
            if (model.ok) valid += 1;
            else invalid += 1;
          }
    expect(valid + invalid).toBe(3 * 2 * 2 * 2);
    expect(invalid).toBeGreaterThan(0);
  }, 120_000);
});
