/**
 * UI strings: one dictionary per locale (en.ts, ko.ts, the same keys — the type and a unit test check it).
 * `t(locale, key, params)` on the server; widgets' client code gets its strings through ./client.ts.
 */
import { en, type UiKey } from './en';
import { ko } from './ko';
import { defaultLocale, isLocale, locales, localeNames, type Locale } from './locales';
import { fill, type Params } from './format';

export { en, type UiKey };
export { defaultLocale, isLocale, locales, localeNames, type Locale };
export { fill, formatNumber, formatPercent, templateParts, type Params } from './format';
export { localePath, localizeHref, splitLocale } from './paths';

/** Every dictionary has every key of the English one, as a plain string. */
export type Dictionary = Record<UiKey, string>;

export const dictionaries: Record<Locale, Dictionary> = { en, ko };

/** A UI string for a locale, its `{placeholders}` filled from `params`. */
export function t(locale: Locale, key: UiKey, params?: Params): string;
/**
 * @deprecated English only, for widget markup not yet moved to `t(locale, key)` (a widget's .astro gets its
 * locale with `localeOf(Astro)`).
 */
export function t(key: UiKey): string;
export function t(first: Locale | UiKey, key?: UiKey, params?: Params): string {
  if (isLocale(first) && key !== undefined) return fill(first, dictionaries[first][key], params);
  return en[first as UiKey];
}

/** The locale of the page being rendered (Astro i18n reads it from the URL: `/ko/…` → ko). */
export function localeOf(astro: { currentLocale?: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : defaultLocale;
}

/**
 * The `data-i18n` attribute a widget's element carries: the strings whose keys start with one of `prefixes`
 * (or equal one), in `locale` only; its client code reads them with `messagesOf(element)` from ./client.ts.
 */
export function widgetStrings(locale: Locale, prefixes: readonly string[]): string {
  const strings = Object.fromEntries(
    Object.entries(dictionaries[locale]).filter(([key]) =>
      prefixes.some((prefix) => key === prefix || (prefix.endsWith('.') && key.startsWith(prefix))),
    ),
  );
  return JSON.stringify({ locale, strings });
}
