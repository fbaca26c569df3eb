// Receptive fields: the closed form (r, j, start), the exact cells, and the non-zero region of a real tf.grad
// of one output cell on random-weight, random-input networks (cpu backend), over many random stacks.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../../src/lib/random';
import {
  conv,
  fieldInterval,
  hasHoles,
  isContiguous,
  layerSizes,
  pool,
  receptiveCells,
  receptiveFieldStats,
  reluCount,
  stackVersusSingle,
  type RfLayer,
} from '../../../src/lib/conv/receptive-field';
import { gradientSupport, maskMatches } from '../../../src/tf/receptive-grad';
import { cpuTf } from '../helpers/tf-cpu';

beforeAll(async () => {
  await cpuTf();
});

const three3x3 = [conv(3, { padding: 1 }), conv(3, { padding: 1 }), conv(3, { padding: 1 })];

describe('receptiveFieldStats(layers)', () => {
  it('two 3×3 convs see 5×5, three see 7×7, with jump 1', () => {
    const stats = receptiveFieldStats(three3x3);
    expect(stats.map((s) => s.size)).toEqual([1, 3, 5, 7]);
    expect(stats.map((s) => s.jump)).toEqual([1, 1, 1, 1]);
    expect(stats.map((s) => s.start)).toEqual([0, -1, -2, -3]);
  });
  it('a 2×2/2 pool doubles the jump, so the next 3×3 conv adds 2·2 = 4 pixels', () => {
    const stats = receptiveFieldStats([
      conv(3, { padding: 1 }),
      conv(3, { padding: 1 }),
      pool(2),
      conv(3, { padding: 1 }),
    ]);
    expect(stats.map((s) => [s.size, s.jump])).toEqual([
      [1, 1],
      [3, 1],
      [5, 1],
      [6, 2],
      [10, 2],
    ]);
  });
  it('a 3×3 conv with dilation 2 widens the field by d(k − 1) = 4', () => {
    expect(receptiveFieldStats([conv(3, { dilation: 2 })])[1].size).toBe(5);
  });
});

describe('stackVersusSingle(layers, C) and reluCount', () => {
  it('three 3×3 convs learn 27C² against 49C² for one 7×7, with three ReLUs against one', () => {
    expect(stackVersusSingle(three3x3, 64)).toEqual({ stack: 27 * 64 * 64, single: 49 * 64 * 64, field: 7 });
    expect(reluCount(three3x3)).toBe(3);
    expect(stackVersusSingle([conv(7, { padding: 3 })], 1)).toEqual({ stack: 49, single: 49, field: 7 });
  });
});

