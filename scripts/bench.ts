// `npm run bench`: page weight before widgets load, the tfjs chunk, widget response times and Lighthouse,
// measured on the built site (run `npx astro build` first) in the Debian Chromium. Prints JSON and writes
// .cache/bench.json; the numbers go into docs/bench.md by hand with the date and machine.
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveDist } from './lib/serve-dist';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const FLAGS = CHROMIUM_FLAGS;
const LESSON = parseArgs({ allowPositionals: true }).positionals[0] ?? '/transposed-convolution/';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

function chunkSizes(): { file: string; raw: number; gzip: number }[] {
  const dir = 'dist/_astro';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, raw: body.length, gzip: gzipSync(body).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** Scripts the page fetched by the time it is idle without scrolling, as bytes on the wire (gzip by the server). */
async function jsBeforeWidgets(page: Page, url: string): Promise<{ files: number; gzipKB: number; list: string[] }> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
      .map((e) => ({
        name: e.name.split('/').pop() ?? e.name,
        bytes: (e as PerformanceResourceTiming).encodedBodySize,
      })),
  );
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  return { files: entries.length, gzipKB: kb(bytes), list: entries.map((e) => `${e.name} ${kb(e.bytes)} KB`) };
}

/** For each widget with a range input: time from `input` to the next frame after its drawing changed. */
async function sliderLatency(page: Page): Promise<Record<string, Record<string, number>>> {
  const tags: string[] = await page.evaluate(() =>
    Array.from(document.querySelectorAll('figure.widget'))
      .map((f) => f.querySelector(':scope > *:not(figcaption)')?.tagName.toLowerCase() ?? '')
      .filter((t) => t.includes('-')),
  );
  const out: Record<string, Record<string, number>> = {};
  for (const tag of [...new Set(tags)]) {
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    const times: { dom: number; frame: number }[] = await page.evaluate(async (tagName) => {
      const root = document.querySelector(tagName);
      const slider = root?.querySelector<HTMLInputElement>('input[type="range"]');
      const drawing = root?.querySelector('.drawing') ?? root;
      if (!root || !slider || !drawing) return [];
      const samples: { dom: number; frame: number }[] = [];
      const min = Number(slider.min);
      const max = Number(slider.max);
      for (let i = 0; i < 30; i += 1) {
        const value = min + (i % Math.max(1, max - min + 1));
        const start = performance.now();
        const changed = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(drawing, { childList: true, subtree: true, attributes: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, 1000);
        });
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        const dom = performance.now() - start;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        samples.push({ dom, frame: performance.now() - start });
      }
      return samples;
    }, tag);
    const round = (x: number) => Math.round(x * 10) / 10;
    const dom = times.map((t) => t.dom);
    const frame = times.map((t) => t.frame);
    if (times.length) {
      out[tag] = {
        median: round(quantile(dom, 0.5)),
        p95: round(quantile(dom, 0.95)),
        frameMedian: round(quantile(frame, 0.5)),
        frameP95: round(quantile(frame, 0.95)),
        samples: times.length,
      };
    }
  }
  return out;
}

// Lighthouse is not a dependency (about 130 packages that only this bench uses, so `npm ci` for the tests
// skips them): npx fetches this pinned version from the npm registry into its cache on the first run.
const LIGHTHOUSE = 'lighthouse@12.2.3';

// Asynchronous on purpose: the static server runs in this same process and must keep answering.
async function lighthouse(
  url: string,
  chrome: string,
): Promise<{ performance: number; accessibility: number } | { error: string }> {
  try {
    const { stdout: json } = await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        '--only-categories=performance,accessibility',
        `--chrome-flags=--headless=new ${FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 << 20 },
    );
    const report = JSON.parse(json) as { categories: Record<string, { score: number }> };
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
    };
  } catch (error) {
    return { error: String(error).slice(0, 300) };
  }
}

async function main(): Promise<void> {
  if (!statSync('dist', { throwIfNoEntry: false })) throw new Error('Build first: npx astro build');
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found (set CHROME_PATH or apt-get install chromium)');
  const { server, url } = await serveDist(process.env.DIST_DIR ?? 'dist');
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await context.newPage();
    console.error('[bench] page weight…');
    const weight = await jsBeforeWidgets(first, `${url}${LESSON}`);
    const page = await context.newPage();
    await page.goto(`${url}${LESSON}`, { waitUntil: 'load' });
    console.error('[bench] slider latency…');
    const latency = await sliderLatency(page);
    console.error('[bench] lighthouse…');
    const chunks = chunkSizes();
    const tfjs = chunks.filter((c) => /runtime|tf|index/.test(c.file)).slice(0, 5);
    const result = {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
      page: LESSON,
      jsBeforeWidgetsNearScreen: weight,
      largestChunks: chunks.slice(0, 6).map((c) => ({ ...c, raw: kb(c.raw), gzip: kb(c.gzip) })),
      tfjsCandidates: tfjs.map((c) => c.file),
      sliderToFigureMs: latency,
      lighthouse: await lighthouse(`${url}${LESSON}`, chrome),
    };
    mkdirSync('.cache', { recursive: true });
    writeFileSync('.cache/bench.json', JSON.stringify(result, null, 2));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
