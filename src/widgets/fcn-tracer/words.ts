/**
 * The tracer's sentences in the reader's language: what a traced layout means (it fits, and how each crop cuts;
 * or where it fails and why), how far a crop rule would shift the prediction, and the names of the designs and
 * roundings. src/lib/fcn computes the numbers and says nothing; this file turns them into words with the
 * widget's Messages, so the build-time first frame (FcnTracer.astro) and the element say the same thing.
 */
import type { Messages } from '../../i18n/client';
import type { FcnLayout } from '../../lib/fcn/geometry';
import { FCN_INPUT, fcnLayerSpecs, type FcnDesign, type PoolRounding } from '../../lib/fcn/layers';
import { MAX_SIZE, MIN_SIZE, type StateProblem } from './state';

/** Sizes and offsets as text, never with a thousands separator ("1024×1024", "−19"). */
export const dims = (l: { height: number; width: number }): string => `${l.height}×${l.width}`;
export const num = (v: number): string => String(v).replace('-', '−');

export function designLabel(m: Messages, design: FcnDesign): string {
  const keys = {
    caffe: 'fcnTracer.design.caffe',
    seed: 'fcnTracer.design.seed',
    ours: 'fcnTracer.design.ours',
  } as const;
  return m.t(keys[design]);
}

export function roundingLabel(m: Messages, rounding: PoolRounding): string {
  return m.t(rounding === 'ceil' ? 'fcnTracer.rounding.ceil' : 'fcnTracer.rounding.floor');
}

/** "19 px down and right", "3 px up, 2 px right", "none": how far a crop rule moves the prediction. */
export function shiftWords(m: Messages, [down, right]: readonly [number, number]): string {
  const n = (v: number): string => String(Math.abs(v));
  if (down === 0 && right === 0) return m.t('fcnTracer.shift.none');
  if (down === right) return m.t(down > 0 ? 'fcnTracer.shift.downRight' : 'fcnTracer.shift.upLeft', { n: n(down) });
  const parts: string[] = [];
  if (down !== 0) parts.push(m.t(down > 0 ? 'fcnTracer.shift.down' : 'fcnTracer.shift.up', { n: n(down) }));
  if (right !== 0) parts.push(m.t(right > 0 ? 'fcnTracer.shift.right' : 'fcnTracer.shift.left', { n: n(right) }));
  return parts.join(', ');
}

/** One sentence on a traced layout: how each crop cuts and what comes out, or where and why it fails. */
export function layoutSentence(result: FcnLayout, m: Messages): string {
  const { layers, crops, options } = result;
  const input = dims(options);
  const find = (name: string) => layers.find((l) => l.name === name);
  const rounding = roundingLabel(m, options.poolRounding ?? 'ceil');
  const pool5 = find('pool5');
  const fc6 = find('fc6');
  const tail =
    pool5 && fc6 && fc6.height > 0 ? m.t('fcnTracer.explain.tail', { pool5: dims(pool5), fc6: dims(fc6) }) : '';

  const badCrop = crops.find((c) => !c.fits && find(c.input) !== undefined);
  if (badCrop) {
    const cut = find(badCrop.input);
    const reference = badCrop.reference === FCN_INPUT ? options : find(badCrop.reference);
    if (cut && reference) {
      return m.t('fcnTracer.explain.badCrop', {
        rounding,
        tail,
        layer: cut.name,
        size: dims(cut),
        reference: dims(reference),
        offset: num(badCrop.offset),
      });
    }
  }
  const empty = layers.find((l) => l.height <= 0 || l.width <= 0);
  if (empty) {
    const spec = fcnLayerSpecs(options.design, options.variant).find((s) => s.name === empty.name);
    const before = spec && 'input' in spec ? find(spec.input) : undefined;
    const window =
      spec && 'kernelSize' in spec
        ? m.t('fcnTracer.explain.window', { k: String(spec.kernelSize), p: String(spec.padding) })
        : m.t('fcnTracer.explain.windowPlain');
    const from = before
      ? m.t('fcnTracer.explain.fromLayer', { layer: before.name, size: dims(before) })
      : m.t('fcnTracer.explain.fromInput', { size: input });
    return m.t('fcnTracer.explain.empty', { rounding, input, from, layer: empty.name, window });
  }
  if (!result.ok) return m.t('fcnTracer.explain.failed', { input, failure: result.failure ?? '?' });

  const kept = crops
    .map((c) => {
      const cut = find(c.input);
      const params = { crop: c.name, offset: num(c.offset), size: cut ? dims(cut) : '' };
      const trims = cut !== undefined && !c.exact;
      if (c.explicit) return m.t(trims ? 'fcnTracer.explain.keepsOf' : 'fcnTracer.explain.keeps', params);
      return m.t(trims ? 'fcnTracer.explain.keepsImplicitOf' : 'fcnTracer.explain.keepsImplicit', params);
    })
    .join(m.t('fcnTracer.explain.join'));
  const aligned = m.t(crops.every((c) => c.shift === 0) ? 'fcnTracer.explain.aligned' : 'fcnTracer.explain.misaligned');
  const last = crops[crops.length - 1];
  const returned = last && !last.explicit && !last.exact ? find(last.input) : undefined;
  const output = returned
    ? m.t('fcnTracer.explain.uncropped', { layer: returned.name, size: dims(returned), input })
    : m.t('fcnTracer.explain.scoreMap', { input });
  return m.t('fcnTracer.explain.fits', { input, kept, aligned, output });
}

/** What `sanitize` had to change, in one sentence. */
export function problemText(m: Messages, problem: StateProblem): string {
  if (problem.kind === 'unknown') {
    const fields = {
      variant: 'fcnTracer.field.variant',
      design: 'fcnTracer.field.design',
      rounding: 'fcnTracer.field.rounding',
    } as const;
    return m.t('fcnTracer.problem.unknown', { field: m.t(fields[problem.field]), value: problem.value });
  }
  return m.t('fcnTracer.problem.size', {
    label: m.t(problem.field === 'height' ? 'fcnTracer.field.height' : 'fcnTracer.field.width'),
    min: String(MIN_SIZE),
    max: String(MAX_SIZE),
    value: problem.value === '' ? m.t('fcnTracer.problem.nothing') : problem.value,
  });
}
