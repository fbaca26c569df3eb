// Sweep of the VGG16 table's pure state (src/widgets/vgg-table/rows.ts): every square size 1…512 and 400 random
// height × width pairs, with both fc6 paddings and both last layers, in English and Korean — never a throw, every
// cell in words, and a reason whenever some layer has no output.
import { describe, expect, it } from 'vitest';
import {
  CLASS_CHOICES,
  FC6_PADDINGS,
  problemText,
  rowCells,
  shownTable,
  SIZE_RANGE,
  smallestSide,
  totalCells,
  type TableChoice,
} from '../../../../src/widgets/vgg-table/rows';
import { between, expectWords, LOCALES, seeded } from '../sweep-helpers';

const random = seeded(16);
const sizes: [number, number][] = [
  ...Array.from({ length: SIZE_RANGE.max }, (_, i): [number, number] => [i + 1, i + 1]),
  ...Array.from({ length: 400 }, (): [number, number] => [
    between(random, SIZE_RANGE.min, SIZE_RANGE.max),
    between(random, SIZE_RANGE.min, SIZE_RANGE.max),
  ]),
];

describe('shownTable(choice) over every control', () => {
  it('smallestSide: 193 unpadded (fc6 7 × 7 in pool5), 1 padded (Caffe ceil pools always keep a window)', () => {
    expect(smallestSide(0)).toBe(193);
    expect(smallestSide(3)).toBe(1);
  });

  it(`${sizes.length} sizes × fc6 padding × last layer: rows in words, and the reason whenever fc6 has no output`, () => {
    let checked = 0;
    for (const [height, width] of sizes) {
      for (const fc6Padding of FC6_PADDINGS) {
        for (const classes of CLASS_CHOICES) {
          const choice: TableChoice = { height, width, fc6Padding, classes };
          const table = shownTable(choice);
          expect(table.ok, `${height} × ${width}`).toBe(true);
          const unpaddedTooSmall = fc6Padding === 0 && Math.min(height, width) < smallestSide(0);
          expect(table.problem.code).toBe(unpaddedTooSmall ? 'pool5TooSmall' : 'none');
          // Words: every 8th size (the sentences do not depend on the numbers' size).
          if (checked % 8 === 0)
            for (const m of LOCALES) {
              const problem = problemText(table.problem, m);
              if (unpaddedTooSmall) expectWords(problem, 'problem');
              else expect(problem).toBe('');
              if (!table.ok) continue;
              expect(table.rows).toHaveLength(22);
              for (const row of table.rows) {
                const cells = rowCells(row, m);
                for (const [name, text] of Object.entries(cells)) if (name !== 'replaces') expectWords(text, name);
              }
              const totals = totalCells(table.rows, m);
              expectWords(totals.parameters, 'total');
            }
          checked++;
        }
      }
    }
    expect(checked).toBe(sizes.length * 4);
  }, 120_000);
});
