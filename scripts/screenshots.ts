// `npm run shots -- [/path/ …] [--parts]`: full-page screenshots of built pages at 1280 and 375 px, light and dark,
// into .screenshots/ (git-ignored), for looking at the site as a reader would. Build first: npx astro build.
// Without paths: the home page, a lesson, the model card, the glossary and the 404 page, in English and Korean.
// --parts cuts each page into images at most 2000 px tall (name-1.png, name-2.png, …), which an image viewer can
// show at full size.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const DEFAULT_PATHS = ['/', '/transposed-convolution/', '/model-card/', '/glossary/', '/no-such-page/'].flatMap(
  (path) => [path, `/ko${path}`],
);
const PART_HEIGHT = 2000;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { parts: { type: 'boolean', default: false } },
});
const paths = positionals.length ? positionals : DEFAULT_PATHS;
const out = process.env.SHOTS_DIR ?? '.screenshots';
mkdirSync(out, { recursive: true });

const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  for (const path of paths) {
    for (const width of [1280, 375]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 150));
          }
          window.scrollTo(0, 0);
        });
        // A full-page capture includes blocks far from the window, which lessons let the browser skip
        // (content-visibility: auto in global.css); draw them all, as a reader scrolling past them sees them.
        await page.addStyleTag({ content: '.lesson * { content-visibility: visible !important; }' });
        await page.waitForTimeout(2500);
        const name = `${path.replace(/\//g, '_') || '_'}-${width}-${colorScheme}`;
        if (!values.parts) {
          await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
          console.log(`${out}/${name}.png`);
        } else {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, part = 1; y < height; y += PART_HEIGHT, part++) {
            const clip = { x: 0, y, width, height: Math.min(PART_HEIGHT, height - y) };
            await page.screenshot({ path: `${out}/${name}-${part}.png`, fullPage: true, clip });
            console.log(`${out}/${name}-${part}.png`);
          }
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
