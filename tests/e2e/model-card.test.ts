// The model card against the files the site ships: training curves drawn from training-log.json, parameter counts
// equal to the shapes in each model.json, the results table from evaluation.json, the pixel breakdown equal to
// the shares of the confusion matrix's counts, and links to the credits. A missing file is a failure: the card
// must not pass by saying "not run yet" when the site shipped without its model files.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { axeViolations, baseUrl, openPage, browserSession } from './helpers/browser';

const session = browserSession();

/** A JSON file of the built site (the one the page was built with: training may have appended to public/ since). */
async function shipped<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl()}${path}`);
  expect(response.ok(), `the built site ships ${path}`).toBe(true);
  return (await response.json()) as T;
}

interface Evaluation {
  models: Record<
    string,
    {
      meanIoU: number;
      confusion: number[][];
      objectPixels: { correct: number; missed: number; wrongClass: number; falseAlarm: number };
    }
  >;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('model card', () => {
  it('draws the loss and validation curves from training-log.json', async () => {
    const { page, context, problems } = await openPage(session, '/model-card/');
    const log = await shipped<{ log: { stage: string }[]; val: unknown[] }>(page, '/models/training-log.json');
    expect(log.log.length).toBeGreaterThan(0);
    const curves = page.locator('training-curves-el');
    await curves.scrollIntoViewIfNeeded();
    const loss = curves.locator('svg.training-curve-loss');
    await expect.poll(() => loss.count(), { timeout: 60_000 }).toBe(1);
    await expect(loss.getAttribute('aria-label')).resolves.toMatch(/^Training loss over [\d,]+ steps in \d+ stage/);
    await expect(curves.locator('svg.training-curve-meanIoU').getAttribute('aria-label')).resolves.toMatch(
      /^Validation mean IoU/,
    );
    await expect(curves.locator('svg.training-curve-loss path').count()).resolves.toBeGreaterThan(0);
    const n = (v: number) => v.toLocaleString('en-US');
    await expect(curves.locator('.status').textContent()).resolves.toBe(
      `${n(log.log.length)} logged training steps and ${n(log.val.length)} validation runs over ${new Set(log.log.map((e) => e.stage)).size} stage(s).`,
    );
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('in Korean: the curves are there before any script runs (build-time first frame), then redrawn in Korean', async () => {
    const { page, context, problems } = await openPage(session, '/ko/model-card/', { javaScriptEnabled: false });
    const curves = page.locator('training-curves-el');
    await expect(curves.locator('svg.training-curve-loss').getAttribute('aria-label')).resolves.toMatch(
      /^학습 손실: [\d,]+단계, 스테이지 \d+개/,
    );
    await expect(page.locator('.training-curves details > summary').first().textContent()).resolves.toBe(
      '검증 점수 표',
    );
    await context.close();

    const live = await openPage(session, '/ko/model-card/');
    const drawn = live.page.locator('training-curves-el');
    await drawn.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn.getAttribute('data-defined'), { timeout: 60_000 }).toBe('true');
    await expect
      .poll(() => drawn.locator('svg.training-curve-meanIoU').getAttribute('aria-label'))
      .toMatch(/^검증 평균 IoU: [\d,]+단계/);
    await expect(drawn.locator('.status').textContent()).resolves.toMatch(/^기록된 학습 단계 [\d,]+개, 검증 [\d,]+회/);
    expect(await axeViolations(live.page)).toEqual([]);
    expect(live.problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    expect(problems.pageErrors).toEqual([]);
    await live.context.close();
  });

  it('counts the parameters in each shipped model.json and shows its test scores from evaluation.json', async () => {
    const { page, context } = await openPage(session, '/model-card/');
    for (const variant of FCN_VARIANTS) {
      const model = await shipped<{ weightsManifest: { weights: { shape: number[] }[] }[] }>(
        page,
        `/models/${variant}/model.json`,
      );
      const count = sum(
        model.weightsManifest.flatMap((group) => group.weights).map((w) => w.shape.reduce((a, b) => a * b, 1)),
      );
      const row = page.locator(`tr[data-variant="${variant}"]`).first();
      await expect(row.locator('td').nth(1).textContent()).resolves.toBe(count.toLocaleString('en-US'));
    }
    const evaluation = await shipped<Evaluation>(page, '/models/evaluation.json');
    expect(Object.keys(evaluation.models).sort()).toEqual([...FCN_VARIANTS].sort());
    const table = page.getByRole('table', { name: /Scores on the test split/ });
    await expect(table.getByRole('cell', { name: 'paper' }).count()).resolves.toBe(3);
    await expect(table.getByRole('cell', { name: '59.4' }).count()).resolves.toBe(1);
    await expect(table.getByText('evaluation not run yet').count()).resolves.toBe(0);
    for (const [variant, scores] of Object.entries(evaluation.models)) {
      await expect(table.locator(`tr.ours[data-variant="${variant}"] td`).nth(3).textContent()).resolves.toBe(
        (100 * scores.meanIoU).toFixed(1),
      );
    }
    await expect(page.getByRole('link', { name: 'data/CREDITS.md' }).getAttribute('href')).resolves.toBe(
      '/data/CREDITS.md',
    );
    await expect(page.getByRole('link', { name: 'skip-connections lesson' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('"Where the object pixels go" shows the shares of the confusion matrix\'s counts in evaluation.json', async () => {
    const { page, context } = await openPage(session, '/model-card/');
    const evaluation = await shipped<Evaluation>(page, '/models/evaluation.json');
    const table = page.getByRole('table', { name: /Where the object pixels go/ });
    for (const variant of FCN_VARIANTS) {
      const { confusion } = evaluation.models[variant];
      // Rows are the truth, class 0 is background. Object pixels: the rows of classes 1…n−1.
      const objectRows = confusion.slice(1);
      const objectPixels = sum(objectRows.flat());
      const correct = sum(objectRows.map((row, i) => row[i + 1]));
      const missed = sum(objectRows.map((row) => row[0]));
      const background = confusion[0];
      const expected = [correct, missed, objectPixels - correct - missed]
        .map((n) => n / objectPixels)
        .concat((sum(background) - background[0]) / sum(background));
      const cells = (await table.locator(`tr[data-variant="${variant}"] td`).allTextContents()).map(Number);
      // The page prints percent to 0.1 from shares evaluation.json rounds to 1e-4: within 0.05 + 0.005 of the counts'.
      cells.forEach((cell, i) =>
        expect(Math.abs(cell - 100 * expected[i]), `${variant} column ${i}`).toBeLessThanOrEqual(0.056),
      );
      expect(cells).toHaveLength(4);
      expect(Math.abs(sum(cells.slice(0, 3)) - 100)).toBeLessThanOrEqual(0.15);
    }
    await context.close();
  });
});
