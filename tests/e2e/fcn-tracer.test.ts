// The shape and coordinate tracer on the pad-100-and-crop lesson, driven like a reader: controls found by role
// and name, numbers read from the tables, the failure sentence, a real tfjs run, the URL, tensor counts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, scrollsSideways, tensorCount, widgetReady, browserSession } from './helpers/browser';

const PATH = '/pad-100-and-crop/';
const session = browserSession();

const tracer = (page: Page) => page.locator('fcn-tracer');
/** Open the lesson and wait until the tracer's (lazily loaded) element code runs. */
async function openTracer(path: string, options?: Parameters<typeof openPage>[2]) {
  const opened = await openPage(session, path, options);
  await widgetReady(opened.page, 'fcn-tracer');
  return opened;
}
const predicted = (page: Page, layer: string) =>
  tracer(page).locator(`tbody.layers tr[data-layer="${layer}"] td.predicted`).textContent();
const actual = (page: Page, layer: string) =>
  tracer(page).locator(`tbody.layers tr[data-layer="${layer}"] td.actual`).textContent();
const cropCell = (page: Page, crop: string, cell: 'offset' | 'fits') =>
  tracer(page).locator(`tbody.crops tr[data-crop="${crop}"] td.${cell}`).textContent();
const status = (page: Page) => tracer(page).locator('.status').textContent();

async function configure(
  page: Page,
  options: { variant?: string; design?: string; rounding?: string; height?: number; width?: number },
) {
  if (options.variant) await page.getByRole('radio', { name: options.variant, exact: true }).check();
  if (options.design) await page.getByRole('combobox', { name: 'Design' }).selectOption(options.design);
  if (options.rounding) await page.getByRole('radio', { name: options.rounding, exact: true }).check();
  if (options.height) await page.getByRole('spinbutton', { name: 'Input height H' }).fill(String(options.height));
  if (options.width) await page.getByRole('spinbutton', { name: 'Input width W' }).fill(String(options.width));
}

