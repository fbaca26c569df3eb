// Lighthouse 12 with its mobile preset on one page, the median of N runs (npm run bench, scripts/bench.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import { median } from './floor';

// Lighthouse is not a dependency (about 130 packages that only this bench uses, so `npm ci` for the tests
// skips them): npx fetches this pinned version from the npm registry into its cache on the first run.
export const LIGHTHOUSE = 'lighthouse@12.2.3';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's CPU (`environment.benchmarkIndex`, higher is faster). Its 4×
   * slowdown is applied to the machine it runs on, so scores only compare between machines of like index. */
  benchmarkIndex: number;
}

// Asynchronous on purpose: the static server runs in this same process and must keep answering.
async function lighthouseOnce(url: string, chrome: string, slowdown: number): Promise<LighthouseScores> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility',
      '--max-wait-for-load=90000',
      `--throttling.cpuSlowdownMultiplier=${slowdown}`,
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 << 20 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
    environment?: { benchmarkIndex?: number };
  };
  if (report.runtimeError) throw new Error(report.runtimeError.message);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((report.categories.performance.score ?? NaN) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? NaN) * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
  };
}

/** The median of `runs` Lighthouse runs, field by field (or the error of the last failed run). */
export async function lighthouse(
  url: string,
  chrome: string,
  runs: number,
  slowdown = 4,
): Promise<LighthouseScores | { error: string }> {
  const results: LighthouseScores[] = [];
  let error = '';
  for (let i = 0; i < runs; i += 1) {
    try {
      results.push(await lighthouseOnce(url, chrome, slowdown));
    } catch (e) {
      error = String(e).slice(0, 300);
    }
  }
  if (!results.length) return { error };
  const field = (key: keyof LighthouseScores) => median(results.map((r) => r[key]));
  return {
    performance: field('performance'),
    accessibility: field('accessibility'),
    fcpMs: field('fcpMs'),
    lcpMs: field('lcpMs'),
    tbtMs: field('tbtMs'),
    cls: field('cls'),
    benchmarkIndex: field('benchmarkIndex'),
  };
}
