/**
 * The metrics playground's label maps: one small ground-truth scene (a 16×16 grid, background plus three object
 * classes) and predictions derived from it, each making ONE kind of mistake, so every score can be traced back to
 * that mistake. Everything is computed from shape formulas: the same call always gives the same grids.
 *
 * Label maps are row-major arrays of length height·width; label 255 marks "ignore" (VOC's void) in a truth map.
 */
import { DEFAULT_IGNORE_LABEL } from './scores';

/** Side of the playground's square grids. */
export const GRID_SIZE = 16;

/** Class names, index = label: the dataset's identifiers (src/i18n/class-names.ts words them), the same first four as the scenes. */
export const CLASS_NAMES: readonly string[] = ['background', 'animal', 'vehicle', 'plant'];
/** Classes of the playground's grids: fewer than the scenes' SCENE_CLASS_COUNT, so every one is easy to paint. */
export const PLAYGROUND_CLASS_COUNT = CLASS_NAMES.length;
export const BACKGROUND = 0;
export const IGNORE_LABEL = DEFAULT_IGNORE_LABEL;

/** A truth map and a prediction of the same pixels. */
export interface LabelPair {
  truth: number[];
  prediction: number[];
}

interface Shape {
  classId: number;
  contains(y: number, x: number): boolean;
}

/** The scene's objects: pixel (y, x) covers the unit square whose centre is (y + 0.5, x + 0.5). */
const SCENE_SHAPES: readonly Shape[] = [
  // animal: a disc of radius 2.6 centred on the corner between pixels (4, 4) and (5, 5).
  { classId: 1, contains: (y, x) => (y - 4.5) ** 2 + (x - 4.5) ** 2 <= 2.6 ** 2 },
  // vehicle: a 3 × 6 rectangle near the bottom left.
  { classId: 2, contains: (y, x) => y >= 11 && y <= 13 && x >= 2 && x <= 7 },
  // plant: a two-pixel trunk under a round crown.
  {
    classId: 3,
    contains: (y, x) => ((x === 11 || x === 12) && y >= 9 && y <= 13) || (y - 6) ** 2 + (x - 11.5) ** 2 <= 2.3 ** 2,
  },
];

/** The ground truth of the playground: background with an animal, a vehicle and a plant. */
export function sceneTruth(size = GRID_SIZE): number[] {
  const labels = new Array<number>(size * size).fill(BACKGROUND);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (const shape of SCENE_SHAPES) if (shape.contains(y, x)) labels[y * size + x] = shape.classId;
    }
  }
  return labels;
}

/** Move a label map by (dy, dx) pixels; pixels uncovered at the far side get `fill`. */
export function shiftLabels(
  labels: readonly number[],
  height: number,
  width: number,
  dy: number,
  dx: number,
  fill = BACKGROUND,
): number[] {
  const out = new Array<number>(height * width).fill(fill);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sy = y - dy;
      const sx = x - dx;
      if (sy >= 0 && sy < height && sx >= 0 && sx < width) out[y * width + x] = labels[sy * width + sx];
    }
  }
  return out;
}

/** Exchange two labels everywhere (a model that confuses two classes completely). */
export function swapClasses(labels: readonly number[], a: number, b: number): number[] {
  return labels.map((label) => (label === a ? b : label === b ? a : label));
}

/**
 * The outline of the objects: object pixels (not background, not ignore) with a 4-neighbour of another label.
 * The image border is not an outline.
 */
export function objectOutline(labels: readonly number[], height: number, width: number): boolean[] {
  return labels.map((label, i) => {
    if (label === BACKGROUND || label === IGNORE_LABEL) return false;
    const y = Math.floor(i / width);
    const x = i % width;
    const differs = (yy: number, xx: number): boolean =>
      yy >= 0 && yy < height && xx >= 0 && xx < width && labels[yy * width + xx] !== label;
    return differs(y - 1, x) || differs(y + 1, x) || differs(y, x - 1) || differs(y, x + 1);
  });
}

/** Every outline pixel of every object relabelled `label` (background: the objects shrink by one pixel). */
export function relabelOutline(labels: readonly number[], height: number, width: number, label: number): number[] {
  const outline = objectOutline(labels, height, width);
  return labels.map((value, i) => (outline[i] ? label : value));
}

export type PresetName = 'perfect' | 'allBackground' | 'shifted' | 'swapped' | 'borderErrors' | 'voidOutlines';

export const SHIFT_PIXELS = 2;
export const SWAPPED_CLASSES: readonly [number, number] = [1, 2];

/** The presets in button order (the widget words them: src/i18n/<locale>/metrics-playground.ts). */
export const PRESETS: readonly PresetName[] = [
  'perfect',
  'allBackground',
  'shifted',
  'swapped',
  'borderErrors',
  'voidOutlines',
];

/** The truth/prediction pair of a preset, on the playground's scene. */
export function presetPair(name: PresetName, size = GRID_SIZE): LabelPair {
  const truth = sceneTruth(size);
  const eroded = (): number[] => relabelOutline(truth, size, size, BACKGROUND);
  switch (name) {
    case 'perfect':
      return { truth, prediction: [...truth] };
    case 'allBackground':
      return { truth, prediction: truth.map(() => BACKGROUND) };
    case 'shifted':
      return { truth, prediction: shiftLabels(truth, size, size, 0, SHIFT_PIXELS) };
    case 'swapped':
      return { truth, prediction: swapClasses(truth, SWAPPED_CLASSES[0], SWAPPED_CLASSES[1]) };
    case 'borderErrors':
      return { truth, prediction: eroded() };
    case 'voidOutlines':
      return { truth: relabelOutline(truth, size, size, IGNORE_LABEL), prediction: eroded() };
  }
}

export function isPresetName(value: string): value is PresetName {
  return (PRESETS as readonly string[]).includes(value);
}

export type CompanionName = 'tinyPlant' | 'empty';

/** A fixed image of the small "dataset" the playground evaluates together with the reader's painting. */
export interface CompanionImage {
  name: CompanionName;
  pair: LabelPair;
}

/**
 * Two fixed images that make the dataset-vs-per-image difference visible: a tiny plant the model misses, and an
 * empty scene predicted empty (only background is present, so its mean IoU is the background's IoU alone).
 */
export function companionImages(size = GRID_SIZE): CompanionImage[] {
  const tinyTruth = new Array<number>(size * size).fill(BACKGROUND);
  const c = Math.floor(size / 2) - 1;
  for (const [y, x] of [
    [c, c],
    [c, c + 1],
    [c + 1, c],
    [c + 1, c + 1],
  ])
    tinyTruth[y * size + x] = 3;
  const empty = new Array<number>(size * size).fill(BACKGROUND);
  return [
    // A 2×2 plant in an empty scene; the prediction is all background.
    { name: 'tinyPlant', pair: { truth: tinyTruth, prediction: empty.slice() } },
    // Only background, predicted as background.
    { name: 'empty', pair: { truth: empty.slice(), prediction: empty.slice() } },
  ];
}

/** A label map small enough to count by hand: the lesson's worked example (3 classes, one ignored pixel). */
export interface WorkedExample {
  height: number;
  width: number;
  classNames: readonly string[];
  truth: number[];
  prediction: number[];
}

export function workedExample(): WorkedExample {
  const I = IGNORE_LABEL;
  return {
    height: 4,
    width: 5,
    classNames: ['background', 'animal', 'plant'],
    truth: [0, 0, 0, 0, 0, 0, 1, 1, I, 0, 0, 1, 1, 2, 2, 0, 0, 0, 2, 2],
    prediction: [0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 2, 2, 0, 0, 2, 2, 0],
  };
}
