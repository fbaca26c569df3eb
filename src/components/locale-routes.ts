/**
 * Static paths of the pages under src/pages/[...locale]/: the rest parameter is empty for the default locale
 * (English at `/about/`) and the locale otherwise (`/ko/about/`). A page generated for only some locales
 * (a lesson or a content page not translated yet) lists just those.
 */
import { getCollection } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n';

export interface LocaleProps {
  locale: Locale;
}

/** The `[...locale]` parameter of a locale. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** One page per locale in `only` (default: every locale). */
export function localePaths(only: readonly Locale[] = locales) {
  return only.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } satisfies LocaleProps }));
}

/** The locales that have `content/pages/<locale>/<name>.mdx`. */
export async function contentPageLocales(name: string): Promise<Locale[]> {
  const entries = await getCollection('pages', (entry) => entry.id.endsWith(`/${name}`));
  return locales.filter((locale) => entries.some((entry) => entry.id === `${locale}/${name}`));
}
