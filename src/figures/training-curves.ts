/**
 * Training curves of the staged FCN training (public/models/training-log.json): the training loss and the
 * validation mean IoU against the overall step, one colour per stage (FCN-32s, then 16s from 32s, then 8s
 * from 16s). Pure drawing with Observable Plot: (log, options) → <svg role="img">, in the words of the `Messages`
 * it is given (the stage names too: `stageLabel`).
 */
import * as Plot from '@observablehq/plot';
import type { Messages } from '../i18n/client';
import { asLabelledImage } from './plot-image';
import { stageName } from '../lib/fcn/training-stages';
import { FCN_VARIANT_LABELS, type FcnVariant } from '../lib/fcn/variants';

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
  'v2-fcn32s-more': `${L32}, trained on`,
  'v2-fcn16s-more': `${L16}, trained on`,
  'v2-fcn8s-more': `${L8}, trained on`,
  'v2-fcn32s-long': `${L32}, trained longer`,
  'v2-fcn16s-long': `${L16}, trained longer`,
  'v2-fcn8s-long': `${L8}, trained longer`,
  'ab-bn': 'ablation: batch norm',
  'ab-nobn': 'ablation: no batch norm',
  'ab-fcn8s-plain': `${L8}, ablation: as is`,
  'ab-fcn8s-recolour': `${L8}, ablation: recoloured`,
};
type StageKind =
  | 'plain'
  | 'continued'
  | 'widened'
  | 'trainedOn'
  | 'longer'
  | 'ablationBn'
  | 'ablationNoBn'
  | 'ablationPlain'
  | 'ablationRecolour';
/** What each stage name of STAGE_LABEL is, so it can be said in any language. */
const STAGE_KIND: Record<string, readonly [FcnVariant | null, StageKind]> = {
  fcn32s: ['fcn32s', 'plain'],
  fcn16s: ['fcn16s', 'plain'],
  fcn8s: ['fcn8s', 'plain'],
  'fcn8s-long': ['fcn8s', 'continued'],
  'fcn32s-long': ['fcn32s', 'continued'],
  'fcn16s-long': ['fcn16s', 'continued'],
  'fcn8s-wide': ['fcn8s', 'widened'],
  'fcn32s-wide': ['fcn32s', 'widened'],
  'fcn16s-wide': ['fcn16s', 'widened'],
  'fcn8s-more': ['fcn8s', 'trainedOn'],
  'v2-fcn32s': ['fcn32s', 'plain'],
  'v2-fcn16s': ['fcn16s', 'plain'],
  'v2-fcn8s': ['fcn8s', 'plain'],
  'v2-fcn32s-more': ['fcn32s', 'trainedOn'],
  'v2-fcn16s-more': ['fcn16s', 'trainedOn'],
  'v2-fcn8s-more': ['fcn8s', 'trainedOn'],
  'v2-fcn32s-long': ['fcn32s', 'longer'],
  'v2-fcn16s-long': ['fcn16s', 'longer'],
  'v2-fcn8s-long': ['fcn8s', 'longer'],
  'ab-bn': [null, 'ablationBn'],
  'ab-nobn': [null, 'ablationNoBn'],
  'ab-fcn8s-plain': ['fcn8s', 'ablationPlain'],
  'ab-fcn8s-recolour': ['fcn8s', 'ablationRecolour'],
};
const KIND_KEY = {
  continued: 'trainingCurves.stage.continued',
  widened: 'trainingCurves.stage.widened',
  trainedOn: 'trainingCurves.stage.trainedOn',
  longer: 'trainingCurves.stage.longer',
  ablationBn: 'trainingCurves.stage.ablationBn',
  ablationNoBn: 'trainingCurves.stage.ablationNoBn',
  ablationPlain: 'trainingCurves.stage.ablationPlain',
  ablationRecolour: 'trainingCurves.stage.ablationRecolour',
} as const satisfies Record<Exclude<StageKind, 'plain'>, string>;

/** A stage's name for the legend and the table, in the reader's language (unknown names as they are). */
export function stageLabel(stage: string, m: Messages): string {
  const known = STAGE_KIND[stage];
  if (!known) return stage;
  const [variant, kind] = known;
  const name = variant ? FCN_VARIANT_LABELS[variant] : '';
  return kind === 'plain' ? name : m.t(KIND_KEY[kind], { variant: name });
}

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
  // Model v2's runs trained on from the shipped weights (Paul Tol's light sand and cyan).
  [`${L32}, trained on`]: '#ddcc77',
  [`${L16}, trained on`]: '#88ccee',
  // Model v2's third, longer runs (the shipped weights; Paul Tol's bright red, blue and green).
  [`${L32}, trained longer`]: '#ee6677',
  [`${L16}, trained longer`]: '#4477aa',
  [`${L8}, trained longer`]: '#228833',
  'ablation: batch norm': '#777777',
  'ablation: no batch norm': '#bbbbbb',
  // Session 9's recolour ablation from the shipped FCN-8s (Paul Tol's muted rose and purple, readable on both themes).
  [`${L8}, ablation: as is`]: '#cc6677',
  [`${L8}, ablation: recoloured`]: '#aa4499',
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

/** A stage's colour, by its name in the log. */
export const stageColour = (stage: string): string => STAGE_COLOUR[STAGE_LABEL[stage] ?? stage] ?? 'currentColor';

export interface CurveOptions {
  width: number;
  metric: 'loss' | 'meanIoU';
  m: Messages;
}

export function trainingCurve(log: TrainingLogFile, options: CurveOptions): SVGSVGElement {
  const { m } = options;
  const points = options.metric === 'loss' ? lossPoints(log) : validationPoints(log);
  /** The stages in the reader's words, in the order of `stages` (stages with one label counted once). */
  const names = [...new Set((options.metric === 'loss' ? log.log : log.val).map((e) => stageLabel(e.stage, m)))];
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
    x: { label: m.t('trainingCurves.x'), grid: true, labelAnchor: 'center', labelOffset: 38 },
    y: isLoss
      ? { label: m.t('trainingCurves.y.loss'), grid: true, zero: true }
      : { label: m.t('trainingCurves.y.meanIoU'), grid: true, domain: [0, 100], percent: true },
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
    ? m.t(isLoss ? 'trainingCurves.summary.loss' : 'trainingCurves.summary.meanIoU', {
        steps: last.step,
        count: names.length,
        stages: names.join(', '),
        value: isLoss ? m.number(last.value, 3) : m.percent(last.value),
      })
    : m.t('trainingCurves.summary.none');
  return asLabelledImage(plot, summary, `training-curve-${options.metric}`);
}
