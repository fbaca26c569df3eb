// composeScene(seed, options): a reproducible random scene — background, 1–4 clip-art objects (scale,
// rotation, flip, colour jitter; later objects on top and occluding), and its exact label map.
// Pure: same seed and inputs → same bytes, in Node (training) and in the browser.
import { createRandom } from '../random';
import { paintBackground } from './background';
import { drawSprite, placedHalfExtent, type Placement } from './transform';
import type { ComposeOptions, Scene, SceneObject } from './types';

/** Long side of an object as a fraction of the scene's short side. */
export const OBJECT_SIZE_RANGE: readonly [number, number] = [0.3, 0.75];
export const MAX_ROTATION_DEGREES = 30;

export function composeScene(seed: number, options: ComposeOptions): Scene {
  const { height, width, sprites, textures } = options;
  const minObjects = options.minObjects ?? 1;
  const maxObjects = options.maxObjects ?? 4;
  if (sprites.length === 0) throw new RangeError('composeScene needs at least one sprite');
  if (!(height > 0 && width > 0)) throw new RangeError(`bad scene size ${height}×${width}`);
  const random = createRandom(seed);
  const rgb = new Float32Array(height * width * 3);
  const labels = new Uint8Array(height * width);
  const owner = new Int16Array(height * width).fill(-1);
  const background = paintBackground(rgb, height, width, textures, random);

  // Draw a class first, then a sprite of that class, so every class is equally likely.
  const classIds = [...new Set(sprites.map((s) => s.classId))].sort((a, b) => a - b);
  const count = random.int(minObjects, maxObjects);
  const placed: Omit<SceneObject, 'visiblePixels'>[] = [];
  const short = Math.min(height, width);
  for (let k = 0; k < count; k++) {
    const classId = random.pick(classIds);
    const sprite = random.pick(sprites.filter((s) => s.classId === classId));
    const longSide = random.float(OBJECT_SIZE_RANGE[0], OBJECT_SIZE_RANGE[1]) * short;
    const placement: Placement = {
      centreY: 0,
      centreX: 0,
      scale: longSide / Math.max(sprite.height, sprite.width),
      rotation: random.float(-MAX_ROTATION_DEGREES, MAX_ROTATION_DEGREES),
      flipped: random.chance(0.5),
    };
    // Keep at least about half of the object inside the frame.
    const { halfHeight, halfWidth } = placedHalfExtent(sprite, placement);
    placement.centreY = random.float(
      Math.min(halfHeight * 0.5, height / 2),
      Math.max(height - halfHeight * 0.5, height / 2),
    );
    placement.centreX = random.float(
      Math.min(halfWidth * 0.5, width / 2),
      Math.max(width - halfWidth * 0.5, width / 2),
    );
    const jitter = {
      brightness: random.float(0.75, 1.25),
      contrast: random.float(0.8, 1.2),
      saturation: random.float(0.7, 1.3),
    };
    if (!options.planOnly) {
      if (sprite.rgba.length !== sprite.height * sprite.width * 4)
        throw new Error(`sprite ${sprite.name} is not loaded`);
      drawSprite(rgb, labels, owner, height, width, sprite, placement, jitter, k);
    }
    placed.push({ sprite: sprite.name, classId: sprite.classId, ...placement });
  }

  const visible = new Array<number>(placed.length).fill(0);
  for (const o of owner) if (o >= 0) visible[o]++;
  const noise = random.float(0, 6);
  const image = new Uint8ClampedArray(height * width * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    image[j] = rgb[i] + noise * (random.next() - 0.5) * 2;
    image[j + 1] = rgb[i + 1] + noise * (random.next() - 0.5) * 2;
    image[j + 2] = rgb[i + 2] + noise * (random.next() - 0.5) * 2;
    image[j + 3] = 255;
  }
  return {
    seed,
    height,
    width,
    image,
    labels,
    objects: placed.map((o, k) => ({ ...o, visiblePixels: visible[k] })),
    background,
  };
}
