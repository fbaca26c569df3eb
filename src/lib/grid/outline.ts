// The outline of a label map: pixels of a class that touch (4-neighbourhood) a pixel of another label, or, for
// every class at once, pixels whose label differs from a neighbour's. Shapes [height, width], row-major.

/** 1 where the pixel lies on the edge of class `classId` (or of any region when classId is 'all'), else 0. */
export function outlineMask(
  labels: ArrayLike<number>,
  height: number,
  width: number,
  classId: number | 'all',
): Uint8Array {
  if (labels.length !== height * width)
    throw new RangeError(`labels hold ${labels.length} values, not ${height} × ${width}`);
  const mask = new Uint8Array(height * width);
  const inside = (i: number) => (classId === 'all' ? true : labels[i] === classId);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!inside(i) || (classId === 'all' && labels[i] === 0)) continue;
      const differs = (j: number) => labels[j] !== labels[i];
      if (
        (y > 0 && differs(i - width)) ||
        (y < height - 1 && differs(i + width)) ||
        (x > 0 && differs(i - 1)) ||
        (x < width - 1 && differs(i + 1))
      ) {
        mask[i] = 1;
      }
    }
  }
  return mask;
}
