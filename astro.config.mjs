// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import rehypeLocaleLinks from './src/i18n/rehype-locale-links.ts';
import { siteUrl } from './scripts/site-url.mjs';
import notFoundPages from './scripts/lib/not-found-pages.ts';
import externalImages from './scripts/lib/external-images.ts';

// Lessons are MDX with KaTeX rendered at build time; the KaTeX CSS imported by the layout comes from the
// same `katex` package rehype-katex renders with (pinned in package.json), so fonts and metrics match.
// Locales (src/i18n/locales.ts): English at `/`, every other locale under `/<locale>/`; the pages are generated per
// locale by src/pages/[...locale]/, and the rehype step points a content file's page links at its own locale.
export default defineConfig({
  // Absolute URLs (canonical, hreflang, og:url, og:image): SITE_URL, else the placeholder https://fcn-explained.example.
  site: siteUrl(),
  trailingSlash: 'ignore',
  i18n: { defaultLocale, locales: [...locales], routing: { prefixDefaultLocale: false } },
  integrations: [mdx(), notFoundPages(locales.filter((locale) => locale !== defaultLocale)), externalImages()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }], rehypeLocaleLinks],
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  vite: {
    build: {
      // Nothing is inlined as a data URL (wasm, weights, fonts, images stay files), but a page's small component
      // stylesheets (< 4 KB each: ten on /transposed-convolution/) go into its <style>: each was a render-blocking
      // request, and past the browser's six connections a round trip more before the first paint.
      assetsInlineLimit: (path, content) => (path.endsWith('.css') ? content.length < 4096 : false),
      chunkSizeWarningLimit: 4000,
    },
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
  },
  devToolbar: { enabled: false },
});
