/**
 * The FC = conv widget's state: the map the dense layer was built for (h × w × C → n outputs) and the larger
 * input H′ × W′ the same weights then slide over. Pure: shape checks, sentences and the figure's words (from a
 * `Messages`, the server's or the element's, so the first frame and the live widget say the same), no DOM.
 */
import type { FcConvFigureData, FcConvText } from '../../figures/fc-conv';
import type { Messages } from '../../i18n/client';
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
/** The sliders' ranges (the .astro renders them, the sweep test walks them). */
export const FC_RANGES: Record<(typeof FC_KEYS)[number], { min: number; max: number }> = {
  h: { min: 1, max: 6 },
  w: { min: 1, max: 6 },
  c: { min: 1, max: 6 },
  n: { min: 1, max: 6 },
  H: { min: 1, max: 12 },
  W: { min: 1, max: 12 },
};

export type FcShape =
  | { ok: true; outHeight: number; outWidth: number }
  | { ok: false; axis: 'height' | 'width'; size: number; kernel: number };

/** The conv's answer map on H′ × W′: (H′ − h + 1) × (W′ − w + 1), or which side is smaller than the kernel. */
export function answerShape(s: FcConvState): FcShape {
  const rows = checkConv({ size: s.H, kernelSize: s.h });
  const cols = checkConv({ size: s.W, kernelSize: s.w });
  if (!rows.ok) return { ok: false, axis: 'height', size: s.H, kernel: s.h };
  if (!cols.ok) return { ok: false, axis: 'width', size: s.W, kernel: s.w };
  return { ok: true, outHeight: rows.size, outWidth: cols.size };
}

/** Why there is no answer map ('' when there is one). */
export function problemSentence(shape: FcShape, m: Messages): string {
  if (shape.ok) return '';
  const key = shape.axis === 'height' ? 'fcEqualsConv.heightTooSmall' : 'fcEqualsConv.widthTooSmall';
  return m.t(key, { size: shape.size, kernel: shape.kernel });
}

/** "(H′ − h + 1) × (W′ − w + 1) × n = (5 − 3 + 1) × … = 3 × 1 × 3". */
export function shapeSentence(s: FcConvState, shape: FcShape, m: Messages): string {
  if (!shape.ok) return m.t('fcEqualsConv.noMap');
  const { outHeight, outWidth } = shape;
  const count = outHeight * outWidth;
  return (
    m.t('fcEqualsConv.shape', { ...s, outHeight, outWidth }) +
    (count === 1 ? m.t('fcEqualsConv.oneAnswer') : m.t('fcEqualsConv.manyAnswers', { count }))
  );
}

export function parameterSentence(s: FcConvState, m: Messages): string {
  const features = s.h * s.w * s.c;
  return m.t('fcEqualsConv.params', { ...s, features, total: denseParameters(features, s.n) });
}

/** The figure's data for a valid state (answers null until tfjs has computed them). */
export function figureData(
  s: FcConvState,
  shape: { outHeight: number; outWidth: number },
  answers: number[] | null,
): FcConvFigureData {
  return {
    wideHeight: s.H,
    wideWidth: s.W,
    height: s.h,
    width: s.w,
    answers,
    outHeight: shape.outHeight,
    outWidth: shape.outWidth,
    channel: 0,
  };
}

/** The figure's words for `data`. */
export function figureText(data: FcConvFigureData, m: Messages): FcConvText {
  const { wideHeight: H, wideWidth: W, height: h, width: w, outHeight, outWidth } = data;
  return {
    input: m.t('fcEqualsConv.figInput', { H, W }),
    answers: m.t('fcEqualsConv.figAnswers', { outHeight, outWidth, channel: data.channel + 1 }),
    label: m.t('fcEqualsConv.figLabel', { H, W, h, w, outHeight, outWidth }),
    cell: (y, x, value, dense) =>
      m.t('fcEqualsConv.figCell', { y, x, value }) + (dense ? m.t('fcEqualsConv.figDense') : ''),
    pending: m.t('fcEqualsConv.figPending'),
  };
}
