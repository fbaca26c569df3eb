// The matrix view in Chromium: C built from the kernel, y = Cx and Cᵀy on screen, tf.matMul agreeing with
// tf.conv2d / tf.conv2dTranspose on the active backend, rows and columns of C that light up what they
// connect when focused (keyboard) or hovered, an explained impossible size, state in the URL, no tensor leak.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, scrollsSideways, tensorCount, browserSession, widgetReady } from './helpers/browser';

const PAGE = process.env.MATRIX_VIEW_PAGE ?? '/transposed-convolution/';

const session = browserSession();

const NAMES = { i: 'input size i', k: 'kernel size k', s: 'stride s', p: 'padding p' } as const;
type Key = keyof typeof NAMES;

const slider = (widget: Locator, key: Key): Locator => widget.getByRole('slider', { name: NAMES[key] });

async function setSliders(widget: Locator, values: Partial<Record<Key, number>>): Promise<void> {
  for (const [key, value] of Object.entries(values) as [Key, number][]) await slider(widget, key).fill(String(value));
}

async function typeInput(widget: Locator, x: number[][]): Promise<void> {
  for (const [r, row] of x.entries())
    for (const [c, value] of row.entries()) {
      await widget.getByRole('spinbutton', { name: `x at row ${r}, column ${c}` }).fill(String(value));
    }
}

/** Numbers shown in one grid of the lower figure, row-major. */
async function gridValues(widget: Locator, key: string): Promise<number[]> {
  return (
    widget
      .locator(`.grids-drawing [data-grid="${key}"] text`)
      // The figure writes a real minus sign (U+2212).
      .evaluateAll((texts) => texts.map((t) => Number(t.textContent?.replace('\u2212', '-'))))
  );
}

/** Cross-correlation with zero padding, written out independently of the site's code. */
function correlate(x: number[][], w: number[][], stride: number, padding: number): number[] {
  const n = x.length;
  const k = w.length;
  const o = Math.floor((n + 2 * padding - k) / stride) + 1;
  const out: number[] = [];
  for (let oy = 0; oy < o; oy += 1)
    for (let ox = 0; ox < o; ox += 1) {
      let sum = 0;
      for (let ky = 0; ky < k; ky += 1)
        for (let kx = 0; kx < k; kx += 1) {
          const iy = oy * stride + ky - padding;
          const ix = ox * stride + kx - padding;
          if (iy >= 0 && iy < n && ix >= 0 && ix < n) sum += x[iy][ix] * w[ky][kx];
        }
      out.push(sum);
    }
  return out;
}

async function agreement(widget: Locator): Promise<number> {
  const agree = widget.locator('.status .agree');
  await agree.waitFor({ timeout: 60_000 });
  return Number(await agree.getAttribute('data-difference'));
}

async function open(path = PAGE, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(session, path, options);
  const widget = opened.page.locator('matrix-view').first();
  // The figure is there from the build (its first frame): wait for the element itself, which reads the URL.
  await widgetReady(opened.page, 'matrix-view');
  await widget.locator('.matrix-drawing svg').waitFor();
  return { ...opened, widget };
}

const litCount = (widget: Locator, selector: string): Promise<number> => widget.locator(`${selector}.lit`).count();

