/**
 * What the receptive-field explorer says in words, from src/lib/conv/receptive-field.ts: field size r and jump j by
 * the closed form, the exact pixels of the chosen cell, parameters of the stack against one large kernel.
 */
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

export type FieldReport = FieldFacts | { ok: false; reason: string };

export function fieldFacts(inputSize: number, layers: readonly RfLayer[], row: number, col: number): FieldReport {
  const check = layerSizes(inputSize, layers);
  if (!check.ok) return { ok: false, reason: check.reason };
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

/** "receptive field 7 × 7 …" lines for the facts list. */
export function factLines(
  facts: FieldFacts,
  layers: readonly RfLayer[],
): { field: string; cell: string; params: string } {
  const convs = layers.filter((l) => l.kind === 'conv');
  const terms = convs.map((l) => `${l.kernelSize}²`).join(' + ') || '0';
  const pixels = facts.rows[0].length * facts.cols[0].length;
  const field =
    `receptive field r = ${facts.size} (${facts.size} × ${facts.size} pixels), effective stride (jump) j = ${facts.jump}` +
    (facts.holes ? `; it has holes: the dilated taps skip pixels` : '');
  const [r0, r1] = [facts.rows[0][0], facts.rows[0].at(-1)];
  const [c0, c1] = [facts.cols[0][0], facts.cols[0].at(-1)];
  const cell =
    pixels === 0
      ? 'this cell sees only padding'
      : `this cell sees rows ${r0}–${r1} and columns ${c0}–${c1} of the input: ${pixels} pixels` +
        (pixels < facts.size * facts.size ? ' (the rest of its r × r window is padding, dropped pixels or holes)' : '');
  const saving = facts.single > 0 ? Math.round((1 - facts.stack / facts.single) * 100) : 0;
  const params =
    `weights at C = ${CHANNELS} channels: this stack (${terms})·C² = ${formatCount(facts.stack)}; one ${facts.size}×${facts.size} conv r²·C² = ${formatCount(facts.single)}` +
    (saving > 0 ? ` — ${saving}% fewer` : saving < 0 ? ` — ${-saving}% more` : ' — the same') +
    `, with ${facts.relus} ReLU${facts.relus === 1 ? '' : 's'} against 1`;
  return { field, cell, params };
}
