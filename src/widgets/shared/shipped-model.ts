/**
 * The trained model for a widget: the model worker's store (src/tf/fcn-store.ts in ./fcn.worker.ts, shared by
 * every widget on the page, re-decoded there on a backend change) and the scene it runs on (a held-out test scene from the
 * project's own generator). FCN-8s is preferred; while its training stage has not finished, the best trained
 * variant is used and named. Nothing is faked: no trained model means a message, not a picture.
 */
import { FCN_VARIANT_LABELS, type FcnVariant } from '../../lib/fcn/variants';
import { sceneInput, type FcnInput } from './fcn-input';
import type { ModelHandle, ModelOps } from './model-ops';
import { pageSceneSource } from './scene-source';

export type FcnBrowser = ModelOps;

export type ShippedModel =
  | { ok: true; weights: ModelHandle; variant: FcnVariant; label: string; note: string; generation: number }
  | { ok: false; message: string };

export async function shippedModel(fcn: FcnBrowser, modelsUrl: string): Promise<ShippedModel> {
  const store = fcn.pageModels(modelsUrl);
  const generation = store.generation;
  const entry = await fcn.finestReady(store);
  if (entry.state === 'ready') {
    const label = FCN_VARIANT_LABELS[entry.variant];
    const note = entry.variant === 'fcn8s' ? '' : ` (FCN-8s is not trained yet, so this is the shipped ${label})`;
    return { ok: true, weights: entry.weights, variant: entry.variant, label, note, generation };
  }
  return { ok: false, message: `The trained model is not available, so this figure cannot run it. ${entry.message}` };
}

/** True when the store disposed the weights since `generation` (backend change): run again. */
export function isStale(fcn: FcnBrowser, modelsUrl: string, generation: number): boolean {
  return fcn.pageModels(modelsUrl).generation !== generation;
}

/** Held-out test scene number `index` (0-based) at size × size px. */
export async function testScene(
  dataUrl: string,
  firstTestSeed: number,
  index: number,
  size: number,
): Promise<FcnInput> {
  const source = await pageSceneSource(dataUrl, 'test');
  return sceneInput(source, firstTestSeed + index, size);
}
