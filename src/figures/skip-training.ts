/**
 * The two live charts of the skip-training widget, drawn with Observable Plot in the house style of
 * ./training-curves.ts: the training loss per step (one colour per stage, FCN-16s then FCN-8s, with a running
 * mean over the last few steps), and the held-out mean IoU and boundary accuracy at each evaluation, with
 * FCN-32s's own scores as dashed reference lines (or only the axes before the first evaluation, the build-time
 * first frame). Pure drawing: (data, options) → <svg role="img">; the words come from the `Messages` passed in.
 */
import * as Plot from '@observablehq/plot';
import type { Messages } from '../i18n/client';
import { asLabelledImage } from './plot-image';
import type { FCN_VARIANT_LABELS, SkipVariant } from '../lib/fcn/variants';
import { STAGE_COLOUR } from './training-curves';

export type StageLabel = (typeof FCN_VARIANT_LABELS)[SkipVariant];
export interface LossPoint {
  step: number;
  stage: StageLabel;
  loss: number;
}
export interface ScorePoint {
  step: number;
  metric: ScoreMetric;
  value: number;
}
export type ScoreMetric = 'mean IoU' | 'boundary accuracy';

/** Okabe–Ito colours that read on both themes and differ from the stage colours. */
export const METRIC_COLOUR: Record<ScoreMetric, string> = { 'mean IoU': '#cc79a7', 'boundary accuracy': '#e69f00' };

/** Mean of each point's last `window` losses within its stage (what the eye reads through the noise). */
export function runningMean(points: readonly LossPoint[], window = 10): LossPoint[] {
  return points.map((p, i) => {
    const recent = points.slice(Math.max(0, i - window + 1), i + 1).filter((q) => q.stage === p.stage);
    return { ...p, loss: recent.reduce((a, q) => a + q.loss, 0) / recent.length };
  });
}

const STYLE = { background: 'transparent', color: 'var(--fg)', fontSize: '12px' };

/** A metric's name in the reader's language. */
export function metricName(m: Messages, metric: ScoreMetric): string {
  return m.t(metric === 'mean IoU' ? 'trainSkip.metric.meanIoU' : 'trainSkip.metric.boundary');
}

export interface SkipChartOptions {
  width: number;
  m: Messages;
}

export function skipLossCurve(points: readonly LossPoint[], options: SkipChartOptions): SVGSVGElement {
  const { m } = options;
  const stages = [...new Set(points.map((p) => p.stage))];
  const smooth = runningMean(points);
  const last = smooth.at(-1);
  const plot = Plot.plot({
    width: options.width,
    height: 180,
    marginLeft: 44,
    marginRight: 12,
    marginBottom: 36,
    style: STYLE,
    x: {
      label: m.t('trainSkip.chart.step'),
      grid: true,
      labelAnchor: 'center',
      labelOffset: 30,
      domain: [0, Math.max(10, last?.step ?? 0)],
    },
    y: { label: m.t('trainSkip.chart.loss'), grid: true, zero: true, ...(last ? {} : { domain: [0, 1] }) },
    color: { domain: stages, range: stages.map((s) => STAGE_COLOUR[s] ?? 'currentColor') },
    marks: [
      Plot.line(points, { x: 'step', y: 'loss', stroke: 'stage', z: 'stage', strokeOpacity: 0.35, strokeWidth: 1 }),
      Plot.line(smooth, { x: 'step', y: 'loss', stroke: 'stage', z: 'stage', strokeWidth: 2 }),
    ],
  });
  const summary = last
    ? m.t('trainSkip.chart.lossSummary', {
        steps: last.step,
        stages: stages.join(m.t('trainSkip.chart.then')),
        loss: m.number(last.loss, 3),
      })
    : m.t('trainSkip.chart.noSteps');
  return asLabelledImage(plot, summary, 'skip-loss-curve');
}

/** `reference`: FCN-32s's scores, drawn dashed; undefined before the worker has measured them (axes only). */
export function skipScoresCurve(
  points: readonly ScorePoint[],
  reference: Record<ScoreMetric, number> | undefined,
  options: SkipChartOptions,
): SVGSVGElement {
  const { m } = options;
  const metrics = Object.keys(METRIC_COLOUR) as ScoreMetric[];
  const lastStep = Math.max(10, ...points.map((p) => p.step));
  const values = [...points.map((p) => p.value), ...Object.values(reference ?? {})];
  const refs = reference ? metrics.map((metric) => ({ metric, value: reference[metric] })) : [];
  const domain =
    values.length === 0
      ? [0, 100]
      : [Math.max(0, Math.min(...values) - 0.05) * 100, Math.min(1, Math.max(...values) + 0.05) * 100];
  const plot = Plot.plot({
    width: options.width,
    height: 180,
    marginLeft: 44,
    marginRight: 12,
    marginBottom: 36,
    style: STYLE,
    x: {
      label: m.t('trainSkip.chart.step'),
      grid: true,
      labelAnchor: 'center',
      labelOffset: 30,
      domain: [0, lastStep],
    },
    // percent: true shows the fractions as percentages, so the domain is given in percent.
    y: {
      label: m.t('trainSkip.chart.score'),
      grid: true,
      percent: true,
      domain,
    },
    color: { domain: metrics, range: metrics.map((m) => METRIC_COLOUR[m]) },
    marks: [
      Plot.ruleY(refs, { y: 'value', stroke: 'metric', strokeDasharray: '4 3', strokeWidth: 1.2 }),
      Plot.line(points, { x: 'step', y: 'value', stroke: 'metric', z: 'metric', strokeWidth: 2 }),
      Plot.dot(points, { x: 'step', y: 'value', fill: 'metric', r: 2.5 }),
    ],
  });
  const latest = (metric: ScoreMetric) => points.filter((p) => p.metric === metric).at(-1);
  const words = metrics.map((metric) => {
    const p = latest(metric);
    const params = {
      metric: metricName(m, metric),
      reference: reference ? m.percent(reference[metric]) : '…',
    };
    return p
      ? m.t('trainSkip.chart.metricAt', { ...params, value: m.percent(p.value), step: p.step })
      : m.t('trainSkip.chart.metricNone', params);
  });
  return asLabelledImage(plot, m.t('trainSkip.chart.scoresSummary', { words: words.join('; ') }), 'skip-scores-curve');
}
