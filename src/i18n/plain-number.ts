/**
 * Numbers written without `Intl`, for the locales whose numbers are Latin digits grouped in threes (what
 * `Intl.NumberFormat` gives for them, checked against it on random values in tests/unit/i18n/plain-number.test.ts).
 * Why: the first `Intl.NumberFormat` a page makes loads ICU's number data, 30–110 ms on the main thread in Chromium,
 * which showed up as most of the home teaser's one long task (scripts/teaser-cost.ts). Pure.
 */
import type { Locale } from './locales';

/** The grouping and decimal marks of each locale (Intl: en-US and ko-KR both write 1,234.5 and 44.6%). */
export const NUMBER_MARKS: Record<Locale, { group: string; decimal: string; percent: string }> = {
  en: { group: ',', decimal: '.', percent: '%' },
  ko: { group: ',', decimal: '.', percent: '%' },
};

/** Largest magnitude toFixed writes without an exponent. */
const FIXED_LIMIT = 1e21;

function grouped(locale: Locale, fixed: string): string {
  const { group, decimal } = NUMBER_MARKS[locale];
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const withGroups = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${negative ? '-' : ''}${withGroups}${fraction === undefined ? '' : decimal + fraction}`;
}

/**
 * |value| written with exactly `fraction` fraction digits, rounded as ICU (and so Intl) rounds: the shortest decimal
 * that reads back as `value` (what String(value) writes), rounded half away from zero — so 1.005 → "1.01", where
 * toFixed, which rounds the binary value 1.00499…, writes "1.00". `shift` moves the point right first (2: percent).
 */
function fixedDigits(value: number, fraction: number, shift = 0): string {
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1 + shift; // digits before the decimal point
  if (Math.abs(value) === 0) [digits, point] = ['0', 1];
  const keep = point + fraction;
  if (keep < 0) digits = '0'.repeat(fraction + 1);
  else if (keep >= digits.length) digits += '0'.repeat(keep - digits.length);
  else {
    const up = digits[keep] >= '5';
    digits = digits.slice(0, keep) || '0';
    if (keep === 0) point += 1;
    if (up) {
      const carried = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
      if (carried.length > digits.length) point += 1;
      digits = carried;
    }
  }
  if (keep < 0) point = 1;
  const whole = point > 0 ? digits.slice(0, point) : '0';
  const rest = point > 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  const trimmed = whole.replace(/^0+(?=\d)/, '');
  return fraction > 0 ? `${trimmed}.${rest.slice(0, fraction)}` : trimmed;
}

const sign = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/**
 * `value` with exactly `digits` fraction digits, or with none when `digits` is undefined and `value` is an
 * integer; null when Intl should write it (non-finite, huge, or a fraction of unspecified length).
 */
export function plainNumber(locale: Locale, value: number, digits?: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) >= FIXED_LIMIT) return null;
  if (digits === undefined && !Number.isInteger(value)) return null;
  const fraction = digits ?? 0;
  if (!Number.isInteger(fraction) || fraction < 0 || fraction > 20) return null;
  return grouped(locale, sign(value) + fixedDigits(value, fraction));
}

/** `share` (0…1) as a percentage with `digits` fraction digits. */
export function plainPercent(locale: Locale, share: number, digits: number): string | null {
  if (!Number.isFinite(share) || Math.abs(share) >= FIXED_LIMIT / 100) return null;
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return null;
  return `${grouped(locale, sign(share) + fixedDigits(share, digits, 2))}${NUMBER_MARKS[locale].percent}`;
}
