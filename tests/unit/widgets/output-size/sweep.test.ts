// @vitest-environment jsdom
// Every combination of the output-size explorer's sliders (i 1–12, k 1–7, s 1–4, p 0–5, a 0–3, d 1–3: 24,192)
// through its pure code in both locales: the report, the formula's numbers and words, the forward sentence and
// status, or the reason there is no output; the figure for a sample. Never a throw, an empty or unfilled
// sentence, a blank figure; every impossible combination explained.
import { describe, expect, it } from 'vitest';
import { drawOutputSize } from '../../../../src/figures/output-size';
import { outputSizeReport } from '../../../../src/lib/conv/output-size';
import { formulaNumbers, formulaText } from '../../../../src/widgets/output-size/formula';
import {
  figureText,
  forwardSentence,
  problemText,
  statusText,
} from '../../../../src/widgets/output-size/forward-panel';
import { RANGES, toParams, type SymbolKey } from '../../../../src/widgets/output-size/state';
import { expectWords, LOCALES } from '../sweep-helpers';

/** The same test as expectWords without an expect() per sentence (24,192 states × several sentences). */
const BAD = /undefined|NaN|Infinity|\{\w+\}|\[object|^$/;

const values = (key: SymbolKey): number[] =>
  Array.from({ length: RANGES[key].max - RANGES[key].min + 1 }, (_, n) => RANGES[key].min + n);

describe('the output-size explorer over every slider combination', () => {
  it('words every state in both locales and draws a sample', () => {
    const counts = { valid: 0, invalid: 0, drawn: 0 };
    const codes = new Set<string>();
    const bad: string[] = [];
    const words = (text: string): void => {
      if (BAD.test(text)) bad.push(text);
    };
    const texts = LOCALES.map((m) => ({ m, figure: figureText(m) }));
    for (const i of values('i'))
      for (const k of values('k'))
        for (const s of values('s'))
          for (const p of values('p'))
            for (const a of values('a'))
              for (const d of values('d')) {
                const params = toParams({ i, k, s, p, a, d });
                const report = outputSizeReport(params);
                if (!Object.values(formulaNumbers(params)).every((n) => /^−?\d+$/.test(n)))
                  bad.push(formulaText(params));
                words(formulaText(params));
                if (!report.ok) {
                  counts.invalid += 1;
                  codes.add(report.problem.code);
                  for (const { m } of texts) words(problemText(m, report.problem));
                  continue;
                }
                counts.valid += 1;
                if (report.output < 1) bad.push(`output ${report.output}`);
                for (const { m } of texts) {
                  words(forwardSentence(m, params, report));
                  words(statusText(m, i, report.output));
                }
                if (counts.valid % 400 === 0 || (i === 12 && k === 7 && s === 4 && p === 0 && a === 0 && d === 3)) {
                  const { figure } = texts[counts.valid % 2];
                  const data = { input: i, canvas: report.canvas, padding: p, outputPadding: a, output: report.output };
                  const svg = drawOutputSize(data, {
                    width: 320 + (counts.valid % 3) * 300,
                    animate: false,
                    text: figure,
                  });
                  counts.drawn += 1;
                  expect(svg.querySelectorAll('g.cells rect').length).toBeGreaterThanOrEqual(
                    i * i + report.output ** 2,
                  );
                  expectWords(svg.getAttribute('aria-label') ?? '', 'aria-label');
                }
              }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(counts.valid + counts.invalid).toBe(12 * 7 * 4 * 6 * 4 * 3);
    expect(codes).toEqual(new Set(['outputPadding', 'cropsAll']));
    expect(counts.drawn).toBeGreaterThan(20);
  }, 300_000);
});
