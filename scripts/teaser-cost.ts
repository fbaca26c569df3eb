// What the home page's live teaser costs (#18: "never costs Lighthouse more than 2 points"): Lighthouse mobile
// performance on the built home page as shipped, and with the teaser's element code blocked (the page then shows
// only the teaser's build-time first frame) — the difference is the teaser's cost. Also the page's long tasks
// (main thread) until the teaser's first result, and during one "New scene".
//   npx tsx scripts/teaser-cost.ts [--runs 3] [--path /ko/]      (after `npx astro build`; Lighthouse via npx)
import { execFile } from 'node:child_process';
import { promisify, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.mjs';
import { serveDist } from './lib/serve-dist';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, path: { type: 'string', default: '/' } },
});
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const { server, url } = await serveDist('dist');
const page = `${url}${args.path}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function lighthouse(blocked: string[]): Promise<{ performance: number; tbtMs: number; lcpMs: number }> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      page,
      '--quiet',
      '--output=json',
      '--only-categories=performance',
      '--max-wait-for-load=90000',
      ...blocked.map((p) => `--blocked-url-patterns=${p}`),
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 << 20 },
  );
  const report = JSON.parse(stdout) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    performance: Math.round(report.categories.performance.score * 100),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
  };
}

/** Main-thread long tasks until the teaser's first result, then during one "New scene". */
async function longTasks() {
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROMIUM_FLAGS });
  const tab = await (await browser.newContext({ viewport: { width: 412, height: 900 } })).newPage();
  await tab.addInitScript(() => {
    const tasks: number[] = ((globalThis as unknown as { __tasks: number[] }).__tasks = []);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const status = tab.locator('fcn-teaser-el .status');
  const summary = async () => {
    const tasks = await tab.evaluate(() => (globalThis as unknown as { __tasks: number[] }).__tasks.splice(0));
    return {
      count: tasks.length,
      maxMs: Math.round(Math.max(0, ...tasks)),
      blockingMs: Math.round(tasks.reduce((a, t) => a + Math.max(0, t - 50), 0)),
    };
  };
  const started = Date.now();
  await tab.goto(page);
  const done = (before: string) =>
    tab.waitForFunction(
      (b) => {
        const s = document.querySelector('fcn-teaser-el .status')?.textContent ?? '';
        return s !== b && /ms/.test(s);
      },
      before,
      { timeout: 180_000 },
    );
  await done(String(await status.textContent()));
  const firstResult = { ms: Date.now() - started, status: await status.textContent(), longTasks: await summary() };
  const before = String(await status.textContent());
  await tab.locator('fcn-teaser-el button.new-scene').click();
  await done(before);
  const newScene = { status: await status.textContent(), longTasks: await summary() };
  await browser.close();
  return { firstResult, newScene };
}

const runs = Number(args.runs);
const shipped: Awaited<ReturnType<typeof lighthouse>>[] = [];
const without: Awaited<ReturnType<typeof lighthouse>>[] = [];
for (let i = 0; i < runs; i++) {
  shipped.push(await lighthouse([]));
  without.push(await lighthouse(['*fcn-teaser.*.js']));
}
const med = (xs: typeof shipped) => ({
  performance: median(xs.map((x) => x.performance)),
  tbtMs: median(xs.map((x) => x.tbtMs)),
  lcpMs: median(xs.map((x) => x.lcpMs)),
});
const result = {
  page: args.path,
  runs,
  shipped: med(shipped),
  teaserBlocked: med(without),
  all: { shipped, without },
  ...(await longTasks()),
};
console.log(
  JSON.stringify({ ...result, costPoints: result.teaserBlocked.performance - result.shipped.performance }, null, 1),
);
server.close();
