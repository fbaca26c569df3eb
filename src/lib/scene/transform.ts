// Drawing one sprite into a scene under a similarity transform (scale, rotation, horizontal flip) with
// colour jitter. Every scene pixel is mapped back into the sprite and sampled bilinearly with premultiplied
// alpha, so colour and coverage agree; the pixel takes the object's class when coverage α ≥ 0.5.
// Thin parts survive because the mask comes from the same interpolated α that blends the colour.
import type { Sprite } from './types';

export interface Placement {
  centreY: number;
  centreX: number;
  scale: number;
  /** Degrees, counter-clockwise. */
  rotation: number;
  flipped: boolean;
}

export interface ColourJitter {
  brightness: number;
  contrast: number;
  saturation: number;
}

export const NO_JITTER: ColourJitter = { brightness: 1, contrast: 1, saturation: 1 };

/** Half extents of the rotated, scaled sprite's bounding box. */
export function placedHalfExtent(sprite: Sprite, p: Placement): { halfHeight: number; halfWidth: number } {
  const a = (p.rotation * Math.PI) / 180;
  const [c, s] = [Math.abs(Math.cos(a)), Math.abs(Math.sin(a))];
  const [h, w] = [sprite.height * p.scale, sprite.width * p.scale];
  return { halfHeight: (h * c + w * s) / 2, halfWidth: (w * c + h * s) / 2 };
}

function jitterChannel(value: number, mean: number, j: ColourJitter): number {
  const v = ((value - mean) * j.saturation + mean - 128) * j.contrast + 128;
  return Math.min(255, Math.max(0, v * j.brightness));
}

/**
 * Composites `sprite` over `rgb` ([height, width, 3] floats) and writes `classId` / `objectIndex` into
 * `labels` / `owner` where coverage ≥ 0.5. Returns the number of pixels it labelled.
 */
export function drawSprite(
  rgb: Float32Array,
  labels: Uint8Array,
  owner: Int16Array,
  height: number,
  width: number,
  sprite: Sprite,
  placement: Placement,
  jitter: ColourJitter,
  objectIndex: number,
): number {
  const { halfHeight, halfWidth } = placedHalfExtent(sprite, placement);
  const a = (placement.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const { centreY, centreX, scale, flipped } = placement;
  const [sh, sw, px] = [sprite.height, sprite.width, sprite.rgba];
  const y0 = Math.max(0, Math.floor(centreY - halfHeight - 1));
  const y1 = Math.min(height - 1, Math.ceil(centreY + halfHeight + 1));
  const x0 = Math.max(0, Math.floor(centreX - halfWidth - 1));
  const x1 = Math.min(width - 1, Math.ceil(centreX + halfWidth + 1));
  const sample = [0, 0, 0, 0];
  let labelled = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      // Scene pixel centre → sprite coordinates (inverse rotation, inverse scale, optional mirror).
      const [dy, dx] = [y + 0.5 - centreY, x + 0.5 - centreX];
      let u = (cos * dx - sin * dy) / scale;
      const v = (sin * dx + cos * dy) / scale;
      if (flipped) u = -u;
      const sx = u + sw / 2 - 0.5;
      const sy = v + sh / 2 - 0.5;
      if (sx <= -1 || sy <= -1 || sx >= sw || sy >= sh) continue;
      const ix = Math.floor(sx);
      const iy = Math.floor(sy);
      const [fx, fy] = [sx - ix, sy - iy];
      sample.fill(0);
      for (let k = 0; k < 4; k++) {
        const qy = iy + (k >> 1);
        const qx = ix + (k & 1);
        if (qy < 0 || qx < 0 || qy >= sh || qx >= sw) continue;
        const w = (k >> 1 ? fy : 1 - fy) * (k & 1 ? fx : 1 - fx);
        const o = (qy * sw + qx) * 4;
        const alpha = (px[o + 3] / 255) * w;
        sample[0] += px[o] * alpha;
        sample[1] += px[o + 1] * alpha;
        sample[2] += px[o + 2] * alpha;
        sample[3] += alpha;
      }
      const coverage = sample[3];
      if (coverage <= 1e-4) continue;
      const [r, g, b] = [sample[0] / coverage, sample[1] / coverage, sample[2] / coverage];
      const mean = (r + g + b) / 3;
      const o = (y * width + x) * 3;
      const keep = 1 - Math.min(1, coverage);
      rgb[o] = rgb[o] * keep + jitterChannel(r, mean, jitter) * (1 - keep);
      rgb[o + 1] = rgb[o + 1] * keep + jitterChannel(g, mean, jitter) * (1 - keep);
      rgb[o + 2] = rgb[o + 2] * keep + jitterChannel(b, mean, jitter) * (1 - keep);
      if (coverage >= 0.5) {
        labels[y * width + x] = sprite.classId;
        owner[y * width + x] = objectIndex;
        labelled++;
      }
    }
  }
  return labelled;
}
