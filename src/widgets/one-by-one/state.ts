/** The 1×1 explorer's state and its sentences: shapes, parameters (no H, W in them) and multiply-adds. */
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

/** Keep the chosen pixel inside the map when H or W shrink. */
export function keepPixelInside(s: OneByOneState): OneByOneState {
  const row = Math.min(s.row, s.H - 1);
  const col = Math.min(s.col, s.W - 1);
  return row === s.row && col === s.col ? s : { ...s, row, col };
}

export function shapeSentence(s: OneByOneState): string {
  return `input [H, W, C_in] = [${s.H}, ${s.W}, ${s.cin}] → kernel [1, 1, C_in, C_out] = [1, 1, ${s.cin}, ${s.cout}] → output [H, W, C_out] = [${s.H}, ${s.W}, ${s.cout}]`;
}

export function parameterSentence(s: OneByOneState): string {
  const params = convParameters({ kernelSize: 1, inChannels: s.cin, outChannels: s.cout });
  return `parameters C_in·C_out + C_out = ${s.cin}·${s.cout} + ${s.cout} = ${formatCount(params)} (no H or W in it)`;
}

export function costSentence(s: OneByOneState): string {
  const macs = convMultiplyAdds(s.H, s.W, { kernelSize: 1, inChannels: s.cin, outChannels: s.cout });
  return `multiply-adds H·W·C_in·C_out = ${s.H}·${s.W}·${s.cin}·${s.cout} = ${formatCount(macs)} (grows with the picture)`;
}
