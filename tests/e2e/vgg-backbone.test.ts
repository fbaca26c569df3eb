// The vgg-backbone lesson in Chromium: the receptive-field explorer (field size and jump change with the
// stack, tf.grad agrees, links reproduce the stack), the VGG16 table for an odd size (measured = predicted,
// 138,357,544 parameters) and the feature maps of the trained model (or a clear message without it). Sweeps
// with the tensor count: vgg-backbone-sweep.test.ts; the Korean page: vgg-backbone-ko.test.ts.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockWidths, SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { openPage, widgetReady, browserSession, shippedModelFiles } from './helpers/browser';

/** Channels of our network's pool5 (its last block). */
const POOL5_CHANNELS = blockWidths(SHIPPED_CONFIG)[4];

const PAGE = '/vgg-backbone/';
const session = browserSession();
let modelShipped = false;
beforeAll(async () => {
  modelShipped = (await shippedModelFiles()).some((f) => f.endsWith('weights.bin'));
});

const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

async function open(
  tag: string,
  query = '',
): Promise<{
  page: Page;
  widget: Locator;
  close: () => Promise<void>;
  problems: { pageErrors: string[]; console: string[] };
}> {
  const { page, context, problems } = await openPage(session, `${PAGE}${query}`);
  await widgetReady(page, tag);
  return { page, widget: page.locator(tag).first(), close: () => context.close(), problems };
}

