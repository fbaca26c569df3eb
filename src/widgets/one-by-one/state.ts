/**
 * The 1×1 explorer's state and its sentences: shapes, parameters (no H, W in them), multiply-adds and the
 * figure's data, in the words of a `Messages` (the server's or the element's). Pure.
 */
import type { PixelGridData } from '../../figures/pixel-grid';
import type { Messages } from '../../i18n/client';
import { convMultiplyAdds, convParameters, formatCount } from '../../lib/conv/cost';

export interface OneByOneState extends Record<string, number> {
  cin: number;
  cout: number;
  H: number;
  W: number;
  row: number;
  col: number;
}

export const ONE_KEYS = ['cin', 'cout', 'H', 'W', 'row', 'col'] as const;
export const ONE_DEFAULTS: OneByOneState = { cin: 4, cout: 3, H: 6, W: 8, row: 2, col: 3 };
/** The sliders' ranges; the pixel's maximum follows H and W (H − 1, W − 1). */
export const ONE_RANGES = {
  cin: { min: 1, max: 8 },
  cout: { min: 1, max: 8 },
  H: { min: 1, max: 32 },
  W: { min: 1, max: 32 },
} as const;

/** Keep the chosen pixel inside the map when H or W shrink. */
export function keepPixelInside(s: OneByOneState): OneByOneState {
  const row = Math.max(0, Math.min(s.row, s.H - 1));
  const col = Math.max(0, Math.min(s.col, s.W - 1));
  return row === s.row && col === s.col ? s : { ...s, row, col };
}

export function shapeSentence(s: OneByOneState, m: Messages): string {
  return m.t('oneByOne.shapes', { H: s.H, W: s.W, cin: s.cin, cout: s.cout });
}

export function parameterSentence(s: OneByOneState, m: Messages): string {
  const params = convParameters({ kernelSize: 1, inChannels: s.cin, outChannels: s.cout });
  return m.t('oneByOne.params', { cin: s.cin, cout: s.cout, total: formatCount(params) });
}

export function costSentence(s: OneByOneState, m: Messages): string {
  const macs = convMultiplyAdds(s.H, s.W, { kernelSize: 1, inChannels: s.cin, outChannels: s.cout });
  return m.t('oneByOne.cost', { H: s.H, W: s.W, cin: s.cin, cout: s.cout, total: formatCount(macs) });
}

/** The map with the chosen pixel, and its aria-label in words. */
export function gridData(s: OneByOneState, m: Messages): PixelGridData {
  return {
    height: s.H,
    width: s.W,
    row: s.row,
    col: s.col,
    what: '',
    label: m.t('oneByOne.figLabel', { cin: s.cin, H: s.H, W: s.W, row: s.row, col: s.col }),
  };
}

/** The figure's options at a given room (CSS px). */
export const gridOptions = (room: number): { width: number; maxCell: number } => ({
  width: Math.max(240, room),
  maxCell: 22,
});
