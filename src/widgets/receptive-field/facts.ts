/**
 * What the receptive-field explorer says in words, from src/lib/conv/receptive-field.ts: field size r and jump j by
 * the closed form, the exact pixels of the chosen cell, parameters of the stack against one large kernel.
 */
import type { FieldFigureData } from '../../figures/receptive-field';
import type { Messages } from '../../i18n/client';
import { formatCount } from '../../lib/conv/cost';
import {
  fieldInterval,
  hasHoles,
  layerSizes,
  receptiveCells,
  receptiveFieldStats,
  reluCount,
  stackVersusSingle,
  type RfLayer,
} from '../../lib/conv/receptive-field';

/** Channels used for the concrete parameter counts (VGG's first block). */
export const CHANNELS = 64;

export interface FieldFacts {
  ok: true;
  sizes: number[];
  /** Exact cells of the chosen output cell at every level, per axis. */
  rows: number[][];
  cols: number[][];
  size: number;
  jump: number;
  holes: boolean;
  interval: { rows: [number, number]; cols: [number, number] };
  stack: number;
  single: number;
  relus: number;
}

/** No output: layer `layer` (1-based) gets a `size` × `size` map, smaller than its window. */
export interface FieldProblem {
  ok: false;
  layer: number;
  size: number;
}

export type FieldReport = FieldFacts | FieldProblem;

export function fieldFacts(inputSize: number, layers: readonly RfLayer[], row: number, col: number): FieldReport {
  const check = layerSizes(inputSize, layers);
  if (!check.ok) {
    const below = layerSizes(inputSize, layers.slice(0, check.layer - 1));
    return { ok: false, layer: check.layer, size: below.ok ? below.sizes[below.sizes.length - 1] : inputSize };
  }
  const top = check.sizes[check.sizes.length - 1];
  const [y, x] = [Math.min(row, top - 1), Math.min(col, top - 1)];
  const stats = receptiveFieldStats(layers).at(-1)!;
  const params = stackVersusSingle(layers, CHANNELS);
  return {
    ok: true,
    sizes: check.sizes,
    rows: receptiveCells(check.sizes, layers, y),
    cols: receptiveCells(check.sizes, layers, x),
    size: stats.size,
    jump: stats.jump,
    holes: hasHoles(layers),
    interval: { rows: fieldInterval(stats, y, inputSize), cols: fieldInterval(stats, x, inputSize) },
    stack: params.stack,
    single: params.single,
    relus: reluCount(layers),
  };
}

/** "receptive field r = 7 …" lines for the facts list, in the page's words. */
export function factLines(
  facts: FieldFacts,
  layers: readonly RfLayer[],
  m: Messages,
): { field: string; cell: string; params: string } {
  const convs = layers.filter((l) => l.kind === 'conv');
  const terms = convs.map((l) => `${l.kernelSize}²`).join(' + ') || '0';
  const pixels = facts.rows[0].length * facts.cols[0].length;
  const field =
    m.t('receptiveField.field', { size: facts.size, jump: facts.jump }) +
    (facts.holes ? m.t('receptiveField.holes') : '');
  const [r0, r1] = [facts.rows[0][0], facts.rows[0].at(-1) ?? 0];
  const [c0, c1] = [facts.cols[0][0], facts.cols[0].at(-1) ?? 0];
  const cell =
    pixels === 0
      ? m.t('receptiveField.onlyPadding')
      : m.t('receptiveField.cell', { r0, r1, c0, c1, pixels }) +
        (pixels < facts.size * facts.size ? m.t('receptiveField.partial') : '');
  const saving = facts.single > 0 ? Math.round((1 - facts.stack / facts.single) * 100) : 0;
  const params =
    m.t('receptiveField.params', {
      channels: CHANNELS,
      terms,
      stack: formatCount(facts.stack),
      size: facts.size,
      single: formatCount(facts.single),
    }) +
    (saving > 0
      ? m.t('receptiveField.fewer', { percent: saving })
      : saving < 0
        ? m.t('receptiveField.more', { percent: -saving })
        : m.t('receptiveField.same')) +
    (facts.relus === 1 ? m.t('receptiveField.reluOne') : m.t('receptiveField.relus', { count: facts.relus }));
  return { field, cell, params };
}

/** Why the stack has no output, in words. */
export function problemLine(problem: FieldProblem, layers: readonly RfLayer[], m: Messages): string {
  const layer = layers[problem.layer - 1];
  return m.t('receptiveField.tooSmall', {
    layer: problem.layer,
    name: layer ? describeLayerShort(layer) : '?',
    size: problem.size,
  });
}

/** "conv 3×3 d2", "pool 2×2/2": notation, the same in every language; short enough for a phone-width panel. */
export function describeLayerShort(layer: RfLayer): string {
  const k = `${layer.kernelSize}×${layer.kernelSize}`;
  if (layer.kind === 'pool') return `pool ${k}/${layer.stride}`;
  return layer.dilation > 1 ? `conv ${k} d${layer.dilation}` : `conv ${k}`;
}

/** What the figure draws: one level per grid (its label in two lines) and the words of its aria-label. */
export function fieldFigureData(
  facts: FieldFacts,
  layers: readonly RfLayer[],
  gradient: Uint8Array | null,
  m: Messages,
): FieldFigureData {
  const stats = receptiveFieldStats(layers);
  const levels = facts.sizes.map((size, l) => ({
    label:
      `${l === 0 ? m.t('receptiveField.levelInput') : `${l}. ${describeLayerShort(layers[l - 1])}`}\n` +
      `${size}×${size}, r = ${stats[l].size}, j = ${stats[l].jump}`,
    size,
    rows: facts.rows[l],
    cols: facts.cols[l],
  }));
  const summary =
    m.t('receptiveField.summary', {
      levels: facts.sizes.length,
      input: facts.sizes[0],
      output: facts.sizes.at(-1) ?? 0,
      rows: facts.rows[0].length,
      cols: facts.cols[0].length,
    }) + (gradient ? m.t('receptiveField.summaryGradient', { count: gradient.reduce((a, b) => a + b, 0) }) : '');
  return { levels, gradient, summary };
}
