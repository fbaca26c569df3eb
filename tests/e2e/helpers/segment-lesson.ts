// The skip-connections lesson's segment-image widget as its e2e tests drive it: the shipped models, the widget,
// its run counter and outputs, opening the lesson until the first run is done, and waiting for the next run.
// Used by skip-connections.test.ts and skip-connections-files.test.ts.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { FCN_VARIANT_LABELS, FCN_VARIANTS } from '../../../src/lib/fcn/variants';
import { SEED_RANGES } from '../../../src/lib/scene';
import { openPage, shippedModelFiles, type Session } from './browser';

export const TEST_FROM = SEED_RANGES.test.from;
export const VARIANTS = FCN_VARIANTS.map((v) => [v, FCN_VARIANT_LABELS[v]] as const);

/** The models the built site ships (its manifest), finest last, and the first of them ('fcn32s' if none). */
export async function shippedVariants(): Promise<{ available: (typeof VARIANTS)[number][]; firstAvailable: string }> {
  const shipped = await shippedModelFiles();
  const available = VARIANTS.filter(([v]) => shipped.includes(`${v}/weights.bin`));
  return { available, firstAvailable: available[0]?.[0] ?? 'fcn32s' };
}

export const widget = (page: Page) => page.locator('segment-image-el');
export const runs = (page: Page) => widget(page).getAttribute('data-runs').then(Number);
export const output = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

/** Open /skip-connections/ (with a query) and wait until the widget has run once. */
export async function openSkipLesson(session: Session, query = '') {
  const opened = await openPage(session, `/skip-connections/${query}`);
  await widget(opened.page).scrollIntoViewIfNeeded();
  await expect.poll(() => runs(opened.page), { timeout: 150_000 }).toBeGreaterThanOrEqual(1);
  return opened;
}

/** Do an action and wait until the widget has run once more. */
export async function nextRun(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await runs(page);
  await action();
  await expect.poll(() => runs(page), { timeout: 120_000 }).toBeGreaterThan(before);
}
