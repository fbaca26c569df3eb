// The checkerboard widget as a reader uses it: switch the kernel sizes, layers and init, and see the tap-count
// pattern, the checkerboard strength and the tfjs agreement change; a link with the query reproduces it.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, openPage, browserSession } from './helpers/browser';

const PATH = '/transposed-convolution/';
const session = browserSession();

function widget(page: Page): Locator {
  return page.locator('figure.checkerboard');
}

function panel(page: Page, side: 'left' | 'right'): Locator {
  return widget(page).getByRole('region', { name: `${side} panel` });
}

/** The strength number printed under a panel (NaN when it reads "n/a"). */
async function strength(page: Page, side: 'left' | 'right'): Promise<number> {
  const text = (await panel(page, side).locator('.strength').textContent()) ?? '';
  return Number(text.split(':').pop());
}

async function waitForTf(page: Page): Promise<void> {
  await widget(page).scrollIntoViewIfNeeded();
  await expect
    .poll(() => widget(page).locator('.status').textContent(), { timeout: 60_000 })
    .toMatch(/tf\.conv2dTranspose \((WEBGL|WASM|CPU)\) agrees with the scatter-add reference: largest difference/);
}

describe('checkerboard widget', () => {
  it('shows uneven taps and a checkerboard for k = 3, even taps and a flat interior for k = 4, and swaps them', async () => {
    const { page, context, problems } = await openPage(session, PATH);
    await waitForTf(page);
    const left = widget(page).getByRole('combobox', { name: /kernel size k \(left\)/ });
    const right = widget(page).getByRole('combobox', { name: /kernel size k \(right\)/ });
    await expect(left.inputValue()).resolves.toBe('3');
    await expect(right.inputValue()).resolves.toBe('4');
    await expect(panel(page, 'left').locator('.overlap').textContent()).resolves.toContain('1, 2, 1, 2');
    await expect(panel(page, 'right').locator('.overlap').textContent()).resolves.toContain('2, 2, 2, 2');
    expect(await strength(page, 'left')).toBeGreaterThan(0.3);
    expect(await strength(page, 'right')).toBe(0);

    await left.selectOption('4');
    await right.selectOption('3');
    await expect.poll(() => panel(page, 'left').locator('.overlap').textContent()).toContain('2, 2, 2, 2');
    await expect.poll(() => panel(page, 'right').locator('.overlap').textContent()).toContain('1, 2, 1, 2');
    await expect.poll(() => strength(page, 'left')).toBe(0);
    await expect.poll(() => strength(page, 'right')).toBeGreaterThan(0.3);
    await waitForTf(page);
    await expect(widget(page).locator('.status').textContent()).resolves.toContain('for k = 4, 0 for k = 3');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });

  it('grows the output with the layers slider and draws a heat map with a legend', async () => {
    const { page, context } = await openPage(session, PATH);
    await waitForTf(page);
    const layers = widget(page).getByRole('slider', { name: /layers/ });
    await layers.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel(page, 'left').locator('.size').textContent()).toContain('4×4 → 16×16 after 2 layers');
    const map = panel(page, 'left').getByRole('img');
    await expect(map.getAttribute('aria-label')).resolves.toMatch(/16×16 output of 2 stride-2 transposed convolutions/);
    await expect(panel(page, 'left').locator('svg text').allTextContents()).resolves.toContain('0');
    await waitForTf(page);
    await context.close();
  });

  it('makes a random kernel on request, which breaks even k = 4, and a link with the query reproduces the state', async () => {
    const { page, context } = await openPage(session, PATH);
    await waitForTf(page);
    const before = await panel(page, 'right').locator('.sums').textContent();
    await widget(page).getByRole('button', { name: 'New random kernel' }).click();
    await expect(widget(page).getByRole('combobox', { name: 'kernel init' }).inputValue()).resolves.toBe('random');
    await expect.poll(() => strength(page, 'right')).toBeGreaterThan(0);
    const after = await panel(page, 'right').locator('.sums').textContent();
    expect(after).not.toBe(before);
    await widget(page)
      .getByRole('combobox', { name: /kernel size k \(left\)/ })
      .selectOption('5');
    await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('checker.kernelLeft=5');
    expect(page.url()).toContain('checker.init=random');
    expect(page.url()).toContain('checker.seed=2');
    await waitForTf(page);
    const shown = {
      left: await panel(page, 'left').locator('.strength').textContent(),
      right: await panel(page, 'right').locator('.strength').textContent(),
      sums: after,
    };

    const link = page.url().replace(baseUrl(), '');
    const again = await openPage(session, link);
    await waitForTf(again.page);
    await expect(
      widget(again.page)
        .getByRole('combobox', { name: /kernel size k \(left\)/ })
        .inputValue(),
    ).resolves.toBe('5');
    await expect(widget(again.page).getByRole('combobox', { name: 'kernel init' }).inputValue()).resolves.toBe(
      'random',
    );
    await expect(panel(again.page, 'left').locator('.strength').textContent()).resolves.toBe(shown.left);
    await expect(panel(again.page, 'right').locator('.strength').textContent()).resolves.toBe(shown.right);
    await expect(panel(again.page, 'right').locator('.sums').textContent()).resolves.toBe(shown.sums);
    await again.context.close();
    await context.close();
  });

  it('explains a value from a link it cannot show instead of breaking', async () => {
    const { page, context, problems } = await openPage(session, `${PATH}?checker.kernelLeft=9`);
    await waitForTf(page);
    await expect(widget(page).locator('.problem').textContent()).resolves.toContain('Kernel size 9 is not offered');
    await expect(
      widget(page)
        .getByRole('combobox', { name: /kernel size k \(left\)/ })
        .inputValue(),
    ).resolves.toBe('6');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
