// The "Evaluate our models" widget of the metrics lesson, in real Chromium: N = 6 test scenes scored by the
// shipped FCN-32s/16s/8s in the tab must give the numbers `npx tsx scripts/evaluate.ts --seeds A:B --json` gives
// in Node for the same seeds (to 1e-4: Node prints four decimals; both decode the sprites with
// src/lib/image/png-rgba.ts and run the same WASM kernels, so the scenes and predictions are identical); the progress bar reaches "6 of 6"; a second run leaves no tensor behind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_RANGES } from '../../src/lib/scene';
import { axeViolations, baseUrl, openPage, tensorCount, widgetReady, browserSession } from './helpers/browser';

const run = promisify(execFile);
const KEYS = ['pixelAccuracy', 'meanAccuracy', 'meanIoU', 'frequencyWeightedIoU', 'boundaryAccuracy'] as const;
type NodeScores = Record<
  string,
  Record<(typeof KEYS)[number], number> & { perClassIoU: Record<string, number | null> }
>;

const session = browserSession();

const widget = (page: Page) => page.locator('evaluate-models');
/** The object sprites a run fetches scene by scene (textures and dataset.json load before the run). */
const SPRITES = '**/data/sprites/**';
const text = (page: Page, selector: string) =>
  page
    .locator(`evaluate-models ${selector}`)
    .first()
    .textContent()
    .then((t) => t ?? '');
const runs = (page: Page) =>
  widget(page)
    .getAttribute('data-runs')
    .then((v) => Number(v ?? 0));

async function runEvaluation(page: Page, expectedRuns: number): Promise<void> {
  await page.getByRole('button', { name: 'Run the evaluation' }).click();
  await expect.poll(() => runs(page), { timeout: 170_000, interval: 500 }).toBe(expectedRuns);
}

/** Full-precision scores the widget wrote into its table cells, per variant. */
async function browserScores(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, number>> = {};
    for (const row of document.querySelectorAll<HTMLElement>('evaluate-models table.scores tr[data-state="scored"]')) {
      const variant = row.dataset.variant ?? '';
      out[variant] = {};
      for (const td of row.querySelectorAll<HTMLElement>('td[data-key]'))
        out[variant][td.dataset.key ?? ''] = Number(td.dataset.value);
    }
    return out;
  });
}

