// Every page: no console errors, no page errors, no request to another host, no axe violations, and no
// sideways scrolling at 375 px, in light and dark.
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, scrollsSideways, scrollThrough, browserSession } from './helpers/browser';
import { sitePaths } from './helpers/site-paths';

const session = browserSession();

describe.each(sitePaths())('page %s', (path) => {
  it.each(['light', 'dark'] as const)('is clean at 1280 px in %s: no errors, no foreign requests, no axe violations', async (colorScheme) => {
    const { page, context, problems } = await openPage(session, path, { colorScheme });
    await scrollThrough(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('fits 375 px without horizontal scrolling', async () => {
    const { page, context, problems } = await openPage(session, path, { width: 375, height: 800 });
    await scrollThrough(page);
    expect(await scrollsSideways(page)).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: headings and formulas are in the HTML', async () => {
    const { page, context } = await openPage(session, path, { javaScriptEnabled: false });
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    await context.close();
  });
});
