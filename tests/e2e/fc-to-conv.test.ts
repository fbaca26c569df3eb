// The fc-to-conv lesson in Chromium: FC = conv on real numbers (largest difference < 1e-4, then a map of
// answers on a larger input), the 1×1 explorer (parameters constant when H changes, pixel · W = conv), the
// score heat map of the shipped model (or a clear message without it). Sweeps with the tensor count:
// fc-to-conv-sweep.test.ts; the Korean page: fc-to-conv-ko.test.ts.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, widgetReady, browserSession, shippedModelFiles } from './helpers/browser';

const PAGE = '/fc-to-conv/';
const session = browserSession();
let modelShipped = false;
beforeAll(async () => {
  modelShipped = (await shippedModelFiles()).some((f) => f.endsWith('weights.bin'));
});

const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

async function open(tag: string, query = ''): Promise<{ page: Page; widget: Locator; close: () => Promise<void> }> {
  const { page, context } = await openPage(session, `${PAGE}${query}`);
  await widgetReady(page, tag);
  return { page, widget: page.locator(tag).first(), close: () => context.close() };
}

describe('FC = conv', () => {
  it('tf.conv2d with reshaped weights equals tf.matMul to < 1e-4, then gives an (H′ − h + 1) × (W′ − w + 1) map', async () => {
    const { page, widget, close } = await open('fc-equals-conv-el');
    await widget.getByRole('slider', { name: 'channels C' }).fill('5');
    await expect
      .poll(() => text(widget.locator('.status')), { timeout: 90_000 })
      .toContain('tf.conv2d agrees with tf.matMul');
    expect(Number(await widget.locator('.status').getAttribute('data-max-difference'))).toBeLessThan(1e-4);
    const dense = await widget.locator('td[data-op="dense"]').allTextContents();
    const conv = await widget.locator('td[data-op="conv"]').allTextContents();
    expect(dense).toHaveLength(3);
    expect(conv).toEqual(dense);

    await widget.getByRole('slider', { name: 'input height H′' }).fill('9');
    await widget.getByRole('slider', { name: 'input width W′' }).fill('7');
    await widget.getByRole('slider', { name: 'map height h' }).fill('4');
    await expect
      .poll(() => text(widget.locator('.shape-formula')))
      .toContain('(9 − 4 + 1) × (7 − 3 + 1) × 3 = 6 × 5 × 3');
    await expect.poll(() => widget.locator('.drawing [data-part="answers"] rect').count()).toBe(30);
    await expect.poll(() => text(widget.locator('.status'))).toContain('the answer map is 6 × 5 × 3');
    await expect.poll(() => page.url()).toContain('fcconv.H=9');

    await widget.getByRole('slider', { name: 'input height H′' }).fill('2');
    await expect.poll(() => text(widget.locator('.problem'))).toContain('smaller than the kernel height h = 4');
    expect(await widget.locator('.drawing').getAttribute('class')).toContain('stale');
    expect(await widget.locator('.drawing [data-part="answers"] rect').count()).toBe(30);
    await close();
  });
});

describe('1×1 convolution explorer', () => {
  it('keeps the parameter count when H changes, grows the multiply-adds, and pixel · K + b equals the conv', async () => {
    const { widget, close } = await open('one-by-one-el');
    await expect
      .poll(() => text(widget.locator('.status')), { timeout: 90_000 })
      .toContain('agrees with tf.matMul at this pixel');
    const params = await text(widget.locator('.params'));
    expect(params).toContain('4·3 + 3 = 15');
    const cost = await text(widget.locator('.cost'));
    await widget.getByRole('slider', { name: 'height H' }).fill('20');
    await expect.poll(() => text(widget.locator('.cost'))).not.toBe(cost);
    expect(await text(widget.locator('.cost'))).toContain('20·8·4·3 = 1,920');
    expect(await text(widget.locator('.params'))).toBe(params);
    await expect.poll(() => text(widget.locator('.status'))).toContain('the whole output is [20, 8, 3]');

    await widget.locator('.drawing rect[data-cell="5,6"]').click();
    await expect.poll(() => text(widget.locator('.product caption'))).toContain('Pixel (5, 6)');
    await expect.poll(() => widget.getByRole('slider', { name: 'pixel row y' }).inputValue()).toBe('5');
    const matmul = await widget.locator('tr.matmul td').allTextContents();
    const conv = await widget.locator('tr.conv td').allTextContents();
    expect(matmul.slice(1)).toEqual(conv.slice(1));
    await widget.getByRole('slider', { name: 'input channels C_in' }).fill('7');
    await expect.poll(() => text(widget.locator('.params'))).toContain('7·3 + 3 = 24');
    await expect.poll(() => widget.locator('.product tbody tr').count()).toBe(7 + 3);
    await close();
  });
});

describe('score heat map', () => {
  it("shows the shipped model's class probability before and after upsampling, or explains that it is missing", async () => {
    const { widget, close } = await open('score-heatmap-el');
    if (!modelShipped) {
      await expect.poll(() => text(widget.locator('.status')), { timeout: 120_000 }).toContain('not available');
      expect(await widget.locator('.drawing svg').count()).toBe(0);
      await close();
      return;
    }
    await expect.poll(() => text(widget.locator('.status')), { timeout: 120_000 }).toContain('score_fr is 5 × 5 × 6');
    expect(await widget.locator('.drawing .coarse rect').count()).toBe(25);
    expect(await widget.locator('.drawing image.full').count()).toBe(1);
    const first = await widget
      .locator('.drawing .coarse rect')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-p')).join());
    const chosen = await widget.getByRole('combobox', { name: 'class' }).inputValue();
    await widget.getByRole('combobox', { name: 'class' }).selectOption(chosen === '0' ? '1' : '0');
    await expect.poll(() => widget.locator('.drawing').getAttribute('data-class-id')).toBe(chosen === '0' ? '1' : '0');
    const second = await widget
      .locator('.drawing .coarse rect')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-p')).join());
    expect(second).not.toBe(first);
    await close();
  });
});
