/**
 * What a confusion matrix's description names: its diagonal (the pixels each class got right) and its worst
 * mistake. Pure data, apart from the figure that draws the matrix, so the metrics playground can describe a matrix
 * without loading Observable Plot.
 */

/** The diagonal and the largest off-diagonal cell (count 0 when nothing is mistaken): what the description names. */
export function confusionHighlights(confusion: readonly (readonly number[])[]): {
  diagonal: number[];
  worst: { count: number; truth: number; predicted: number };
} {
  let worst = { count: 0, truth: 0, predicted: 0 };
  confusion.forEach((row, i) =>
    row.forEach((count, j) => {
      if (i !== j && count > worst.count) worst = { count, truth: i, predicted: j };
    }),
  );
  return { diagonal: confusion.map((row, i) => row[i]), worst };
}
