/**
 * An image ready for the FCN widgets: RGBA to draw, RGB floats to run, and the ground truth when there is
 * one. Made here from a generated test scene (with its exact label map); from a reader's file or a URL (no
 * truth) in ../segment-image/reader-image.ts, following the rules of src/lib/image/image-input.ts.
 */
import { rgbaToRgb, type ImageProblem, type RgbImage } from '../../lib/image/image-input';
import type { WorkerScene } from '../../tf/fcn-worker-protocol';
import { ensureScenes, sceneOf, type SceneSource } from './scene-source';
import type { Messages } from '../../i18n';
import type { UiKey } from '../../i18n/en';

/** Class names by id, as the dictionaries' `class.<name>` keys spell them. */
const CLASS_NAMES = ['background', 'animal', 'vehicle', 'plant', 'food', 'person'];

export interface FcnInput {
  height: number;
  width: number;
  /** What is drawn: RGBA bytes [height, width, 4] (transparent pixels already on grey). */
  rgba: Uint8ClampedArray;
  /** What the network sees: RGB floats in [0, 255], [height, width, 3]. */
  image: RgbImage;
  /** Class per pixel [height, width], or null (a reader's image has no ground truth). */
  truth: Uint8Array | null;
  /** In words, e.g. "test scene, seed 2000000003, 128 × 128 px". */
  description: string;
  /** What was done to the image on the way in (scaled down, transparency, first GIF frame, SVG drawn). */
  notes: InputNote[];
  /** What it is, for a sentence in the reader's language (`describeInput`). */
  origin?: { kind: 'scene'; seed: number; objects: number[] } | { kind: 'image'; name: string };
}

/**
 * "test scene, seed 2000000003, 128 × 128 px, objects: animal, plant" in the widget's language (seeds and pixel
 * sizes as plain digits: they are names and image sizes, not quantities).
 */
export function describeInput(input: FcnInput, m: Messages): string {
  const { origin, width, height } = input;
  if (!origin) return input.description;
  if (origin.kind === 'image')
    return m.t('shared.imageDescription', { name: origin.name, width: String(width), height: String(height) });
  const objects = origin.objects.map((id) => m.t(`class.${CLASS_NAMES[id] ?? 'background'}` as UiKey)).join(', ');
  return m.t('shared.sceneDescription', {
    seed: String(origin.seed),
    width: String(width),
    height: String(height),
    objects,
  });
}

/** Something done to a reader's image on the way in, as a code and its numbers (worded by the widget). */
export type InputNote =
  | { code: 'scaled'; from: { width: number; height: number }; to: { width: number; height: number }; maxSide: number }
  | { code: 'transparent'; share: number }
  | { code: 'gifFirstFrame' }
  | { code: 'svgDrawn' };

/** Why an image cannot be used: the rules' refusals, and what the browser could not do. */
export type InputFailure =
  | ImageProblem
  | { code: 'undecodable' }
  | { code: 'svgWithoutSize' }
  | { code: 'noCanvas' }
  | { code: 'fetchFailed'; status: number };

/** A reason the image `file` cannot be used; the widget words `failure` (the message is English, for logs). */
export class InputProblem extends Error {
  constructor(
    readonly file: string,
    readonly failure: InputFailure,
  ) {
    super(`${file}: ${failure.code}`);
    this.name = 'InputProblem';
  }
}

/** Test scene `seed` composed on this thread from `source` (the widgets that already hold the sprites). */
export async function sceneInput(source: SceneSource, seed: number, size: number): Promise<FcnInput> {
  await ensureScenes(source, [seed], size, size);
  const scene = sceneOf(source, seed, size, size);
  const objects = scene.objects.map((o) => source.dataset.classes[o.classId]?.name ?? `class ${o.classId}`);
  return {
    height: size,
    width: size,
    rgba: scene.image,
    image: rgbaToRgb(scene.image, size, size),
    truth: scene.labels,
    description: `test scene, seed ${seed}, ${size} × ${size} px, objects: ${objects.join(', ')}`,
    notes: [],
    origin: { kind: 'scene', seed, objects: scene.objects.map((o) => o.classId) },
  };
}

/** Test scene `seed` as the model worker composed it (../shared/model-ops.ts testScene): only drawing is left. */
export function workerSceneInput(scene: WorkerScene, seed: number, size: number): FcnInput {
  return {
    height: size,
    width: size,
    rgba: scene.rgba,
    image: rgbaToRgb(scene.rgba, size, size),
    truth: scene.labels,
    description: `test scene, seed ${seed}, ${size} × ${size} px`,
    notes: [],
    origin: { kind: 'scene', seed, objects: scene.objects },
  };
}
