// An address that does not exist answers 404 with the site's 404 page, in our static server (what any static host
// does: the nearest 404.html) and in `astro preview`: the page helps the reader back — the way home and every
// lesson in both languages, with no search box — and is as clean as the others (axe in both themes, no errors).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { localePath, locales, t, type Locale } from '../../src/i18n';
import { axeViolations, baseUrl, browserSession, openPage } from './helpers/browser';
import { lessonTitles } from './helpers/site-paths';

const session = browserSession();

const UNKNOWN: [string, Locale][] = [
  ['/no-such-lesson/', 'en'],
  ['/ko/no-such-lesson/', 'ko'],
  ['/metrics/typo.png', 'en'],
];

describe('an unknown address', () => {
  it.each(UNKNOWN)('%s answers 404 with the 404 page', async (path, locale) => {
    const response = await fetch(`${baseUrl()}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain(`<html lang="${locale}"`);
    for (const other of locales) expect(html).toContain(t(other, 'notFound.title'));
  });

  it.each(
    locales.flatMap((locale) =>
      (['light', 'dark'] as const).map((theme) => [localePath(locale, '/no-such-page/'), locale, theme] as const),
    ),
  )('%s (%s) in the %s theme: the way home and every lesson, clean', async (path, locale, theme) => {
    const { page, context, problems } = await openPage(session, path, {
      storedTheme: theme === 'dark' ? 'dark' : undefined,
    });
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
    await expect(page.locator('h1').textContent()).resolves.toBe(t(locale, 'notFound.title'));
    await expect(
      page.getByRole('link', { name: t(locale, 'notFound.home'), exact: true }).getAttribute('href'),
    ).resolves.toBe(localePath(locale, '/'));
    for (const other of locales) {
      const section = page.locator('main section').filter({ has: page.getByText(t(other, 'notFound.lede')) });
      await expect(section.locator('ol a').allTextContents()).resolves.toEqual(lessonTitles(other));
    }
    await expect(page.locator('input[type="search"], [role="search"]').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The document itself was a 404: Chromium logs that one failed load, and nothing else may go wrong.
    expect(problems.console.filter((line) => !/status of 404/.test(line))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });
});

/** A free loopback port (the OS picks one, we close it and hand it to astro preview). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe('astro preview', () => {
  let preview: ChildProcess | undefined;
  afterAll(() => {
    preview?.kill();
  });

  it('serves the 404 page with status 404 for an unknown path', async () => {
    const port = await freePort();
    preview = spawn(
      process.execPath,
      ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)],
      { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    const origin = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(`${origin}/`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000, interval: 250 },
      )
      .toBe(200);
    const response = await fetch(`${origin}/no-such-lesson/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    for (const locale of locales) expect(html).toContain(t(locale, 'notFound.title'));
  });
});
