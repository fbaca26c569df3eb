/**
 * The score heat map's pure part: one class's channel of a probability map, the scene's main class, and the
 * figure's and status line's words for a class over a run's maps (tfjs gives the numbers; this only reads them).
 */
import type { ScoreOverlayText } from '../../figures/score-overlay';
import { classKey } from '../../i18n/class-names';
import type { Messages } from '../../i18n/client';
import { CLASSES } from '../../lib/scene/dataset';
import type { ProbabilityMap } from '../../tf/score-map';

/** One strong heat colour over the greyed image, whatever the class (class colours vanish on some backgrounds). */
export const HEAT: readonly [number, number, number] = [255, 48, 0];

/** One class's channel of a probability map, [height, width] (zeros for a class the map does not have). */
export function classChannel(map: ProbabilityMap, classId: number): Float32Array {
  const out = new Float32Array(map.height * map.width);
  if (classId < 0 || classId >= map.classes) return out;
  for (let i = 0; i < out.length; i++) out[i] = map.values[i * map.classes + classId];
  return out;
}

/** The object class covering most pixels of the scene's truth (1 when there is none). */
export function dominantClass(truth: Uint8Array | null): number {
  const counts = new Array<number>(CLASSES.length).fill(0);
  for (const c of truth ?? []) if (c > 0 && c < counts.length) counts[c]++;
  const best = counts.indexOf(Math.max(...counts));
  return best > 0 ? best : 1;
}

/** The class's name in the page's words ("3" for an id the dataset lacks). */
export function classWords(classId: number, m: Messages): string {
  const known = CLASSES[classId]?.name;
  return known ? m.t(classKey(known)) : String(classId);
}

/** Share of pixels above one half (0 for an empty map). */
export function shareAbove(values: Float32Array, threshold = 0.5): number {
  let n = 0;
  for (const p of values) if (p > threshold) n++;
  return values.length ? n / values.length : 0;
}

/** Share of the truth's pixels that are the class, or null when the scene has no labels. */
export function truthShare(truth: Uint8Array | null, classId: number): number | null {
  if (!truth || truth.length === 0) return null;
  let n = 0;
  for (const c of truth) if (c === classId) n++;
  return n / truth.length;
}

export interface OverlayRun {
  /** The model's label ("FCN-8s") and the note when it is not the finest one ('' otherwise). */
  label: string;
  note: string;
  milliseconds: number;
  coarse: ProbabilityMap;
  full: ProbabilityMap;
  truth: Uint8Array | null;
}

/** The figure's words for the class. */
export function overlayText(run: OverlayRun, classId: number, m: Messages): ScoreOverlayText {
  const name = classWords(classId, m);
  const [coarseHeight, coarseWidth] = [run.coarse.height, run.coarse.width];
  const [height, width] = [run.full.height, run.full.width];
  return {
    label: m.t('scoreHeatmap.figLabel', { name, coarseHeight, coarseWidth, height, width }),
    coarse: m.t('scoreHeatmap.figCoarse', { height: coarseHeight, width: coarseWidth }),
    output: m.t('scoreHeatmap.figOutput', { height, width }),
    cell: (y, x, p) => m.t('scoreHeatmap.figCell', { y, x, p }),
  };
}

/** The status line after a run, for the class (its full-size channel given, so it is read once). */
export function overlayStatus(run: OverlayRun, classId: number, full: Float32Array, m: Messages): string {
  const truth = truthShare(run.truth, classId);
  return (
    m.t('scoreHeatmap.done', {
      model: run.label,
      note: run.note,
      ms: Math.round(run.milliseconds),
      coarseHeight: run.coarse.height,
      coarseWidth: run.coarse.width,
      classes: run.coarse.classes,
      height: run.full.height,
      width: run.full.width,
      name: classWords(classId, m),
      predicted: m.percent(shareAbove(full), 0),
    }) + (truth === null ? m.t('scoreHeatmap.noTruth') : m.t('scoreHeatmap.truth', { truth: m.percent(truth, 0) }))
  );
}
