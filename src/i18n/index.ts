/**
 * UI strings: one dictionary per locale (en.ts, ko.ts, the same keys — the type and a unit test check it).
 * `t(locale, key, params)` on the server; widgets' client code gets its strings through ./client.ts.
 */
import { en, type UiKey } from './en';
import { ko } from './ko';
import { defaultLocale, isLocale, locales, localeNames, type Locale } from './locales';
import { fill, type Params } from './format';
import { messagesFrom, type Messages } from './client';

export { en, type UiKey };
export { defaultLocale, isLocale, locales, localeNames, type Locale };
export { fill, formatNumber, formatPercent, templateParts, type Params } from './format';
export { localePath, localizeHref, splitLocale } from './paths';
export type { Messages } from './client';

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

/**
 * The same `Messages` a widget's client code gets from `messagesOf(element)`, for the server (all of the
 * locale's strings): code shared by a widget's .astro and its element (a sentence, a caption, a figure's text)
 * takes a `Messages` and so renders the build-time first frame and the live updates in the same words.
 */
export function messagesFor(locale: Locale): Messages {
  return messagesFrom({ locale, strings: dictionaries[locale] });
}
