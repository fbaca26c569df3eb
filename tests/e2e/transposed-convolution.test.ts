// The transposed-convolution lesson's four pure-maths widgets (scatter stepper, output-size explorer, matrix view,
// checkerboard) on the English and the Korean page (#17, #18): a short seeded sweep over every slider of each
// widget watching for console errors, page errors and blank figures, with every impossible combination explained;
// the Korean page's controls, sentences and tfjs verdicts in Korean; axe on both; and the first frames drawn at
// build time, seen with JavaScript off.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, openPage, widgetReady } from './helpers/browser';
import { createRandom } from '../../src/lib/random';

const session = browserSession();
const LESSON = '/transposed-convolution/';

interface Widget {
  tag: string;
  /** The range inputs (by name) and their ranges. */
  sliders: Record<string, [number, number]>;
  /** Where its figure is drawn. */
  drawing: string;
}

const WIDGETS: Widget[] = [
  {
    tag: 'scatter-stepper',
    sliders: {
      inputSize: [1, 5],
      kernelSize: [1, 5],
      stride: [1, 4],
      padding: [0, 4],
      outputPadding: [0, 3],
      dilation: [1, 3],
    },
    drawing: '.drawing',
  },
  {
    tag: 'output-size-explorer',
    sliders: { i: [1, 12], k: [1, 7], s: [1, 4], p: [0, 5], a: [0, 3], d: [1, 3] },
    drawing: '.drawing',
  },
  { tag: 'matrix-view', sliders: { i: [2, 4], k: [2, 3], s: [1, 2], p: [0, 1] }, drawing: '.matrix-drawing' },
  { tag: 'checkerboard-demo', sliders: { layers: [1, 3] }, drawing: '.panel .drawing' },
];

/**
 * Every figure of the widget is an SVG with content and a size (polled: a figure may be mid-redraw when the
 * slider's input event returns); the problem line, when set, is words.
 */
async function expectDrawn(host: Locator, drawing: string, what: string): Promise<void> {
  const read = () =>
    host.locator(`${drawing} svg`).evaluateAll((svgs) =>
      svgs.map((svg) => ({
        children: svg.childElementCount,
        width: svg.getBoundingClientRect().width,
        label: svg.getAttribute('aria-label') ?? '',
      })),
    );
  await expect
    .poll(
      async () => {
        const figures = await read();
        return figures.length > 0 && figures.every((figure) => figure.children > 0 && figure.width > 0);
      },
      { message: `${what}: every figure drawn, with a size` },
    )
    .toBe(true);
  for (const figure of await read()) expect(figure.label, what).not.toMatch(/undefined|NaN|\{\w+\}/);
  const problem = (await host.locator('.problem').first().textContent()) ?? '';
  expect(problem, what).not.toMatch(/undefined|NaN|\{\w+\}/);
}

async function sweep(page: Page, widget: Widget, seed: number, moves: number): Promise<number> {
  const host = page.locator(widget.tag).first();
  await widgetReady(page, widget.tag);
  const random = createRandom(seed).next;
  const names = Object.keys(widget.sliders);
  let explained = 0;
  for (let move = 0; move < moves; move += 1) {
    const name = names[Math.floor(random() * names.length)];
    const [lo, hi] = widget.sliders[name];
    const value = lo + Math.floor(random() * (hi - lo + 1));
    await host.locator(`input[type="range"][name="${name}"]`).first().fill(String(value));
    await expectDrawn(host, widget.drawing, `${widget.tag} ${name} = ${value}`);
    const stale = await host.locator('.stale, [data-stale]').count();
    const problem = ((await host.locator('.problem').first().textContent()) ?? '').trim();
    // A dimmed figure always comes with its reason (the checkerboard's "stale" is its tfjs run in flight).
    if (stale > 0 && widget.tag !== 'checkerboard-demo') {
      expect(problem, `${widget.tag} ${name} = ${value}`).not.toBe('');
      explained += 1;
    }
  }
  return explained;
}

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'ko', prefix: '/ko' },
])('transposed-convolution widgets on the $locale page', ({ prefix }) => {
  it('survive a seeded sweep of their sliders: no errors, no blank figure, impossible ones explained; axe', async () => {
    const { page, context, problems } = await openPage(session, `${prefix}${LESSON}`, { reducedMotion: 'reduce' });
    let explained = 0;
    for (const [n, widget] of WIDGETS.entries()) explained += await sweep(page, widget, 17 + n, 14);
    expect(explained).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });

  it('show their first frames without JavaScript', async () => {
    const { page, context } = await openPage(session, `${prefix}${LESSON}`, { javaScriptEnabled: false });
    for (const widget of WIDGETS) {
      const count = await page.locator(`${widget.tag} ${widget.drawing} svg`).count();
      expect(count, widget.tag).toBeGreaterThan(0);
    }
    expect(await page.locator('output-size-explorer .formula .katex').count()).toBe(1);
    await context.close();
  });
});

