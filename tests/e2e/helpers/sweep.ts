// Shared parts of the widget sweeps in the browser (#18): a seeded random source, "is this figure drawn" and
// "a slider's range" read from the page, so each sweep states only its widget's controls and what settles it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, scrollThrough, tensorCount, widgetReady, type Problems, type Session } from './browser';
import { createRandom } from '../../../src/lib/random';

/** A seeded generator (mulberry32): the same sweep on every run. */
export function seeded(seed: number): () => number {
  const random = createRandom(seed);
  return () => random.next();
}

export const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** Width, height and drawn shapes of the first SVG under `drawing` (zeros when there is none). */
export async function figureSize(drawing: Locator): Promise<{ width: number; height: number; shapes: number }> {
  return drawing.evaluate((element) => {
    const svg = element.querySelector('svg');
    if (!svg) return { width: 0, height: 0, shapes: 0 };
    const box = svg.getBoundingClientRect();
    return { width: box.width, height: box.height, shapes: svg.querySelectorAll('rect, circle, path, image').length };
  });
}

/** Fails when the figure is missing or empty. */
export async function expectFigure(drawing: Locator, what: string): Promise<void> {
  const size = await figureSize(drawing);
  expect(size.width, `${what}: figure width`).toBeGreaterThan(0);
  expect(size.height, `${what}: figure height`).toBeGreaterThan(0);
  expect(size.shapes, `${what}: shapes in the figure`).toBeGreaterThan(0);
}

/** A range input's bounds, from the page. */
export async function sliderRange(slider: Locator): Promise<{ min: number; max: number }> {
  const [min, max] = await Promise.all([slider.getAttribute('min'), slider.getAttribute('max')]);
  return { min: Number(min), max: Number(max) };
}

/** Wait until the page's live tensors are back at `before` (a run in flight may still hold some for a moment). */
export async function expectTensorsBack(page: Page, before: number | null): Promise<void> {
  expect(before, 'tensor count before the sweep').not.toBeNull();
  await expect.poll(() => tensorCount(page), { timeout: 30_000, interval: 250 }).toBe(before);
}

export const textOf = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

/**
 * `path` opened with every widget started and settled (each `[tag, status pattern, timeout ms]`: the widget's
 * .status reads so), so a neighbour's first run does not land in a sweep's tensor count.
 */
export async function openSettled(
  session: Session,
  path: string,
  widgets: readonly (readonly [tag: string, status: string | RegExp, timeout: number])[],
): Promise<{ page: Page; problems: Problems; close: () => Promise<void> }> {
  const { page, context, problems } = await openPage(session, path);
  await scrollThrough(page);
  for (const [tag] of widgets) await widgetReady(page, tag);
  for (const [tag, status, timeout] of widgets) {
    const poll = expect.poll(() => textOf(page.locator(`${tag} .status`)), { timeout });
    await (typeof status === 'string' ? poll.toContain(status) : poll.toMatch(status));
  }
  return { page, problems, close: () => context.close() };
}

/** No console error and no page error. */
export const noProblems = (problems: Problems): void =>
  expect({ console: problems.console, pageErrors: problems.pageErrors }).toEqual({ console: [], pageErrors: [] });
