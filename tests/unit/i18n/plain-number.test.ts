// src/i18n/plain-number.ts writes numbers without Intl; it must write exactly what Intl.NumberFormat writes for
// every locale, on many random values of every size, sign and number of digits, including the halfway cases.
import { describe, expect, it } from 'vitest';
import { intlLocale, locales } from '../../../src/i18n/locales';
import { plainNumber, plainPercent } from '../../../src/i18n/plain-number';
import { createRandom } from '../../../src/lib/random';

const intlNumber = (locale: string, value: number, digits?: number) =>
  new Intl.NumberFormat(
    locale,
    digits === undefined
      ? { maximumFractionDigits: 20 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits },
  ).format(value);
const intlPercent = (locale: string, share: number, digits: number) =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);

/** Values of every magnitude: integers, fractions, halves at the rounding digit, negatives, zeros. */
function values(seed: number, count: number): number[] {
  const random = createRandom(seed);
  const out = [0, -0, 1, -1, 0.5, -0.5, 1.005, 2.675, 0.045, 0.0045, 0.9995, 999.5, 1234.5, 999999.95, 1e20, -1e20];
  for (let i = 0; i < count; i++) {
    const magnitude = 10 ** random.float(-6, 15);
    const sign = random.chance(0.3) ? -1 : 1;
    const kind = random.int(0, 3);
    if (kind === 0) out.push(sign * Math.round(magnitude));
    else if (kind === 1) out.push(sign * magnitude);
    else if (kind === 2) out.push((sign * (Math.round(magnitude * 100) + 0.5)) / 100);
    else out.push(sign * random.next());
  }
  return out;
}

describe('plainNumber and plainPercent agree with Intl.NumberFormat', () => {
  for (const locale of locales) {
    it(`${locale}: numbers with 0–4 fraction digits and integers`, () => {
      for (const value of values(11, 3000)) {
        for (const digits of [0, 1, 2, 4]) {
          expect(plainNumber(locale, value, digits), `${value} to ${digits}`).toBe(
            intlNumber(intlLocale[locale], value, digits),
          );
        }
        const whole = plainNumber(locale, value);
        if (whole !== null) expect(whole, `${value}`).toBe(intlNumber(intlLocale[locale], value));
        else expect(Number.isInteger(value)).toBe(false);
      }
    });

    it(`${locale}: percentages with 0–3 fraction digits`, () => {
      const random = createRandom(23);
      const shares = [...values(29, 500).map((v) => v / 1e6), ...Array.from({ length: 2000 }, () => random.next())];
      for (const share of [...shares, 0.4457, 0.00045, 0.12345, -0.0000001, 1, 12.3456]) {
        for (const digits of [0, 1, 2, 3]) {
          expect(plainPercent(locale, share, digits), `${share} to ${digits}`).toBe(
            intlPercent(intlLocale[locale], share, digits),
          );
        }
      }
    });
  }

  it('leaves to Intl what it cannot write: non-finite, huge, unspecified fractions', () => {
    expect(plainNumber('en', NaN)).toBeNull();
    expect(plainNumber('en', Infinity, 1)).toBeNull();
    expect(plainNumber('en', 1e21, 0)).toBeNull();
    expect(plainNumber('en', 0.1)).toBeNull();
    expect(plainPercent('ko', NaN, 1)).toBeNull();
  });
});
