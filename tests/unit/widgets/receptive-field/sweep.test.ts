// @vitest-environment jsdom
// Sweep of the receptive-field explorer's state (src/widgets/receptive-field/): every stack of 1–3 layers from the
// four buttons plus the presets, every input size 4…32, the output cell at a corner, the centre and out of range
// (clamped), in English and Korean — facts in words or the reason in words, and a figure with every grid drawn.
import { describe, expect, it } from 'vitest';
import { drawReceptiveField } from '../../../../src/figures/receptive-field';
import { factLines, fieldFacts, fieldFigureData, problemLine } from '../../../../src/widgets/receptive-field/facts';
import { ADDABLE, describeLayer, layersOf, parseStack, PRESETS } from '../../../../src/widgets/receptive-field/stack';
import { expectWords, LOCALES } from '../sweep-helpers';

const tokens = ADDABLE.map((a) => a.token);
const stacks: string[][] = [
  ...tokens.map((a) => [a]),
  ...tokens.flatMap((a) => tokens.map((b) => [a, b])),
  ...tokens.flatMap((a) => tokens.flatMap((b) => tokens.map((c) => [a, b, c]))),
  ...PRESETS.map((p) => parseStack(p.value)),
];

describe('fieldFacts / factLines / problemLine over every control', () => {
  it(`${stacks.length} stacks × sizes 4…32 × cells: words, or the reason, never a throw`, () => {
    let fine = 0;
    let impossible = 0;
    let drawn = 0;
    for (const stack of stacks) {
      const layers = layersOf(stack);
      for (let size = 4; size <= 32; size++) {
        for (const [row, col] of [
          [0, 0],
          [7, 7],
          [99, 99],
        ]) {
          const facts = fieldFacts(size, layers, row, col);
          const m = LOCALES[(size + row) % 2];
          for (const layer of layers) expectWords(describeLayer(layer, m), 'layer');
          if (!facts.ok) {
            impossible++;
            expect(facts.layer).toBeGreaterThanOrEqual(1);
            expectWords(problemLine(facts, layers, m), 'problem');
            continue;
          }
          fine++;
          expect(facts.sizes).toHaveLength(layers.length + 1);
          const top = facts.sizes.at(-1) ?? 0;
          expect(top).toBeGreaterThanOrEqual(1);
          for (const text of Object.values(factLines(facts, layers, m))) expectWords(text, 'facts');
          // Draw a sample (jsdom is slow): one size in four, the centre cell.
          if (size % 4 === 0 && row === 7) {
            const data = fieldFigureData(facts, layers, null, m);
            expectWords(data.summary, 'summary');
            const svg = drawReceptiveField(data, { width: size % 8 === 0 ? 640 : 300 });
            expect(svg.querySelectorAll('[data-level]')).toHaveLength(layers.length + 1);
            expect(svg.querySelector('rect.cell-picker')?.getAttribute('data-grid-size')).toBe(String(top));
            expect(Number(svg.getAttribute('height'))).toBeGreaterThan(0);
            drawn++;
          }
        }
      }
    }
    expect(fine + impossible).toBe(stacks.length * 29 * 3);
    expect(impossible).toBeGreaterThan(0);
    expect(drawn).toBeGreaterThan(100);
  }, 180_000);
});
