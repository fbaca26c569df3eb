/**
 * Label maps in the URL, run-length encoded: each run is a capital letter for the label (A = 0, B = 1, …,
 * Z = 255 "ignore") followed by its length in lowercase base 36, omitted when the run is one pixel long.
 * A 16×16 scene of a few shapes takes about a hundred characters instead of 256.
 */
const IGNORE_SYMBOL = 'Z';
const FIRST = 'A'.charCodeAt(0);

function symbolOf(label: number, ignoreLabel: number): string {
  if (label === ignoreLabel) return IGNORE_SYMBOL;
  if (!Number.isInteger(label) || label < 0 || label >= 25) {
    throw new RangeError(`label ${label} cannot be written in the URL (0–24 and ${ignoreLabel} can)`);
  }
  return String.fromCharCode(FIRST + label);
}

/** "AAAAB" for [0, 0, 0, 0, 1] becomes "A4B". */
export function encodeLabels(labels: readonly number[], ignoreLabel = 255): string {
  let out = '';
  let i = 0;
  while (i < labels.length) {
    let run = 1;
    while (i + run < labels.length && labels[i + run] === labels[i]) run++;
    out += symbolOf(labels[i], ignoreLabel) + (run > 1 ? run.toString(36) : '');
    i += run;
  }
  return out;
}

/**
 * The label map of `text`, or null when the text is malformed, does not have exactly `length` pixels, or names
 * a label outside [0, numClasses) other than ignore.
 */
export function decodeLabels(text: string, length: number, numClasses: number, ignoreLabel = 255): number[] | null {
  if (!/^([A-Z][0-9a-z]*)*$/.test(text)) return null;
  const out: number[] = [];
  for (const [, symbol, count] of text.matchAll(/([A-Z])([0-9a-z]*)/g)) {
    const label = symbol === IGNORE_SYMBOL ? ignoreLabel : symbol.charCodeAt(0) - FIRST;
    if (label !== ignoreLabel && label >= numClasses) return null;
    const run = count === '' ? 1 : parseInt(count, 36);
    if (!(run >= 1) || out.length + run > length) return null;
    for (let k = 0; k < run; k++) out.push(label);
  }
  return out.length === length ? out : null;
}