describe('receptive-field explorer', () => {
  it('shows r = 7 for three 3×3 convs, and the gradient agrees on 49 pixels', async () => {
    const { widget, close, problems } = await open('receptive-field-el');
    await expect.poll(() => text(widget.locator('.status')), { timeout: 90_000 }).toContain('tf.grad agrees');
    expect(await text(widget.locator('.status'))).toContain('exactly 49 input pixels');
    expect(await text(widget.locator('.field'))).toContain('receptive field r = 7');
    expect(await text(widget.locator('.params'))).toContain('45% fewer');
    expect(await widget.locator('.drawing circle.grad').count()).toBe(49);
    expect(await widget.locator('.drawing circle.grad.outside').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await close();
  });

  it('a pool doubles the jump: conv, conv, conv, pool gives r = 8, j = 2; one more 3×3 gives r = 12', async () => {
    const { widget, page, close } = await open('receptive-field-el');
    await expect.poll(() => text(widget.locator('.status')), { timeout: 90_000 }).toContain('tf.grad agrees');
    await widget.getByRole('button', { name: 'Add 2×2 pool' }).click();
    await expect
      .poll(() => text(widget.locator('.field')))
      .toContain('r = 8 (8 × 8 pixels), effective stride (jump) j = 2');
    await widget.getByRole('button', { name: 'Add 3×3 conv', exact: true }).click();
    await expect.poll(() => text(widget.locator('.field'))).toContain('r = 12');
    await expect.poll(() => text(widget.locator('.status'))).toContain('tf.grad agrees');
    expect(await widget.getByRole('list', { name: 'Layer stack, first layer first' }).locator('li').count()).toBe(5);
    await expect.poll(() => page.url()).toContain('rf.stack=c3%2Cc3%2Cc3%2Cp2%2Cc3');
    const url = new URL(page.url());
    await close();
    const again = await open('receptive-field-el', url.search);
    await expect.poll(() => text(again.widget.locator('.field'))).toContain('r = 12');
    await again.close();
  });

  it('moving the output cell moves its field; a corner cell loses the padded part', async () => {
    const { widget, close } = await open('receptive-field-el');
    await widget.getByRole('slider', { name: 'output row' }).fill('0');
    await widget.getByRole('slider', { name: 'output column' }).fill('0');
    await expect
      .poll(() => text(widget.locator('.cell')))
      .toContain('rows 0–3 and columns 0–3 of the input: 16 pixels');
    await expect.poll(() => text(widget.locator('.status')), { timeout: 90_000 }).toContain('exactly 16 input pixels');
    await close();
  });

  it('a click on the top grid picks that output cell (one target over the grid, the cell from the position)', async () => {
    const { widget, close } = await open('receptive-field-el');
    // The tf.grad check redraws the figure when it lands: pick after it, on the drawing that stays.
    await expect.poll(() => text(widget.locator('.status')), { timeout: 90_000 }).toContain('tf.grad agrees');
    const picker = widget.locator('.drawing rect.cell-picker');
    await picker.scrollIntoViewIfNeeded();
    const size = Number(await picker.getAttribute('data-grid-size'));
    await expect.poll(async () => (await picker.boundingBox())?.width ?? 0).toBeGreaterThan(0);
    const box = await picker.boundingBox();
    if (!box) throw new Error('the cell picker has no box');
    await picker.click({ position: { x: ((3 + 0.5) * box.width) / size, y: ((2 + 0.5) * box.height) / size } });
    await expect.poll(() => widget.getByRole('slider', { name: 'output row' }).inputValue()).toBe('2');
    expect(await widget.getByRole('slider', { name: 'output column' }).inputValue()).toBe('3');
    await expect.poll(() => text(widget.locator('.cell'))).toContain('rows 0–5 and columns 0–6');
    await close();
  });

  it('one 7×7 conv sees the same field with more weights; a dilated conv has holes, and tf.grad agrees', async () => {
    const { widget, close } = await open('receptive-field-el');
    await widget.getByRole('combobox', { name: 'start from' }).selectOption({ label: 'one 7×7 conv' });
    await expect.poll(() => text(widget.locator('.field'))).toContain('r = 7');
    expect(await text(widget.locator('.params'))).toContain('the same, with 1 ReLU against 1');
    await widget.getByRole('combobox', { name: 'start from' }).selectOption({ label: 'one dilated conv (holes)' });
    await expect.poll(() => text(widget.locator('.field'))).toContain('it has holes');
    await expect.poll(() => text(widget.locator('.status')), { timeout: 90_000 }).toContain('exactly 9 input pixels');
    expect(await text(widget.locator('.status'))).toContain('tf.grad agrees');
    await close();
  });
});

describe('VGG16 table', () => {
  it('for 225 × 97 with fc6 padded by 3 (ours): pools round up to 8 × 4, measured = predicted, 138,357,544 parameters', async () => {
    const { widget, close } = await open('vgg-table-el');
    await widget.getByRole('combobox', { name: 'fc6 padding' }).selectOption('3');
    await widget.getByRole('slider', { name: 'input height' }).fill('225');
    await widget.getByRole('slider', { name: 'input width' }).fill('97');
    await expect
      .poll(() => text(widget.locator('.status')), { timeout: 90_000 })
      .toContain('Measured = predicted for all 21 layers');
    expect(await text(widget.locator('.status'))).toContain('225 × 97');
    const pool5 = widget.getByRole('row', { name: /^pool5/ });
    expect(await text(pool5.locator('td.predicted'))).toBe('8 × 4 × 512');
    expect(await text(pool5.locator('td.measured'))).toBe(`8 × 4 × ${POOL5_CHANNELS}`);
    expect(await widget.locator('td.measured[data-match="true"]').count()).toBe(21);
    expect(await text(widget.locator('.total-params'))).toBe('138,357,544');
    expect(await text(widget.getByRole('row', { name: /^conv5_3/ }).locator('td.field'))).toBe('196 / 16');
    await close();
  });

  it('unpadded fc6 (VGG16, the default): 1 × 1 at 224, no output below 193 px with rows up to pool5 still compared', async () => {
    const { widget, close } = await open('vgg-table-el');
    expect(await text(widget.getByRole('row', { name: /^fc6/ }).locator('td.predicted'))).toBe('1 × 1 × 4096');
    await expect
      .poll(() => text(widget.locator('.status')), { timeout: 90_000 })
      .toContain('Measured = predicted for all 18 layers up to pool5');
    expect(await widget.locator('td.measured[data-match="design"]').count()).toBe(3);
    await widget.getByRole('slider', { name: 'input height' }).fill('192');
    await expect.poll(() => text(widget.locator('.problem'))).toContain('pool5 is only 6 × 7');
    expect(await text(widget.locator('.problem'))).toContain('at least 193 pixels');
    expect(await text(widget.getByRole('row', { name: /^fc6/ }).locator('td.predicted'))).toBe('no output');
    expect(await text(widget.getByRole('row', { name: /^pool5/ }).locator('td.predicted'))).toBe('6 × 7 × 512');
    await close();
  });

  it('score_fr replaces fc8: conv1-21, and the total drops to 134,346,581', async () => {
    const { widget, page, close } = await open('vgg-table-el');
    await widget.getByRole('combobox', { name: 'last layer' }).selectOption('21');
    const last = widget.locator('tr[data-layer="fc8"] th');
    await expect.poll(() => text(last)).toContain('score_fr');
    expect(await text(last.locator('.notation'))).toBe('conv1-21');
    expect(await text(last.locator('.replaces'))).toBe('replaces fc8');
    expect(await text(widget.locator('.total-params'))).toBe('134,346,581');
    // The URL is written 150 ms after the change, a timer that waits behind the table's tfjs run on a busy machine.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('vgg.classes=21');
    await close();
  });

  it('on a phone shows one group of columns at a time, chosen by radio buttons', async () => {
    const { page, context } = await openPage(session, PAGE, { width: 375 });
    const widget = page.locator('vgg-table-el');
    const params = widget.getByRole('row', { name: /^conv1_1/ }).locator('td.params');
    expect(await params.isVisible()).toBe(false);
    expect(
      await widget
        .getByRole('row', { name: /^conv1_1/ })
        .locator('td.predicted')
        .isVisible(),
    ).toBe(true);
    await widget.getByRole('radio', { name: 'parameters and cost' }).check();
    expect(await params.isVisible()).toBe(true);
    expect(
      await widget
        .getByRole('row', { name: /^conv1_1/ })
        .locator('td.predicted')
        .isVisible(),
    ).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe('feature maps', () => {
  it("runs our model's conv1_1 filters and a deeper layer, or says the model is missing", async () => {
    const { widget, close } = await open('feature-maps-el');
    if (!modelShipped) {
      await expect.poll(() => text(widget.locator('.learned-note')), { timeout: 120_000 }).toContain('not available');
      await close();
      return;
    }
    await expect.poll(() => text(widget.locator('.status')), { timeout: 120_000 }).toContain('conv1_1 128 × 128 × 8');
    expect(await widget.locator('.learned .map-tile').count()).toBe(8);
    expect(await widget.locator('.classic .map-tile').count()).toBe(4);
    await widget.getByRole('combobox', { name: 'deeper layer' }).selectOption('pool5');
    await expect
      .poll(() => text(widget.locator('.deeper-note')), { timeout: 60_000 })
      .toContain(`pool5 is 4 × 4 × ${POOL5_CHANNELS}`);
    expect(await widget.locator('.deeper .map-tile').count()).toBe(8);
    await close();
  });
});
