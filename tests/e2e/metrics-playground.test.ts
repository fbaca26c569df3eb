// The metrics playground on /metrics/: presets change the four scores, painting with the keyboard and the mouse
// moves confusion-matrix counts, the ignore brush removes pixels from the count, tfjs agrees with
// src/lib/metrics/scores.ts, the painted grids survive a reload through the URL, and painting leaks no tensors.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, openPage, tensorCount, widgetReady, browserSession } from './helpers/browser';
import { confusionMatrix, segmentationScores } from '../../src/lib/metrics/scores';
import { PLAYGROUND_CLASS_COUNT, companionImages, presetPair } from '../../src/lib/metrics/presets';
import { compareProtocols } from '../../src/lib/metrics/protocols';

/** Polls wait up to 15 s: the test machine is shared, and a render waits for an animation frame. */
const SLOW = { timeout: 15_000 };
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const scoresOf = (name: Parameters<typeof presetPair>[0]) => {
  const { truth, prediction } = presetPair(name);
  return segmentationScores(confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT));
};

const session = browserSession();

const score = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const preset = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const grid = (page: Page, name: 'Ground truth' | 'Prediction') =>
  page.getByRole('application', { name: new RegExp(`^${name},`) });
const status = (page: Page) => page.locator('metrics-playground .status');
const matrixLabel = (page: Page) => page.locator('metrics-playground .matrix-drawing svg').getAttribute('aria-label');

async function openPlayground(query = '', locale: '' | '/ko' = '') {
  const opened = await openPage(session, `${locale}/metrics/${query}`);
  await widgetReady(opened.page, 'metrics-playground');
  await expect
    .poll(() => status(opened.page).textContent(), { timeout: 120_000 })
    .toMatch(locale ? /tfjs\(\w+\) 일치/ : /tfjs \(\w+\) agrees/);
  return opened;
}

