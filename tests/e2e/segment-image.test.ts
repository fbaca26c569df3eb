// The segment-image widget on the Korean lesson page (#17) and its memory over 100 interactions (#18): labels,
// outputs, refusals and notes in Korean, sizes width × height, axe clean; a mix of model runs and tint changes
// leaves the page's and the model worker's tensor counts where they started. (The English page's behaviour is
// tested in skip-connections.test.ts, skip-connections-files.test.ts and bad-uploads.test.ts.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, tensorCount, browserSession } from './helpers/browser';

const session = browserSession();
let fixtures: string;
beforeAll(() => {
  fixtures = mkdtempSync(path.join(tmpdir(), 'fcn-segment-image-'));
});
const widget = (page: Page) => page.locator('segment-image-el');
const runs = (page: Page) => widget(page).getAttribute('data-runs').then(Number);
const RUN = { timeout: 150_000 };

async function openWidget(path: string) {
  const opened = await openPage(session, path);
  await widget(opened.page).scrollIntoViewIfNeeded();
  await expect.poll(() => runs(opened.page), RUN).toBeGreaterThanOrEqual(1);
  return opened;
}

async function nextRun(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await runs(page);
  await action();
  await expect.poll(() => runs(page), RUN).toBeGreaterThan(before);
}

describe('segment-image on /ko/skip-connections/', () => {
  it('speaks Korean: controls, outputs, status, a refusal and a note; axe clean', async () => {
    const { page, context, problems } = await openWidget('/ko/skip-connections/');
    await expect(page.getByRole('combobox', { name: '이미지', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: '새 무작위 장면' }).count()).resolves.toBe(1);
    await expect(page.getByRole('status', { name: 'FCN-8s 픽셀 정확도' }).textContent()).resolves.toMatch(/%$/);
    await expect(widget(page).locator('.status').textContent()).resolves.toMatch(
      /^테스트 장면, 시드 \d+, 128 × 128 px, 물체: .+\. FCN-\d+s [\d,]+ ms.*, 백엔드: .+\. 각 시간은 예열 실행 한 번 뒤 3회 실행의 중앙값입니다\.$/,
    );
    await expect(widget(page).locator('[data-panel="truth"] svg').getAttribute('aria-label')).resolves.toMatch(
      /^정답 레이블/,
    );
    const picker = page.getByLabel('내 이미지 열기…');
    const text = path.join(fixtures, 'notes.txt');
    writeFileSync(text, 'just words');
    await picker.setInputFiles(text);
    await expect
      .poll(() => widget(page).locator('.problem').textContent())
      .toBe('notes.txt: 이미지가 아닙니다(파일 형식: text/plain). 이전 이미지를 그대로 둡니다.');
    const svg = path.join(fixtures, 'wide.svg');
    writeFileSync(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="256"><rect width="1024" height="256" fill="#a53"/></svg>',
    );
    await nextRun(page, () => picker.setInputFiles(svg));
    await expect(widget(page).locator('.notes').textContent()).resolves.toBe(
      '참고: SVG를 그림으로 그렸습니다(스크립트가 있어도 실행되지 않았습니다). ' +
        '참고: 1024 × 256에서 512 × 128 px로 줄였습니다(긴 변은 최대 512 px).',
    );
    await expect(widget(page).locator('.status').textContent()).resolves.toMatch(/^wide\.svg, 512 × 128 px\. /);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });
});

describe('segment-image memory', () => {
  it('100 interactions (40 model runs, 60 tint changes) leave the tensor counts where they started', async () => {
    const { page, context, problems } = await openWidget('/skip-connections/');
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    const tint = page.getByRole('slider', { name: 'tint strength' });
    const size = page.getByRole('combobox', { name: 'scene size (px)' });
    const otherSize = async () => ((await size.inputValue()) === '128' ? '192' : '128');
    for (let i = 0; i < 100; i++) {
      if (i % 5 === 0) await nextRun(page, () => page.getByRole('button', { name: 'Run again' }).click());
      else if (i % 10 === 1) await nextRun(page, () => page.getByRole('button', { name: 'New random scene' }).click());
      else if (i % 10 === 6) {
        const next = await otherSize();
        await nextRun(page, () => size.selectOption(next));
      } else await tint.fill(String((i * 35) % 105));
    }
    expect(await tensorCount(page)).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  }, 900_000);
});
