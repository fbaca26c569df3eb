// `npx tsx scripts/bench/slider-timings.ts`: the slider-event timings of the transposed-convolution lesson's
// widgets on the built site (DIST_DIR, default dist; LOCALE_PREFIX '' or '/ko'), medians of 50 events each.
import { chromium } from 'playwright-core';
import { serveDist } from '../lib/serve-dist';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { measureSliderEvents } from './interaction';

const SLIDERS: { widget: string; selector: string; values: number[] }[] = [
  { widget: 'scatter-stepper (stride)', selector: 'scatter-stepper input[name="stride"]', values: [1, 2, 3, 2] },
  { widget: 'output-size-explorer (i)', selector: 'output-size-explorer input[name="i"]', values: [3, 4, 5, 4] },
  { widget: 'matrix-view (i)', selector: 'matrix-view input[name="i"]', values: [2, 3, 4, 3] },
  { widget: 'checkerboard-demo (layers)', selector: 'checkerboard-demo input[name="layers"]', values: [1, 2, 3, 2] },
];

const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}${process.env.LOCALE_PREFIX ?? ''}/transposed-convolution/`, { waitUntil: 'load' });
  for (const { widget, selector, values } of SLIDERS) {
    const tag = selector.split(' ')[0];
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await page.waitForSelector(`${tag}[data-defined="true"]`, { timeout: 30_000 });
    await page.waitForTimeout(4000); // let tfjs load and the first checks finish
    const timings = await measureSliderEvents(page, selector, values);
    console.log(
      `${widget}: js ${timings.jsMedianMs.toFixed(2)} ms (min ${timings.jsMinMs.toFixed(2)}), frame ${timings.frameMedianMs.toFixed(2)} ms (render ${timings.renderMedianMs.toFixed(2)} ms)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
