// `npx tsx scripts/social-image.ts` (after `npx astro build`): the link-preview images (og:image, 1200 × 630 PNG,
// one per locale) in public/social/, made from our own figure: the transposed-convolution lesson's checkerboard
// (a stride-2 transposed convolution's uneven overlaps), drawn by the built site in Chromium, beside the site's
// title in that locale. WIDGET=scatter-stepper picks another widget of that lesson.
// Run again when the look of the site or the figure changes, and commit the PNGs (the credits page lists them).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDist } from './lib/serve-dist';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
import { dictionaries, locales, localePath } from '../src/i18n';

const OUT = 'public/social';
const LESSON = '/transposed-convolution/';
const WIDGET = process.env.WIDGET ?? 'checkerboard-demo';
const STEPS = 5;

mkdirSync(OUT, { recursive: true });
const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  for (const locale of locales) {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 630 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${url}${localePath(locale, LESSON)}`, { waitUntil: 'load' });
    const widget = page.locator(WIDGET).first();
    await widget.scrollIntoViewIfNeeded();
    await widget.and(page.locator('[data-defined="true"]')).waitFor({ timeout: 60_000 });
    const drawing = widget.locator('.drawing');
    if (WIDGET === 'scatter-stepper') for (let i = 0; i < STEPS; i += 1) await drawing.press('ArrowRight');
    await drawing.locator('svg').first().waitFor();
    const { svg, styles } = await page.evaluate((tag) => {
      const figure = document.querySelector(tag)?.querySelector('.drawing svg');
      return {
        svg: figure?.outerHTML ?? '',
        styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href),
      };
    }, WIDGET);
    if (!svg) throw new Error(`no figure in ${WIDGET} on ${LESSON}`);
    const strings = dictionaries[locale];
    await page.setContent(
      `<!doctype html><html lang="${locale}" data-theme="light"><head>${styles
        .map((href) => `<link rel="stylesheet" href="${href}">`)
        .join('')}<style>
        html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
        body { display: grid; grid-template-columns: 430px 1fr; gap: 32px; align-items: center; padding: 48px;
          box-sizing: border-box; background: var(--bg); color: var(--fg); }
        h1 { font-size: 52px; line-height: 1.12; margin: 0 0 20px; }
        p { font-size: 24px; line-height: 1.4; color: var(--fg-soft); margin: 0; }
        .figure { display: flex; justify-content: center; align-items: center; height: 534px; }
        .figure svg { width: auto; height: 500px; max-width: 100%; }
        .mark { display: block; width: 64px; height: 8px; background: var(--accent); border-radius: 4px; margin-bottom: 28px; }
      </style></head><body><div><span class="mark"></span><h1>${strings.siteTitle}</h1><p>${strings.siteTagline}</p></div>
      <div class="figure ${WIDGET}">${svg}</div></body></html>`,
      { waitUntil: 'load' },
    );
    await page.evaluate(() => document.fonts.ready);
    const path = `${OUT}/preview-${locale}.png`;
    await page.screenshot({ path, type: 'png' });
    console.log(path);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
