/**
 * The stage view's own check that the heat maps show a crop-and-add: the drawn sum map must equal the top-left
 * crop of the drawn upsampled map plus the drawn skip scores, cell by cell.
 */
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

/** The crop-and-add joins of a head: [upsampled map, skip scores, their sum]. */
export const JOINS: readonly [string, string, string][] = [
  ['upscore2', 'score_pool4', 'fuse_pool4'],
  ['upscore_pool4', 'score_pool3', 'fuse_pool3'],
];
