// The tfjs WebGL and WASM backends both start in Chromium (SwiftShader counts) and give the CPU backend's
// numbers on a test computation; a lost WebGL context moves the page to WASM without a reload.
import { expect, it } from 'vitest';
import { axeViolations, openPage, browserSession } from './helpers/browser';

const session = browserSession();

it('webgl, wasm and cpu all start and agree with the cpu backend', async () => {
  const { page, context, problems } = await openPage(session, '/about/');
  const status = page.locator('backend-check .status');
  await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/backends started/);
  for (const name of ['webgl', 'wasm', 'cpu']) {
    const row = page.locator(`tr[data-backend="${name}"]`);
    await expect(row.locator('td').first().textContent()).resolves.toBe('yes');
    await expect(row.getAttribute('data-agrees')).resolves.toBe('true');
  }
  await expect(status.textContent()).resolves.toContain('3 of 3 backends started; all agree');
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});

it('on the Korean page the check speaks Korean, and axe finds nothing', async () => {
  const { page, context, problems } = await openPage(session, '/ko/about/');
  const status = page.locator('backend-check .status');
  await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/백엔드 \d개 중 \d개 시작/);
  await expect(status.textContent()).resolves.toBe(
    '백엔드 3개 중 3개 시작. 모두 CPU 백엔드와 0.001 이내로 일치합니다.',
  );
  await expect(page.locator('tr[data-backend="wasm"] td').first().textContent()).resolves.toBe('예');
  await expect(page.getByRole('button', { name: '다시 검사하기' }).isEnabled()).resolves.toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

it('software WebGL is not taken for a GPU: the badge names WASM by default', async () => {
  const { page, context } = await openPage(session, '/about/');
  const badge = page.getByRole('status').filter({ hasText: 'tfjs:' });
  await expect.poll(() => badge.textContent(), { timeout: 60_000 }).toContain('WASM');
  await context.close();
});

it('the reader can switch to WebGL, and a lost WebGL context falls back to WASM without a reload', async () => {
  const { page, context, problems } = await openPage(session, '/about/');
  const badge = page.getByRole('status').filter({ hasText: 'tfjs:' });
  await expect.poll(() => badge.textContent(), { timeout: 60_000 }).toContain('WASM');
  await expect
    .poll(() => page.locator('backend-check .status').textContent(), { timeout: 120_000 })
    .toMatch(/backends started/);
  await page.getByRole('combobox', { name: 'tfjs backend' }).selectOption('webgl');
  await expect.poll(() => badge.textContent(), { timeout: 60_000 }).toContain('WebGL');
  // The backends run in the page's model worker; its test hook loses the worker's WebGL context.
  await page.evaluate(async () => {
    const hook = (globalThis as unknown as { __fcnWorker: { loseWebglContext(): Promise<boolean> } }).__fcnWorker;
    await hook.loseWebglContext();
  });
  await expect.poll(() => badge.textContent(), { timeout: 60_000 }).toContain('WASM');
  expect(problems.pageErrors).toEqual([]);
  await context.close();
});
