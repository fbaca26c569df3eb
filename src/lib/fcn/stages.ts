/**
 * The score maps an FCN head passes through, with the sizes they have for an input of height × width under
 * this site's geometry (the 'ours' layer specs of ./layers.ts traced by ./geometry.ts: 3×3 convs pad 1,
 * ceil-rounded 2×2 pools, every upsampler exactly ×s, crops at offset 0). Each map is a grid of cells; a cell
 * of a map with stride s covers s × s input pixels. A map that is larger than the one it joins keeps only its
 * top-left `kept` cells (the crop); the rest is thrown away.
 */
import { fcnLayout, type FcnLayout } from './geometry';
import { fcnLayerSpecs } from './layers';
import type { FcnVariant } from './variants';

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

/** What each head map is, in words. */
const ROLES: Record<string, string> = {
  score_fr: 'score_fr: class scores from fc7 (1/32)',
  upscore: 'upscore: ×32 transposed conv',
  upscore2: 'upscore2: ×2 transposed conv',
  score_pool4: 'score_pool4: 1×1 conv on pool4 (1/16)',
  fuse_pool4: 'crop(upscore2) + score_pool4',
  upscore16: 'upscore16: ×16 transposed conv',
  upscore_pool4: 'upscore_pool4: ×2 transposed conv',
  score_pool3: 'score_pool3: 1×1 conv on pool3 (1/8)',
  fuse_pool3: 'crop(upscore_pool4) + score_pool3',
  upscore8: 'upscore8: ×8 transposed conv',
  score: 'final scores, cropped to the image',
};

/** The 'ours' layout of `variant` for an input of height × width. */
export function oursLayout(variant: FcnVariant, height: number, width: number): FcnLayout {
  return fcnLayout({ design: 'ours', variant, height, width });
}

const sizeIn = (layout: FcnLayout, name: string): [number, number] => {
  const layer = layout.layers.find((l) => l.name === name);
  if (!layer) throw new RangeError(`the layout has no ${name}`);
  return [layer.height, layer.width];
};

/** Sizes after each ceil-rounded 2×2 pool of the models: pool1 … pool5, as [height, width]. */
export function poolSizes(height: number, width: number): [number, number][] {
  const layout = oursLayout('fcn32s', height, width);
  return [1, 2, 3, 4, 5].map((k) => sizeIn(layout, `pool${k}`));
}

/**
 * The panels of `variant`'s head, in the order the data flows, for an input of height × width: every map from
 * score_fr on, except the crops, which show as the `kept` part of the map they cut.
 */
export function stagePanels(variant: FcnVariant, height: number, width: number): StagePanel[] {
  const specs = fcnLayerSpecs('ours', variant);
  const layout = oursLayout(variant, height, width);
  if (!layout.ok) throw new RangeError(`a ${height}×${width} input does not go through ${variant}: ${layout.failure}`);
  const head = specs.slice(specs.findIndex((s) => s.name === 'score_fr'));
  const panels: StagePanel[] = [];
  for (const spec of head) {
    if (spec.kind === 'crop' && spec.name !== 'score') continue;
    const layer = layout.layers.find((l) => l.name === spec.name);
    if (!layer) throw new RangeError(`the layout has no ${spec.name}`);
    const size: [number, number] = [layer.height, layer.width];
    const crop = head.find((s) => s.kind === 'crop' && s.input === spec.name);
    panels.push({
      name: spec.name,
      stride: layer.scale,
      size,
      kept: crop ? sizeIn(layout, crop.name) : size,
      role: ROLES[spec.name] ?? spec.name,
    });
  }
  return panels;
}

/** Number of rows and columns a panel's crop removes. */
export function croppedCells(panel: StagePanel): [number, number] {
  return [panel.size[0] - panel.kept[0], panel.size[1] - panel.kept[1]];
}
