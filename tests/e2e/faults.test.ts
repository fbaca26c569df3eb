// Faults (#18), on the home page's teaser (its model runs in the page's model worker): WebGL unavailable →
// WASM and the page works; the WASM binary missing → the CPU backend; the weights missing or tampered with
// (the store checks SHA-256) → a clear message in the widget, and the rest of the page keeps working.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { baseUrl, browserSession } from './helpers/browser';

const session = browserSession();
const status = (page: Page) => page.locator('fcn-teaser-el .status');
const badge = (page: Page) => page.getByRole('status').filter({ hasText: 'tfjs:' });
const TEASER = { timeout: 150_000 };

/** A page of `context` that records page errors; the home page opened. */
async function home(context: BrowserContext, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${baseUrl()}/${query}`);
  return { page, errors };
}

/** The rest of the page still works: the teaser's "New scene" composes another scene, the badge still answers. */
async function pageStillWorks(page: Page): Promise<void> {
  const before = await page.locator('fcn-teaser-el [data-panel="image"] svg').getAttribute('aria-label');
  await page.getByRole('button', { name: 'New scene' }).click();
  await expect
    .poll(() => page.locator('fcn-teaser-el [data-panel="image"] svg').getAttribute('aria-label'), TEASER)
    .not.toBe(before);
  await expect(page.getByRole('link', { name: /How it works/ })).toBeTruthy();
}

describe('WebGL unavailable', () => {
  let browser: Browser;
  beforeAll(async () => {
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    // No GPU and no software rasteriser (SwiftShader): neither the page nor a worker gets a WebGL context.
    const args = [...CHROMIUM_FLAGS, '--disable-gpu', '--disable-software-rasterizer', '--disable-webgl'];
    browser = await chromium.launch({ executablePath, headless: true, args });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the teaser runs on WASM, even when the reader asked for WebGL', async () => {
    const context = await browser.newContext();
    const { page, errors } = await home(context, '?backend=webgl');
    await expect.poll(() => status(page).textContent(), TEASER).toMatch(/labelled test scene \d+ in [\d,]+ ms on WASM/);
    await expect.poll(() => badge(page).textContent()).toContain('WASM');
    await pageStillWorks(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('faults in what the worker downloads', () => {
  it('the WASM binary missing: the worker falls back to the CPU backend and the teaser still runs', async () => {
    const context = await session.browser.newContext();
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const { page, errors } = await home(context);
    await expect
      .poll(() => status(page).textContent(), TEASER)
      .toMatch(/labelled test scene \d+ in [\d,]+ ms on CPU \(plain JS\)/);
    await expect.poll(() => badge(page).textContent()).toMatch(/CPU/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the weights missing: the teaser says which file could not be fetched, and the page keeps working', async () => {
    const context = await session.browser.newContext();
    await context.route('**/models/*/weights.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const { page, errors } = await home(context);
    await expect
      .poll(() => status(page).textContent(), TEASER)
      .toMatch(/could not be used: could not fetch .*weights\.bin: HTTP 404/);
    await expect(page.locator('fcn-teaser-el [data-panel="model"]').getAttribute('data-state')).resolves.toBe(
      'unavailable',
    );
    await pageStillWorks(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the weights tampered with: a flipped byte fails the SHA-256 check with the file named', async () => {
    const context = await session.browser.newContext();
    await context.route('**/models/*/weights.bin', async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length >> 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
    const { page, errors } = await home(context);
    await expect
      .poll(() => status(page).textContent(), TEASER)
      .toMatch(/could not be used: SHA-256 mismatch for fcn\d+s\/weights\.bin/);
    await pageStillWorks(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
