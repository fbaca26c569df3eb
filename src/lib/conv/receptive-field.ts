/**
 * Receptive fields of a stack of convolutions and pools, along one axis (the other axis is the same maths).
 *
 * Two views that must agree:
 * - the closed form: every layer widens the field by d(k − 1) cells *of the layer below*, and a cell of the
 *   layer below is `jump` input pixels apart, so r_l = r_{l−1} + d(k − 1)·j_{l−1}, j_l = s·j_{l−1}, and the
 *   field of output cell y starts at input pixel start_l + y·j_l with start_l = start_{l−1} − p·j_{l−1};
 * - the exact set: walk down from one output cell, collecting every cell its windows touch and dropping
 *   padding (it depends on nothing). With a dilated kernel right on the input this set has holes.
 * src/tf/receptive-grad.ts checks both against the non-zero region of a real gradient.
 */
import { checkConv } from './arithmetic';
import { checkPool } from './pool';

/** A convolution (any k, s, p, d) or a pooling window (d = 1) — both see a window of the layer below. */
export interface RfLayer {
  kind: 'conv' | 'pool';
  kernelSize: number;
  stride: number;
  padding: number;
  dilation: number;
  /** Pools only: round the output size up (Caffe). The field of a cell does not depend on it. */
  ceil?: boolean;
}

/** Field of view of the cells of one layer, in input pixels. Index 0 is the input itself: r = 1, j = 1. */
export interface RfStats {
  /** Receptive field size r: input pixels one cell sees (counting padding, ignoring holes). */
  size: number;
  /** Effective stride ("jump") j: input pixels between neighbouring cells. */
  jump: number;
  /** First input pixel of cell 0's field (negative when it reaches into padding). */
  start: number;
}

export const conv = (kernelSize: number, options: Partial<Omit<RfLayer, 'kind' | 'kernelSize'>> = {}): RfLayer => ({
  kind: 'conv',
  kernelSize,
  stride: options.stride ?? 1,
  padding: options.padding ?? 0,
  dilation: options.dilation ?? 1,
});

export const pool = (kernelSize: number, stride = kernelSize, padding = 0, ceil = false): RfLayer => ({
  kind: 'pool',
  kernelSize,
  stride,
  padding,
  dilation: 1,
  ceil,
});

/** Stats of the input and of every layer's output: r, j, start by the closed form. */
export function receptiveFieldStats(layers: readonly RfLayer[]): RfStats[] {
  const out: RfStats[] = [{ size: 1, jump: 1, start: 0 }];
  for (const layer of layers) {
    const below = out[out.length - 1];
    out.push({
      size: below.size + layer.dilation * (layer.kernelSize - 1) * below.jump,
      jump: below.jump * layer.stride,
      start: below.start - layer.padding * below.jump,
    });
  }
  return out;
}

export type SizesCheck = { ok: true; sizes: number[] } | { ok: false; reason: string; layer: number };

/** Sizes of the input (index 0) and every layer along one axis, or why a layer has no output. */
export function layerSizes(inputSize: number, layers: readonly RfLayer[]): SizesCheck {
  const sizes = [inputSize];
  for (const [i, layer] of layers.entries()) {
    const size = sizes[sizes.length - 1];
    const check =
      layer.kind === 'conv'
        ? checkConv({
            size,
            kernelSize: layer.kernelSize,
            stride: layer.stride,
            padding: layer.padding,
            dilation: layer.dilation,
          })
        : checkPool({
            size,
            kernelSize: layer.kernelSize,
            stride: layer.stride,
            padding: layer.padding,
            ceil: layer.ceil,
          });
    if (!check.ok) return { ok: false, reason: `Layer ${i + 1}: ${check.reason}`, layer: i + 1 };
    sizes.push(check.size);
  }
  return { ok: true, sizes };
}

/**
 * The exact cells that output cell `index` of the last layer depends on, at every level: result[l] is the
 * sorted list of cells of level l (0 = input) — what a gradient of that cell would reach.
 */
export function receptiveCells(sizes: readonly number[], layers: readonly RfLayer[], index: number): number[][] {
  if (sizes.length !== layers.length + 1) throw new RangeError('need one size per level (input + each layer)');
  const top = sizes[sizes.length - 1];
  if (!Number.isInteger(index) || index < 0 || index >= top) {
    throw new RangeError(`output cell ${index} is outside 0…${top - 1}`);
  }
  const levels: number[][] = new Array<number[]>(sizes.length);
  levels[layers.length] = [index];
  for (let l = layers.length; l >= 1; l--) {
    const { kernelSize: k, stride: s, padding: p, dilation: d } = layers[l - 1];
    const below = new Set<number>();
    for (const cell of levels[l]) {
      for (let t = 0; t < k; t++) {
        const x = cell * s - p + d * t;
        if (x >= 0 && x < sizes[l - 1]) below.add(x);
      }
    }
    levels[l - 1] = [...below].sort((a, b) => a - b);
  }
  return levels;
}

/** Field of output cell `index` by the closed form, clipped to the input: [first, last] pixel. */
export function fieldInterval(stats: RfStats, index: number, inputSize: number): [number, number] {
  const first = stats.start + index * stats.jump;
  return [Math.max(0, first), Math.min(inputSize - 1, first + stats.size - 1)];
}

/**
 * True when some layer's taps are further apart than what one cell below sees (d·j_{l−1} > r_{l−1}): the
 * field then has holes, and the closed form's r is only the span that holds them.
 */
export function hasHoles(layers: readonly RfLayer[]): boolean {
  const stats = receptiveFieldStats(layers);
  return layers.some((layer, i) => layer.kernelSize > 1 && layer.dilation * stats[i].jump > stats[i].size);
}

/** True when the exact cells form one unbroken run (no holes from dilation or stride > kernel). */
export function isContiguous(cells: readonly number[]): boolean {
  return cells.every((c, i) => i === 0 || c === cells[i - 1] + 1);
}

/**
 * Learned weights of the stack's convolutions at C channels in and out (biases left out), next to one
 * convolution whose kernel is as wide as the stack's receptive field r (with stride j it would see the same
 * pixels): Σ k²·C² against r²·C². Pools learn nothing.
 */
export function stackVersusSingle(
  layers: readonly RfLayer[],
  channels: number,
): { stack: number; single: number; field: number } {
  const field = receptiveFieldStats(layers).at(-1)!.size;
  const stack = layers.filter((l) => l.kind === 'conv').reduce((sum, l) => sum + l.kernelSize ** 2 * channels ** 2, 0);
  return { stack, single: field ** 2 * channels ** 2, field };
}

/** Non-linearities on the way: one ReLU after every convolution. */
export function reluCount(layers: readonly RfLayer[]): number {
  return layers.filter((l) => l.kind === 'conv').length;
}
