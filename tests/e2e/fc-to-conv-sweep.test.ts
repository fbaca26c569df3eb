// The fc-to-conv lesson's widgets swept in Chromium (#18): 100 seeded random interactions each (every slider over
// its whole range, impossible sizes included; pixel clicks; scene and class choices). After every one the figure is
// drawn (never blank) and an impossible state is explained; at the end the widget settles on a known state, the
// live tensor count (page and model worker) is where it started and no error reached the console.
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

const PAGE = '/fc-to-conv/';
const STEPS = 100;
const session = browserSession();

const text = textOf;
const settled = () =>
  openSettled(session, PAGE, [
    ['fc-equals-conv-el', 'agrees', 90_000],
    ['one-by-one-el', 'agrees', 90_000],
    ['score-heatmap-el', /score_fr is|not available/, 120_000],
  ]);

describe('fc-to-conv widgets under 100 random interactions', () => {
  it('FC = conv: every slider anywhere; a figure always, a reason for every kernel that does not fit', async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('fc-equals-conv-el');
    const before = await tensorCount(page);
    const random = seeded(1);
    const names = ['h', 'w', 'c', 'n', 'H', 'W'];
    let impossible = 0;
    for (let step = 0; step < STEPS; step++) {
      const slider = widget.locator(`input[name="${names[between(random, 0, names.length - 1)]}"]`);
      const { min, max } = await sliderRange(slider);
      await slider.fill(String(between(random, min, max)));
      await expectFigure(widget.locator('.drawing'), `step ${step}`);
      const problem = await text(widget.locator('.problem'));
      const stale = await widget.locator('.drawing').evaluate((e) => e.classList.contains('stale'));
      expect(stale, `step ${step}: dimmed exactly when impossible`).toBe(problem !== '');
      if (problem) {
        impossible++;
        expect(problem).toMatch(/smaller than the kernel (height h|width w)/);
        expect(await text(widget.locator('.status'))).toContain('last valid');
      }
    }
    expect(impossible).toBeGreaterThan(0);
    for (const [name, value] of [
      ['h', '2'],
      ['w', '3'],
      ['H', '12'],
      ['W', '12'],
    ])
      await widget.locator(`input[name="${name}"]`).fill(value);
    await expect.poll(() => text(widget.locator('.status'))).toContain('the answer map is 11 × 10');
    await expect.poll(() => widget.locator('.drawing [data-part="answers"] rect').count()).toBe(110);
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });

  it('1×1 explorer: sliders and pixel clicks anywhere; the map always has H × W cells, one marked', async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('one-by-one-el');
    const before = await tensorCount(page);
    const random = seeded(2);
    const names = ['cin', 'cout', 'H', 'W', 'row', 'col'];
    const value = async (name: string): Promise<number> =>
      Number(await widget.locator(`input[name="${name}"]`).inputValue());
    for (let step = 0; step < STEPS; step++) {
      if (random() < 0.25) {
        const cells = widget.locator('.drawing rect[data-cell]');
        await cells.nth(between(random, 0, (await cells.count()) - 1)).click();
      } else {
        const slider = widget.locator(`input[name="${names[between(random, 0, names.length - 1)]}"]`);
        const { min, max } = await sliderRange(slider);
        await slider.fill(String(between(random, min, max)));
      }
      await expectFigure(widget.locator('.drawing'), `step ${step}`);
      const [H, W] = [await value('H'), await value('W')];
      expect(await widget.locator('.drawing rect[data-cell]').count(), `step ${step}`).toBe(H * W);
      expect(await widget.locator('.drawing rect[stroke-width="2"]').count(), `step ${step}`).toBe(1);
      expect(await value('row')).toBeLessThan(H);
      expect(await value('col')).toBeLessThan(W);
    }
    await widget.locator('input[name="H"]').fill('20');
    await widget.locator('input[name="W"]').fill('8');
    const cout = await value('cout');
    await expect.poll(() => text(widget.locator('.status'))).toContain(`the whole output is [20, 8, ${cout}]`);
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });

  it("score heat map: scenes and classes in any order; the model worker's tensors come back", async () => {
    const { page, problems, close } = await settled();
    const widget = page.locator('score-heatmap-el');
    const status = () => text(widget.locator('.status'));
    if (/not available/.test(await status())) {
      expect(await widget.locator('.drawing svg').count()).toBe(0);
      await close();
      return;
    }
    const before = await tensorCount(page);
    const random = seeded(3);
    const [scenes, classes] = ['scene', 'classId'].map((n) => widget.locator(`select[name="${n}"]`));
    const options = async (select: Locator): Promise<string[]> =>
      select.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    const [sceneValues, classValues] = [await options(scenes), await options(classes)];
    for (let step = 0; step < STEPS; step++) {
      const [select, values] = random() < 0.4 ? [scenes, sceneValues] : [classes, classValues];
      await select.selectOption(values[between(random, 0, values.length - 1)]);
      await expectFigure(widget.locator('.drawing'), `step ${step}`);
      // Let a run finish now and then, so runs both overlap and complete.
      if (step % 10 === 9) await expect.poll(status, { timeout: 60_000 }).toContain('score_fr is');
    }
    await classes.selectOption('2');
    await expect.poll(status, { timeout: 60_000 }).toContain('score_fr is 5 × 5 × 6');
    await expect.poll(() => widget.locator('.drawing').getAttribute('data-class-id')).toBe('2');
    expect(await widget.locator('.drawing .coarse rect').count()).toBe(25);
    await expectTensorsBack(page, before);
    noProblems(problems);
    await close();
  });
});
