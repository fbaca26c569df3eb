/**
 * Locale-aware URLs: the one place that knows English pages sit at `/<path>` and every other locale's at
 * `/<locale>/<path>` (Astro i18n with `prefixDefaultLocale: false`), under the site's base. Pure, so layouts,
 * the rehype step for lesson links and the tests share it.
 */
import { defaultLocale, isLocale, type Locale } from './locales';

/** The site's base path without a trailing slash ('' at the root). */
export function siteBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return (env?.BASE_URL ?? '/').replace(/\/$/, '');
}

/** The URL of a site page in a locale: `localePath('ko', '/metrics/#iou')` → `/ko/metrics/#iou`. */
export function localePath(locale: Locale, path: string, base = siteBase()): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  return `${base}${prefix}${rooted}`;
}

/** A URL path split into its locale and the path as English would have it (`/ko/metrics/` → ko, `/metrics/`). */
export function splitLocale(pathname: string, base = siteBase()): { locale: Locale; path: string } {
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  const first = path.split('/')[1];
  if (isLocale(first) && first !== defaultLocale) return { locale: first, path: path.slice(first.length + 1) || '/' };
  return { locale: defaultLocale, path };
}

/**
 * True for a link to a page of this site written as an absolute path: `/`, `/metrics/`, `/metrics/#iou`,
 * `/?a=1`. Files (`/data/CREDITS.md`, `/models/…/weights.bin`), other hosts (`//x`, `https:`), and relative or
 * fragment-only links are not pages: page URLs end in a slash.
 */
export function isPagePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const pathname = href.split(/[?#]/)[0];
  return pathname.endsWith('/');
}

/** A page link as written in English content, made to point at the same page in `locale` (others unchanged). */
export function localizeHref(locale: Locale, href: string, base = siteBase()): string {
  if (!isPagePath(href)) return href;
  if (base && href.startsWith(`${base}/`)) href = href.slice(base.length);
  const first = href.split(/[/?#]/)[1];
  if (isLocale(first) && first !== defaultLocale) return `${base}${href}`;
  return localePath(locale, href, base);
}
