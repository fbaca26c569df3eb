// The home page's teaser (#18, #17), in English and Korean: the build draws the test scene and its true labels
// (a first frame without JavaScript), the model starts once the page is idle and runs in the page's model
// worker, the first result and "New scene" work, the words are the page's language (axe clean), and 100
// "New scene" presses leave the page's and the worker's tensor counts where they started.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, tensorCount, browserSession } from './helpers/browser';

const session = browserSession();
const teaser = (page: Page) => page.locator('fcn-teaser-el');
const status = (page: Page) => teaser(page).locator('.status');
const TEASER = { timeout: 150_000 };

const pages = [
  {
    path: '/',
    firstFrame: /^Test scene \d+ and its true labels\./,
    result: /labelled test scene \d+ in [\d,]+ ms on .*% of pixels right/,
    newScene: 'New scene',
    input: /^Input image \(test scene, seed \d+, 128 × 128 px, objects: /,
  },
  {
    path: '/ko/',
    firstFrame: /^테스트 장면\(시드 \d+\)과 그 정답 레이블입니다\./,
    result: /테스트 장면 \d+의 레이블을 .+에서 [\d,]+ ms 만에 예측했습니다\. 맞은 픽셀/,
    newScene: '새 장면',
    input: /^입력 이미지 \(테스트 장면, 시드 \d+, 128 × 128 px, 물체: /,
  },
] as const;

describe.each(pages)('home page teaser on $path', ({ path, firstFrame, result, newScene, input }) => {
  it('has its first frame without JavaScript: the scene and its true labels, drawn by the build', async () => {
    const { page, context } = await openPage(session, path, { javaScriptEnabled: false });
    await expect(status(page).textContent()).resolves.toMatch(firstFrame);
    await expect(teaser(page).locator('[data-panel="image"] svg').getAttribute('aria-label')).resolves.toMatch(input);
    await expect(teaser(page).locator('[data-panel="truth"] svg').count()).resolves.toBe(1);
    await context.close();
  });

  it('labels a scene in the worker, in the page’s language, and "New scene" labels another; axe clean', async () => {
    const { page, context, problems } = await openPage(session, path);
    await expect.poll(() => status(page).textContent(), TEASER).toMatch(result);
    await expect(teaser(page).locator('[data-panel="model"]').getAttribute('data-state')).resolves.toBe('ready');
    const first = await status(page).textContent();
    await page.getByRole('button', { name: newScene }).click();
    await expect.poll(() => status(page).textContent(), TEASER).not.toBe(first);
    await expect.poll(() => status(page).textContent(), TEASER).toMatch(result);
    await expect(teaser(page).locator('[data-panel="image"] svg').getAttribute('aria-label')).resolves.toMatch(input);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });
});

describe('home page teaser, memory', () => {
  it('100 "New scene" presses leave the page’s and the worker’s tensor counts where they started', async () => {
    const { page, context, problems } = await openPage(session, '/');
    await expect.poll(() => status(page).textContent(), TEASER).toMatch(pages[0].result);
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    const button = page.getByRole('button', { name: 'New scene' });
    for (let i = 0; i < 100; i++) {
      const previous = await status(page).textContent();
      await button.click();
      await expect.poll(() => status(page).textContent(), TEASER).not.toBe(previous);
      await expect.poll(() => status(page).textContent(), TEASER).toMatch(pages[0].result);
    }
    expect(await tensorCount(page)).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  }, 900_000);
});
