// The metrics playground (/metrics/, /ko/metrics/) as its e2e tests drive it: the expected scores of a preset,
// the widget's score outputs, preset buttons, the two grids, its status and its confusion matrix's label, and
// opening the page until tfjs has checked the first matrix. Used by metrics-playground.test.ts and
// metrics-playground-painting.test.ts.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, widgetReady, type Session } from './browser';
import { confusionMatrix, segmentationScores } from '../../../src/lib/metrics/scores';
import { PLAYGROUND_CLASS_COUNT, presetPair } from '../../../src/lib/metrics/presets';

/** Polls wait up to 15 s: the test machine is shared, and a render waits for an animation frame. */
export const SLOW = { timeout: 15_000 };
export const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
export const scoresOf = (name: Parameters<typeof presetPair>[0]) => {
  const { truth, prediction } = presetPair(name);
  return segmentationScores(confusionMatrix(truth, prediction, PLAYGROUND_CLASS_COUNT));
};

export const score = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
export const preset = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
export const grid = (page: Page, name: 'Ground truth' | 'Prediction') =>
  page.getByRole('application', { name: new RegExp(`^${name},`) });
export const status = (page: Page) => page.locator('metrics-playground .status');
export const matrixLabel = (page: Page) =>
  page.locator('metrics-playground .matrix-drawing svg').getAttribute('aria-label');

/** Open /metrics/ (or /ko/metrics/) with a query and wait until tfjs agrees with the first matrix. */
export async function openPlaygroundIn(session: Session, query = '', locale: '' | '/ko' = '') {
  const opened = await openPage(session, `${locale}/metrics/${query}`);
  await widgetReady(opened.page, 'metrics-playground');
  await expect
    .poll(() => status(opened.page).textContent(), { timeout: 120_000 })
    .toMatch(locale ? /tfjs\(\w+\) 일치/ : /tfjs \(\w+\) agrees/);
  return opened;
}
