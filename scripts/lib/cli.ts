// Command-line values the scripts share, on top of node:util's parseArgs (which hands every option over as text).

/** A whole number ≥ `min` from option `--name`'s text, or `fallback` when the option was not given. */
export function wholeNumberOption(text: string | undefined, name: string, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`);
  return value;
}

/** `text` when it is one of `allowed`, else an error naming the option and the choices. */
export function choiceOption<T extends string>(text: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new Error(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
  return text as T;
}
