import { en, type UiKey } from './en';

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;
export const defaultLocale: Locale = 'en';

/** Look up a UI string for a locale, falling back to English. */
export function t(key: UiKey, locale: Locale = defaultLocale): string {
  return dictionaries[locale]?.[key] ?? en[key];
}
