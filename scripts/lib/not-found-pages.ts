// Astro writes a page routed at /404 as dist/404.html, which static hosts serve for unknown paths, but a locale's
// /ko/404 as dist/ko/404/index.html. This integration renames each locale's to dist/<locale>/404.html, where hosts
// that look for the nearest 404.html (Cloudflare Pages, our scripts/lib/serve-dist.ts) find it for /ko/… paths.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function notFoundPages(locales: readonly string[]): AstroIntegration {
  return {
    name: 'fcn:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const locale of locales) {
          const nested = join(root, locale, '404', 'index.html');
          if (!existsSync(nested)) continue;
          renameSync(nested, join(root, locale, '404.html'));
          rmdirSync(join(root, locale, '404'));
        }
      },
    },
  };
}
