// The fc-to-conv lesson's widgets on the Korean page (/ko/fc-to-conv/, #17): the build-time first frames without
// JavaScript, the controls, sentences, problems and tfjs results in Korean, and axe with every widget run.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSession, openPage, scrollThrough, widgetReady } from './helpers/browser';

const PAGE = '/ko/fc-to-conv/';
const session = browserSession();

const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

describe('fc-to-conv in Korean', () => {
  it('without JavaScript the FC = conv and 1×1 figures are drawn, labelled in Korean', async () => {
    const { page, context } = await openPage(session, PAGE, { javaScriptEnabled: false });
    const fc = page.locator('fc-equals-conv-el');
    expect(await fc.locator('.drawing svg').getAttribute('aria-label')).toMatch(/^입력 \d+ × \d+의 왼쪽 위에/);
    expect(await text(fc.locator('.params'))).toMatch(/^완전 연결 가중치: 출력 \d+개/);
    const one = page.locator('one-by-one-el');
    expect(await one.locator('.drawing svg').getAttribute('aria-label')).toMatch(/^픽셀마다 채널 \d+개인 입력 맵/);
    expect(await text(one.locator('.params'))).toContain('파라미터 C_in·C_out + C_out = 4·3 + 3 = 15');
    await context.close();
  });

  it('the widgets speak Korean, from their controls to their tfjs results; axe finds nothing', async () => {
    const { page, context, problems } = await openPage(session, PAGE);
    await scrollThrough(page);

    const fc = page.locator('fc-equals-conv-el');
    await widgetReady(page, 'fc-equals-conv-el');
    await expect
      .poll(() => text(fc.locator('.status')), { timeout: 90_000 })
      .toMatch(/^tf\.conv2d와 tf\.matMul 일치 \(/);
    await fc.getByRole('slider', { name: '입력 높이 H′' }).fill('9');
    await fc.getByRole('slider', { name: '입력 너비 W′' }).fill('7');
    await fc.getByRole('slider', { name: '맵 높이 h' }).fill('4');
    await expect
      .poll(() => text(fc.locator('.shape-formula')))
      .toContain('합성곱 출력 (H′ − h + 1) × (W′ − w + 1) × n = (9 − 4 + 1) × (7 − 3 + 1) × 3 = 6 × 5 × 3');
    await expect.poll(() => text(fc.locator('.status'))).toContain('출력 맵의 크기는 6 × 5 × 3');
    await fc.getByRole('slider', { name: '입력 높이 H′' }).fill('2');
    await expect
      .poll(() => text(fc.locator('.problem')))
      .toContain('입력 높이 H′ = 2: 커널 높이 h = 4보다 작아 창이 들어가지 않으므로');
    expect(await text(fc.locator('.status'))).toContain(
      '그림과 숫자는 마지막으로 유효했던 크기(h = 4, w = 3, H′ = 9, W′ = 7)',
    );
    await fc.getByRole('slider', { name: '입력 높이 H′' }).fill('9');

    const one = page.locator('one-by-one-el');
    await widgetReady(page, 'one-by-one-el');
    await expect
      .poll(() => text(one.locator('.status')), { timeout: 90_000 })
      .toContain('이 픽셀에서 tf.conv2d (1×1)와 tf.matMul 일치');
    await one.getByRole('slider', { name: '높이 H' }).fill('20');
    await expect.poll(() => text(one.locator('.cost'))).toContain('곱셈-덧셈 H·W·C_in·C_out = 20·8·4·3 = 1,920');
    await one.locator('.drawing rect[data-cell="5,6"]').click();
    await expect.poll(() => text(one.locator('.product caption'))).toContain('픽셀 (5, 6)');
    expect(await one.getByRole('slider', { name: '픽셀 행 y' }).inputValue()).toBe('5');
    await expect.poll(() => text(one.locator('.status'))).toContain('전체 출력 모양: [20, 8, 3]');

    const heat = page.locator('score-heatmap-el');
    await widgetReady(page, 'score-heatmap-el');
    await expect
      .poll(() => text(heat.locator('.status')), { timeout: 120_000 })
      .toMatch(/score_fr의 크기 5 × 5 × 6|학습된 모델을 쓸 수 없어/);
    if (/score_fr/.test(await text(heat.locator('.status')))) {
      await heat.getByRole('combobox', { name: '클래스' }).selectOption({ label: '동물' });
      await expect.poll(() => text(heat.locator('.status'))).toContain('“동물” 확률이 0.5를 넘는 픽셀의 비율');
      expect(await heat.locator('.drawing svg').getAttribute('aria-label')).toMatch(/^이미지 위 동물의 확률: 왼쪽은/);
      expect(await heat.locator('.drawing svg text').first().textContent()).toBe('score_fr: 5 × 5');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect({ console: problems.console, pageErrors: problems.pageErrors }).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });
});