/** Click "Run it for real" and wait until the status reports the run; returns the status text. */
async function runForReal(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Run it for real' }).click();
  await expect.poll(() => status(page), { timeout: 120_000, interval: 200 }).toMatch(/^tfjs \(|tfjs could not run/);
  return (await status(page)) ?? '';
}

describe('shape and coordinate tracer', () => {
  it('caffe + ceil at 500×500: pool5 22×22, fc6 16×16, upscore 544×544, crop 19 fits; floor gives the failure sentence', async () => {
    const { page, context, problems } = await openTracer(PATH);
    await configure(page, { variant: 'FCN-32s', design: 'caffe', rounding: 'ceil', height: 500, width: 500 });
    expect(await predicted(page, 'pool5')).toBe('22×22');
    expect(await predicted(page, 'fc6')).toBe('16×16');
    expect(await predicted(page, 'upscore')).toBe('544×544');
    expect(await predicted(page, 'score')).toBe('500×500');
    expect(await cropCell(page, 'score', 'offset')).toBe('19');
    expect(await cropCell(page, 'score', 'fits')).toBe('fits');
    expect(await tracer(page).locator('.problem').textContent()).toBe('');
    expect(await page.getByRole('img', { name: /upscore is 544×544/ }).count()).toBe(1);

    await configure(page, { rounding: 'floor' });
    expect(await predicted(page, 'pool5')).toBe('21×21');
    expect(await predicted(page, 'upscore')).toBe('512×512');
    expect(await cropCell(page, 'score', 'fits')).toBe('does not fit');
    expect(await tracer(page).locator('.problem').textContent()).toBe(
      'With floor rounding, pool5 is 21×21, fc6 leaves 15×15 and upscore gives 512×512, too small to crop 500×500 at offset 19.',
    );
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('FCN-8s in the Caffe design crops at 5, 9 and 31', async () => {
    const { page, context } = await openTracer(PATH);
    await configure(page, { variant: 'FCN-8s', design: 'caffe', rounding: 'ceil' });
    expect(await cropCell(page, 'score_pool4c', 'offset')).toBe('5');
    expect(await cropCell(page, 'score_pool3c', 'offset')).toBe('9');
    expect(await cropCell(page, 'score', 'offset')).toBe('31');
    const topLeft = await tracer(page).locator('tbody.crops tr[data-crop="score"] td').nth(2).textContent();
    expect(topLeft).toBe('31 px down and right');
    await context.close();
  });

  it('a size out of range is explained and the last good table stays', async () => {
    const { page, context } = await openTracer(PATH);
    await configure(page, { height: 2000 });
    expect(await tracer(page).locator('.problem').textContent()).toContain(
      'Height must be a whole number from 1 to 1024 (got 2000).',
    );
    expect(await predicted(page, 'pool5')).toBe('22×22');
    await context.close();
  });

  it('"Run it for real" shows actual shapes that match, and stops where a failing crop is predicted', async () => {
    const { page, context, problems } = await openTracer(PATH);
    await configure(page, { variant: 'FCN-8s', design: 'caffe', rounding: 'ceil', height: 500, width: 500 });
    const text = await runForReal(page);
    expect(text).toMatch(/ran all \d+ layers in \d+ ms: every actual shape matches the predicted one\./);
    for (const layer of ['conv1_1', 'pool5', 'fc6', 'score_pool4c', 'score_pool3c', 'upscore8', 'score']) {
      expect(await actual(page, layer)).toBe(await predicted(page, layer));
    }
    await configure(page, { variant: 'FCN-32s', rounding: 'floor' });
    expect(await actual(page, 'upscore')).toBe('');
    const failing = await runForReal(page);
    expect(failing).toContain('then stopped at score as predicted');
    expect(await actual(page, 'upscore')).toBe('512×512');
    expect(await actual(page, 'score')).toBe('stopped');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('the URL query reproduces the state', async () => {
    const { page, context } = await openTracer(PATH);
    await configure(page, { variant: 'FCN-16s', design: 'seed', rounding: 'floor', height: 320, width: 417 });
    await expect.poll(() => page.url()).toContain('tracer.width=417');
    const expected = await predicted(page, 'pool5');
    const second = await context.newPage();
    await second.goto(page.url());
    await widgetReady(second, 'fcn-tracer');
    expect(await second.getByRole('radio', { name: 'FCN-16s', exact: true }).isChecked()).toBe(true);
    expect(await second.getByRole('radio', { name: 'floor', exact: true }).isChecked()).toBe(true);
    expect(await second.getByRole('combobox', { name: 'Design' }).inputValue()).toBe('seed');
    expect(await second.getByRole('spinbutton', { name: 'Input height H' }).inputValue()).toBe('320');
    expect(await second.getByRole('spinbutton', { name: 'Input width W' }).inputValue()).toBe('417');
    expect(await predicted(second, 'pool5')).toBe(expected);
    await context.close();
  });

  it('leaves no tensors behind after repeated runs', async () => {
    const { page, context } = await openTracer(PATH);
    await configure(page, { variant: 'FCN-16s', height: 200, width: 260 });
    await runForReal(page);
    const first = await tensorCount(page);
    for (let i = 0; i < 3; i++) await runForReal(page);
    expect(first).not.toBeNull();
    expect(await tensorCount(page)).toBe(first);
    await context.close();
  });

  it('measures "Run it for real" at 500² and 1024² (written to the log, not asserted)', async () => {
    const { page, context } = await openTracer(PATH);
    for (const variant of ['FCN-32s', 'FCN-8s']) {
      for (const size of [500, 1024]) {
        await configure(page, { variant, design: 'caffe', rounding: 'ceil', height: size, width: size });
        const first = await runForReal(page);
        const again = await runForReal(page);
        console.log(`[timing] ${variant} caffe ${size}×${size}: first "${first}" | again "${again}"`);
        expect(again).toContain('every actual shape matches');
      }
    }
    await context.close();
  });

  it('at 375 px the layer table scrolls inside its own box, never the page', async () => {
    const { page, context } = await openTracer(PATH, { width: 375, height: 800 });
    const box = tracer(page).locator('.layer-scroll');
    await box.scrollIntoViewIfNeeded();
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await scrollsSideways(page)).toBe(false);
    // The "scroll →" cue is shown while the table overflows its box (measured after layout, not in the event).
    await expect.poll(() => tracer(page).getAttribute('data-layers-overflow')).not.toBeNull();
    // The build drew the picture 560 wide: the element redraws it to the phone's width.
    const drawing = tracer(page).locator('.drawing');
    await expect.poll(() => drawing.getAttribute('data-width')).not.toBe('560');
    const fits = () =>
      drawing.evaluate((el) => (el.querySelector('svg')?.getBoundingClientRect().width ?? 1e9) <= el.clientWidth + 1);
    expect(await fits()).toBe(true);
    await context.close();
  });

  it('at 700 px the cue follows the table as a change rewrites its rows', async () => {
    // FCN-32s's table fits at this width (about 576 px of content in a 635 px box, DejaVu Sans); FCN-8s's has two
    // more crop columns and overflows (about 680 px).
    const { page, context } = await openTracer(PATH, { width: 700, height: 900 });
    const overflowing = () =>
      tracer(page)
        .locator('.layer-scroll')
        .evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    const cue = async () => (await tracer(page).getAttribute('data-layers-overflow')) !== null;
    await tracer(page).locator('.layer-scroll').scrollIntoViewIfNeeded();
    expect(await overflowing()).toBe(false);
    expect(await cue()).toBe(false);
    await configure(page, { variant: 'FCN-8s' });
    expect(await overflowing()).toBe(true);
    await expect.poll(cue).toBe(true);
    await configure(page, { variant: 'FCN-32s' });
    await expect.poll(cue).toBe(false);
    await context.close();
  });

  it('sweep: 40 random settings through the controls, then 100 more changes and 10 small runs: never a blank picture, no console error, tensors flat', async () => {
    const { page, context, problems } = await openTracer(PATH);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const svgOk = () =>
      tracer(page)
        .locator('.drawing svg[role="img"]')
        .evaluate((svg) => svg.querySelectorAll('rect').length >= 2 && (svg.getAttribute('aria-label') ?? '') !== '');
    for (let i = 0; i < 40; i++) {
      await configure(page, {
        variant: pick(['FCN-32s', 'FCN-16s', 'FCN-8s']),
        design: pick(['caffe', 'seed', 'ours']),
        rounding: pick(['ceil', 'floor']),
        height: 1 + Math.floor(next() * 1024),
        width: 1 + Math.floor(next() * 1024),
      });
      expect(await svgOk(), `setting ${i}`).toBe(true);
      const sentence = `${await tracer(page).locator('.summary').textContent()}${await tracer(page).locator('.problem').textContent()}`;
      expect(sentence.length, `setting ${i}`).toBeGreaterThan(10);
    }
    await configure(page, { variant: 'FCN-8s', design: 'ours', rounding: 'ceil', height: 40, width: 56 });
    await runForReal(page);
    const before = await tensorCount(page);
    for (let i = 0; i < 100; i++) {
      await page.getByRole('spinbutton', { name: 'Input width W' }).fill(String(1 + Math.floor(next() * 1024)));
    }
    for (let i = 0; i < 10; i++) {
      await configure(page, { height: 16 + Math.floor(next() * 64), width: 16 + Math.floor(next() * 64) });
      await runForReal(page);
    }
    expect(before).not.toBeNull();
    expect(await tensorCount(page)).toBe(before);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  }, 600_000);
});

describe('shape and coordinate tracer, in Korean', () => {
  it('without JavaScript the picture, tables and sentence are there, in Korean', async () => {
    const { page, context } = await openPage(session, `/ko${PATH}`, { javaScriptEnabled: false });
    const figure = tracer(page);
    await expect(figure.locator('.drawing svg').getAttribute('aria-label')).resolves.toMatch(
      /^500×500 입력; 700×700 캔버스\(패딩 100\) 안; upscore 크기는 544×544/,
    );
    await expect(figure.locator('.summary').textContent()).resolves.toMatch(/^500×500 입력은 통과합니다/);
    await expect(figure.locator('tbody.crops tr[data-crop="score"] td.fits').textContent()).resolves.toBe('맞음');
    await expect(page.locator('.fcn-tracer noscript').count()).resolves.toBe(1);
    await context.close();
  });

  it('the controls, the failure sentence and a real run speak Korean; axe finds nothing', async () => {
    const { page, context, problems } = await openTracer(`/ko${PATH}`);
    await page.getByRole('radio', { name: 'FCN-32s', exact: true }).check();
    await page.getByRole('combobox', { name: '설계' }).selectOption('caffe');
    await page.getByRole('radio', { name: 'floor (내림)', exact: true }).check();
    await page.getByRole('spinbutton', { name: '입력 높이 H' }).fill('500');
    await page.getByRole('spinbutton', { name: '입력 너비 W' }).fill('500');
    expect(await cropCell(page, 'score', 'fits')).toBe('맞지 않음');
    expect(await tracer(page).locator('.problem').textContent()).toBe(
      'floor (내림) 반올림에서는 pool5 크기는 21×21, fc6 크기는 15×15입니다. 그래서 upscore 크기(512×512)가 오프셋 19에서 500×500 크기로 잘라내기에는 너무 작습니다.',
    );
    await page.getByRole('spinbutton', { name: '입력 높이 H' }).fill('2000');
    expect(await tracer(page).locator('.problem').textContent()).toContain(
      '높이: 1부터 1024까지의 정수여야 합니다(입력값: 2000).',
    );
    await page.getByRole('spinbutton', { name: '입력 높이 H' }).fill('500');
    await page.getByRole('button', { name: '실제로 실행' }).click();
    await expect
      .poll(() => status(page), { timeout: 120_000, interval: 200 })
      .toMatch(/^tfjs\([^)]+\): 층 \d+개를 계산했고 모두 예측한 크기였습니다\. 예측대로 score 층에서 멈췄습니다/);
    expect(await actual(page, 'score')).toBe('중단됨');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });
});