describe('receptiveCells(sizes, layers, index)', () => {
  it('the centre cell of three 3×3 convs on 9 pixels sees pixels 1…7', () => {
    const sizes = [9, 9, 9, 9];
    expect(receptiveCells(sizes, three3x3, 4)[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('padding is dropped: the corner cell sees only 0…3', () => {
    expect(receptiveCells([9, 9, 9, 9], three3x3, 0)[0]).toEqual([0, 1, 2, 3]);
  });
  it('a dilated kernel right on the input leaves holes', () => {
    const cells = receptiveCells([7, 3], [conv(3, { dilation: 2 })], 1)[0];
    expect(cells).toEqual([1, 3, 5]);
    expect(isContiguous(cells)).toBe(false);
    expect(hasHoles([conv(3, { dilation: 2 })])).toBe(true);
    expect(hasHoles([conv(3), conv(3, { dilation: 2 })])).toBe(false);
  });
});

const range = ([a, b]: [number, number]): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function randomLayer(random: Random): RfLayer {
  const pick = random.int(0, 4);
  if (pick === 0) return pool(2, 2, 0, random.chance(0.5));
  if (pick === 1) return conv(random.pick([1, 3, 5, 7]), { padding: random.int(0, 2) });
  if (pick === 2) return conv(3, { padding: random.int(0, 2), dilation: random.int(2, 3) });
  if (pick === 3)
    return conv(random.pick([2, 3]), { stride: 2, padding: random.int(0, 1), dilation: random.int(1, 2) });
  return conv(3, { padding: 1 });
}

describe('the exact cells and the closed form equal the non-zero region of tf.grad of one output cell', () => {
  it('on 80 random stacks, random sizes, random output cells', () => {
    const random = createRandom(20241125);
    let checked = 0;
    let withHoles = 0;
    let interiorCases = 0;
    while (checked < 80) {
      const layers = Array.from({ length: random.int(1, 5) }, () => randomLayer(random));
      const [height, width] = [random.int(6, 28), random.int(6, 28)];
      const rowsCheck = layerSizes(height, layers);
      const colsCheck = layerSizes(width, layers);
      if (!rowsCheck.ok || !colsCheck.ok) continue;
      const [outH, outW] = [rowsCheck.sizes.at(-1)!, colsCheck.sizes.at(-1)!];
      const [row, col] = [random.int(0, outH - 1), random.int(0, outW - 1)];
      const rowLevels = receptiveCells(rowsCheck.sizes, layers, row);
      const colLevels = receptiveCells(colsCheck.sizes, layers, col);
      const [rows, cols] = [rowLevels[0], colLevels[0]];
      const support = gradientSupport(height, width, layers, row, col, checked + 1);
      const label = JSON.stringify({ layers, height, width, row, col });
      expect(support.outputShape, label).toEqual([outH, outW]);
      expect(maskMatches(support, rows, cols), label).toBe(true);
      const stats = receptiveFieldStats(layers).at(-1)!;
      const [rowInterval, colInterval] = [fieldInterval(stats, row, height), fieldInterval(stats, col, width)];
      const interior = (interval: [number, number], index: number, size: number): boolean =>
        stats.start + index * stats.jump >= 0 &&
        interval[1] === stats.start + index * stats.jump + stats.size - 1 &&
        interval[1] < size;
      if (!hasHoles(layers) && interior(rowInterval, row, height) && interior(colInterval, col, width)) {
        // No holes and the whole field inside the image: the closed form is exact, r × r pixels.
        interiorCases++;
        expect(rows, label).toEqual(range(rowInterval));
        expect(cols, label).toEqual(range(colInterval));
        expect([rows.length, cols.length], label).toEqual([stats.size, stats.size]);
      } else if (rows.length > 0 && cols.length > 0) {
        // Holes, padding or pixels a floor pool drops: the closed form is the span that holds the cells.
        if (hasHoles(layers)) withHoles++;
        expect(rows[0] >= rowInterval[0] && rows.at(-1)! <= rowInterval[1], label).toBe(true);
        expect(cols[0] >= colInterval[0] && cols.at(-1)! <= colInterval[1], label).toBe(true);
      }
      checked++;
    }
    expect(withHoles).toBeGreaterThan(0);
    expect(interiorCases).toBeGreaterThan(5);
  });

  it('VGG16 with ceil pools: pool5 cell (1, 2) of a 97 × 131 image, exact cells vs gradient', () => {
    const layers: RfLayer[] = [];
    for (const convs of [2, 2, 3, 3, 3]) {
      for (let c = 0; c < convs; c++) layers.push(conv(3, { padding: 1 }));
      layers.push(pool(2, 2, 0, true));
    }
    const rowsCheck = layerSizes(97, layers);
    const colsCheck = layerSizes(131, layers);
    if (!rowsCheck.ok || !colsCheck.ok) throw new Error('VGG16 sizes');
    expect([rowsCheck.sizes.at(-1), colsCheck.sizes.at(-1)]).toEqual([4, 5]);
    const support = gradientSupport(97, 131, layers, 1, 2, 3);
    const rows = receptiveCells(rowsCheck.sizes, layers, 1)[0];
    const cols = receptiveCells(colsCheck.sizes, layers, 2)[0];
    expect(maskMatches(support, rows, cols)).toBe(true);
    const stats = receptiveFieldStats(layers).at(-1)!;
    expect([stats.size, stats.jump]).toEqual([212, 32]);
    expect([rows[0], rows.at(-1)]).toEqual(fieldInterval(stats, 1, 97));
  });
});
