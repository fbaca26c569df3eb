/**
 * Filling and formatting UI strings for a locale: `{name}` placeholders, numbers with the locale's digits and
 * separators (./plain-number.ts where it can, else Intl). Pure, so the server, the widgets' client code and the tests share it.
 */
import { intlLocale, type Locale } from './locales';
import { plainNumber, plainPercent } from './plain-number';

export type Params = Record<string, string | number>;

/** Replace each `{name}` in a template by its parameter (numbers formatted for the locale). */
export function fill(locale: Locale, template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** The `{name}` placeholders a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** A template cut at its placeholders: text runs and named slots, for pages that put markup in a slot. */
export function templateParts(template: string): Array<{ text: string } | { slot: string }> {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part);
      return slot ? { slot: slot[1] } : { text: part };
    });
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with the locale's grouping and decimal marks (`digits` fixes the fraction digits). */
export function formatNumber(locale: Locale, value: number, digits?: number): string {
  const plain = plainNumber(locale, value, digits);
  if (plain !== null) return plain;
  const key = `${locale}:${digits ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      intlLocale[locale],
      digits === undefined
        ? { maximumFractionDigits: 20 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A share (0…1) as a percentage with the locale's sign and spacing ("45.3%"). */
export function formatPercent(locale: Locale, share: number, digits = 1): string {
  const plain = plainPercent(locale, share, digits);
  if (plain !== null) return plain;
  // Made once per locale and digits, like formatNumber's: a NumberFormat costs far more to make than to use.
  const key = `${locale}:%${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(share);
}
