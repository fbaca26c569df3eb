// The metrics playground on /metrics/: presets change the four scores, tfjs agrees with
// src/lib/metrics/scores.ts, the painted grids survive a reload through the URL, painting leaks no tensors, an
// all-ignored truth reads n/a; and on /ko/metrics/ in Korean. Painting with the keyboard, the mouse, touch and the
// ignore brush: metrics-playground-painting.test.ts.
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, tensorCount, browserSession, widgetReady } from './helpers/browser';
import {
  grid,
  matrixLabel,
  openPlaygroundIn,
  pct,
  preset,
  score,
  scoresOf,
  SLOW,
  status,
} from './helpers/metrics-playground';
import { PLAYGROUND_CLASS_COUNT, companionImages, presetPair } from '../../src/lib/metrics/presets';
import { compareProtocols } from '../../src/lib/metrics/protocols';

const session = browserSession();

const openPlayground = (query = '', locale: '' | '/ko' = '') => openPlaygroundIn(session, query, locale);

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

  it('a pointer over the widget loads the charts before the first change; until they arrive the results are busy', async () => {
    const { page, context } = await openPage(session, '/metrics/');
    await widgetReady(page, 'metrics-playground');
    // Hold KaTeX back, so the moment between the change and its numbers can be seen.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const requested: string[] = [];
    await page.route(/\/katex\.[\w-]+\.js$/, async (route) => {
      requested.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.locator('metrics-playground .presets').hover();
    await expect.poll(() => requested.length, SLOW).toBe(1); // asked for on hover, before any change
    const results = page.locator('metrics-playground .results');
    await expect(results.getAttribute('aria-busy')).resolves.toBeNull();
    await preset(page, 'Perfect').click();
    // The widget draws in the next animation frame: on a fast machine the click returns before it. KaTeX is held,
    // so the busy state lasts until release().
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('true');
    release();
    await expect.poll(() => score(page, 'Mean IoU').textContent(), SLOW).toBe('100.0%');
    await expect(results.getAttribute('aria-busy')).resolves.toBeNull();
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
