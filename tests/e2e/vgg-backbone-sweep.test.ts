// The vgg-backbone lesson's widgets swept in Chromium (#18): 100 seeded random interactions each (the receptive
// field's buttons, presets, size and cell anywhere, stacks too deep for the input included; the VGG table's sizes
// 1…512 (fc6 without output below 193 px) and its choices; the feature maps' scene and layer). After every one the figure or table is there and an
// impossible state is explained; at the end the widget settles on a known state, the live tensor count (page and
// model worker) is where it started and no error reached the console.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, tensorCount } from './helpers/browser';
import {
  between,
  expectFigure,
  expectTensorsBack,
  noProblems,
  openSettled,
  seeded,
  sliderRange,
  textOf,
} from './helpers/sweep';

const PAGE = '/vgg-backbone/';
const STEPS = 100;
const session = browserSession();

const text = textOf;
const settled = () =>
  openSettled(session, PAGE, [
    ['receptive-field-el', 'tf.grad agrees', 90_000],
    ['vgg-table-el', 'Measured = predicted', 90_000],
    ['feature-maps-el', /tf\.conv2d on the scene|only the classic/i, 120_000],
  ]);

describe('vgg-backbone widgets under 100 random interactions', () => {
  it('receptive field: buttons, presets, size and cell anywhere; a figure always, a reason when nothing fits', async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('receptive-field-el');
    const before = await tensorCount(page);
    const random = seeded(4);
    const preset = widget.locator('select[name="preset"]');
    const presets = (
      await preset.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))
    ).filter(Boolean);
    const buttons = widget.locator('.buttons button');
    let impossible = 0;
    const check = async (step: number): Promise<void> => {
      await expectFigure(widget.locator('.drawing'), `step ${step}`);
      const problem = await text(widget.locator('.problem'));
      const stale = await widget.locator('.drawing').evaluate((e) => e.classList.contains('stale'));
      expect(stale, `step ${step}: dimmed exactly when impossible`).toBe(problem !== '');
      if (problem) {
        impossible++;
        expect(problem).toMatch(/no output/);
        expect(await text(widget.locator('.status'))).toContain('last stack that had an output');
      }
    };
    for (let step = 0; step < STEPS; step++) {
      const roll = random();
      if (roll < 0.35) {
        const enabled = widget.locator('.buttons button:not([disabled])');
        const count = await enabled.count();
        if (count) await enabled.nth(between(random, 0, count - 1)).click();
      } else if (roll < 0.45) {
        await preset.selectOption(presets[between(random, 0, presets.length - 1)]);
      } else {
        const name = ['size', 'row', 'col'][between(random, 0, 2)];
        const slider = widget.locator(`input[name="${name}"]`);
        const { min, max } = await sliderRange(slider);
        // Small inputs (where deep stacks run out of pixels) as often as any.
        await slider.fill(
          String(name === 'size' && random() < 0.5 ? between(random, 4, 6) : between(random, min, max)),
        );
      }
      await check(step);
    }
    // One stack that surely has no output: two VGG blocks and one more pool on a 4 × 4 input.
    await preset.selectOption('c3,c3,p2,c3,c3,p2');
    await widget.locator('input[name="size"]').fill('4');
    await widget.getByRole('button', { name: 'Add 2×2 pool' }).click();
    await check(STEPS);
    expect(impossible).toBeGreaterThan(0);
    expect(await buttons.count()).toBeGreaterThan(1);
    await preset.selectOption('c3,c3,c3');
    await widget.locator('input[name="size"]').fill('15');
    await widget.locator('input[name="row"]').fill('7');
    await widget.locator('input[name="col"]').fill('7');
    await expect.poll(() => text(widget.locator('.status')), { timeout: 30_000 }).toContain('exactly 49 input pixels');
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });

  it('VGG table: sizes 1…512, fc6 padding, last layer; rows in words, a reason whenever fc6 has no output', async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('vgg-table-el');
    const before = await tensorCount(page);
    const random = seeded(5);
    let impossible = 0;
    for (let step = 0; step < STEPS; step++) {
      const roll = random();
      if (roll < 0.15) {
        await widget.locator('select[name="fc6Padding"]').selectOption(random() < 0.5 ? '0' : '3');
      } else if (roll < 0.25) {
        await widget.locator('select[name="classes"]').selectOption({ index: between(random, 0, 1) });
      } else {
        const slider = widget.locator(`input[name="${random() < 0.5 ? 'height' : 'width'}"]`);
        // Small sizes (where pools run out of windows) as often as large ones.
        await slider.fill(String(random() < 0.5 ? between(random, 1, 64) : between(random, 65, 512)));
      }
      const predicted = await widget.locator('td.predicted').allTextContents();
      expect(predicted.length, `step ${step}`).toBeGreaterThan(20);
      for (const cell of predicted) expect(cell, `step ${step}`).toMatch(/^\d+ × \d+ × \d+$|^no output$/);
      // Within 1…512 every pool has a window (they round up); unpadded fc6 has none below 193 px, said in words.
      const problem = await text(widget.locator('.problem'));
      const fc6 = await text(widget.locator('tr[data-layer="fc6"] td.predicted'));
      expect(problem !== '', `step ${step}: a reason exactly when fc6 has no output`).toBe(fc6 === 'no output');
      if (problem) {
        impossible++;
        expect(problem).toMatch(/^pool5 is only \d+ × \d+, smaller than fc6's 7 × 7 kernel/);
      }
      expect(await text(widget.locator('.total-params'))).toMatch(/^[\d,]+$/);
    }
    expect(impossible).toBeGreaterThan(0);
    await widget.locator('select[name="fc6Padding"]').selectOption('3');
    await widget.locator('input[name="height"]').fill('97');
    await widget.locator('input[name="width"]').fill('65');
    await expect
      .poll(() => text(widget.locator('.status')), { timeout: 60_000 })
      .toContain('Measured = predicted for all 21 layers');
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });

  it("feature maps: scenes and layers in any order; the model worker's tensors come back", async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('feature-maps-el');
    const status = () => text(widget.locator('.status'));
    const before = await tensorCount(page);
    const random = seeded(6);
    const [scenes, layers] = ['scene', 'layer'].map((n) => widget.locator(`select[name="${n}"]`));
    const options = async (select: Locator): Promise<string[]> =>
      select.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    const [sceneValues, layerValues] = [await options(scenes), await options(layers)];
    const modelShipped = !/only the classic/i.test(await status());
    for (let step = 0; step < STEPS; step++) {
      const [select, values] = random() < 0.4 ? [scenes, sceneValues] : [layers, layerValues];
      await select.selectOption(values[between(random, 0, values.length - 1)]);
      await expectFigure(widget.locator('.classic'), `step ${step}: classic kernels`);
      if (modelShipped) await expectFigure(widget.locator('.deeper'), `step ${step}: deeper layer`);
      if (step % 10 === 9) await expect.poll(status, { timeout: 60_000 }).not.toMatch(/Computing/);
    }
    await scenes.selectOption('0');
    await layers.selectOption('pool3');
    if (modelShipped) {
      await expect.poll(() => text(widget.locator('.deeper-note')), { timeout: 60_000 }).toContain('pool3 is 16 × 16');
      await expect.poll(status, { timeout: 60_000 }).toContain('pool3');
    } else await expect.poll(status, { timeout: 60_000 }).toMatch(/only the classic/i);
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });
});
