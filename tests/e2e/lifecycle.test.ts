// One widget lifecycle, in real Chromium: on every page, each widget is removed and added back three times
// (at once, after 300 ms away, and once more), then it must have redone its work, left no listener, observer,
// worker or tfjs tensor behind (counted in the page, see helpers/lifecycle.ts), and its controls must act
// once per use — one click is one step, one run, one layer. The Korean pages (/ko/…) get the same remounts and
// counts; there "settled" is read without words (the status holds still, then the new mount shows the same
// sentence, numbers aside), so the check does not depend on the Korean wording.
import { existsSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localePath, type Locale } from '../../src/i18n';
import { browserSession, openPage, tensorCount, widgetReady } from './helpers/browser';
import { leftovers, remount, trackLeftovers } from './helpers/lifecycle';

const session = browserSession();

interface WidgetCase {
  tag: string;
  /** Settled: this part's text matches (the part is emptied before the last re-add, so the new mount must redo it). */
  part: string;
  text: RegExp;
  /** Also wait for this attribute value on the element (when the text alone could come from an earlier mount). */
  attribute?: [string, string];
}

const PAGES: { path: string; widgets: WidgetCase[] }[] = [
  {
    path: '/transposed-convolution/',
    widgets: [
      { tag: 'scatter-stepper', part: '.status', text: /agrees with the scatter-add/ },
      { tag: 'output-size-explorer', part: '.status', text: /^Input \d+ × \d+ → output/ },
      { tag: 'matrix-view', part: '.status', text: /agree: largest difference/ },
      { tag: 'checkerboard-demo', part: '.status', text: /\) agrees with the scatter-add reference/ },
    ],
  },
  {
    path: '/metrics/',
    widgets: [
      { tag: 'metrics-playground', part: '.status', text: /tfjs \(\w+\) agrees/ },
      { tag: 'evaluate-models', part: '.status', text: /^Ready:/, attribute: ['data-ready', 'true'] },
    ],
  },
  {
    path: '/skip-connections/',
    widgets: [
      { tag: 'segment-image-el', part: '.status', text: / ms(, .*)? on |No model could run/ },
      { tag: 'stage-view-el', part: '.status', text: /largest difference|no skip/ },
      { tag: 'train-skip-el', part: '.status', text: /Press Train/, attribute: ['data-ready', 'true'] },
    ],
  },
  {
    path: '/vgg-backbone/',
    widgets: [
      { tag: 'receptive-field-el', part: '.status', text: /tf\.grad agrees/ },
      { tag: 'vgg-table-el', part: '.status', text: /Measured = predicted/ },
      { tag: 'feature-maps-el', part: '.status', text: /tf\.conv2d on the scene/ },
    ],
  },
  {
    path: '/fc-to-conv/',
    widgets: [
      { tag: 'fc-equals-conv-el', part: '.status', text: /agrees with tf\.matMul/ },
      { tag: 'one-by-one-el', part: '.status', text: /agrees with tf\.matMul/ },
      { tag: 'score-heatmap-el', part: '.status', text: /score_fr is/ },
    ],
  },
  { path: '/pad-100-and-crop/', widgets: [{ tag: 'fcn-tracer', part: '.status', text: /Predicted sizes shown/ }] },
  { path: '/', widgets: [{ tag: 'fcn-teaser-el', part: '.status', text: /labelled test scene/ }] },
  { path: '/about/', widgets: [{ tag: 'backend-check', part: '.status', text: /backends started/ }] },
  { path: '/model-card/', widgets: [{ tag: 'training-curves-el', part: '.status', text: /logged training steps/ }] },
];

const SETTLE = { timeout: 170_000, intervals: [250, 500, 1000] };

async function settled(page: Page, widget: WidgetCase): Promise<void> {
  const host = page.locator(widget.tag).first();
  await host.scrollIntoViewIfNeeded();
  await expect.poll(() => host.locator(widget.part).first().textContent(), SETTLE).toMatch(widget.text);
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
}

