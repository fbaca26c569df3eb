// The vgg-backbone lesson's widgets on the Korean page (/ko/vgg-backbone/, #17): the build-time first frames
// without JavaScript, the controls, sentences, problems and tfjs results in Korean, and axe with every widget run.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockWidths, SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { axeViolations, browserSession, openPage, scrollThrough, widgetReady } from './helpers/browser';

const PAGE = '/ko/vgg-backbone/';
const POOL5_CHANNELS = blockWidths(SHIPPED_CONFIG)[4];
const session = browserSession();

const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

describe('vgg-backbone in Korean', () => {
  it('without JavaScript the receptive field and the VGG table are there, in Korean', async () => {
    const { page, context } = await openPage(session, PAGE, { javaScriptEnabled: false });
    const rf = page.locator('receptive-field-el');
    expect(await rf.locator('.drawing svg').getAttribute('aria-label')).toMatch(/^격자 \d+개: 입력/);
    expect(await text(rf.locator('.field'))).toContain('수용 영역 r = 7 (7 × 7픽셀)');
    const table = page.locator('vgg-table-el');
    expect(await text(table.getByRole('row', { name: /^fc6/ }).locator('td.predicted'))).toBe('1 × 1 × 4096');
    expect(await text(table.locator('caption'))).toContain('입력 224 × 224에서 본');
    expect(await text(table.locator('.total-macs'))).toMatch(/억$/);
    await context.close();
  });

  it('the widgets speak Korean, from their controls to their tfjs results; axe finds nothing', async () => {
    const { page, context, problems } = await openPage(session, PAGE);
    await scrollThrough(page);

    const rf = page.locator('receptive-field-el');
    await widgetReady(page, 'receptive-field-el');
    await expect.poll(() => text(rf.locator('.status')), { timeout: 90_000 }).toMatch(/^tf\.grad 일치 \(/);
    expect(await text(rf.locator('.status'))).toContain('기울기가 0이 아닌 입력 픽셀은 정확히 49개');
    await rf.getByRole('button', { name: '2×2 풀링 추가' }).click();
    await expect
      .poll(() => text(rf.locator('.field')))
      .toContain('수용 영역 r = 8 (8 × 8픽셀), 유효 스트라이드(점프) j = 2');
    expect(await rf.getByRole('list', { name: '층 스택 (첫 층부터)' }).locator('li').last().textContent()).toBe(
      '2×2 최대 풀링, 스트라이드 2',
    );
    await rf.getByRole('combobox', { name: '시작 구성' }).selectOption({ label: 'VGG 블록 두 개' });
    await rf.getByRole('slider', { name: '입력 크기' }).fill('4');
    await rf.getByRole('button', { name: '2×2 풀링 추가' }).click();
    await expect
      .poll(() => text(rf.locator('.problem')))
      .toBe(
        '7번째 층(pool 2×2/2)에 들어오는 맵(크기 1 × 1)에 창이 들어가지 않으므로 출력이 없습니다. 입력을 키우거나 층을 빼십시오.',
      );
    expect(await text(rf.locator('.status'))).toContain('출력이 있었던 마지막 구성');
    await rf.getByRole('slider', { name: '입력 크기' }).fill('15');

    const table = page.locator('vgg-table-el');
    await widgetReady(page, 'vgg-table-el');
    await table.getByRole('combobox', { name: 'fc6 패딩' }).selectOption('3');
    await table.getByRole('slider', { name: '입력 높이' }).fill('225');
    await table.getByRole('slider', { name: '입력 너비' }).fill('97');
    await expect
      .poll(() => text(table.locator('.status')), { timeout: 90_000 })
      .toContain('측정값 = 예측값: 층 21개 모두 일치');
    expect(await text(table.locator('.total-params'))).toBe('138,357,544');
    await table.getByRole('combobox', { name: 'fc6 패딩' }).selectOption('0');
    await table.getByRole('slider', { name: '입력 높이' }).fill('192');
    await expect
      .poll(() => text(table.locator('.problem')))
      .toContain('pool5의 크기가 6 × 4뿐이라 패딩 없는 fc6의 7 × 7 커널보다 작습니다');
    expect(await text(table.getByRole('row', { name: /^fc6/ }).locator('td.predicted'))).toBe('출력 없음');
    // The column groups are radio buttons on phones only (hidden here), still named in Korean.
    expect(
      await table
        .locator('input[type="radio"]')
        .evaluateAll((all) => all.map((r) => r.closest('label')?.textContent?.trim())),
    ).toEqual(['모양', '파라미터와 연산량', '수용 영역']);

    const maps = page.locator('feature-maps-el');
    await widgetReady(page, 'feature-maps-el');
    await expect
      .poll(() => text(maps.locator('.status')), { timeout: 120_000 })
      .toMatch(/^장면에 tf\.conv2d 적용: conv1_1 128 × 128 × 8|^고전적인 커널만 실행했습니다/);
    expect(await maps.locator('.classic svg').getAttribute('aria-label')).toMatch(
      /^회색조 장면에 적용한 고전적인 커널 네 개: 세로 경계/,
    );
    if (/^장면에/.test(await text(maps.locator('.status')))) {
      await maps.getByRole('combobox', { name: '더 깊은 층' }).selectOption('pool5');
      await expect
        .poll(() => text(maps.locator('.deeper-note')), { timeout: 60_000 })
        .toContain(`pool5의 크기: 4 × 4 × ${POOL5_CHANNELS}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect({ console: problems.console, pageErrors: problems.pageErrors }).toEqual({ console: [], pageErrors: [] });
    await context.close();
  });
});
