// One widget lifecycle on the Korean pages (/ko/…), in real Chromium: the same remounts and counts as
// lifecycle.test.ts (each widget removed and added back three times, then no listener, observer, worker or tfjs
// tensor left behind); there "settled" is read without words (the status holds still, then the new mount shows
// the same sentence, numbers aside), so the check does not depend on the Korean wording.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localePath, type Locale } from '../../src/i18n';
import { browserSession, tensorCount, widgetReady } from './helpers/browser';
import { leftovers, remount } from './helpers/lifecycle';
import { PAGES } from './helpers/lifecycle-pages';
import {
  openTracked as openTrackedPage,
  settledAgain,
  settledWordless,
  steadyLeftovers,
} from './helpers/lifecycle-settle';

const session = browserSession();

/** A page with the leftover counters installed before its scripts run. */
const openTracked = (path: string) => openTrackedPage(session, path);

const DIST = process.env.DIST_DIR ?? 'dist';
const KOREAN: Locale = 'ko';
const koreanPages = PAGES.map(({ path, widgets }) => ({ path: localePath(KOREAN, path), widgets })).filter(({ path }) =>
  existsSync(`${DIST}${path}index.html`),
);

describe('one widget lifecycle on the Korean pages: remove and re-add', () => {
  it.skipIf(koreanPages.length === 0)('has Korean pages to check', () => {
    expect(koreanPages.length).toBe(PAGES.length);
  });

  for (const { path, widgets } of koreanPages) {
    it(`${path}: ${widgets.map((w) => w.tag).join(', ')} mount again with nothing left behind`, async () => {
      const { page, context, problems } = await openTracked(path);
      const tags = widgets.map((w) => w.tag);
      const statuses = new Map<string, string>();
      for (const widget of widgets) {
        await widgetReady(page, widget.tag);
        statuses.set(widget.tag, await settledWordless(page, widget));
      }
      const before = await steadyLeftovers(page, tags);
      const tensorsBefore = await tensorCount(page);
      for (const widget of widgets) {
        await page.locator(widget.tag).scrollIntoViewIfNeeded();
        await remount(page, widget.tag, widget.part);
        await settledAgain(page, widget, statuses.get(widget.tag)!);
      }
      await expect
        .poll(() => leftovers(page, tags), {
          message: 'live listeners, observers and workers after three remounts',
          timeout: 30_000,
        })
        .toEqual(before);
      await expect
        .poll(() => tensorCount(page), { message: 'tfjs tensors after three remounts', timeout: 30_000 })
        .toBe(tensorsBefore);
      // One use, by keys and numbers only: a step of the stepper is one step.
      if (tags.includes('scatter-stepper')) {
        const step = page.locator('scatter-stepper output[data-for="step"]');
        const at = Number(/^(\d+)/.exec((await step.textContent()) ?? '')?.[1]);
        await page.locator('scatter-stepper .drawing').press('ArrowRight');
        await expect.poll(() => step.textContent()).toMatch(new RegExp(`^${at + 1}\\D`));
      }
      expect(problems.pageErrors).toEqual([]);
      expect(problems.console.filter((line) => !/favicon/.test(line))).toEqual([]);
      await context.close();
    });
  }
});
