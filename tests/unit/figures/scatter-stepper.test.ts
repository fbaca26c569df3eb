// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outputPaddingBand } from '../../../src/figures/scatter-panels';
import { drawScatterStepper, type ScatterFigureData } from '../../../src/figures/scatter-stepper';
import { canvasTerms } from '../../../src/lib/conv/scatter-terms';
import { lastStep, phaseAt, stampsDone } from '../../../src/widgets/scatter-stepper/stepper-state';
import { scatterSteps } from '../../../src/lib/conv/transposed';
import { expectSvgSnapshot } from './helpers/svg-snapshot';
import { messagesFor } from '../../../src/i18n';
import { figureText } from '../../../src/widgets/scatter-stepper/caption';

const text = figureText(messagesFor('en'));

// The stepper's own pipeline (src/widgets/scatter-stepper): a 2 × 2 input scattered with a 3 × 3 kernel at
// stride 2, padding 1, output padding 1, so the canvas is 5 × 5 and the output 4 × 4.
const input = [
  [1, 2],
  [3, -1],
];
const kernel = [
  [1, 0, 2],
  [0, 1, 0],
  [1, 1, 1],
];
const params = { stride: 2, padding: 1, outputPadding: 1, dilation: 1 };
const record = scatterSteps(input, kernel, params);
const last = lastStep(4);

function dataAt(step: number): ScatterFigureData {
  const terms = canvasTerms(
    record.canvasShape,
    record.steps.map((s) => s.stamp),
    stampsDone(step, 4),
  );
  return { ...params, input, kernel, record, phase: phaseAt(step, [2, 2]), step, last, terms, text };
}

describe('drawScatterStepper(data, { id, maxWidth })', () => {
  it('step 0: the input, the kernel and an empty canvas', async () => {
    const svg = drawScatterStepper(dataAt(0), { id: 'st', maxWidth: 640 });
    expect([...svg.querySelectorAll('.panel-title')].map((t) => t.textContent)).toEqual([
      'input x (2×2)',
      'kernel w (3×3)',
      'canvas 5×5 (before the crop)',
    ]);
    await expectSvgSnapshot(svg, 'scatter-stepper/empty');
  });

  it('a stamp: value × kernel added onto the canvas, earlier sums written in the cells', async () => {
    const svg = drawScatterStepper(dataAt(3), { id: 'st', maxWidth: 640 });
    expect(svg.getAttribute('aria-label')).toContain('x[1][0] = 3');
    await expectSvgSnapshot(svg, 'scatter-stepper/stamp-3');
  });

  it('the crop: padding cut away, output padding added, and the output panel (wrapped on a phone)', async () => {
    const svg = drawScatterStepper(dataAt(last), { id: 'st', maxWidth: 340 });
    expect([...svg.querySelectorAll('.panel-title')].map((t) => t.textContent)).toEqual([
      'input x (2×2)',
      'kernel w (3×3)',
      'canvas 5×5: crop p = 1, a = 1',
      'output (4×4)',
    ]);
    await expectSvgSnapshot(svg, 'scatter-stepper/crop-narrow');
  });

  it('outputPaddingBand(data): the a rows/columns past the symmetric crop', () => {
    const { top, left, height, width } = record.crop;
    expect(outputPaddingBand(dataAt(last))).toEqual({
      rows: [top + height - 1, top + height],
      cols: [left + width - 1, left + width],
    });
  });
});
