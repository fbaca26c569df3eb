import { describe, expect, it } from 'vitest';
import { checkConv, transposedConvOutputSize } from '../../../src/lib/conv/arithmetic';
import {
  canvasCells,
  outputSizeReport,
  transposedFormulaValue,
  type TransposedSizeParams,
} from '../../../src/lib/conv/output-size';

const params = (overrides: Partial<TransposedSizeParams>): TransposedSizeParams => ({
  size: 2,
  kernelSize: 3,
  stride: 2,
  padding: 0,
  outputPadding: 0,
  dilation: 1,
  ...overrides,
});

describe('outputSizeReport(i, k, s, p, a, d)', () => {
  it('gives o = 5 for i = 2, k = 3, s = 2 and names the forward sizes 5 and 6 that conv maps to 2', () => {
    const report = outputSizeReport(params({}));
    expect(report).toEqual({
      ok: true,
      output: 5,
      canvas: 5,
      forwardOutput: 2,
      sharedSizes: [
        { size: 5, outputPadding: 0 },
        { size: 6, outputPadding: 1 },
      ],
      recovers: true,
    });
  });

  it('picks the forward size i₀ + a with output padding a', () => {
    const report = outputSizeReport(params({ outputPadding: 1 }));
    expect(report.ok && report.output).toBe(6);
    expect(report.ok && report.sharedSizes.find((s) => s.size === 6)?.outputPadding).toBe(1);
  });

  it('agrees with transposedConvOutputSize and with the conv mapping o back to i for every a < s', () => {
    for (let size = 1; size <= 8; size += 1)
      for (let kernelSize = 1; kernelSize <= 5; kernelSize += 1)
        for (let stride = 1; stride <= 4; stride += 1)
          for (let padding = 0; padding <= 3; padding += 1)
            for (let outputPadding = 0; outputPadding < stride; outputPadding += 1) {
              const p = params({ size, kernelSize, stride, padding, outputPadding });
              const report = outputSizeReport(p);
              if (!report.ok) continue;
              expect(report.output).toBe(transposedConvOutputSize(p));
              expect(report.output).toBe(transposedFormulaValue(p));
              expect(report.forwardOutput).toBe(size);
              expect(report.recovers).toBe(true);
              for (const shared of report.sharedSizes) {
                expect(checkConv({ size: shared.size, kernelSize, stride, padding })).toEqual({ ok: true, size });
              }
            }
  });

  it('says a ≥ d > s is allowed but no longer undoes the conv', () => {
    const report = outputSizeReport(params({ stride: 1, dilation: 2, outputPadding: 1 }));
    expect(report.ok && report.recovers).toBe(false);
    expect(report.ok && report.forwardOutput).toBe(3);
  });

  it('explains impossible combinations instead of throwing', () => {
    expect(outputSizeReport(params({ outputPadding: 2 }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('max(stride, dilation)'),
    });
    expect(outputSizeReport(params({ size: 1, kernelSize: 1, padding: 2 }))).toMatchObject({ ok: false });
    expect(transposedFormulaValue(params({ size: 1, kernelSize: 1, padding: 2 }))).toBe(-3);
  });
});

describe('canvasCells(canvas, p, a)', () => {
  it('crops p from both ends and marks the a cells at the end', () => {
    expect(canvasCells(5, 1, 0)).toEqual(['cropped', 'output', 'output', 'output', 'cropped']);
    expect(canvasCells(5, 1, 1)).toEqual(['cropped', 'output', 'output', 'output', 'outputPadding']);
    expect(canvasCells(3, 0, 1)).toEqual(['output', 'output', 'output', 'outputPadding']);
  });
});
