/**
 * Small helpers that turn numbers into pictures for SVG `<image>` elements: a grey map scaled to its own
 * range, an RGBA buffer, and a probability map as a transparent-to-colour overlay. Pure drawing (a canvas
 * only as an encoder), no listeners.
 */
export function rgbaToUrl(rgba: Uint8ClampedArray, height: number, width: number): string {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
  return canvas.toDataURL('image/png');
}

/** Values → grey (low = dark, high = light), scaled to [lo, hi] (default: the map's own min and max). */
export function greyUrl(values: Float32Array, height: number, width: number, range?: [number, number]): string {
  let [lo, hi] = range ?? [Infinity, -Infinity];
  if (!range)
    for (const v of values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  const span = hi - lo || 1;
  const rgba = new Uint8ClampedArray(height * width * 4);
  values.forEach((v, i) => {
    const g = Math.round(((v - lo) / span) * 255);
    rgba.set([g, g, g, 255], i * 4);
  });
  return rgbaToUrl(rgba, height, width);
}

/** Probabilities in [0, 1] → `colour` with opacity p·maxAlpha (transparent where p = 0). */
export function overlayUrl(
  values: Float32Array,
  height: number,
  width: number,
  colour: readonly [number, number, number],
  maxAlpha = 0.85,
): string {
  const rgba = new Uint8ClampedArray(height * width * 4);
  values.forEach((p, i) =>
    rgba.set([colour[0], colour[1], colour[2], Math.round(Math.min(1, Math.max(0, p)) * maxAlpha * 255)], i * 4),
  );
  return rgbaToUrl(rgba, height, width);
}
