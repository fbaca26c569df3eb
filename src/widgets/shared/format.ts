/** Numbers in the status lines and small tables of the widgets that compare two computations. */

/** 1.2e-7 style for differences; "0" for exact zero. */
export function formatDifference(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value === 0 ? '0' : value.toExponential(1);
}

/** Fixed 3 decimals with a real minus sign, for values in small tables. */
export function formatValue(value: number): string {
  const text = Math.abs(value).toFixed(3);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}
