/**
 * The site's locales: the one list astro.config.mjs (Astro i18n routing), the pages, the dictionaries and the
 * tests read. English is the default and has no URL prefix; every other locale lives under `/<locale>/`.
 * Plain TypeScript with no Astro imports, so the config, rehype plugins and unit tests can import it.
 */
export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's name in itself (what a language switch shows, whatever the page's language). */
export const localeNames: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** BCP 47 tags for `Intl` formatting (a page's `lang` is the locale itself). */
export const intlLocale: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
