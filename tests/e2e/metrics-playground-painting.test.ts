// The metrics playground on /metrics/, painted: with the keyboard (a number picks the class, arrows move, Space
// paints), by dragging the mouse, by a fast stroke, by touch, and with the ignore brush, each moving the confusion
// matrix's counts. The presets, tfjs, the URL, memory and Korean: metrics-playground.test.ts.
import { describe, expect, it } from 'vitest';
import { baseUrl, widgetReady, browserSession } from './helpers/browser';
import { grid, matrixLabel, openPlaygroundIn, pct, preset, score, SLOW } from './helpers/metrics-playground';

const session = browserSession();

const openPlayground = (query = '', locale: '' | '/ko' = '') => openPlaygroundIn(session, query, locale);

describe('metrics playground', () => {
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
});
