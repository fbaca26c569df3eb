// `npm run shots -- /path/ …`: full-page screenshots of built pages at 1280 and 375 px, light and dark, into
// .screenshots/ (git-ignored), for looking at the site as a reader would. Build first: npx astro build.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const FLAGS = CHROMIUM_FLAGS;
const { positionals } = parseArgs({ allowPositionals: true });
const paths = positionals.length ? positionals : ['/'];
const out = process.env.SHOTS_DIR ?? '.screenshots';
mkdirSync(out, { recursive: true });

const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
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
        await page.waitForTimeout(2500);
        const name = `${path.replace(/\//g, '_') || '_'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        console.log(`${out}/${name}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