describe('metrics playground', () => {
  it('presets change the scores: all background has high pixel accuracy and low mean IoU; perfect is 100% everywhere', async () => {
    const { page, context, problems } = await openPlayground();
    await preset(page, 'All background').click();
    const trap = scoresOf('allBackground');
    await expect.poll(() => score(page, 'Pixel accuracy').textContent(), SLOW).toBe(pct(trap.pixelAccuracy));
    await expect(score(page, 'Mean IoU').textContent()).resolves.toBe(pct(trap.meanIoU));
    await expect(score(page, 'Mean accuracy').textContent()).resolves.toBe(pct(trap.meanAccuracy));
    await expect(score(page, 'Frequency-weighted IoU').textContent()).resolves.toBe(pct(trap.frequencyWeightedIoU));
    expect(trap.pixelAccuracy - trap.meanIoU).toBeGreaterThan(0.5);
    await expect(preset(page, 'All background').getAttribute('aria-pressed')).resolves.toBe('true');

    await preset(page, 'Perfect').click();
    for (const name of ['Pixel accuracy', 'Mean accuracy', 'Mean IoU', 'Frequency-weighted IoU']) {
      await expect.poll(() => score(page, name).textContent(), SLOW).toBe('100.0%');
    }
    await expect.poll(() => matrixLabel(page), SLOW).toContain('no pixel is mistaken');

    await preset(page, 'Two classes swapped').click();
    await expect
      .poll(() => page.locator('metrics-playground .bars-drawing svg').getAttribute('aria-label'), SLOW)
      .toMatch(/animal 0\.0%; vehicle 0\.0%/);
    // the formulas show the numbers, rendered by KaTeX
    await expect(page.locator('[data-score="pixelAccuracy"] .formula .katex').count()).resolves.toBe(1);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('keyboard: a number picks the class, arrows move the cursor, Space paints, and the confusion matrix counts it', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Perfect').click();
    await expect.poll(() => score(page, 'Pixel accuracy').textContent(), SLOW).toBe('100.0%');
    const prediction = grid(page, 'Prediction');
    await prediction.focus();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: '2 vehicle' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect
      .poll(() => matrixLabel(page), SLOW)
      .toContain('the largest mistake is 1 background pixels predicted as vehicle');
    await expect(score(page, 'Pixel accuracy').textContent()).resolves.toBe(pct(255 / 256));
    await expect(page.locator('metrics-playground .cursor-line').textContent()).resolves.toContain(
      'row 1, column 2: truth background, prediction vehicle',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => matrixLabel(page), SLOW)
      .toContain('the largest mistake is 2 background pixels predicted as vehicle');
    await expect(preset(page, 'Perfect').getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });

  it('mouse: dragging across the prediction paints every cell it crosses', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Perfect').click();
    await page.getByRole('radio', { name: '1 animal' }).check();
    const box = await grid(page, 'Prediction').boundingBox();
    if (!box) throw new Error('prediction grid has no box');
    const cell = box.width / 16;
    const y = box.y + cell * 0.5; // the top row is background in the scene
    await page.mouse.move(box.x + cell * 0.5, y);
    await page.mouse.down();
    for (let col = 1; col <= 4; col++) await page.mouse.move(box.x + cell * (col + 0.5), y, { steps: 3 });
    await page.mouse.up();
    await expect
      .poll(() => matrixLabel(page), SLOW)
      .toContain('the largest mistake is 5 background pixels predicted as animal');
    await context.close();
  });

  it('touch: tapping a prediction cell paints it (pointer events, no mouse)', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 375, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/metrics/`, { waitUntil: 'load' });
    await widgetReady(page, 'metrics-playground');
    await preset(page, 'Perfect').tap();
    await expect.poll(() => score(page, 'Pixel accuracy').textContent(), SLOW).toBe('100.0%');
    await page.getByRole('radio', { name: '3 plant' }).tap();
    const prediction = grid(page, 'Prediction');
    await prediction.scrollIntoViewIfNeeded();
    const box = await prediction.boundingBox();
    if (!box) throw new Error('prediction grid has no box');
    const cell = box.width / 16;
    await page.touchscreen.tap(box.x + cell * 15.5, box.y + cell * 15.5); // bottom-right: background in the scene
    await expect
      .poll(() => matrixLabel(page), SLOW)
      .toContain('the largest mistake is 1 background pixels predicted as plant');
    await context.close();
  });

  it('the ignore brush takes a truth pixel out of the count, and cannot paint a prediction', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Perfect').click();
    const counted = page.locator('metrics-playground .counted');
    await expect.poll(() => counted.textContent(), SLOW).toContain('256 of 256');
    await grid(page, 'Ground truth').focus();
    await page.keyboard.press('i');
    await expect(page.getByRole('radio', { name: /ignore/ }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => counted.textContent(), SLOW).toContain('Pixels counted: 255 of 256 (1 ignored');
    await expect(score(page, 'Pixel accuracy').textContent()).resolves.toBe('100.0%');
    await grid(page, 'Prediction').focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('metrics-playground .problem').textContent(), SLOW)
      .toContain('ignore label 255 marks truth pixels only');
    await context.close();
  });

  it('tfjs computes the same matrix and says so; the dataset table compares one matrix with the per-image average', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Perfect').click();
    await expect
      .poll(() => status(page).textContent(), SLOW)
      .toMatch(/agrees: .* all 16 cells, so the four scores match \(largest difference 0\)/);
    const expected = compareProtocols(
      [presetPair('perfect'), ...companionImages().map((c) => c.pair)],
      PLAYGROUND_CLASS_COUNT,
    );
    const cell = (row: string, column: string) =>
      page.locator(`metrics-playground .dataset tr[data-row="${row}"] [data-column="${column}"]`).textContent();
    await expect.poll(() => cell('accumulated', 'meanIoU'), SLOW).toBe(pct(expected.accumulated.meanIoU));
    await expect(cell('averaged', 'meanIoU')).resolves.toBe(pct(expected.averaged.meanIoU));
    await expect(page.locator('metrics-playground .verdict').textContent()).resolves.toContain(
      'one matrix over the dataset gives the higher number',
    );
    await context.close();
  });

  it('the painted grids live in the URL and survive a reload', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Errors only on borders').click();
    // The first change loads the charts and KaTeX, so the build's numbers stand for a moment: wait for the preset's.
    await expect.poll(() => score(page, 'Mean IoU').textContent(), SLOW).toBe(pct(scoresOf('borderErrors').meanIoU));
    await grid(page, 'Prediction').focus();
    await page.keyboard.press('3');
    await page.keyboard.press('Space');
    await expect
      .poll(() => score(page, 'Mean IoU').textContent(), SLOW)
      .not.toBe(pct(scoresOf('borderErrors').meanIoU));
    const before = { meanIoU: await score(page, 'Mean IoU').textContent(), matrix: await matrixLabel(page) };
    await expect.poll(() => new URL(page.url()).searchParams.get('metrics.p'), SLOW).toMatch(/^D/); // starts with a plant pixel
    await page.reload({ waitUntil: 'load' });
    await page.locator('metrics-playground').scrollIntoViewIfNeeded();
    await expect.poll(() => score(page, 'Mean IoU').textContent(), SLOW).toBe(before.meanIoU);
    await expect(matrixLabel(page)).resolves.toBe(before.matrix);
    await expect(preset(page, 'Errors only on borders').getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });

  it('100 interactions (presets, brushes, keyboard paints, fast strokes) leave the tfjs tensor count where it was, with no console error', async () => {
    const { page, context, problems } = await openPlayground();
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    const names = ['Perfect', 'All background', 'Shifted by 2 px', 'Two classes swapped', 'Errors only on borders'];
    const box = await grid(page, 'Prediction').boundingBox();
    if (!box) throw new Error('prediction grid has no box');
    // A seeded sequence: the same interactions on every run.
    let seed = 18;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 100; i++) {
      const kind = next(4);
      if (kind === 0) await preset(page, names[next(names.length)]).click();
      else if (kind === 1) {
        await grid(page, next(2) === 0 ? 'Prediction' : 'Ground truth').focus();
        await page.keyboard.press(String(next(4)));
        await page.keyboard.press(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'][next(4)]);
        await page.keyboard.press('Space');
      } else {
        const cell = box.width / 16;
        await page.mouse.move(box.x + cell * (next(16) + 0.5), box.y + cell * (next(16) + 0.5));
        await page.mouse.down();
        await page.mouse.move(box.x + cell * (next(16) + 0.5), box.y + cell * (next(16) + 0.5), { steps: 1 });
        await page.mouse.up();
      }
    }
    await expect.poll(() => status(page).textContent(), SLOW).toMatch(/agrees/);
    await expect.poll(() => tensorCount(page), SLOW).toBe(before);
    await expect(page.locator('metrics-playground .matrix-drawing svg rect').count()).resolves.toBeGreaterThan(16);
    await expect(page.locator('metrics-playground .bars-drawing svg').count()).resolves.toBe(1);
    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a fast stroke (one pointer event from the first cell to the last) paints every cell between them', async () => {
    const { page, context } = await openPlayground();
    await preset(page, 'Perfect').click();
    await page.getByRole('radio', { name: '1 animal' }).check();
    const box = await grid(page, 'Prediction').boundingBox();
    if (!box) throw new Error('prediction grid has no box');
    const cell = box.width / 16;
    await page.mouse.move(box.x + cell * 0.5, box.y + cell * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + cell * 15.5, box.y + cell * 0.5, { steps: 1 }); // the whole top row, background
    await page.mouse.up();
    await expect
      .poll(() => matrixLabel(page), SLOW)
      .toContain('the largest mistake is 16 background pixels predicted as animal');
    await context.close();
  });

  it('every truth pixel ignored: every score reads n/a with the reason, and the dataset average skips the image', async () => {
    const { page, context, problems } = await openPlayground('?metrics.t=Z74');
    for (const name of ['Pixel accuracy', 'Mean accuracy', 'Mean IoU', 'Frequency-weighted IoU']) {
      await expect.poll(() => score(page, name).textContent(), SLOW).toBe('n/a');
    }
    await expect(page.locator('metrics-playground .counted').textContent()).resolves.toContain('0 of 256');
    const cell = (row: string, column: string) =>
      page.locator(`metrics-playground .dataset tr[data-row="${row}"] [data-column="${column}"]`).textContent();
    await expect(cell('0', 'meanIoU')).resolves.toBe('n/a');
    const companions = compareProtocols(
      companionImages().map((c) => c.pair),
      PLAYGROUND_CLASS_COUNT,
    );
    await expect(cell('averaged', 'meanIoU')).resolves.toBe(pct(companions.averaged.meanIoU));
    await expect(page.locator('metrics-playground tr[data-row="averaged"] th').textContent()).resolves.toContain('2');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('metrics playground on /ko/metrics/', () => {
  it('speaks Korean: presets, scores, the matrix, tfjs agreement; an all-ignored painting reads 해당 없음; axe passes', async () => {
    const { page, context, problems } = await openPlayground('', '/ko');
    await preset(page, '모두 배경').click();
    const trap = scoresOf('allBackground');
    const ko = (share: number) =>
      new Intl.NumberFormat('ko-KR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        share,
      );
    await expect.poll(() => score(page, '픽셀 정확도').textContent(), SLOW).toBe(ko(trap.pixelAccuracy));
    await expect(score(page, '평균 IoU').textContent()).resolves.toBe(ko(trap.meanIoU));
    await expect(score(page, '평균 정확도').textContent()).resolves.toBe(ko(trap.meanAccuracy));
    await expect(score(page, '빈도 가중 IoU').textContent()).resolves.toBe(ko(trap.frequencyWeightedIoU));
    await expect.poll(() => matrixLabel(page), SLOW).toContain('혼동 행렬');
    await page.getByRole('application', { name: /^예측,/ }).focus();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: '2 탈것' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('metrics-playground .cursor-line').textContent(), SLOW)
      .toContain('정답 배경, 예측 탈것');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();

    const empty = await openPlayground('?metrics.t=Z74', '/ko');
    await expect.poll(() => score(empty.page, '평균 IoU').textContent(), SLOW).toBe('해당 없음');
    await expect(empty.page.locator('metrics-playground .counted').textContent()).resolves.toContain(
      '정의되지 않습니다',
    );
    await empty.context.close();
  });

  it('renders the first frame without JavaScript: the matrix and the bars are in the page, in Korean', async () => {
    const { page, context } = await openPage(session, '/ko/metrics/', { javaScriptEnabled: false });
    await expect(page.locator('metrics-playground .matrix-drawing svg').getAttribute('aria-label')).resolves.toContain(
      '혼동 행렬',
    );
    await expect(page.locator('metrics-playground .bars-drawing svg').getAttribute('aria-label')).resolves.toContain(
      '클래스별 IoU',
    );
    await expect(page.locator('metrics-playground .matrix-drawing svg rect').count()).resolves.toBeGreaterThan(16);
    await context.close();
  });
});