describe('evaluate-models on /metrics/', () => {
  it('scores 6 test scenes like npm run evaluate, shows progress, leaks no tensor', async () => {
    const { page, context, problems } = await openPage(session, '/metrics/');
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    const scenes = page.getByRole('spinbutton', { name: 'test scenes N' });
    await scenes.fill('6');
    await expect.poll(() => text(page, 'output[data-for="first"]')).toBe(String(SEED_RANGES.test.from));
    await runEvaluation(page, 1);
    expect(await text(page, '.progress-text')).toBe('scene 6 of 6');
    expect(
      await page.locator('evaluate-models progress').evaluate((p: HTMLProgressElement) => [p.value, p.max]),
    ).toEqual([6, 6]);

    const seeds = await page.locator('evaluate-models .command code').getAttribute('data-seeds');
    const from = SEED_RANGES.test.from;
    expect(seeds).toBe(`${from}:${from + 6}`);
    expect(await text(page, '.command')).toContain(`npm run evaluate -- --seeds ${from}:${from + 6} --json`);
    expect(await text(page, '.status')).toContain('6 scenes');

    const browser = await browserScores(page);
    const { stdout } = await run('npx', ['tsx', 'scripts/evaluate.ts', '--seeds', seeds ?? '', '--json'], {
      cwd: process.cwd(),
      maxBuffer: 1 << 20,
      timeout: 170_000,
    });
    const node = JSON.parse(stdout) as NodeScores;
    const variants = Object.keys(node);
    expect(variants.length).toBeGreaterThan(0);
    expect(Object.keys(browser).sort()).toEqual([...variants].sort());
    const table: string[] = [];
    for (const variant of variants) {
      for (const key of KEYS) {
        table.push(`${variant} ${key}: browser ${browser[variant][key].toFixed(6)} node ${node[variant][key]}`);
        expect(Math.abs(browser[variant][key] - node[variant][key]), `${variant} ${key}`).toBeLessThanOrEqual(1e-4);
      }
      const perClass = await page
        .locator(`evaluate-models table.per-class td[data-variant="${variant}"]`)
        .evaluateAll((tds) =>
          tds.map((td) =>
            (td as HTMLElement).dataset.value === undefined ? null : Number((td as HTMLElement).dataset.value),
          ),
        );
      Object.entries(node[variant].perClassIoU).forEach(([name, iou], c) => {
        table.push(`${variant} IoU ${name}: browser ${perClass[c]?.toFixed(6) ?? 'null'} node ${iou}`);
        if (iou === null) expect(perClass[c]).toBeNull();
        else expect(Math.abs((perClass[c] ?? NaN) - iou), `${variant} IoU of class ${c}`).toBeLessThanOrEqual(1e-4);
      });
    }
    const status = await text(page, '.status');
    console.log(`evaluate-models, seeds ${seeds} (${status}):\n${table.join('\n')}`);

    expect(await axeViolations(page)).toEqual([]);
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    await runEvaluation(page, 2);
    expect(await tensorCount(page)).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  }, 420_000); // two runs, the Node evaluation and axe: minutes on a busy 2-core machine

  it('stops when asked, and refuses a bad N without blanking the table', async () => {
    const { page, context } = await openPage(session, '/metrics/?evaluate.scenes=40');
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    expect(await page.getByRole('spinbutton', { name: 'test scenes N' }).inputValue()).toBe('40');
    // The run fetches the object sprites of its first scenes before it scores any: holding those requests keeps
    // it in its first scene until Stop is pressed, however fast the machine (nothing races the click).
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    await page.route(SPRITES, async (route) => {
      held += 1;
      await gate;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Run the evaluation' }).click();
    await expect.poll(() => held, { timeout: 120_000 }).toBeGreaterThan(0);
    expect(await text(page, '.progress-text')).toBe('scene 0 of 40');
    await page.getByRole('button', { name: 'Stop' }).click();
    release();
    await expect.poll(() => runs(page), { timeout: 60_000 }).toBe(1);
    const seeds = await page.locator('evaluate-models .command code').getAttribute('data-seeds');
    const [a, b] = (seeds ?? '').split(':').map(Number);
    expect(b - a).toBe(1); // the scene in flight is finished, and no other starts
    expect(await text(page, '.status')).toMatch(/^Stopped after 1 scene,/);

    await page.getByRole('spinbutton', { name: 'test scenes N' }).fill('0');
    await expect.poll(() => text(page, '.problem')).toContain('whole number from 1 to');
    expect(await page.getByRole('button', { name: 'Run the evaluation' }).isDisabled()).toBe(true);
    expect(await page.locator('evaluate-models table.scores td[data-value]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('says to run again when the backend changes mid-run, then runs on the new backend', async () => {
    const { page, context } = await openPage(session, '/metrics/?evaluate.scenes=60');
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    await page.getByRole('button', { name: 'Run the evaluation' }).click();
    await expect.poll(() => text(page, '.progress-text'), { timeout: 120_000 }).toMatch(/scene [1-9]\d* of 60/);
    // The model worker's backend, as the header's badge names it: switch to another one.
    const badge = page.getByRole('status').filter({ hasText: 'tfjs:' });
    const other = /WASM/.test((await badge.textContent()) ?? '') ? 'cpu' : 'wasm';
    await page.evaluate(
      (name) => document.dispatchEvent(new CustomEvent('fcn:backend-request', { detail: name })),
      other,
    );
    await expect.poll(() => text(page, '.problem'), { timeout: 60_000 }).toContain('backend changed during the run');
    expect(await page.getByRole('button', { name: 'Stop' }).isDisabled()).toBe(true);
    await page.getByRole('spinbutton', { name: 'test scenes N' }).fill('2');
    await page.getByRole('button', { name: 'Run the evaluation' }).click();
    await expect.poll(() => runs(page), { timeout: 120_000 }).toBe(1);
    expect(await text(page, '.status')).toContain('2 scenes');
    await context.close();
  });

  it('100 interactions (N and offset typed, runs, stops) leave the tensor count (page + model worker) where it was', async () => {
    const { page, context, problems } = await openPage(session, '/metrics/?evaluate.scenes=1');
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    const scenes = page.getByRole('spinbutton', { name: 'test scenes N' });
    const offset = page.getByRole('spinbutton', { name: /skip the first/ });
    const runButton = page.getByRole('button', { name: 'Run the evaluation' });
    const idle = () =>
      widget(page)
        .getAttribute('aria-busy')
        .then((busy) => busy !== 'true');
    // A first run loads the weights (the worker keeps them): the count is taken after it.
    await runButton.click();
    await expect.poll(() => runs(page), { timeout: 170_000, interval: 500 }).toBe(1);
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    // A seeded sequence: the same interactions on every run.
    let seed = 18;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const counts = ['0', '-3', '1.5', '', '100000', '1', '2'];
    const skips = ['-1', '0.5', '0', '3', '12'];
    let started = 0;
    for (let i = 0; i < 100; i++) {
      const kind = next(10);
      if (kind < 4) await scenes.fill(counts[next(counts.length)]);
      else if (kind < 8) await offset.fill(skips[next(skips.length)]);
      else if (await runButton.isDisabled()) await scenes.fill('1');
      else {
        // A run of at most 2 scenes; one in two is stopped as soon as it starts.
        started += 1;
        await runButton.click();
        if (kind === 9) await page.getByRole('button', { name: 'Stop' }).click();
        await expect.poll(idle, { timeout: 170_000, interval: 200 }).toBe(true);
      }
      const problem = await text(page, '.problem');
      expect(problem === '' || /whole number/.test(problem), problem).toBe(true);
    }
    expect(started).toBeGreaterThan(3);
    await expect.poll(idle, { timeout: 170_000 }).toBe(true);
    await expect.poll(() => tensorCount(page), { timeout: 30_000 }).toBe(before);
    expect(await page.locator('evaluate-models table.scores td[data-value]').count()).toBeGreaterThan(0);
    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('says which model has no weights and scores the others', async () => {
    const missing = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await missing.route('**/models/manifest.json', async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { files: Record<string, unknown> };
      for (const file of Object.keys(manifest.files)) if (file.startsWith('fcn16s/')) delete manifest.files[file];
      await route.fulfill({ response, json: manifest });
    });
    const page = await missing.newPage();
    await page.goto(`${baseUrl()}/metrics/?evaluate.scenes=2`);
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    await page.getByRole('button', { name: 'Run the evaluation' }).click();
    await expect.poll(() => runs(page), { timeout: 120_000 }).toBe(1);
    expect(await text(page, '.problem')).toContain('FCN-16s is not available yet');
    expect(await page.locator('evaluate-models tr[data-variant="fcn16s"]').getAttribute('data-state')).toBe('missing');
    expect(await page.locator('evaluate-models tr[data-state="scored"]').count()).toBe(2);
    await missing.close();
  });
});

describe('evaluate-models on /ko/metrics/', () => {
  it('speaks Korean, refuses every bad N or offset of a sweep with a reason, runs 2 scenes, passes axe', async () => {
    const { page, context, problems } = await openPage(session, '/ko/metrics/?evaluate.scenes=2');
    await widgetReady(page, 'evaluate-models');
    await expect.poll(() => widget(page).getAttribute('data-ready'), { timeout: 120_000 }).toBe('true');
    const scenes = page.getByRole('spinbutton', { name: '테스트 장면 수 N' });
    const offset = page.getByRole('spinbutton', { name: '앞에서 건너뛸 테스트 장면 수' });
    const run = page.getByRole('button', { name: '평가 실행' });
    // The sweep: each value either is accepted (no problem, Run enabled) or explained (a problem, Run disabled).
    const cases: [typeof scenes, string, boolean][] = [
      [scenes, '0', false],
      [scenes, '-3', false],
      [scenes, '1.5', false],
      [scenes, '100000', false],
      [scenes, '', false],
      [scenes, '7', true],
      [offset, '-1', false],
      [offset, '0.5', false],
      [offset, '12', true],
      [offset, '0', true],
      [scenes, '2', true],
    ];
    for (const [input, value, ok] of cases) {
      await input.fill(value);
      await expect.poll(() => run.isDisabled(), { timeout: 10_000 }).toBe(!ok);
      const problem = await text(page, '.problem');
      if (ok) expect(problem, value).toBe('');
      else expect(problem, value).toMatch(/정수여야 합니다/);
    }
    await run.click();
    await expect.poll(() => runs(page), { timeout: 170_000, interval: 500 }).toBe(1);
    expect(await text(page, '.progress-text')).toBe('장면 2개 중 2개');
    expect(await text(page, '.status')).toMatch(/^장면 2개, 모델 \d개, /);
    expect(await page.getByRole('region', { name: '점수 표' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
