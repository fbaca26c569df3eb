/**
 * What a convolution costs: how many numbers it learns and how many multiply-adds one forward pass takes.
 * A k×k convolution from C_in to C_out channels holds one k×k×C_in filter per output channel (plus one bias
 * each); every output cell is one such filter dotted with the window under it.
 */

export interface ConvCostParams {
  kernelSize: number;
  inChannels: number;
  outChannels: number;
  /** Count the C_out biases too (default true). */
  bias?: boolean;
}

/** Learned numbers: k·k·C_in·C_out weights (+ C_out biases). Height and width do not appear. */
export function convParameters({ kernelSize, inChannels, outChannels, bias = true }: ConvCostParams): number {
  return kernelSize * kernelSize * inChannels * outChannels + (bias ? outChannels : 0);
}

/** Multiply-adds of one forward pass: every one of the H_out·W_out·C_out outputs needs k·k·C_in of them. */
export function convMultiplyAdds(
  outHeight: number,
  outWidth: number,
  { kernelSize, inChannels, outChannels }: ConvCostParams,
): number {
  return outHeight * outWidth * kernelSize * kernelSize * inChannels * outChannels;
}

/** A dense (fully connected) layer from `inFeatures` to `outFeatures`: a weight per pair, a bias per output. */
export function denseParameters(inFeatures: number, outFeatures: number, bias = true): number {
  return inFeatures * outFeatures + (bias ? outFeatures : 0);
}

/** 138357544 → "138,357,544" (grouping with commas, as the lessons print counts). */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/**
 * 15470264320 → "15.5 G" (k, M, G with three significant digits), for multiply-adds. Another `locale` (an Intl
 * tag such as 'ko') gets that language's compact form with three significant digits from 10⁴ on: "155억"
 * (Korean groups by 10⁴, so a G would read wrong there), and plain grouped digits below.
 */
export function formatShort(value: number, locale = 'en'): string {
  if (locale !== 'en') {
    if (Math.abs(value) < 1e4) return Math.round(value).toLocaleString(locale);
    return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
  }
  const units: [number, string][] = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))} ${unit}`;
  }
  return String(Math.round(value));
}

/**
 * Multiply-adds of one transposed convolution: every one of the H_in·W_in input cells scatters a k×k×C_out block,
 * each value of it a sum over the C_in channels (the same count as convMultiplyAdds of the convolution it is the
 * transpose of). Padding only crops the scattered result, so it does not appear.
 */
export function transposedConvMultiplyAdds(inHeight: number, inWidth: number, cost: ConvCostParams): number {
  return convMultiplyAdds(inHeight, inWidth, cost);
}
