/**
 * The FC = conv widget's state: the map the dense layer was built for (h × w × C → n outputs) and the larger
 * input H′ × W′ the same weights then slide over. Pure: shape checks and sentences, no DOM.
 */
import { checkConv } from '../../lib/conv/arithmetic';
import { denseParameters } from '../../lib/conv/cost';

export interface FcConvState extends Record<string, number> {
  h: number;
  w: number;
  c: number;
  n: number;
  H: number;
  W: number;
}

export const FC_KEYS = ['h', 'w', 'c', 'n', 'H', 'W'] as const;
export const FC_DEFAULTS: FcConvState = { h: 3, w: 3, c: 2, n: 3, H: 3, W: 3 };

export type FcShape = { ok: true; outHeight: number; outWidth: number } | { ok: false; reason: string };

/** The conv's answer map on H′ × W′: (H′ − h + 1) × (W′ − w + 1), or why the kernel does not fit. */
export function answerShape(s: FcConvState): FcShape {
  const rows = checkConv({ size: s.H, kernelSize: s.h });
  const cols = checkConv({ size: s.W, kernelSize: s.w });
  if (!rows.ok)
    return {
      ok: false,
      reason: `Input height H′ = ${s.H} is smaller than the kernel height h = ${s.h}: ${rows.reason}`,
    };
  if (!cols.ok)
    return { ok: false, reason: `Input width W′ = ${s.W} is smaller than the kernel width w = ${s.w}: ${cols.reason}` };
  return { ok: true, outHeight: rows.size, outWidth: cols.size };
}

/** "(H′ − h + 1) × (W′ − w + 1) × n = (5 − 3 + 1) × … = 3 × 1 × 3". */
export function shapeSentence(s: FcConvState, shape: FcShape): string {
  if (!shape.ok) return 'No answer map: the kernel does not fit in the input.';
  return (
    `conv output (H′ − h + 1) × (W′ − w + 1) × n = (${s.H} − ${s.h} + 1) × (${s.W} − ${s.w} + 1) × ${s.n} = ` +
    `${shape.outHeight} × ${shape.outWidth} × ${s.n}` +
    (shape.outHeight * shape.outWidth === 1
      ? ': one answer, exactly what the dense layer gives.'
      : `: ${shape.outHeight * shape.outWidth} answers, one per window position.`)
  );
}

export function parameterSentence(s: FcConvState): string {
  const features = s.h * s.w * s.c;
  return (
    `dense weights: ${s.n} outputs × ${features} inputs (h·w·C) + ${s.n} biases = ${denseParameters(features, s.n)} numbers; ` +
    `conv kernel [h, w, C, n] = [${s.h}, ${s.w}, ${s.c}, ${s.n}] (tfjs's layout) + ${s.n} biases: the same ${denseParameters(features, s.n)} numbers, reshaped.`
  );
}
