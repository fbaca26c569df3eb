// Backgrounds for generated scenes: tinted CC0 textures or procedural patterns, plus optional clutter
// (plain shapes that stay labelled background, so "a coloured blob" is not enough to be an object).
// All functions write RGB floats in [0, 255] into `rgb` ([height, width, 3]).
import type { Random } from '../random';
import type { Texture } from './types';

type Colour = [number, number, number];

export function randomColour(random: Random): Colour {
  return [random.float(0, 255), random.float(0, 255), random.float(0, 255)];
}

function mix(a: Colour, b: Colour, t: number, rgb: Float32Array, i: number): void {
  rgb[i] = a[0] + (b[0] - a[0]) * t;
  rgb[i + 1] = a[1] + (b[1] - a[1]) * t;
  rgb[i + 2] = a[2] + (b[2] - a[2]) * t;
}

/** A greyscale texture, tiled at a random scale and offset, mapped between two random colours. */
function textureBackground(rgb: Float32Array, height: number, width: number, texture: Texture, random: Random): void {
  const [c0, c1] = [randomColour(random), randomColour(random)];
  const scale = random.float(0.35, 1.2);
  const [oy, ox] = [random.float(0, texture.height), random.float(0, texture.width)];
  const { gray, width: tw, height: th } = texture;
  for (let y = 0; y < height; y++) {
    const ty = (((oy + y / scale) % th) + th) % th;
    const y0 = Math.floor(ty);
    const fy = ty - y0;
    const y1 = (y0 + 1) % th;
    for (let x = 0; x < width; x++) {
      const tx = (((ox + x / scale) % tw) + tw) % tw;
      const x0 = Math.floor(tx);
      const fx = tx - x0;
      const x1 = (x0 + 1) % tw;
      const top = gray[y0 * tw + x0] * (1 - fx) + gray[y0 * tw + x1] * fx;
      const bottom = gray[y1 * tw + x0] * (1 - fx) + gray[y1 * tw + x1] * fx;
      mix(c0, c1, (top * (1 - fy) + bottom * fy) / 255, rgb, (y * width + x) * 3);
    }
  }
}

/** Smooth value noise: a coarse random grid, bicubic-smoothstep interpolated. */
function noiseBackground(rgb: Float32Array, height: number, width: number, random: Random): void {
  const [c0, c1] = [randomColour(random), randomColour(random)];
  const cells = random.int(2, 9);
  const grid = random.grid(cells + 1, cells + 1);
  const smooth = (t: number) => t * t * (3 - 2 * t);
  for (let y = 0; y < height; y++) {
    const gy = (y / height) * cells;
    const iy = Math.min(cells - 1, Math.floor(gy));
    const fy = smooth(gy - iy);
    for (let x = 0; x < width; x++) {
      const gx = (x / width) * cells;
      const ix = Math.min(cells - 1, Math.floor(gx));
      const fx = smooth(gx - ix);
      const top = grid[iy][ix] * (1 - fx) + grid[iy][ix + 1] * fx;
      const bottom = grid[iy + 1][ix] * (1 - fx) + grid[iy + 1][ix + 1] * fx;
      mix(c0, c1, top * (1 - fy) + bottom * fy, rgb, (y * width + x) * 3);
    }
  }
}

/** Linear gradient, soft stripes or a checkerboard along a random direction. */
function patternBackground(rgb: Float32Array, height: number, width: number, random: Random): string {
  const [c0, c1] = [randomColour(random), randomColour(random)];
  const kind = random.pick(['gradient', 'stripes', 'checker'] as const);
  const angle = random.float(0, Math.PI);
  const [dy, dx] = [Math.sin(angle), Math.cos(angle)];
  const period = random.float(6, 40);
  const size = Math.max(height, width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = y * dy + x * dx;
      let t: number;
      if (kind === 'gradient') t = along / size / 1.5 + 0.25;
      else if (kind === 'stripes') t = 0.5 + 0.5 * Math.sin((2 * Math.PI * along) / period);
      else t = (Math.floor(y / period) + Math.floor(x / period)) % 2;
      mix(c0, c1, t, rgb, (y * width + x) * 3);
    }
  }
  return kind;
}

/** Up to three filled ellipses or rectangles in random colours (background, not objects). */
function clutter(rgb: Float32Array, height: number, width: number, random: Random): void {
  const count = random.int(1, 3);
  for (let k = 0; k < count; k++) {
    const colour = randomColour(random);
    const [cy, cx] = [random.float(0, height), random.float(0, width)];
    const [ry, rx] = [random.float(3, height / 5), random.float(3, width / 5)];
    const ellipse = random.chance(0.5);
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, Math.ceil(cy + ry)); y++) {
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(width, Math.ceil(cx + rx)); x++) {
        const inside = !ellipse || ((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2 <= 1;
        if (inside) mix(colour, colour, 0, rgb, (y * width + x) * 3);
      }
    }
  }
}

/** Fills `rgb` with a random background; returns its description. */
export function paintBackground(
  rgb: Float32Array,
  height: number,
  width: number,
  textures: readonly Texture[],
  random: Random,
): string {
  let name: string;
  const roll = random.next();
  if (textures.length > 0 && roll < 0.45) {
    const texture = random.pick(textures);
    textureBackground(rgb, height, width, texture, random);
    name = `texture:${texture.name}`;
  } else if (roll < 0.75) {
    noiseBackground(rgb, height, width, random);
    name = 'noise';
  } else {
    name = patternBackground(rgb, height, width, random);
  }
  if (random.chance(0.3)) {
    clutter(rgb, height, width, random);
    name += '+clutter';
  }
  return name;
}