/** A status sentence with its numbers (timings, counts) left out, to compare two mounts' sentences in any language. */
const shape = (text: string | null) =>
  (text ?? '')
    .replace(/\d+(?:[.,]\d+)*/g, '#')
    .replace(/\s+/g, ' ')
    .trim();

/** A progress message ("Loading…", "계산하는 중…"): both dictionaries end every one with an ellipsis. */
const inProgress = (text: string) => /(…|\.\.\.)$/.test(text);

/**
 * Settled without reading words: the widget's attribute (when it has one) holds, and its status is non-empty, not
 * a progress message, and the same in three readings in a row, half a second apart. Returns the status, whose
 * shape the next mount must show again.
 */
async function settledWordless(page: Page, widget: WidgetCase): Promise<string> {
  const host = page.locator(widget.tag).first();
  await host.scrollIntoViewIfNeeded();
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
  const part: Locator = host.locator(widget.part).first();
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const now = ((await part.textContent()) ?? '').trim();
        same = now !== '' && !inProgress(now) && now === last ? same + 1 : 0;
        last = now;
        return same;
      },
      { timeout: SETTLE.timeout, interval: 500 },
    )
    .toBeGreaterThanOrEqual(2);
  return last;
}

/** The new mount has redone its work: its status has the shape the first mount's had when it settled. */
async function settledAgain(page: Page, widget: WidgetCase, status: string): Promise<void> {
  const host = page.locator(widget.tag).first();
  await expect
    .poll(async () => shape(await host.locator(widget.part).first().textContent()), SETTLE)
    .toBe(shape(status));
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
}

/** The leftover counts once two readings in a row agree (the page has stopped adding and removing). */
async function steadyLeftovers(page: Page, tags: string[]): Promise<Awaited<ReturnType<typeof leftovers>>> {
  let last = await leftovers(page, tags);
  await expect
    .poll(async () => {
      const now = await leftovers(page, tags);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    }, SETTLE)
    .toBe(true);
  return last;
}

/** A page with the leftover counters installed before its scripts run. */
async function openTracked(path: string) {
  const opened = await openPage(session, path);
  await opened.context.addInitScript(trackLeftovers);
  await opened.page.reload({ waitUntil: 'load' });
  return opened;
}

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

const DIST = process.env.DIST_DIR ?? 'dist';
const KOREAN: Locale = 'ko';
const koreanPages = PAGES.map(({ path, widgets }) => ({ path: localePath(KOREAN, path), widgets })).filter(({ path }) =>
  existsSync(`${DIST}${path}index.html`),
);

describe('one widget lifecycle on the Korean pages: remove and re-add', () => {
  it.skipIf(koreanPages.length === 0)('has Korean pages to check', () => {
    expect(koreanPages.length).toBe(PAGES.length);
  });

  for (const { path, widgets } of koreanPages) {
    it(`${path}: ${widgets.map((w) => w.tag).join(', ')} mount again with nothing left behind`, async () => {
      const { page, context, problems } = await openTracked(path);
      const tags = widgets.map((w) => w.tag);
      const statuses = new Map<string, string>();
      for (const widget of widgets) {
        await widgetReady(page, widget.tag);
        statuses.set(widget.tag, await settledWordless(page, widget));
      }
      const before = await steadyLeftovers(page, tags);
      const tensorsBefore = await tensorCount(page);
      for (const widget of widgets) {
        await page.locator(widget.tag).scrollIntoViewIfNeeded();
        await remount(page, widget.tag, widget.part);
        await settledAgain(page, widget, statuses.get(widget.tag)!);
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
      // One use, by keys and numbers only: a step of the stepper is one step.
      if (tags.includes('scatter-stepper')) {
        const step = page.locator('scatter-stepper output[data-for="step"]');
        const at = Number(/^(\d+)/.exec((await step.textContent()) ?? '')?.[1]);
        await page.locator('scatter-stepper .drawing').press('ArrowRight');
        await expect.poll(() => step.textContent()).toMatch(new RegExp(`^${at + 1}\\D`));
      }
      expect(problems.pageErrors).toEqual([]);
      expect(problems.console.filter((line) => !/favicon/.test(line))).toEqual([]);
      await context.close();
    });
  }
});