describe('the Korean page speaks Korean in these widgets', () => {
  it('labels, steps, problems and the tfjs verdicts', async () => {
    const query = new URLSearchParams({
      'stepper.input': '3,7;1,2',
      'stepper.kernel': '1,2,1;0,1,0;2,1,3',
      'stepper.stride': '2',
      'stepper.padding': '1',
      'stepper.outputPadding': '0',
      'stepper.dilation': '1',
    });
    const { page, context, problems } = await openPage(session, `/ko${LESSON}?${query}`, { reducedMotion: 'reduce' });

    const stepper = page.locator('scatter-stepper').first();
    await widgetReady(page, 'scatter-stepper');
    for (const name of ['입력 크기 i', '커널 크기 k', '스트라이드 s', '패딩 p', '출력 패딩 a', '팽창 d'])
      expect(await stepper.getByRole('slider', { name }).count(), name).toBe(1);
    await stepper.getByRole('button', { name: '다음 단계' }).click();
    expect(await stepper.locator('output[data-for="step"]').textContent()).toBe('1 / 5');
    expect(await stepper.locator('.step-caption').textContent()).toMatch(/^단계 1 \/ 5: x\[0\]\[0\] = 3\./);
    await stepper.getByRole('slider', { name: '출력 패딩 a' }).fill('3');
    await expect
      .poll(() => stepper.locator('.problem').textContent())
      .toBe('출력 패딩 a = 3: max(스트라이드, 팽창) = 2보다 작아야 합니다.');
    expect(await stepper.locator('.step-caption').textContent()).toMatch(/^이 매개변수로는 보여 줄 단계가 없습니다\./);
    await stepper.getByRole('slider', { name: '출력 패딩 a' }).fill('1');
    await expect
      .poll(() => stepper.locator('.status').textContent(), { timeout: 60_000 })
      .toMatch(/tf\.conv2dTranspose 결과가 흩뿌려 더하기와 일치합니다/);

    const explorer = page.locator('output-size-explorer').first();
    await widgetReady(page, 'output-size-explorer');
    await explorer.getByRole('slider', { name: '출력 패딩 a' }).fill('0');
    await expect.poll(() => explorer.locator('.status').textContent()).toMatch(/^입력 \d+ × \d+ → 출력 \d+ × \d+/);
    await explorer.getByRole('slider', { name: '패딩 p' }).fill('5');
    await explorer.getByRole('slider', { name: '입력 크기 i' }).fill('1');
    await expect.poll(() => explorer.locator('.problem').textContent()).toMatch(/^패딩 p = 5: 2p = 10칸을 잘라내야/);

    const matrix = page.locator('matrix-view').first();
    await widgetReady(page, 'matrix-view');
    expect(await matrix.getByRole('spinbutton', { name: 'x의 0행 0열' }).count()).toBe(1);
    await expect.poll(() => matrix.locator('.status').textContent(), { timeout: 60_000 }).toMatch(/: 일치, 최대 차이/);

    const checker = page.locator('checkerboard-demo').first();
    await widgetReady(page, 'checkerboard-demo');
    expect(await checker.getByRole('region', { name: '왼쪽 패널' }).count()).toBe(1);
    expect(await checker.getByRole('combobox', { name: '커널 크기 k (왼쪽)' }).count()).toBe(1);
    await expect.poll(() => checker.locator('.status').textContent(), { timeout: 60_000 }).toMatch(/결과 일치/);
    expect(await checker.locator('.panel .strength').first().textContent()).toMatch(/체커보드 강도 σ\/평균: \d/);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });
});
