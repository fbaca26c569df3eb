// The scatter-add stepper in real Chromium: controls found by role and name, stepping shows sums in the
// canvas cells, play/pause, impossible parameters explained with the figure kept, the URL reproduces the
// state, tf.conv2dTranspose agrees, and slider changes leak no tfjs tensors.
// SCATTER_STEPPER_PATH picks the page (default: the lesson that embeds <ScatterStepper id="stepper" />).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { speedOf } from '../../src/widgets/scatter-stepper/stepper-state';
import { openPage, tensorCount, browserSession, widgetReady } from './helpers/browser';

const PAGE = process.env.SCATTER_STEPPER_PATH ?? '/transposed-convolution/';
// The lesson may give the widget other starting values: the tests fix theirs through the URL query.
const START = new URLSearchParams({
  'stepper.input': '3,7;1,2',
  'stepper.kernel': '1,2,1;0,1,0;2,1,3',
  'stepper.stride': '2',
  'stepper.padding': '1',
  'stepper.outputPadding': '1',
  'stepper.dilation': '1',
});
const PATH = `${PAGE}?${START}`;
const pathWith = (changes: Record<string, string>): string =>
  `${PAGE}?${new URLSearchParams({ ...Object.fromEntries(START), ...changes })}`;

const session = browserSession();
const FAST_MS = speedOf('fast').intervalMs;

const widget = (page: Page) => page.locator('scatter-stepper[data-id="stepper"]');
const canvasText = (page: Page) => widget(page).locator('.canvas-panel').textContent();
const stepText = (page: Page) => widget(page).locator('output[data-for="step"]').textContent();
const slider = (page: Page, name: string) => widget(page).getByRole('slider', { name });

async function open(path = PATH, options: { width?: number } = {}) {
  const opened = await openPage(session, path, { reducedMotion: 'reduce', ...options });
  // The figure is there from the build (its first frame): wait for the element itself, which reads the URL.
  await widgetReady(opened.page, 'scatter-stepper');
  await expect.poll(() => widget(opened.page).locator('.drawing svg').count()).toBe(1);
  return opened;
}

async function agreement(page: Page): Promise<string> {
  await expect.poll(() => widget(page).locator('.status').textContent(), { timeout: 60_000 }).toMatch(/agrees/);
  return (await widget(page).locator('.status').textContent()) ?? '';
}

