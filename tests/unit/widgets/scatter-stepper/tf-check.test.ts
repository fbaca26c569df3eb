// The stepper's tfjs check in words (#18 "found by trying"): a cell value of 1e9 agrees within float32
// rounding; 1e308 is an overflow of float32, said as such in both locales.
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n';
import { transposedConv2d } from '../../../../src/lib/conv/transposed';
import { powerOfTen, reportOf } from '../../../../src/widgets/scatter-stepper/tf-check';
import { expectWords } from '../sweep-helpers';

const params = (value: number) => ({
  input: [
    [value, 1],
    [2, -value],
  ],
  kernel: [
    [1, 2],
    [3, 4],
  ],
  stride: 2,
  padding: 0,
  outputPadding: 0,
  dilation: 1,
});
const f32 = (grid: number[][]): number[][] => grid.map((row) => row.map(Math.fround));

describe('powerOfTen', () => {
  it('writes the exponent in superscript', () => {
    expect(powerOfTen(1e308)).toBe('1.0 × 10³⁰⁸');
    expect(powerOfTen(3.4e38)).toBe('3.4 × 10³⁸');
    expect(powerOfTen(2.5e-7)).toBe('2.5 × 10⁻⁷');
  });
});

describe('reportOf', () => {
  for (const locale of ['en', 'ko'] as const) {
    const m = messagesFor(locale);
    it(`agrees for 1e9 (${locale})`, () => {
      const p = params(1e9);
      const expected = transposedConv2d(p.input, p.kernel, p);
      const report = reportOf(m, 'wasm', f32(expected), expected, p);
      expect(report.kind).toBe('agree');
      expectWords(report.text, 'agree');
    });

    it(`says float32 overflows for 1e308 (${locale})`, () => {
      const p = params(1e308);
      const expected = transposedConv2d(p.input, p.kernel, p);
      const report = reportOf(m, 'wasm', f32(expected), expected, p);
      expect(report.kind).toBe('info');
      expect(report.text).toMatch(/float32/);
      expect(report.text).toMatch(/1\.0 × 10³⁰⁸/);
    });

    it(`names both shapes when they differ (${locale})`, () => {
      const p = params(1);
      const expected = transposedConv2d(p.input, p.kernel, p);
      const report = reportOf(m, 'cpu', expected.slice(1), expected, p);
      expect(report.kind).toBe('differ');
      expect(report.text).toMatch(/3×4/);
    });
  }
});
