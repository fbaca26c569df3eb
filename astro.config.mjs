// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// Lessons are MDX with KaTeX rendered at build time; the KaTeX CSS imported by the layout comes from the
// same `katex` package rehype-katex renders with (pinned in package.json), so fonts and metrics match.
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml' }]],
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  vite: {
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 4000 },
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'] },
  },
  devToolbar: { enabled: false },
});
