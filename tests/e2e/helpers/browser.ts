import { CHROMIUM_FLAGS } from '../../../scripts/chromium.mjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

/** Files the built site's model manifest lists (none when it has no manifest). */
export async function shippedModelFiles(): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/models/manifest.json`);
  return response.ok ? Object.keys(((await response.json()) as { files: object }).files) : [];
}

const FLAGS = CHROMIUM_FLAGS;

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/** Launch the Debian Chromium headless; playwright gives every launch a fresh, empty profile folder. */
export async function launch(): Promise<Session> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  return { browser, close: () => browser.close() };
}

/** One Chromium for a test file, launched before its tests and closed after them (call at the top level). */
export function browserSession(): Session {
  let inner: Session | undefined;
  beforeAll(async () => {
    inner = await launch();
  });
  afterAll(async () => {
    await inner?.close();
  });
  return {
    get browser(): Browser {
      if (!inner) throw new Error('the browser is launched in beforeAll; use the session inside a test');
      return inner.browser;
    },
    close: async () => {
      await inner?.close();
    },
  };
}

export interface Problems {
  console: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  /** A theme the reader chose earlier in the theme toggle (stored before the page loads); default: none (auto). */
  storedTheme?: 'light' | 'dark';
}

/** Open a page of the built site, recording console errors, page errors and requests to other hosts. */
export async function openPage(
  session: Session,
  path: string,
  options: OpenOptions = {},
): Promise<{ page: Page; context: BrowserContext; problems: Problems }> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.storedTheme) {
    await context.addInitScript((theme) => {
      try {
        localStorage.setItem('fcn-theme', theme);
      } catch {
        // a page without storage keeps the OS preference
      }
    }, options.storedTheme);
  }
  const page = await context.newPage();
  const problems: Problems = { console: [], pageErrors: [], foreignRequests: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return { page, context, problems };
}

/**
 * axe-core violations (ids with the first offending selector) on the current page: axe's default rules plus
 * WCAG 2.2's target size (2.5.8, 24 × 24 CSS px or enough room around), which axe leaves off by default and
 * Lighthouse runs.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

/** True when the document is wider than the viewport (a horizontal scroll bar). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Scroll through the whole page so lazy widgets start, then wait for the network to settle. At each stop it waits
 * two frames: intersection observers run in the frame's rendering step, so the widgets there have been told.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Number of live tfjs tensors: the page's runtime (pure-maths widgets) plus the page's model worker, each read
 * from its debug hook (null before either has started).
 */
export async function tensorCount(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const hooks = globalThis as {
      __fcnTf?: { numTensors(): number };
      __fcnWorker?: { numTensors(): Promise<number> };
    };
    if (!hooks.__fcnTf && !hooks.__fcnWorker) return null;
    return (hooks.__fcnTf?.numTensors() ?? 0) + ((await hooks.__fcnWorker?.numTensors()) ?? 0);
  });
}

/** Bring a lazily defined widget on screen and wait until its element code has loaded and upgraded it. */
export async function widgetReady(page: Page, tag: string): Promise<void> {
  const element = page.locator(tag).first();
  await element.scrollIntoViewIfNeeded();
  await element.and(page.locator('[data-defined="true"]')).waitFor({ timeout: 60_000 });
}
