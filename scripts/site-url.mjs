// The site's public address, for absolute URLs in the built pages (canonical links, hreflang alternates, the
// social-preview tags). Set SITE_URL when building for a real host; the default is a placeholder domain
// (.example is reserved, RFC 2606), so a build never claims an address it does not own.
export const DEFAULT_SITE_URL = 'https://fcn-explained.example';

/**
 * SITE_URL from the environment, else the placeholder; always without a trailing slash.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function siteUrl(env = process.env) {
  return (env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
}
