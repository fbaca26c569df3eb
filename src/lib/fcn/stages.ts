/**
 * The score maps an FCN head passes through, with the sizes they must have for an input of height × width
 * under this site's geometry ("ours": 3×3 convs pad 1, ceil-rounded 2×2 pools, every upsampler exactly ×s,
 * crops at offset 0 — see src/lib/fcn/config.ts). Each map is a grid of cells; a cell of a map with stride s
 * covers s × s input pixels. A map that is larger than the one it joins keeps only its top-left
 * `kept` cells (the crop); the rest is thrown away.
 */
export type HeadVariant = 'fcn32s' | 'fcn16s' | 'fcn8s';

export interface StagePanel {
  /** The reference prototxt's name of the map (as returned by forwardFcn's stages). */
  name: string;
  /** Input pixels per cell along each side. */
  stride: number;
  /** Cells, [height, width]. */
  size: [number, number];
  /** Cells kept by the crop that follows (equal to `size` when nothing is cropped). */
  kept: [number, number];
  /** What the map is, in words. */
  role: string;
}

/** Sizes after each ceil-rounded 2×2 pool: pool1 … pool5, as [height, width]. */
export function ceilPoolSizes(height: number, width: number): [number, number][] {
  const sizes: [number, number][] = [];
  let [h, w] = [height, width];
  for (let k = 0; k < 5; k++) {
    [h, w] = [Math.ceil(h / 2), Math.ceil(w / 2)];
    sizes.push([h, w]);
  }
  return sizes;
}

const times = ([h, w]: [number, number], s: number): [number, number] => [h * s, w * s];

/** The panels of `variant`'s head, in the order the data flows, for an input of height × width. */
export function stagePanels(variant: HeadVariant, height: number, width: number): StagePanel[] {
  const pools = ceilPoolSizes(height, width);
  const [pool3, pool4, pool5] = [pools[2], pools[3], pools[4]];
  const image: [number, number] = [height, width];
  const panel = (name: string, stride: number, size: [number, number], role: string, kept = size): StagePanel =>
    ({ name, stride, size, kept, role });
  const scoreFr = panel('score_fr', 32, pool5, 'score_fr: class scores from fc7 (1/32)');
  const final = panel('score', 1, image, 'final scores, cropped to the image');
  if (variant === 'fcn32s') {
    return [scoreFr, panel('upscore', 1, times(pool5, 32), 'upscore: ×32 transposed conv', image), final];
  }
  const head16 = [
    scoreFr,
    panel('upscore2', 16, times(pool5, 2), 'upscore2: ×2 transposed conv', pool4),
    panel('score_pool4', 16, pool4, 'score_pool4: 1×1 conv on pool4 (1/16)'),
    panel('fuse_pool4', 16, pool4, 'crop(upscore2) + score_pool4'),
  ];
  if (variant === 'fcn16s') {
    return [...head16, panel('upscore16', 1, times(pool4, 16), 'upscore16: ×16 transposed conv', image), final];
  }
  return [
    ...head16,
    panel('upscore_pool4', 8, times(pool4, 2), 'upscore_pool4: ×2 transposed conv', pool3),
    panel('score_pool3', 8, pool3, 'score_pool3: 1×1 conv on pool3 (1/8)'),
    panel('fuse_pool3', 8, pool3, 'crop(upscore_pool4) + score_pool3'),
    panel('upscore8', 1, times(pool3, 8), 'upscore8: ×8 transposed conv', image),
    final,
  ];
}

/** Number of rows and columns a panel's crop removes. */
export function croppedCells(panel: StagePanel): [number, number] {
  return [panel.size[0] - panel.kept[0], panel.size[1] - panel.kept[1]];
}
