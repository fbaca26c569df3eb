// The "scenes" dataset: its classes, colours, splits and seed ranges (the facts public/data/dataset.json holds).
import { DEFAULT_IGNORE_LABEL } from '../metrics/scores';

export interface ClassInfo {
  id: number;
  name: string;
  /** Display colour [r, g, b] (Okabe–Ito palette, readable with colour-vision deficiencies). */
  colour: [number, number, number];
}

/** Class 0 is background; 1–5 are objects. Label 255 is "ignore" (never produced by the generator). */
export const CLASSES: readonly ClassInfo[] = [
  { id: 0, name: 'background', colour: [0, 0, 0] },
  { id: 1, name: 'animal', colour: [230, 159, 0] },
  { id: 2, name: 'vehicle', colour: [0, 114, 178] },
  { id: 3, name: 'plant', colour: [0, 158, 115] },
  { id: 4, name: 'food', colour: [204, 121, 167] },
  { id: 5, name: 'person', colour: [240, 228, 66] },
];

/** Classes of the scenes, so output channels of every FCN here (src/lib/fcn/config.ts). */
export const SCENE_CLASS_COUNT = CLASSES.length;
/** VOC's "void": pixels with this label are not scored. */
export const IGNORE_LABEL = DEFAULT_IGNORE_LABEL;

/** Every TEST_EVERY-th sprite of a class (in pick order) is held out for the test split. */
export const TEST_EVERY = 5;

export type Split = 'train' | 'val' | 'test';

/**
 * Seeds of each split, [from, to) — scene `seed` is composed from the sprites of `spriteSplit`.
 * val uses training objects in new arrangements; test uses only held-out objects.
 */
export const SEED_RANGES: Record<Split, { from: number; to: number; spriteSplit: 'train' | 'test' }> = {
  train: { from: 0, to: 1_000_000_000, spriteSplit: 'train' },
  val: { from: 1_000_000_000, to: 1_000_100_000, spriteSplit: 'train' },
  test: { from: 2_000_000_000, to: 2_000_100_000, spriteSplit: 'test' },
};

/** The fixed evaluation sets: the first N seeds of the val and test ranges. */
export const EVAL_SCENES = { val: 64, test: 300 } as const;

export interface SpriteEntry {
  file: string;
  classId: number;
  split: 'train' | 'test';
  width: number;
  height: number;
  /** Path of the original inside the Debian package, or `<iconify set>/<icon name>` for an emoji. */
  source: string;
  /** Where the drawing comes from: Debian's openclipart-png (absent = clipart) or an open emoji set. */
  origin?: SpriteOrigin;
  /** Emoji only: the concept it draws ("cook" for man cook, woman cook, cook); a concept's styles share a split. */
  concept?: string;
}

export type SpriteOrigin = 'clipart' | 'emoji';
export const SPRITE_ORIGINS: readonly SpriteOrigin[] = ['clipart', 'emoji'];

export function originOf(entry: Pick<SpriteEntry, 'origin'>): SpriteOrigin {
  return entry.origin ?? 'clipart';
}

export interface TextureEntry {
  file: string;
  width: number;
  height: number;
  source: string;
}

/** The shape of public/data/dataset.json. */
export interface DatasetFile {
  classes: ClassInfo[];
  ignoreLabel: number;
  spriteSize: number;
  testEvery: number;
  seedRanges: typeof SEED_RANGES;
  sprites: SpriteEntry[];
  textures: TextureEntry[];
}

/** The sprite entries a split draws its objects from. */
export function spriteEntriesFor(
  dataset: Pick<DatasetFile, 'sprites'>,
  split: Split,
  origin: SpriteOrigin | 'all' = 'all',
): SpriteEntry[] {
  const spriteSplit = SEED_RANGES[split].spriteSplit;
  return dataset.sprites.filter((s) => s.split === spriteSplit && (origin === 'all' || originOf(s) === origin));
}

/** The split whose seed range holds `seed`, or null. */
export function splitOfSeed(seed: number): Split | null {
  for (const split of ['train', 'val', 'test'] as const) {
    const r = SEED_RANGES[split];
    if (seed >= r.from && seed < r.to) return split;
  }
  return null;
}

/** Label map → RGBA using the class colours (ignore label drawn white). */
export function colouriseLabels(labels: ArrayLike<number>, classes: readonly ClassInfo[] = CLASSES): Uint8ClampedArray {
  const out = new Uint8ClampedArray(labels.length * 4);
  for (let i = 0; i < labels.length; i++) {
    const colour = classes[labels[i]]?.colour ?? [255, 255, 255];
    out.set(colour, i * 4);
    out[i * 4 + 3] = 255;
  }
  return out;
}
