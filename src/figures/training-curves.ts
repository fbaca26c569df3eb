/**
 * Training curves of the staged FCN training (public/models/training-log.json): the training loss and the
 * validation mean IoU against the overall step, one colour per stage (FCN-32s, then 16s from 32s, then 8s
 * from 16s). Pure drawing with Observable Plot: (log, options) → <svg role="img">.
 */
import * as Plot from '@observablehq/plot';
import { asLabelledImage } from './plot-image';
import { stageName } from '../lib/fcn/training-stages';
import { FCN_VARIANT_LABELS } from '../lib/fcn/variants';

const { fcn32s: L32, fcn16s: L16, fcn8s: L8 } = FCN_VARIANT_LABELS;

export interface TrainingLogFile {
  plan: {
    batchSize: number;
    size: number;
    stages: { name?: string; variant: string; steps: number; lr: number; from: string | null }[];
  };
  log: { stage: string; step: number; loss: number; lr: number }[];
  val: { stage: string; step: number; loss: number; scores: { meanIoU: number; pixelAccuracy?: number } }[];
  parameters?: Record<string, number>;
  stageSeconds?: Record<string, number>;
}

export interface CurvePoint {
  stage: string;
  step: number;
  value: number;
}

/** Stage names (a stage's `name`, else its variant) → legend labels; a second FCN-8s stage continues the first. */
export const STAGE_LABEL: Record<string, string> = {
  ...FCN_VARIANT_LABELS,
  'fcn8s-long': `${L8}, continued`,
  'fcn32s-long': `${L32}, continued`,
  'fcn16s-long': `${L16}, continued`,
  'fcn8s-wide': `${L8}, widened`,
  'fcn32s-wide': `${L32}, widened`,
  'fcn16s-wide': `${L16}, widened`,
  'fcn8s-more': `${L8}, trained on`,
  // Model v2 (PyTorch): the three shipped models side by side, and the ablations that chose the recipe.
  'v2-fcn32s': L32,
  'v2-fcn16s': L16,
  'v2-fcn8s': L8,
  'ab-bn': 'ablation: batch norm',
  'ab-nobn': 'ablation: no batch norm',
};
export const STAGE_COLOUR: Record<string, string> = {
  [L32]: '#d55e00',
  [L16]: '#0072b2',
  [L8]: '#009e73',
  [`${L8}, continued`]: '#cc79a7',
  [`${L32}, continued`]: '#e69f00',
  [`${L16}, continued`]: '#56b4e9',
  // Paul Tol's muted scheme for the widened stages (Okabe–Ito has no more colours readable on both themes).
  [`${L8}, widened`]: '#44aa99',
  [`${L32}, widened`]: '#aa4499',
  [`${L16}, widened`]: '#6699cc',
  // Session 4's FCN-8s, trained on from FCN-8s, widened (Paul Tol's muted olive).
  [`${L8}, trained on`]: '#999933',
  'ablation: batch norm': '#777777',
  'ablation: no batch norm': '#bbbbbb',
};

/**
 * Step counts restart in each stage; this adds the steps of the training behind the weights a stage started
 * from (its `from` chain), so a curve's x is the steps behind the weights. Stages from scratch start at 0 and
 * stages run side by side overlap.
 */
export function overallSteps(log: TrainingLogFile): (stage: string, step: number) => number {
  const offsets = new Map<string, number>();
  const endOf = new Map<string, number>();
  for (const s of log.plan.stages) {
    const offset = s.from === null ? 0 : (endOf.get(s.from) ?? 0);
    offsets.set(stageName(s), offset);
    endOf.set(stageName(s), offset + s.steps);
    endOf.set(s.variant, offset + s.steps);
  }
  return (stage, step) => (offsets.get(stage) ?? 0) + step;
}

export function lossPoints(log: TrainingLogFile): CurvePoint[] {
  const at = overallSteps(log);
  return log.log.map((e) => ({ stage: STAGE_LABEL[e.stage] ?? e.stage, step: at(e.stage, e.step), value: e.loss }));
}

export function validationPoints(log: TrainingLogFile): CurvePoint[] {
  const at = overallSteps(log);
  return log.val.map((e) => ({
    stage: STAGE_LABEL[e.stage] ?? e.stage,
    step: at(e.stage, e.step),
    value: e.scores.meanIoU,
  }));
}

export interface CurveOptions {
  width: number;
  metric: 'loss' | 'meanIoU';
}

export function trainingCurve(log: TrainingLogFile, options: CurveOptions): SVGSVGElement {
  const points = options.metric === 'loss' ? lossPoints(log) : validationPoints(log);
  const stages = [...new Set(points.map((p) => p.stage))];
  const isLoss = options.metric === 'loss';
  const last = points.at(-1);
  const ends = stages
    .map((stage) => points.filter((p) => p.stage === stage).at(-1))
    .filter((p): p is CurvePoint => !!p);
  const plot = Plot.plot({
    width: options.width,
    height: 220,
    marginLeft: 48,
    marginRight: 48,
    style: { background: 'transparent', color: 'var(--fg)', fontSize: '12px' },
    marginBottom: 44,
    x: { label: 'training step (all stages)', grid: true, labelAnchor: 'center', labelOffset: 38 },
    y: isLoss
      ? { label: 'loss (cross-entropy)', grid: true, zero: true }
      : { label: 'val. mean IoU (%)', grid: true, domain: [0, 100], percent: true },
    color: { domain: stages, range: stages.map((s) => STAGE_COLOUR[s] ?? 'currentColor') },
    marks: [
      Plot.line(points, { x: 'step', y: 'value', stroke: 'stage', strokeWidth: 1.8 }),
      ...(isLoss ? [] : [Plot.dot(points, { x: 'step', y: 'value', fill: 'stage', r: 3 })]),
      // Stages are named in the figure's HTML legend (TrainingCurves.astro): with nine or more stages, names at the
      // curves' ends collided. A dot marks where each stage ends.
      Plot.dot(ends, { x: 'step', y: 'value', fill: 'stage', r: 4, stroke: 'var(--bg)' }),
    ],
  });
  const summary = last
    ? `${isLoss ? 'Training loss' : 'Validation mean IoU'} over ${last.step} steps in ${stages.length} stage(s) (${stages.join(', ')}); last value ${isLoss ? last.value.toFixed(3) : `${(100 * last.value).toFixed(1)}%`}`
    : 'No training steps logged yet';
  return asLabelledImage(plot, summary, `training-curve-${options.metric}`);
}
