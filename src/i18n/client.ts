/**
 * UI strings in a widget's client code, without shipping any dictionary: the widget's .astro embeds the strings
 * it needs, in its page's locale only, as `data-i18n={widgetStrings(locale, ['<widget>.'])}` (server side, from
 * ./index.ts; `locale` from `localeOf(Astro)`), and the custom element reads them with `messagesOf(this)`.
 * Imports no dictionary, only types and the formatting helpers. The header's BackendBadge.astro does this:
 *
 *   const m = messagesOf(this);
 *   state.textContent = m.t('backend.inUse', { backend: 'WASM' });   // "tfjs: WASM"
 *   value.textContent = m.percent(0.4457);                             // "44.6%"
 */
import type { UiKey } from './en';
import { fill, formatNumber, formatPercent, type Params } from './format';
import { defaultLocale, isLocale, type Locale } from './locales';

export interface Messages {
  locale: Locale;
  /** The string for `key` with `{placeholders}` filled; the key itself when the widget did not embed it. */
  t(key: UiKey, params?: Params): string;
  number(value: number, digits?: number): string;
  percent(share: number, digits?: number): string;
}

interface Embedded {
  locale: string;
  strings: Partial<Record<UiKey, string>>;
}

/** The strings embedded on `element` or its nearest ancestor with `data-i18n`, for its page's locale. */
export function messagesOf(element: Element): Messages {
  const host = element.closest<HTMLElement>('[data-i18n]');
  let embedded: Embedded = { locale: document.documentElement.lang, strings: {} };
  if (host?.dataset.i18n) {
    try {
      embedded = JSON.parse(host.dataset.i18n) as Embedded;
    } catch {
      /* a malformed attribute: keys show */
    }
  }
  return messagesFrom(embedded);
}

/** Messages over an embedded set (what `messagesOf` parses; exported for tests and workers). */
export function messagesFrom(embedded: Embedded): Messages {
  const locale: Locale = isLocale(embedded.locale) ? embedded.locale : defaultLocale;
  return {
    locale,
    t: (key, params) => fill(locale, embedded.strings[key] ?? key, params),
    number: (value, digits) => formatNumber(locale, value, digits),
    percent: (share, digits) => formatPercent(locale, share, digits),
  };
}