describe(`scatter-add stepper on ${PAGE}`, () => {
  it('has a labelled slider for every parameter, and steps with the button and the → key', async () => {
    const { page, context, problems } = await open();
    for (const name of [
      'input size i',
      'kernel size k',
      'stride s',
      'padding p',
      'output padding a',
      'dilation d',
      'step',
    ]) {
      await expect(slider(page, name).count(), name).resolves.toBe(1);
    }
    expect(await stepText(page)).toBe('0 / 5');
    await widget(page).getByRole('button', { name: 'step forward' }).click();
    expect(await stepText(page)).toBe('1 / 5');
    expect(await canvasText(page)).not.toContain('3 + 7');
    await widget(page)
      .getByRole('group', { name: /scatter-add figure/i })
      .focus();
    await page.keyboard.press('ArrowRight');
    expect(await stepText(page)).toBe('2 / 5');
    // x[0][1] = 7 lands two columns right of x[0][0] = 3: their kernel edges overlap and add up.
    expect(await canvasText(page)).toContain('3 + 7');
    await page.keyboard.press('ArrowLeft');
    expect(await stepText(page)).toBe('1 / 5');
    expect(await canvasText(page)).not.toContain('3 + 7');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('plays to the crop and the output, and pauses', async () => {
    const { page, context } = await open();
    // Playwright's clock from here on: time still flows, but after Pause the test can run the page's timers
    // forward instead of sleeping and hoping a tick would have come.
    await context.clock.install();
    await widget(page).getByRole('combobox', { name: 'speed' }).selectOption('fast');
    await widget(page).getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => stepText(page), { timeout: 10_000 }).toBe('5 / 5');
    await expect.poll(() => widget(page).getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(await widget(page).locator('.output-panel').count()).toBe(1);
    expect(await widget(page).locator('.step-caption').textContent()).toMatch(/Crop p = 1/);

    await widget(page).getByRole('button', { name: 'Play' }).click(); // from the end: starts over
    await expect.poll(() => stepText(page)).toMatch(/^[1-4] \/ 5$/);
    await widget(page).getByRole('button', { name: 'Pause' }).click();
    const paused = await stepText(page);
    await page.clock.runFor(5 * FAST_MS); // five ticks at the fast speed: a player still running would reach 5 / 5
    expect(await stepText(page)).toBe(paused);
    await context.close();
  });

  it('explains an impossible combination and keeps the last figure, dimmed', async () => {
    const { page, context } = await open();
    const before = await widget(page).locator('.drawing svg').getAttribute('aria-label');
    await slider(page, 'output padding a').fill('3');
    await expect
      .poll(() => widget(page).locator('.problem').textContent())
      .toMatch(/Output padding a = 3 must be smaller than max\(stride, dilation\) = 2/);
    expect(await widget(page).locator('.drawing svg').count()).toBe(1);
    expect(await widget(page).locator('.drawing svg').getAttribute('aria-label')).toBe(before);
    expect(await widget(page).locator('.drawing').getAttribute('class')).toContain('stale');
    await slider(page, 'output padding a').fill('0');
    await slider(page, 'padding p').fill('4');
    await expect.poll(() => widget(page).locator('.problem').textContent()).toMatch(/nothing is left/);
    await slider(page, 'padding p').fill('1');
    await expect.poll(() => widget(page).locator('.problem').textContent()).toBe('');
    expect(await widget(page).locator('.drawing').getAttribute('class')).not.toContain('stale');
    await context.close();
  });

  it('opened from a link with impossible parameters, explains them and still shows a (dimmed) figure', async () => {
    const { page, context, problems } = await open(pathWith({ 'stepper.outputPadding': '3' }));
    expect(await widget(page).locator('.problem').textContent()).toMatch(/Output padding a = 3 must be smaller/);
    expect(await widget(page).locator('.drawing svg .canvas-panel').count()).toBe(1);
    expect(await widget(page).locator('.drawing').getAttribute('class')).toContain('stale');
    expect(await widget(page).getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('puts the whole state in the URL, so a reload shows the same figure', async () => {
    const { page, context } = await open();
    await slider(page, 'stride s').fill('3');
    await slider(page, 'kernel size k').fill('2');
    await widget(page).getByRole('spinbutton', { name: 'input x[1][0]' }).fill('5');
    await slider(page, 'step').fill('3');
    await expect.poll(() => page.url()).toContain('stepper.step=3');
    const url = page.url();
    const label = await widget(page).locator('.drawing svg').getAttribute('aria-label');
    const canvas = await canvasText(page);
    await page.goto(url);
    await widget(page).scrollIntoViewIfNeeded();
    await expect.poll(() => widget(page).locator('.drawing svg').getAttribute('aria-label')).toBe(label);
    expect(await canvasText(page)).toBe(canvas);
    expect(await slider(page, 'stride s').inputValue()).toBe('3');
    expect(await slider(page, 'kernel size k').inputValue()).toBe('2');
    expect(await widget(page).getByRole('spinbutton', { name: 'input x[1][0]' }).inputValue()).toBe('5');
    expect(await stepText(page)).toBe('3 / 5');
    await context.close();
  });

  it('agrees with tf.conv2dTranspose and leaks no tensors over 20 slider changes', async () => {
    const { page, context, problems } = await open();
    expect(await agreement(page)).toMatch(
      /tf\.conv2dTranspose on .+ agrees with the scatter-add: largest difference 0/,
    );
    await slider(page, 'output padding a').fill('0');
    await agreement(page);
    const first = await tensorCount(page);
    expect(first).not.toBeNull();
    const moves: [string, string][] = [
      ['stride s', '3'],
      ['kernel size k', '4'],
      ['dilation d', '3'],
      ['input size i', '4'],
      ['padding p', '2'],
      ['stride s', '1'],
      ['kernel size k', '2'],
      ['padding p', '0'],
      ['dilation d', '1'],
      ['input size i', '3'],
    ];
    for (const [name, value] of [...moves, ...moves]) {
      await slider(page, name).fill(value);
      await expect.poll(() => widget(page).locator('.problem').textContent()).toBe('');
    }
    expect(await agreement(page)).toMatch(/largest difference 0/);
    expect(await tensorCount(page)).toBe(first);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone: the page does not scroll sideways', async () => {
    const { page, context } = await open(PATH, { width: 360 });
    await slider(page, 'input size i').fill('5');
    await slider(page, 'stride s').fill('4');
    await slider(page, 'kernel size k').fill('5');
    await expect.poll(() => widget(page).locator('.canvas-panel').count()).toBe(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1),
    ).toBe(true);
    await context.close();
  });
});
