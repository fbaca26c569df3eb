/**
 * The shared shape of every size rule in this folder: a `check…` function returns `{ ok: true, size }` or
 * `{ ok: false, reason }` with a sentence a widget can show as it is; the throwing twin raises a `RangeError`
 * with that same sentence.
 */
export type SizeCheck = { ok: true; size: number } | { ok: false; reason: string };

/** Why `value` is not a whole number ≥ `min`, or undefined when it is. */
function wholeNumberProblem(name: string, value: number, min: number): string | undefined {
  if (Number.isInteger(value) && value >= min) return undefined;
  return `${name} must be a whole number ≥ ${min} (got ${value}).`;
}

/** The first of `[name, value, min]` that is not a whole number ≥ min, as a sentence. */
export function firstProblem(checks: ReadonlyArray<[string, number, number]>): string | undefined {
  for (const [name, value, min] of checks) {
    const problem = wholeNumberProblem(name, value, min);
    if (problem) return problem;
  }
  return undefined;
}

/** The size of a passing check; a RangeError with the reason of a failing one. */
export function orThrow(check: SizeCheck): number {
  if (!check.ok) throw new RangeError(check.reason);
  return check.size;
}

/** "input (5)" or, with padding, "padded input (7)". */
export function paddedInputText(size: number, padding: number): string {
  return padding > 0 ? `padded input (${size + 2 * padding})` : `input (${size})`;
}
