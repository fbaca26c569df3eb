/**
 * The classic kernels (./classic-kernels.ts) over an image's grey version, in plain TypeScript: the same sums as
 * src/tf/feature-maps.ts's `classicMaps` (tf.conv2d, stride 1, 'same' = one zero pixel of padding around a 3×3
 * kernel), checked against it in tests/unit/feature-maps.test.ts. The build uses this to draw the feature-map
 * widget's first frame without tfjs; the page computes the same maps with tfjs.
 */
import type { RgbImage } from '../image/image-input';
import { CLASSIC_KERNELS } from './classic-kernels';

export interface ClassicMap {
  label: string;
  height: number;
  width: number;
  values: Float32Array;
}

/** Mean of R, G and B, scaled to 0–1, row-major [height, width]. */
export function greyOf(image: RgbImage): Float32Array {
  const grey = new Float32Array(image.height * image.width);
  for (let i = 0; i < grey.length; i++) {
    grey[i] = (image.rgb[i * 3] + image.rgb[i * 3 + 1] + image.rgb[i * 3 + 2]) / 3 / 255;
  }
  return grey;
}

/** Cross-correlation of a [height, width] map with a row-major 3×3 kernel, zero padding 1 (output the same size). */
export function correlate3x3(
  map: Float32Array,
  height: number,
  width: number,
  kernel: readonly number[],
): Float32Array {
  const out = new Float32Array(height * width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = y + dy;
        if (row < 0 || row >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const column = x + dx;
          if (column < 0 || column >= width) continue;
          sum += kernel[(dy + 1) * 3 + dx + 1] * map[row * width + column];
        }
      }
      out[y * width + x] = sum;
    }
  }
  return out;
}

/** One map per classic kernel, in CLASSIC_KERNELS order. */
export function classicMapsOf(image: RgbImage): ClassicMap[] {
  const grey = greyOf(image);
  return CLASSIC_KERNELS.map(({ name, kernel }) => ({
    label: name,
    height: image.height,
    width: image.width,
    values: correlate3x3(grey, image.height, image.width, kernel),
  }));
}
