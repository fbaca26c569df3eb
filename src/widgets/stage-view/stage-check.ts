/**
 * The stage view's own check that the heat maps show a crop-and-add: the drawn sum map must equal the top-left
 * crop of the drawn upsampled map plus the drawn skip scores, cell by cell. Which maps join is read from the
 * head's one description (src/lib/fcn/layers.ts, the 'ours' specs the model runs), not written again here.
 */
import { fcnLayerSpecs } from '../../lib/fcn/layers';
import type { FcnVariant } from '../../lib/fcn/variants';

export interface MapValues {
  name: string;
  height: number;
  width: number;
  values: Float32Array;
}

/** Largest |sum − (crop(up) + skip)| over the cells of `sum`. */
export function cropAddDifference(up: MapValues, skip: MapValues, sum: MapValues): number {
  if (skip.height !== sum.height || skip.width !== sum.width || up.height < sum.height || up.width < sum.width)
    return Infinity;
  let largest = 0;
  for (let y = 0; y < sum.height; y++) {
    for (let x = 0; x < sum.width; x++) {
      const expected = up.values[y * up.width + x] + skip.values[y * skip.width + x];
      largest = Math.max(largest, Math.abs(sum.values[y * sum.width + x] - expected));
    }
  }
  return largest;
}

/** One crop-and-add join of a head: the upsampled map (cropped), the skip scores, their sum. */
export interface Join {
  up: string;
  skip: string;
  sum: string;
}

/**
 * The crop-and-add joins of `variant`'s head, in the order the data flows: every sum whose one input is a crop
 * of an upsampled map (FCN-32s has none; FCN-16s fuse_pool4; FCN-8s fuse_pool4 and fuse_pool3).
 */
export function cropAddJoins(variant: FcnVariant): Join[] {
  const specs = fcnLayerSpecs('ours', variant);
  const crops = new Map(specs.flatMap((s) => (s.kind === 'crop' ? [[s.name, s.input] as const] : [])));
  return specs.flatMap((spec) => {
    if (spec.kind !== 'sum') return [];
    const [a, b] = spec.inputs;
    const up = crops.get(a) ?? crops.get(b);
    const skip = crops.has(a) ? b : a;
    return up === undefined ? [] : [{ up, skip, sum: spec.name }];
  });
}
