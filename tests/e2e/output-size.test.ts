// The output-size explorer in Chromium: sliders found by role and name change the substituted formula, the
// output size and the drawing; impossible combinations are explained while the last drawing stays (dimmed);
// the URL query reproduces the state; reduced motion draws the final state at once.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, scrollsSideways, browserSession, widgetReady } from './helpers/browser';

const PAGE = process.env.OUTPUT_SIZE_PAGE ?? '/transposed-convolution/';

const session = browserSession();

const NAMES = {
  i: 'input size i',
  k: 'kernel size k',
  s: 'stride s',
  p: 'padding p',
  a: 'output padding a',
  d: 'dilation d',
} as const;
type Symbol = keyof typeof NAMES;

const widgetOf = (page: Page): Locator => page.locator('output-size-explorer').first();
const slider = (widget: Locator, key: Symbol): Locator => widget.getByRole('slider', { name: NAMES[key] });

async function setSliders(widget: Locator, values: Partial<Record<Symbol, number>>): Promise<void> {
  for (const [key, value] of Object.entries(values) as [Symbol, number][])
    await slider(widget, key).fill(String(value));
}

/** The typeset formula as a reader sees it (KaTeX's HTML, whitespace removed). */
async function formulaText(widget: Locator): Promise<string> {
  await widget.locator('.formula .katex-html').first().waitFor();
  return ((await widget.locator('.formula .katex-html').first().textContent()) ?? '').replace(/\s+/g, '');
}

async function outputCellCount(widget: Locator): Promise<number> {
  return widget.locator('.drawing svg rect[data-kind="output"], .drawing svg rect[data-kind="outputPadding"]').count();
}

async function open(path = PAGE, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(session, path, options);
  const widget = widgetOf(opened.page);
  // The drawing is there from the build (its first frame): wait for the element itself, which reads the URL.
  await widgetReady(opened.page, 'output-size-explorer');
  await widget.locator('.drawing svg').waitFor();
  return { ...opened, widget };
}

