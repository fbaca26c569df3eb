/**
 * Running the page's shipped FCNs on one input, for the widgets: load (once) through the model worker's store
 * (./model-ops.ts), run each available variant in turn there, and turn every outcome — a prediction, a model not
 * trained yet, a file that failed its SHA-256 check — into a plain result the widget can draw.
 */
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../../lib/fcn/variants';
import type { Messages } from '../../i18n';
import type { FcnInput } from './fcn-input';
import { pageSceneSource, type SceneSource } from './scene-source';
import { whenNear } from './lazy';
import { modelOps, type ModelOps, type ModelStore } from './model-ops';
import { unlessAborted } from './widget';

export type FcnBrowser = ModelOps;
export type { ModelStore };

/**
 * What a model widget needs before it can run, once `host` is near the screen: the page's model worker with
 * this mount's calls to it (./model-ops.ts), the test-split scene source and the worker's model store, from the
 * widget's `data-data` and `data-models` folders. Never settles once `signal` has aborted.
 */
export async function loadFcnPipeline(
  host: HTMLElement,
  signal: AbortSignal,
): Promise<{ fcn: FcnBrowser; source: SceneSource; store: ModelStore }> {
  await whenNear(host, { signal });
  const [fcn, source] = await unlessAborted(
    signal,
    Promise.all([modelOps(host, signal), pageSceneSource(host.dataset.data ?? '/data', 'test')]),
  );
  return { fcn, source, store: fcn.pageModels(host.dataset.models ?? '/models') };
}

export interface VariantResult {
  variant: FcnVariant;
  label: string;
  labels: Uint8Array | null;
  milliseconds: number | null;
  backend: string | null;
  message: string | null;
  /** True when the model is there but failed its check or could not be read. */
  failed: boolean;
}

/** Thrown when the backend changed during the run (the weights it used were disposed): just run again. */
export class StaleRun extends Error {}

/**
 * Why a model did not run, in the widget's language: not trained yet, or there but refused (the store's reason,
 * e.g. a SHA-256 mismatch or an HTTP error, follows as it is: it names a file and a check).
 */
export function unavailable(
  label: string,
  entry: { state: string; message?: string; reason?: string } | undefined,
  m: Messages,
): string {
  if (entry?.state !== 'failed') return m.t('shared.modelMissing', { model: label });
  return m.t('shared.modelFailed', { model: label, reason: entry.reason ?? entry.message ?? '' });
}

/** Each variant on `input`, one after another; with `runs` > 1 each time is a median after a warm-up. */
export async function runVariants(
  fcn: FcnBrowser,
  store: ModelStore,
  input: FcnInput,
  m: Messages,
  variants: readonly FcnVariant[] = FCN_VARIANTS,
  runs = 1,
): Promise<VariantResult[]> {
  const generation = store.generation;
  const entries = await store.load(variants);
  const results: VariantResult[] = [];
  for (const variant of variants) {
    const entry = entries.find((e) => e.variant === variant);
    const label = FCN_VARIANT_LABELS[variant];
    if (!entry || entry.state !== 'ready') {
      const message = unavailable(label, entry && 'message' in entry ? entry : undefined, m);
      results.push({
        variant,
        label,
        labels: null,
        milliseconds: null,
        backend: null,
        message,
        failed: entry?.state === 'failed',
      });
      continue;
    }
    try {
      const out = await fcn.segment(entry.weights, input.image, variant, runs);
      results.push({
        variant,
        label,
        labels: out.labels,
        milliseconds: out.milliseconds,
        backend: out.backend,
        message: null,
        failed: false,
      });
    } catch (error) {
      if (store.generation !== generation) throw new StaleRun('the tfjs backend changed during the run');
      throw error;
    }
  }
  if (store.generation !== generation) throw new StaleRun('the tfjs backend changed during the run');
  return results;
}

/** "FCN-32s 31 ms, FCN-16s 29 ms on WASM (CPU)" for the status line. */
export function timingSummary(results: readonly VariantResult[], m: Messages): string {
  const ran = results.filter((r) => r.labels);
  if (ran.length === 0) return m.t('shared.noModelRan');
  const times = ran.map((r) => m.t('shared.timing', { model: r.label, ms: m.number(r.milliseconds ?? 0, 0) }));
  return m.t('shared.timings', { times: times.join(', '), backend: ran[0].backend ?? 'tfjs' });
}
