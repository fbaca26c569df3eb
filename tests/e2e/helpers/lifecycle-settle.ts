// Waiting in the widget-lifecycle tests: a widget settled (by its English words, or without reading words: its
// status holds still, and the new mount shows the same sentence, numbers aside), the leftover counts once they
// hold still, and a page opened with the leftover counters installed. Used by lifecycle.test.ts and
// lifecycle-ko.test.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type Session } from './browser';
import { leftovers, trackLeftovers } from './lifecycle';
import type { WidgetCase } from './lifecycle-pages';

export const SETTLE = { timeout: 170_000, intervals: [250, 500, 1000] };

export async function settled(page: Page, widget: WidgetCase): Promise<void> {
  const host = page.locator(widget.tag).first();
  await host.scrollIntoViewIfNeeded();
  await expect.poll(() => host.locator(widget.part).first().textContent(), SETTLE).toMatch(widget.text);
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
}

/** A status sentence with its numbers (timings, counts) left out, to compare two mounts' sentences in any language. */
const shape = (text: string | null) =>
  (text ?? '')
    .replace(/\d+(?:[.,]\d+)*/g, '#')
    .replace(/\s+/g, ' ')
    .trim();

/** A progress message ("Loading…", "계산하는 중…"): both dictionaries end every one with an ellipsis. */
const inProgress = (text: string) => /(…|\.\.\.)$/.test(text);

/**
 * Settled without reading words: the widget's attribute (when it has one) holds, and its status is non-empty, not
 * a progress message, and the same in three readings in a row, half a second apart. Returns the status, whose
 * shape the next mount must show again.
 */
export async function settledWordless(page: Page, widget: WidgetCase): Promise<string> {
  const host = page.locator(widget.tag).first();
  await host.scrollIntoViewIfNeeded();
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
  const part: Locator = host.locator(widget.part).first();
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const now = ((await part.textContent()) ?? '').trim();
        same = now !== '' && !inProgress(now) && now === last ? same + 1 : 0;
        last = now;
        return same;
      },
      { timeout: SETTLE.timeout, interval: 500 },
    )
    .toBeGreaterThanOrEqual(2);
  return last;
}

/**
 * The new mount has redone its work: its status has the shape the first mount's had when it settled. Like
 * `settled`, it first brings the widget back into view: a tall widget taken out and put back can end up far
 * above the window (Chromium's scroll anchoring keeps the text after it still), and a widget starts only near
 * the screen.
 */
export async function settledAgain(page: Page, widget: WidgetCase, status: string): Promise<void> {
  const host = page.locator(widget.tag).first();
  await host.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => shape(await host.locator(widget.part).first().textContent()), SETTLE)
    .toBe(shape(status));
  if (widget.attribute)
    await expect.poll(() => host.getAttribute(widget.attribute![0]), SETTLE).toBe(widget.attribute[1]);
}

/** The leftover counts once two readings in a row agree (the page has stopped adding and removing). */
export async function steadyLeftovers(page: Page, tags: string[]): Promise<Awaited<ReturnType<typeof leftovers>>> {
  let last = await leftovers(page, tags);
  await expect
    .poll(async () => {
      const now = await leftovers(page, tags);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    }, SETTLE)
    .toBe(true);
  return last;
}

/** A page with the leftover counters installed before its scripts run. */
export async function openTracked(session: Session, path: string) {
  const opened = await openPage(session, path);
  await opened.context.addInitScript(trackLeftovers);
  await opened.page.reload({ waitUntil: 'load' });
  return opened;
}
