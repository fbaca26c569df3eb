// The colour theme (#18 "Without JavaScript"): the tokens are light-dark() pairs picked by the root's
// color-scheme, so without JavaScript the OS preference decides, and with it the reader's stored choice wins over
// the OS. Checked on the page background and on a highlighted code token (Shiki's two themes as variables).
import { describe, expect, it } from 'vitest';
import { openPage, browserSession } from './helpers/browser';

const session = browserSession();
const DARK_BG = 'rgb(22, 23, 26)';
const LIGHT_BG = 'rgb(253, 252, 250)';

const cases = [
  { name: 'no JavaScript, OS dark', options: { javaScriptEnabled: false, colorScheme: 'dark' }, dark: true },
  { name: 'no JavaScript, OS light', options: { javaScriptEnabled: false, colorScheme: 'light' }, dark: false },
  { name: 'OS dark, reader chose light', options: { colorScheme: 'dark', storedTheme: 'light' }, dark: false },
  { name: 'OS light, reader chose dark', options: { colorScheme: 'light', storedTheme: 'dark' }, dark: true },
  { name: 'OS dark, no choice', options: { colorScheme: 'dark' }, dark: true },
] as const;

describe.each(cases)('theme: $name', ({ options, dark }) => {
  it(`paints the ${dark ? 'dark' : 'light'} theme, code included`, async () => {
    const { page, context } = await openPage(session, '/skip-connections/', options);
    const seen = await page.evaluate(() => {
      const token = [...document.querySelectorAll<HTMLElement>('pre.astro-code span[style]')].find(
        (span) => span.style.getPropertyValue('--shiki-light') !== span.style.getPropertyValue('--shiki-dark'),
      );
      if (!token) throw new Error('no highlighted token with two different colours');
      const probe = document.createElement('span');
      document.body.append(probe);
      const colourOf = (value: string): string => {
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        token: getComputedStyle(token).color,
        light: colourOf(token.style.getPropertyValue('--shiki-light')),
        dark: colourOf(token.style.getPropertyValue('--shiki-dark')),
      };
    });
    expect(seen.background).toBe(dark ? DARK_BG : LIGHT_BG);
    expect(seen.token).toBe(dark ? seen.dark : seen.light);
    await context.close();
  });
});
