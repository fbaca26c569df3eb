// The header's language switch keeps the reader where they were: same lesson, same widget state (the widgets
// keep it in the URL query) and the same #hash, by keyboard and by mouse, in both directions.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, browserSession, widgetReady } from './helpers/browser';

const session = browserSession();
const DIST = process.env.DIST_DIR ?? 'dist';
const translated = existsSync(`${DIST}/ko/transposed-convolution/index.html`);

describe('language switch', () => {
  it.skipIf(!translated)(
    'carries the widget state and hash from /transposed-convolution/ to /ko/… and back',
    async () => {
      const { page, context, problems } = await openPage(session, '/transposed-convolution/');
      // The figure is in the HTML from the build: wait for the element itself before using its controls.
      await widgetReady(page, 'output-size-explorer');
      const explorer = page.locator('output-size-explorer').first();
      await explorer.locator('input[name="s"]').fill('3');
      await expect.poll(() => new URL(page.url()).searchParams.get('size.s')).toBe('3');
      await page.evaluate(() => {
        location.hash = 'reader-was-here';
      });

      // Keyboard: focus the link (as Tab would) and press Enter.
      const korean = page.locator('header a.lang-switch[hreflang="ko"]');
      await korean.focus();
      await korean.press('Enter');
      await page.waitForURL(/\/ko\/transposed-convolution\//);
      const there = new URL(page.url());
      expect(there.searchParams.get('size.s')).toBe('3');
      expect(there.hash).toBe('#reader-was-here');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
      await widgetReady(page, 'output-size-explorer');
      const koExplorer = page.locator('output-size-explorer').first();
      await expect.poll(() => koExplorer.locator('input[name="s"]').inputValue()).toBe('3');

      // Mouse, back to English, after changing the state on the Korean page.
      await koExplorer.locator('input[name="s"]').fill('4');
      await expect.poll(() => new URL(page.url()).searchParams.get('size.s')).toBe('4');
      await page.locator('header a.lang-switch[hreflang="en"]').click();
      await page.waitForURL((url) => url.pathname === '/transposed-convolution/');
      expect(new URL(page.url()).searchParams.get('size.s')).toBe('4');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('without JavaScript still leads to the same page in the other language', async () => {
    const { page, context } = await openPage(session, '/metrics/', { javaScriptEnabled: false });
    const href = await page.locator('header a.lang-switch[hreflang="ko"]').getAttribute('href');
    expect(href).toBe(existsSync(`${DIST}/ko/metrics/index.html`) ? '/ko/metrics/' : '/ko/');
    await context.close();
  });
});
