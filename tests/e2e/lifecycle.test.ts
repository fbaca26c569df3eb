// One widget lifecycle, in real Chromium: on every page, each widget is removed and added back three times
// (at once, after 300 ms away, and once more), then it must have redone its work, left no listener, observer,
// worker or tfjs tensor behind (counted in the page, see helpers/lifecycle.ts), and its controls must act
// once per use — one click is one step, one run, one layer. The Korean pages (/ko/…): lifecycle-ko.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, tensorCount, widgetReady } from './helpers/browser';
import { leftovers, remount } from './helpers/lifecycle';
import { PAGES } from './helpers/lifecycle-pages';
import { openTracked as openTrackedPage, SETTLE, settled, steadyLeftovers } from './helpers/lifecycle-settle';

const session = browserSession();

/** A page with the leftover counters installed before its scripts run. */
const openTracked = (path: string) => openTrackedPage(session, path);

/** The query value of `key` once the widget has written it (URL writes wait 150 ms). */
const queryValue = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.search).get(k), key);

/** What one use of a control must do once the widget has been remounted (null: the counts are the check). */
const USE: Record<string, ((page: Page) => Promise<void>) | undefined> = {
  async 'scatter-stepper'(page) {
    const widget = page.locator('scatter-stepper');
    const step = widget.locator('output[data-for="step"]');
    await expect(step.textContent()).resolves.toMatch(/^0 \//);
    await widget.getByRole('button', { name: 'step forward' }).click();
    await expect.poll(() => step.textContent()).toMatch(/^1 \//);
    await widget.locator('.drawing').press('ArrowRight');
    await expect.poll(() => step.textContent()).toMatch(/^2 \//);
  },
  async 'checkerboard-demo'(page) {
    const before = Number((await queryValue(page, 'checker.seed')) ?? 1);
    await page.locator('checkerboard-demo').getByRole('button', { name: 'New random kernel' }).click();
    await expect.poll(() => queryValue(page, 'checker.seed')).toBe(String(before + 1));
  },
  async 'metrics-playground'(page) {
    const widget = page.locator('metrics-playground');
    await widget.getByRole('button', { name: 'Perfect', exact: true }).click();
    await expect
      .poll(() => widget.getByRole('status', { name: 'Pixel accuracy', exact: true }).textContent())
      .toBe('100.0%');
    const prediction = widget.getByRole('application', { name: /^Prediction,/ });
    await prediction.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget.locator('.cursor-line').textContent()).toContain('row 1, column 2');
    await page.keyboard.press('2');
    await page.keyboard.press('Space');
    await expect
      .poll(() => widget.locator('.matrix-drawing svg').getAttribute('aria-label'))
      .toContain('the largest mistake is 1 background pixels predicted as vehicle');
  },
  async 'evaluate-models'(page) {
    const widget = page.locator('evaluate-models');
    const runs = Number((await widget.getAttribute('data-runs')) ?? 0);
    await widget.getByRole('spinbutton', { name: 'test scenes N' }).fill('2');
    await widget.getByRole('button', { name: 'Run the evaluation' }).click();
    await expect.poll(() => widget.getAttribute('data-runs'), SETTLE).toBe(String(runs + 1));
    await expect(widget.locator('.status').textContent()).resolves.toMatch(/^2 scenes, 3 models/);
  },
  async 'segment-image-el'(page) {
    const widget = page.locator('segment-image-el');
    const runs = Number(await widget.getAttribute('data-runs'));
    await widget.getByRole('button', { name: 'Run again' }).click();
    await expect.poll(() => widget.getAttribute('data-runs'), SETTLE).toBe(String(runs + 1));
    // A window, not a wait for state: a click handled twice (a listener left from an earlier mount) would finish
    // a second run within it.
    // eslint-disable-next-line no-restricted-properties
    await page.waitForTimeout(1500);
    await expect(widget.getAttribute('data-runs')).resolves.toBe(String(runs + 1));
  },
  async 'stage-view-el'(page) {
    const widget = page.locator('stage-view-el');
    await widget.getByRole('combobox', { name: 'test scene' }).selectOption({ index: 1 });
    await expect.poll(() => widget.locator('.status').textContent(), SETTLE).toMatch(/seed \d+1, .*largest difference/);
    await widget.locator('figure.stage svg').first().hover();
    await expect.poll(() => widget.locator('.hover').textContent()).toMatch(/cell \(row \d+, column \d+\)/);
  },
  async 'train-skip-el'(page) {
    const widget = page.locator('train-skip-el');
    await widget.getByRole('button', { name: /^Train/ }).click();
    await expect.poll(() => widget.getAttribute('data-train-step').then(Number), SETTLE).toBeGreaterThan(0);
    await widget.getByRole('button', { name: /^Pause/ }).click();
    await expect.poll(() => widget.getAttribute('data-running'), SETTLE).toBe('false');
  },
  async 'receptive-field-el'(page) {
    const widget = page.locator('receptive-field-el');
    const layers = await widget.locator('.stack li').count();
    await widget.getByRole('button', { name: 'Add 2×2 pool' }).click();
    await expect.poll(() => widget.locator('.stack li').count()).toBe(layers + 1);
  },
  async 'fcn-tracer'(page) {
    const widget = page.locator('fcn-tracer');
    await widget.getByRole('button', { name: 'Run it for real' }).click();
    await expect.poll(() => widget.locator('.status').textContent(), SETTLE).toMatch(/agree|match/i);
  },
};

describe('one widget lifecycle: remove and re-add', () => {
  for (const { path, widgets } of PAGES) {
    it(`${path}: ${widgets.map((w) => w.tag).join(', ')} mount again with nothing left behind, and act once per use`, async () => {
      const { page, context, problems } = await openTracked(path);
      const tags = widgets.map((w) => w.tag);
      for (const widget of widgets) {
        await widgetReady(page, widget.tag);
        await settled(page, widget);
      }
      const before = await steadyLeftovers(page, tags);
      const tensorsBefore = await tensorCount(page);
      const trainer = tags.includes('train-skip-el') ? page.locator('train-skip-el') : null;
      const trainerTensors = await trainer?.getAttribute('data-tensors');
      for (const widget of widgets) {
        await page.locator(widget.tag).scrollIntoViewIfNeeded();
        await remount(page, widget.tag, widget.part);
        await settled(page, widget);
      }
      await expect
        .poll(() => leftovers(page, tags), {
          message: 'live listeners, observers and workers after three remounts',
          timeout: 30_000,
        })
        .toEqual(before);
      await expect
        .poll(() => tensorCount(page), { message: 'tfjs tensors after three remounts', timeout: 30_000 })
        .toBe(tensorsBefore);
      if (trainer) {
        expect(trainerTensors, 'the worker reports its tensors').toMatch(/^\d+$/);
        await expect
          .poll(() => trainer.getAttribute('data-tensors'), {
            message: 'the new worker holds what the first held',
            timeout: 30_000,
          })
          .toBe(trainerTensors);
      }
      for (const widget of widgets) await USE[widget.tag]?.(page);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.console.filter((line) => !/favicon/.test(line))).toEqual([]);
      await context.close();
    });
  }
});