describe('output-size explorer', () => {
  it('substitutes the sliders into o = (i−1)s − 2p + d(k−1) + a + 1 and redraws: i=2, k=3, s=2 gives 5', async () => {
    const { context, widget, problems } = await open();
    await setSliders(widget, { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 });
    await expect.poll(() => formulaText(widget)).toContain('=(2−1)⋅2−2⋅0+1⋅(3−1)+0+1=5');
    await expect.poll(() => widget.locator('.status').textContent()).toContain('o = 5');
    await expect.poll(() => outputCellCount(widget)).toBe(25);

    await slider(widget, 'i').fill('3');
    await expect.poll(() => formulaText(widget)).toContain('=(3−1)⋅2−2⋅0+1⋅(3−1)+0+1=7');
    await expect.poll(() => outputCellCount(widget)).toBe(49);
    await expect(widget.locator('.drawing svg text[data-label="output"]').textContent()).resolves.toContain('7 × 7');

    await setSliders(widget, { i: 4, k: 4, s: 2, p: 1, a: 1, d: 1 });
    await expect.poll(() => widget.locator('.status').textContent()).toContain('o = 9');
    await expect.poll(() => widget.locator('.drawing svg rect[data-kind="outputPadding"]').count()).toBe(9 * 9 - 8 * 8);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });

  it('names the forward sizes that share the output and marks the one output padding a picks', async () => {
    const { context, widget } = await open();
    await setSliders(widget, { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 });
    const sizes = widget.locator('.shared-sizes li');
    await expect
      .poll(() => sizes.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.size)))
      .toEqual(['5', '6']);
    await expect(widget.locator('.shared-sizes li[aria-current="true"]').getAttribute('data-size')).resolves.toBe('5');
    await slider(widget, 'a').fill('1');
    await expect
      .poll(() => widget.locator('.shared-sizes li[aria-current="true"]').getAttribute('data-size'))
      .toBe('6');
    await expect(widget.locator('.forward-text').textContent()).resolves.toContain('maps o = 6 back to i = 2');
    await context.close();
  });

  it('explains an impossible combination next to the controls and keeps the last drawing, dimmed', async () => {
    const { context, widget, problems } = await open();
    await setSliders(widget, { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 });
    await expect.poll(() => outputCellCount(widget)).toBe(25);
    await slider(widget, 'a').fill('2');
    await expect
      .poll(() => widget.locator('.problem').textContent())
      .toContain('must be smaller than max(stride, dilation) = 2');
    expect(await widget.locator('.drawing').getAttribute('class')).toContain('stale');
    expect(await outputCellCount(widget)).toBe(25);
    expect(await formulaText(widget)).toContain('(novalidoutput)');

    await setSliders(widget, { a: 0, p: 3 });
    await expect.poll(() => widget.locator('.problem').textContent()).toContain('nothing is left');
    expect(await outputCellCount(widget)).toBe(25);
    expect(await formulaText(widget)).toContain('=−1');
    await slider(widget, 'p').fill('0');
    await expect.poll(() => widget.locator('.problem').textContent()).toBe('');
    expect(await widget.locator('.drawing').getAttribute('class')).not.toContain('stale');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps its state in the URL query: a copied link shows the same numbers', async () => {
    const first = await open();
    await setSliders(first.widget, { i: 5, k: 4, s: 3, p: 1, a: 2, d: 1 });
    await expect.poll(() => first.page.url()).toContain('size.a=2');
    const url = new URL(first.page.url());
    const status = await first.widget.locator('.status').textContent();
    await first.context.close();

    const second = await open(`${url.pathname}${url.search}`);
    for (const [key, value] of Object.entries({ i: 5, k: 4, s: 3, p: 1, a: 2, d: 1 }) as [Symbol, number][]) {
      await expect(slider(second.widget, key).inputValue()).resolves.toBe(String(value));
    }
    await expect.poll(() => second.widget.locator('.status').textContent()).toBe(status);
    await expect.poll(() => formulaText(second.widget)).toContain('=(5−1)⋅3−2⋅1+1⋅(4−1)+2+1=16');
    await second.context.close();
  });

  it('opens on an impossible link without a blank figure', async () => {
    const { context, widget } = await open(`${PAGE}?size.i=1&size.k=1&size.p=4`);
    await expect.poll(() => widget.locator('.problem').textContent()).toContain('nothing is left');
    expect(await widget.locator('.drawing svg rect').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('draws the final state at once under prefers-reduced-motion', async () => {
    const { context, widget } = await open(PAGE, { reducedMotion: 'reduce' });
    await setSliders(widget, { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 });
    await slider(widget, 'i').fill('6');
    // No transition: right after the change every cell is at full opacity and the old cells are gone.
    const snapshot = await widget.locator('.drawing svg rect').evaluateAll((rects) => ({
      count: rects.length,
      faded: rects.filter((r) => (r as SVGRectElement).style.opacity !== '1').length,
    }));
    expect(snapshot).toEqual({ count: 36 + 13 * 13, faded: 0 });
    await context.close();
  });

  it('animates between states when motion is allowed', async () => {
    const { context, widget } = await open(PAGE, { reducedMotion: 'no-preference' });
    await setSliders(widget, { i: 2, k: 3, s: 2, p: 0, a: 0, d: 1 });
    await expect.poll(() => outputCellCount(widget)).toBe(25);
    await slider(widget, 'i').fill('6');
    const faded = await widget
      .locator('.drawing svg rect')
      .evaluateAll((rects) => rects.filter((r) => Number(getComputedStyle(r).opacity) < 1).length);
    expect(faded).toBeGreaterThan(0);
    await expect.poll(() => widget.locator('.drawing svg rect').count()).toBe(36 + 13 * 13);
    await context.close();
  });

  it('fits 375 px, light and dark, at the largest sizes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, widget, problems } = await open(PAGE, { width: 375, height: 800, colorScheme });
      await setSliders(widget, { i: 12, k: 7, s: 4, p: 0, a: 3, d: 3 });
      await expect.poll(() => widget.locator('.status').textContent()).toContain('o = 66');
      expect(await scrollsSideways(page)).toBe(false);
      const box = await widget.locator('.drawing svg').boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(375);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    }
  });
});
