// The skip-training widget in the skip-connections lesson: the floor (100 steps and their evaluations on WASM lift
// held-out mean IoU by ≥ 0.02 or boundary accuracy by ≥ 0.03; their time is printed for docs/bench.md), the controls by role and name,
// pausing while the page is hidden, and no tfjs tensor leaked in the worker over Reset and repeated runs.
// TRAIN_SKIP_BENCH=1 also measures WebGL (through OffscreenCanvas) and prints the numbers for docs/bench.md.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, openPage, widgetReady } from './helpers/browser';

const session = browserSession();
const LESSON = '/skip-connections/';
const PREPARE_MS = 900_000;

interface Reading {
  step: number;
  miou: number;
  boundary: number;
  miou0: number;
  boundary0: number;
  tensors: number;
}

/** The widget once its worker has cached the features and scored step 0. */
async function readyWidget(page: Page): Promise<Locator> {
  await widgetReady(page, 'train-skip-el');
  const widget = page.locator('train-skip-el');
  await page
    .locator('train-skip-el[data-ready="true"][data-eval-step="0"][data-tensors]')
    .waitFor({ timeout: PREPARE_MS });
  return widget;
}

/** Waits (checking every frame) until an evaluation at step ≥ `step` has arrived and reads it at once. */
async function readingAt(page: Page, step: number, timeout = PREPARE_MS): Promise<Reading> {
  const handle = await page.waitForFunction(
    (at) => {
      const d = document.querySelector<HTMLElement>('train-skip-el')?.dataset;
      if (!d || Number(d.evalStep) < at) return null;
      return {
        step: Number(d.evalStep),
        miou: Number(d.valMiou),
        boundary: Number(d.valBoundary),
        miou0: Number(d.valMiouInitial),
        boundary0: Number(d.valBoundaryInitial),
        tensors: Number(d.tensors),
      };
    },
    step,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as Reading;
}

async function idle(widget: Locator): Promise<void> {
  await expect.poll(async () => widget.getAttribute('data-running'), { timeout: 60_000 }).toBe('false');
}

/** The worker's live tensors as it last reported them (after each evaluation); null before its first report. */
async function tensors(widget: Locator): Promise<number | null> {
  const count = await widget.getAttribute('data-tensors');
  return count === null ? null : Number(count);
}

describe('train the skip in your tab (skip-connections)', () => {
  // Issue 15's floor. With the v2 FCN-32s the head alone gains about +0.02 mean IoU at 128 × 128 (the training
  // size), too close to the floor; the widget's 160 × 160 scenes, Adam at 0.001, batch 8 and 48 training and 48
  // held-out scenes gave +0.030 to +0.034 in Node over three batch orders (docs/bench.md).
  // The time (issue 15: within 120 s) is a bench number, printed here and recorded in docs/bench.md, not asserted:
  // a timed test fails on a loaded machine (it did once at load 17), which says nothing about the widget.
  it('on WASM: 100 steps and their evaluations lift held-out mean IoU by ≥ 0.02 or boundary accuracy by ≥ 0.03 (time printed, not asserted)', async () => {
    const { page, context, problems } = await openPage(session, `${LESSON}?backend=wasm`);
    const widget = await readyWidget(page);
    expect(await widget.getAttribute('data-backend')).toBe('wasm');
    const start = await readingAt(page, 0);
    for (const v of [start.miou0, start.boundary0, start.miou, start.boundary]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    const cacheMs = Number(await widget.getAttribute('data-cache-ms'));
    const train = page.getByRole('button', { name: /^Train/ });
    const t0 = Date.now();
    await train.click();
    const after = await readingAt(page, 100);
    const seconds = (Date.now() - t0) / 1000;
    await page.getByRole('button', { name: /^Pause/ }).click();
    const speed = await widget.locator('output[data-key="speed"]').textContent();
    console.log(
      `[train-skip] WASM: 100 steps + ${100 / 10 + 1} evaluations in ${seconds.toFixed(1)} s (${speed}); ` +
        `features cached in ${(cacheMs / 1000).toFixed(1)} s; mean IoU ${start.miou0.toFixed(4)} → ${after.miou.toFixed(4)}, ` +
        `boundary ${start.boundary0.toFixed(4)} → ${after.boundary.toFixed(4)} (at step ${after.step})`,
    );
    expect(after.step).toBe(100);
    expect(after.miou - start.miou0 >= 0.02 || after.boundary - start.boundary0 >= 0.03, JSON.stringify(after)).toBe(
      true,
    );
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  }, 1_800_000);

  it('Train / Pause, Reset, FCN-8s and the learning rate work from the keyboard; a hidden page pauses; 0 tensors leak', async () => {
    const { page, context, problems } = await openPage(session, `${LESSON}?backend=wasm`, { reducedMotion: 'reduce' });
    const widget = await readyWidget(page);
    await expect.poll(() => widget.locator('.head-only').textContent()).toMatch(/Only the new head trains/);
    await expect.poll(() => widget.locator('.head-only').textContent()).toMatch(/paper\s+fine-tunes every layer/);
    await idle(widget);
    await expect.poll(() => tensors(widget), { timeout: 60_000 }).not.toBeNull();
    const baseline = (await tensors(widget)) ?? NaN;
    expect(baseline).toBeGreaterThan(0);

    const rate = page.getByRole('combobox', { name: 'learning rate (Adam)' });
    await rate.selectOption('0.03');
    await expect.poll(() => widget.locator('.status').textContent()).toMatch(/Learning rate 0\.03/);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/skip\.learningRate=0\.03/);

    const train = page.getByRole('button', { name: /^Train/ });
    await train.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.getAttribute('data-running')).toBe('true');
    await readingAt(page, 10);
    // The page is hidden (another tab): training pauses, and goes on when the page is shown again.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => widget.getAttribute('data-running')).toBe('false');
    await expect.poll(() => widget.locator('.status').textContent()).toMatch(/hidden/);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => widget.getAttribute('data-running')).toBe('true');
    const pause = page.getByRole('button', { name: /^Pause/ });
    await pause.press('Space');
    await idle(widget);
    expect(Number(await widget.getAttribute('data-train-step'))).toBeGreaterThanOrEqual(10);
    // Charts are drawn (at evaluations only, with reduced motion): a loss curve and the held-out scores.
    await expect.poll(() => widget.locator('svg.skip-loss-curve').count()).toBe(1);
    await expect.poll(() => widget.locator('svg.skip-scores-curve').count()).toBe(1);
    expect(await widget.locator('svg.skip-loss-curve').getAttribute('aria-label')).toMatch(
      /Training loss over \d+ steps/,
    );

    await page.getByRole('button', { name: 'Reset' }).press('Enter');
    await expect.poll(() => widget.getAttribute('data-train-step'), { timeout: 60_000 }).toBe('0');
    await expect.poll(() => widget.getAttribute('data-eval-step'), { timeout: 60_000 }).toBe('0');
    await idle(widget);
    await expect.poll(() => tensors(widget), { timeout: 60_000 }).toBe(baseline);

    // A second run, on to FCN-8s, then Reset: still nothing left behind.
    await page.getByRole('button', { name: /^Train/ }).click();
    await readingAt(page, 10);
    await page.getByRole('button', { name: /^Go on to FCN-8s/ }).click();
    await expect.poll(() => widget.getAttribute('data-stage')).toBe('fcn8s');
    await expect
      .poll(() => widget.locator('[data-panel="trained"] .panel-title').textContent())
      .toMatch(/FCN-8s head, step 0/);
    await page.getByRole('button', { name: /^Train/ }).click();
    await readingAt(page, 20);
    await page.getByRole('button', { name: /^Pause/ }).click();
    await idle(widget);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => widget.getAttribute('data-stage'), { timeout: 60_000 }).toBe('fcn16s');
    await expect.poll(() => widget.getAttribute('data-eval-step'), { timeout: 60_000 }).toBe('0');
    await idle(widget);
    await expect.poll(() => tensors(widget), { timeout: 60_000 }).toBe(baseline);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  }, 1_800_000);

  it('in Korean: the text before training (build-time empty charts without JavaScript too) and after ten steps; axe', async () => {
    const still = await openPage(session, `/ko${LESSON}`, { javaScriptEnabled: false });
    const server = still.page.locator('train-skip-el');
    await expect(server.locator('svg.skip-loss-curve').getAttribute('aria-label')).resolves.toBe(
      '학습 손실: 아직 학습한 단계 없음',
    );
    await expect(server.locator('svg.skip-scores-curve').count()).resolves.toBe(1);
    await still.context.close();

    const { page, context, problems } = await openPage(session, `/ko${LESSON}?backend=wasm`, {
      reducedMotion: 'reduce',
    });
    const widget = await readyWidget(page);
    await expect(widget.locator('.head-only').textContent()).resolves.toMatch(/^여기서는 새 헤드만 학습합니다/);
    await expect.poll(() => widget.locator('.status').textContent()).toMatch(/^워커에서 실행 중, 백엔드: WASM/);
    await expect(widget.locator('.status').textContent()).resolves.toMatch(
      /학습을 누르십시오\. 검증 점수는 10단계마다/,
    );
    await expect(page.getByRole('combobox', { name: '학습률(Adam)' }).inputValue()).resolves.toBe('0.001');
    await page.getByRole('button', { name: '학습', exact: true }).click();
    await expect.poll(() => widget.locator('.status').textContent()).toMatch(/^학습 중: score_pool4와 upscore2/);
    await readingAt(page, 10);
    await page.getByRole('button', { name: '일시 정지' }).click();
    await idle(widget);
    await expect(widget.locator('output[data-key="meanIoU"]').first().textContent()).resolves.toMatch(
      /^\d+\.\d%\(0단계 대비 [+−]\d+\.\d, FCN-32s \d+\.\d%\)$/,
    );
    await expect(widget.locator('.status').textContent()).resolves.toMatch(/단계에서 일시 정지했습니다\.$/);
    await expect(page.getByRole('button', { name: '학습 계속' }).count()).resolves.toBe(1);
    await expect(widget.locator('[data-panel="trained"] .panel-title').textContent()).resolves.toMatch(
      /^내 FCN-16s 헤드, \d+단계$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  }, 1_800_000);

  it('fits a 375 px screen', async () => {
    const { page, context } = await openPage(session, LESSON, { width: 375, height: 800 });
    await widgetReady(page, 'train-skip-el');
    const overflow = await page.locator('figure.train-skip').evaluate((f) => f.scrollWidth - f.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.getByRole('button', { name: /^Train/ }).isVisible()).toBe(true);
    await context.close();
  }, 300_000);

  it.runIf(process.env.TRAIN_SKIP_BENCH === '1')(
    'bench: steps per second on WebGL (OffscreenCanvas in the worker)',
    async () => {
      const { page, context } = await openPage(session, `${LESSON}?backend=webgl`);
      const widget = await readyWidget(page);
      const backend = await widget.getAttribute('data-backend');
      const cacheMs = Number(await widget.getAttribute('data-cache-ms'));
      const t0 = Date.now();
      await page.getByRole('button', { name: /^Train/ }).click();
      const after = await readingAt(page, 30);
      const seconds = (Date.now() - t0) / 1000;
      await page.getByRole('button', { name: /^Pause/ }).click();
      const speed = await widget.locator('output[data-key="speed"]').textContent();
      console.log(
        `[train-skip] ${backend}: 30 steps + 4 evaluations in ${seconds.toFixed(1)} s (${speed}); features cached in ${(cacheMs / 1000).toFixed(1)} s; ` +
          `mean IoU ${after.miou0.toFixed(4)} → ${after.miou.toFixed(4)} at step ${after.step}`,
      );
      await context.close();
    },
    1_800_000,
  );
});
