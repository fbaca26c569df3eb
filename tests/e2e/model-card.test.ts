// The model card: training curves drawn from the log, parameter counts equal to the weight specs, the results
// table from evaluation.json (or the honest "not run yet"), and links to the credits.
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFIG } from '../../src/lib/fcn/config';
import { FCN_VARIANTS } from '../../src/lib/fcn/variants';
import { parameterCount } from '../../src/lib/fcn/weight-specs';
import { pixelFates } from '../../src/lib/metrics/pixel-fates';
import { baseUrl, openPage, browserSession } from './helpers/browser';

const session = browserSession();

describe('model card', () => {
  it('draws the loss and validation curves from training-log.json', async () => {
    const { page, context, problems } = await openPage(session, '/model-card/');
    // The log as the site was built with it (training may have appended to public/ since).
    const response = await page.request.get(`${baseUrl()}/models/training-log.json`);
    const log = response.ok() ? (await response.json()) as { log: unknown[]; val: unknown[] } : null;
    const curves = page.locator('training-curves-el');
    if (!log) {
      await expect(page.getByText('does not exist yet').count()).resolves.toBeGreaterThan(0);
      return context.close();
    }
    await curves.scrollIntoViewIfNeeded();
    const loss = curves.locator('svg.training-curve-loss');
    await expect.poll(() => loss.count(), { timeout: 60_000 }).toBe(1);
    await expect(loss.getAttribute('aria-label')).resolves.toMatch(/^Training loss over \d+ steps in \d+ stage/);
    await expect(curves.locator('svg.training-curve-meanIoU').getAttribute('aria-label')).resolves.toMatch(/^Validation mean IoU/);
    await expect(curves.locator('svg.training-curve-loss path').count()).resolves.toBeGreaterThan(0);
    await expect(curves.locator('.status').textContent()).resolves.toBe(
      `${log.log.length} logged training steps and ${log.val.length} validation runs over ${new Set((log.log as { stage: string }[]).map((e) => e.stage)).size} stage(s).`,
    );
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('counts parameters from the weight specs and shows the evaluation table (or says it has not been run)', async () => {
    const { page, context } = await openPage(session, '/model-card/');
    for (const variant of FCN_VARIANTS) {
      const row = page.locator(`tr[data-variant="${variant}"]`).first();
      await expect(row.locator('td').nth(1).textContent()).resolves.toBe(parameterCount(SHIPPED_CONFIG, variant).toLocaleString('en-US'));
    }
    const response = await page.request.get(`${baseUrl()}/models/evaluation.json`);
    const evaluation = response.ok() ? (await response.json()) as { models: Record<string, { meanIoU: number }> } : null;
    const table = page.getByRole('table', { name: /Scores on the test split/ });
    await expect(table.getByRole('cell', { name: 'paper' }).count()).resolves.toBe(3);
    await expect(table.getByRole('cell', { name: '59.4' }).count()).resolves.toBe(1);
    if (!evaluation) {
      await expect(table.getByText('evaluation not run yet').count()).resolves.toBe(3);
    } else {
      for (const [variant, scores] of Object.entries(evaluation.models)) {
        await expect(table.locator(`tr.ours[data-variant="${variant}"] td`).nth(3).textContent()).resolves.toBe((100 * scores.meanIoU).toFixed(1));
      }
    }
    await expect(page.getByRole('link', { name: 'data/CREDITS.md' }).getAttribute('href')).resolves.toBe('/data/CREDITS.md');
    await expect(page.getByRole('link', { name: 'skip-connections lesson' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('"Where the object pixels go" shows, per model, the shares pixelFates() gives for the confusion matrix in evaluation.json', async () => {
    const { page, context } = await openPage(session, '/model-card/');
    const response = await page.request.get(`${baseUrl()}/models/evaluation.json`);
    const evaluation = response.ok() ? (await response.json()) as { models: Record<string, { confusion?: number[][] }> } : null;
    const table = page.getByRole('table', { name: /Where the object pixels go/ });
    if (!evaluation || !Object.values(evaluation.models).some((m) => m.confusion)) {
      await expect(table.count()).resolves.toBe(0);
      return context.close();
    }
    for (const [variant, { confusion }] of Object.entries(evaluation.models)) {
      const fates = pixelFates(confusion!);
      const cells = await table.locator(`tr[data-variant="${variant}"] td`).allTextContents();
      expect(cells.map(Number)).toEqual([fates.correct, fates.missed, fates.wrongClass, fates.falseAlarm].map((v) => Number((100 * v).toFixed(1))));
      expect(Math.abs(cells.slice(0, 3).map(Number).reduce((a, b) => a + b) - 100)).toBeLessThanOrEqual(0.15);
    }
    await context.close();
  });
});
