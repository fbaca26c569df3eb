/**
 * Where the object pixels of a confusion matrix went: for the pixels whose truth is an object class (any class
 * but `background`), the shares predicted as their own class, as background (missed), or as another object
 * class (found, wrongly named); and the share of true background pixels predicted as some object (false
 * alarms). Read off the same summed matrix as the scores, so the four numbers explain the per-class IoUs:
 * a model that misses objects and one that confuses them can have the same mean IoU. Pure.
 */
import type { ConfusionMatrix } from './scores';

export interface PixelFates {
  /** Pixels whose truth is an object class. */
  objectPixels: number;
  /** Shares of those: own class, background, another object class (they sum to 1). */
  correct: number;
  missed: number;
  wrongClass: number;
  /** Share of true background pixels predicted as an object. */
  falseAlarm: number;
}

export function pixelFates(confusion: ConfusionMatrix, background = 0): PixelFates {
  const n = confusion.length;
  if (!(background >= 0 && background < n)) throw new RangeError(`background class ${background} is not in 0…${n - 1}`);
  let [objectPixels, correct, missed] = [0, 0, 0];
  confusion.forEach((row, truth) => {
    if (truth === background) return;
    objectPixels += row.reduce((s, v) => s + v, 0);
    correct += row[truth];
    missed += row[background];
  });
  const backgroundRow = confusion[background];
  const backgroundPixels = backgroundRow.reduce((s, v) => s + v, 0);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    objectPixels,
    correct: share(correct, objectPixels),
    missed: share(missed, objectPixels),
    wrongClass: share(objectPixels - correct - missed, objectPixels),
    falseAlarm: share(backgroundPixels - backgroundRow[background], backgroundPixels),
  };
}
