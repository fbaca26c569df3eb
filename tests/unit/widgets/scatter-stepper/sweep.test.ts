// @vitest-environment jsdom
// Every combination of the stepper's sliders (input size 1–5, kernel size 1–5, stride 1–4, padding 0–4, output
// padding 0–3, dilation 1–3: 6,000), through the widget's pure pipeline: the problem check, the record, the
// captions of the steps in both locales, and the figure at the crop for a sample (English and Korean in turn).
// Never a throw, never a blank figure or an empty sentence; an impossible combination always has a reason in words.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n';
import { drawScatterStepper } from '../../../../src/figures/scatter-stepper';
import { canvasTerms } from '../../../../src/lib/conv/scatter-terms';
import { scatterSteps } from '../../../../src/lib/conv/transposed';
import { captionOf, figureText, invalidCaption, problemText } from '../../../../src/widgets/scatter-stepper/caption';
import { RANGES, problemOf, resized } from '../../../../src/widgets/scatter-stepper/state';
import { lastStep, phaseAt, stampsDone } from '../../../../src/widgets/scatter-stepper/stepper-state';

const range = ([lo, hi]: readonly [number, number]): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const locales = [messagesFor('en'), messagesFor('ko')];

describe('the scatter-add stepper over every slider combination', () => {
  it('explains every impossible combination, captions the steps of the possible ones and draws a sample', () => {
    let [valid, invalid, drawn] = [0, 0, 0];
    const reasons = new Set<string>();
    for (const inputSize of range(RANGES.inputSize))
      for (const kernelSize of range(RANGES.kernelSize))
        for (const stride of range(RANGES.stride))
          for (const padding of range(RANGES.padding))
            for (const outputPadding of range(RANGES.outputPadding))
              for (const dilation of range(RANGES.dilation)) {
                const input = resized([[-3]], inputSize);
                const kernel = resized([[2]], kernelSize);
                const params = { input, kernel, stride, padding, outputPadding, dilation };
                const problem = problemOf(params);
                if (problem) {
                  invalid += 1;
                  reasons.add(problem.problem.code);
                  for (const m of locales) {
                    expect(problemText(m, problem)).toMatch(/\S/);
                    expect(invalidCaption(m, problem)).not.toMatch(/\{\w+\}|scatterStepper\./);
                  }
                  continue;
                }
                valid += 1;
                const record = scatterSteps(input, kernel, { stride, padding, outputPadding, dilation });
                const last = lastStep(inputSize * inputSize);
                const cells = inputSize * inputSize;
                for (const m of locales) {
                  const text = figureText(m);
                  // Every step of the small inputs; the empty canvas, the first and last stamps and the crop of the rest.
                  const steps = inputSize <= 2 ? range([0, last]) : [0, 1, last - 1, last];
                  for (const step of steps) {
                    const terms = canvasTerms(
                      record.canvasShape,
                      record.steps.map((s) => s.stamp),
                      stampsDone(step, cells),
                    );
                    const data = {
                      ...params,
                      record,
                      phase: phaseAt(step, [inputSize, inputSize]),
                      step,
                      last,
                      terms,
                      text,
                    };
                    expect(captionOf(m, data)).not.toMatch(/\{\w+\}|scatterStepper\.|undefined|NaN/);
                    // The figure at the crop (it has every panel), for one combination in 32 and every largest
                    // one, alternating the locale (jsdom is slow: drawing all ~3,000 takes minutes).
                    const largest = inputSize === 5 && kernelSize === 5;
                    const sampled = largest || valid % 32 === 0;
                    if (step === last && sampled && m.locale === (Math.floor(valid / 32) % 2 ? 'en' : 'ko')) {
                      const svg = drawScatterStepper(data, { id: 't', maxWidth: 640 });
                      drawn += 1;
                      expect(svg.querySelectorAll('.cell').length).toBeGreaterThan(0);
                      expect(svg.getAttribute('aria-label')).not.toMatch(/\{\w+\}|undefined|NaN/);
                      expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0);
                    }
                  }
                }
              }
    expect(valid + invalid).toBe(6000);
    expect(reasons).toEqual(new Set(['outputPadding', 'cropsAll']));
    console.info(`stepper sweep: ${valid} possible, ${invalid} impossible, ${drawn} figures drawn`);
  }, 600_000);
});