describe('matrix view', () => {
  it('shows y = Cx for the typed x, and tf.matMul agrees with tf.conv2d / tf.conv2dTranspose', async () => {
    const { context, widget, problems } = await open();
    await setSliders(widget, { i: 3, k: 2, s: 1, p: 0 });
    const x = [
      [1, 2, 0],
      [0, 1, 3],
      [2, 0, 1],
    ];
    await typeInput(widget, x);
    const expected = correlate(
      x,
      [
        [1, 2],
        [3, 4],
      ],
      1,
      0,
    );
    await expect.poll(() => gridValues(widget, 'y')).toEqual(expected);
    expect(await widget.locator('.matrix-drawing .entry').count()).toBe(4 * 9);
    expect(await agreement(widget)).toBeLessThan(1e-4);
    await expect(widget.locator('.status').textContent()).resolves.toMatch(/on (WebGL|WASM|CPU)/);

    await setSliders(widget, { i: 4, k: 3, s: 2, p: 1 });
    await expect.poll(() => widget.locator('.matrix-drawing .entry').count()).toBe(4 * 16);
    expect(await agreement(widget)).toBeLessThan(1e-4);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });

  it('shows that Cᵀ(Cx) is not x: CᵀC is not the identity', async () => {
    const { context, widget } = await open();
    await setSliders(widget, { i: 3, k: 2, s: 1, p: 0 });
    await typeInput(widget, [
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    // x = e₀: Cᵀ(C e₀) is the first column of CᵀC, i.e. w₀₀ times the kernel: 1·[1 2; 3 4] at the top-left.
    await expect.poll(() => gridValues(widget, 'xt')).toEqual([1, 2, 0, 3, 4, 0, 0, 0, 0]);
    expect(await gridValues(widget, 'x')).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(widget.locator('.round-trip').textContent()).resolves.toContain('Cᵀ(Cx) is not x');
    await context.close();
  });

  it('lights the kernel placement when a row of C has the focus, and arrow keys move along the rows', async () => {
    const { page, context, widget } = await open();
    await setSliders(widget, { i: 3, k: 2, s: 1, p: 0 });
    const row = widget.getByRole('option', { name: 'row 2: output position (1, 0)' });
    await row.focus();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    expect(await litCount(widget, '.entry[data-row="2"]')).toBe(9);
    expect(
      await widget
        .locator('.grids-drawing [data-grid="x"].lit')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-index')))),
    ).toEqual([3, 4, 6, 7]);
    expect(await litCount(widget, '[data-grid="y"]')).toBe(1);
    expect(await litCount(widget, '[data-grid="xt"]')).toBe(4);
    await expect(widget.locator('.focus-note').textContent()).resolves.toContain(
      'Row 2 of C is output position (1, 0)',
    );

    await page.keyboard.press('ArrowDown');
    const next = widget.getByRole('option', { name: 'row 3: output position (1, 1)' });
    await expect.poll(() => next.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await litCount(widget, '.entry[data-row="3"]')).toBe(9);
    expect(await litCount(widget, '.entry[data-row="2"]')).toBe(0);
    await context.close();
  });

  it('lights the output cells an input cell feeds when a column of C has the focus or the pointer', async () => {
    const { context, widget } = await open();
    await setSliders(widget, { i: 3, k: 2, s: 1, p: 0 });
    const column = widget.getByRole('option', { name: 'column 4: input position (1, 1)' });
    await column.focus();
    await expect.poll(() => litCount(widget, '.entry[data-column="4"]')).toBe(4);
    expect(await litCount(widget, '[data-grid="y"]')).toBe(4);
    expect(await litCount(widget, '[data-grid="xt"]')).toBe(1);
    await widget.locator('.matrix-drawing .entry[data-row="0"][data-column="0"]').hover();
    await expect.poll(() => litCount(widget, '.entry[data-row="0"]')).toBe(9);
    await context.close();
  });

  it('explains a kernel that does not fit and keeps the last matrix, dimmed', async () => {
    const { context, widget, problems } = await open();
    await setSliders(widget, { i: 3, k: 2, s: 1, p: 0 });
    await slider(widget, 'i').fill('2');
    await slider(widget, 'k').fill('3');
    await expect.poll(() => widget.locator('.problem').textContent()).toContain('no window fits');
    expect(await widget.locator('.figures').getAttribute('class')).toContain('stale');
    expect(await widget.locator('.matrix-drawing .entry').count()).toBeGreaterThan(0);
    await slider(widget, 'p').fill('1');
    await expect.poll(() => widget.locator('.problem').textContent()).toBe('');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('opens on an impossible link with a dimmed matrix, not a blank figure', async () => {
    const { context, widget } = await open(`${PAGE}?matrix.i=2&matrix.k=3&matrix.p=0`);
    await expect.poll(() => widget.locator('.problem').textContent()).toContain('no window fits');
    expect(await widget.locator('.matrix-drawing .entry').count()).toBeGreaterThan(0);
    expect(await widget.locator('.figures').getAttribute('class')).toContain('stale');
    expect(await agreement(widget)).toBeLessThan(1e-4);
    await context.close();
  });

  it('keeps sizes and x in the URL query', async () => {
    const first = await open();
    await setSliders(first.widget, { i: 2, k: 2, s: 2, p: 1 });
    await typeInput(first.widget, [
      [4, -1],
      [2, 7],
    ]);
    await expect.poll(() => first.page.url()).toContain('matrix.x=4%2C-1%2C2%2C7');
    const url = new URL(first.page.url());
    await first.context.close();
    const second = await open(`${url.pathname}${url.search}`);
    for (const [key, value] of Object.entries({ i: 2, k: 2, s: 2, p: 1 }) as [Key, number][]) {
      await expect(slider(second.widget, key).inputValue()).resolves.toBe(String(value));
    }
    await expect.poll(() => gridValues(second.widget, 'x')).toEqual([4, -1, 2, 7]);
    await expect
      .poll(() => gridValues(second.widget, 'y'))
      .toEqual(
        correlate(
          [
            [4, -1],
            [2, 7],
          ],
          [
            [1, 2],
            [3, 4],
          ],
          2,
          1,
        ),
      );
    await second.context.close();
  });

  it('recomputes on a backend switch and leaks no tensors over 20 changes', async () => {
    const { page, context, widget } = await open();
    await agreement(widget);
    await page.getByRole('combobox', { name: 'tfjs backend' }).selectOption('cpu');
    await expect.poll(() => widget.locator('.status').textContent(), { timeout: 30_000 }).toContain('CPU');
    expect(await agreement(widget)).toBeLessThan(1e-4);
    await page.waitForLoadState('networkidle');
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    for (let n = 0; n < 20; n += 1) {
      const flip = Math.floor(n / 2) % 2;
      if (n % 2 === 0) await slider(widget, 's').fill(String(2 - flip));
      else await slider(widget, 'p').fill(String(1 - flip));
      await widget.getByRole('button', { name: 'randomise x' }).click();
    }
    expect(await agreement(widget)).toBeLessThan(1e-4);
    await expect.poll(() => tensorCount(page), { timeout: 30_000 }).toBe(before);
    await context.close();
  });

  it('fits 375 px without sideways page scrolling at the largest matrix', async () => {
    const { page, context, widget } = await open(PAGE, { width: 375, height: 800, colorScheme: 'dark' });
    await setSliders(widget, { i: 4, k: 2, s: 1, p: 1 });
    await expect.poll(() => widget.locator('.matrix-drawing .entry').count()).toBe(25 * 16);
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });
});
