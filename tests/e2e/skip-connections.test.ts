// The skip-connections lesson and the home teaser, in real Chromium: the three trained FCNs segment test scenes
// (scores, times, backend), a new random scene, the weights' progress bar, tampered weights, no tensor leak, and
// the stage view's heat maps at their predicted sizes. The reader's files (normal, transparent, huge, empty, not
// an image; dropped, pasted, animated): skip-connections-files.test.ts.
// FCN_BENCH=1 also prints the median inference time per model at 256 × 256 on wasm and on webgl (?backend=).
import { beforeAll, describe, expect, it } from 'vitest';
import { classShares } from '../../src/figures/segmentation-overlay';
import { stagePanels } from '../../src/lib/fcn/stages';
import { CLASSES, composeScene } from '../../src/lib/scene';
import { loadSceneInputs } from '../../scripts/lib/load-data';
import { axeViolations, baseUrl, openPage, tensorCount, browserSession } from './helpers/browser';
import {
  nextRun,
  openSkipLesson,
  output,
  runs,
  shippedVariants,
  TEST_FROM,
  VARIANTS,
  widget,
} from './helpers/segment-lesson';

const session = browserSession();
/** The models the built site ships (its manifest), finest last. */
let available: (typeof VARIANTS)[number][] = [];
let firstAvailable: string = 'fcn32s';

beforeAll(async () => {
  ({ available, firstAvailable } = await shippedVariants());
});

const openLesson = (query = '') => openSkipLesson(session, query);

describe('segment an image', () => {
  it('a test scene: every shipped model shows pixel accuracy, mean IoU, time and backend; a missing one says so', async () => {
    const { page, context, problems } = await openLesson();
    expect(available.length).toBeGreaterThan(0);
    for (const [variant, label] of VARIANTS) {
      if (available.some(([v]) => v === variant)) {
        await expect(output(page, `${label} pixel accuracy`).textContent()).resolves.toMatch(/^\d+\.\d%$/);
        await expect(output(page, `${label} mean IoU`).textContent()).resolves.toMatch(/^\d+\.\d%$/);
        await expect(output(page, `${label} inference time`).textContent()).resolves.toMatch(/^\d+ ms$/);
        await expect(output(page, `${label} backend`).textContent()).resolves.toMatch(/WASM|WebGL|CPU/);
        await expect(
          page.locator(`segment-image-el [data-panel="${variant}"] svg[role="img"]`).getAttribute('aria-label'),
        ).resolves.toMatch(/prediction, 128 × 128 px: /);
      } else {
        await expect(
          page.locator(`segment-image-el [data-panel="${variant}"] .panel-note`).textContent(),
        ).resolves.toMatch(/not available yet/);
        await expect(page.locator('segment-image-el .problem').textContent()).resolves.toContain(
          `${label} is not available yet`,
        );
      }
    }
    // The browser composed the same scene as Node's training/evaluation code (same sprites, same order).
    const scene = composeScene(TEST_FROM, { height: 128, width: 128, ...loadSceneInputs('test') });
    const objects = scene.objects.map((o) => CLASSES[o.classId].name).join(', ');
    await expect(page.locator('segment-image-el .status').textContent()).resolves.toContain(
      `seed ${TEST_FROM}, 128 × 128 px, objects: ${objects}.`,
    );
    const truthShares = await page.locator('segment-image-el [data-panel="truth"] svg').getAttribute('aria-label');
    expect(truthShares).toBe(`Ground truth, 128 × 128 px: ${classShares(scene.labels, CLASSES)}`);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('"New random scene" picks another test seed, shows its ground truth and scores it', async () => {
    const { page, context } = await openLesson();
    const select = page.getByRole('combobox', { name: 'image' });
    const before = await select.inputValue();
    await nextRun(page, () => page.getByRole('button', { name: 'New random scene' }).click());
    const after = await select.inputValue();
    expect(after).toMatch(/^seed:2\d{9}$/);
    expect(after).not.toBe(before);
    await expect(page.locator('segment-image-el .status').textContent()).resolves.toContain(`seed ${after.slice(5)}`);
    await expect(output(page, `${available[0][1]} pixel accuracy`).textContent()).resolves.toMatch(/%$/);
    await context.close();
  });

  it('shows a progress bar counting the weight bytes while they download, and the URL reproduces the choice', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/models/${available.at(-1)?.[0] ?? 'fcn32s'}/weights.bin`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/skip-connections/?segment.image=seed:${TEST_FROM + 3}&segment.size=192`);
    await widget(page).scrollIntoViewIfNeeded();
    const bar = page.getByRole('progressbar', { name: 'downloading model weights' });
    if (available.length > 1) {
      await expect
        .poll(() => bar.evaluate((el: HTMLProgressElement) => el.value), { timeout: 60_000 })
        .toBeGreaterThan(0);
      await expect(bar.isVisible()).resolves.toBe(true);
      await expect(page.locator('segment-image-el .loading output').textContent()).resolves.toMatch(
        /^\d+\.\d of \d+\.\d MB$/,
      );
    }
    release();
    await expect.poll(() => runs(page), { timeout: 150_000 }).toBeGreaterThanOrEqual(1);
    await expect(bar.isVisible()).resolves.toBe(false);
    await expect(page.locator('segment-image-el .status').textContent()).resolves.toContain(
      `seed ${TEST_FROM + 3}, 192 × 192 px`,
    );
    await expect(page.getByRole('combobox', { name: 'scene size (px)' }).inputValue()).resolves.toBe('192');
    await context.close();
  });

  it('tampered weights: a flipped byte is refused with the file named, and the page keeps working', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(`**/models/${firstAvailable}/weights.bin`, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length >> 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
    await page.goto(`${baseUrl()}/skip-connections/`);
    await widget(page).scrollIntoViewIfNeeded();
    await expect.poll(() => runs(page), { timeout: 150_000 }).toBeGreaterThanOrEqual(1);
    await expect(page.locator('segment-image-el .problem').textContent()).resolves.toMatch(
      new RegExp(`could not be used: SHA-256 mismatch for ${firstAvailable}/weights\\.bin`),
    );
    await expect(
      page.locator(`segment-image-el [data-panel="${firstAvailable}"]`).getAttribute('data-state'),
    ).resolves.toBe('unavailable');
    for (const [variant, label] of available.slice(1)) {
      await expect(output(page, `${label} pixel accuracy`).textContent(), variant).resolves.toMatch(/%$/);
    }
    await nextRun(page, () => page.getByRole('button', { name: 'New random scene' }).click());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs 20 inferences (three models each) without leaking a tensor', async () => {
    const { page, context } = await openLesson();
    const before = await tensorCount(page);
    expect(before).not.toBeNull();
    for (let i = 0; i < 20; i++) await nextRun(page, () => page.getByRole('button', { name: 'Run again' }).click());
    expect(await tensorCount(page)).toBe(before);
    await context.close();
  });

  it.runIf(process.env.FCN_BENCH).each(['wasm', 'webgl'])(
    'bench: median inference time per model at 256 × 256 on %s (after 2 warm-up runs, 12 runs)',
    async (backendName) => {
      const { page, context } = await openLesson(`?backend=${backendName}`);
      await nextRun(page, () => page.getByRole('combobox', { name: 'scene size (px)' }).selectOption('256'));
      const times: Record<string, number[]> = {};
      for (let i = 0; i < 14; i++) {
        await nextRun(page, () => page.getByRole('button', { name: 'Run again' }).click());
        if (i < 2) continue;
        for (const [, label] of available) {
          (times[label] ??= []).push(
            Number((await output(page, `${label} inference time`).textContent())?.replace(' ms', '')),
          );
        }
      }
      const backend = await output(page, `${available[0][1]} backend`).textContent();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      console.log(
        `[bench] 256×256 on ${backend}: ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { median: median(v), runs: v }])))}`,
      );
      await context.close();
    },
  );
});

describe('stage view', () => {
  it('draws each stage at the size stagePanels predicts, hatches the cropped cells, and checks crop + add', async () => {
    const { page, context } = await openPage(
      session,
      `/skip-connections/?stages.variant=${available.at(-1)?.[0] ?? 'fcn32s'}&stages.classId=2`,
    );
    const view = page.locator('stage-view-el');
    await view.scrollIntoViewIfNeeded();
    const variant = available.at(-1)?.[0] ?? 'fcn32s';
    for (const size of [136, 128]) {
      if (size !== 136) await page.getByRole('combobox', { name: 'input size' }).selectOption(String(size));
      const panels = stagePanels(variant, size, size);
      await expect.poll(() => view.locator('figure.stage svg').count(), { timeout: 150_000 }).toBe(panels.length);
      await expect
        .poll(() => view.locator('figure.stage svg').first().getAttribute('data-cells'))
        .toBe(panels[0].size.join('x'));
      for (const panel of panels) {
        await expect(
          view.locator(`figure[data-stage="${panel.name}"] svg`).getAttribute('data-cells'),
          panel.name,
        ).resolves.toBe(panel.size.join('x'));
      }
      const hatched = await view.locator('rect[fill^="url(#"]').count();
      if (size === 128) expect(hatched).toBe(0);
      if (size === 136 && variant !== 'fcn32s') expect(hatched).toBeGreaterThan(0);
    }
    await expect(page.getByRole('combobox', { name: 'class' }).inputValue()).resolves.toBe('2');
    await expect(view.locator('figure[data-stage="score_fr"] svg').getAttribute('aria-label')).resolves.toMatch(
      /score of vehicle/,
    );
    if (variant !== 'fcn32s') {
      await expect
        .poll(() => view.locator('.status').textContent())
        .toMatch(/fuse_pool4 = crop\(upscore2\) \+ score_pool4: largest difference \d\.\de[-+]\d+/);
    }
    await context.close();
  });
  it('shows the input with its true outline, and a label-map view whose cells name their class on hover', async () => {
    const { page, context } = await openPage(session, '/skip-connections/');
    const view = page.locator('stage-view-el');
    await view.scrollIntoViewIfNeeded();
    await expect
      .poll(() => view.locator('figure.stage-input svg').getAttribute('aria-label'), { timeout: 150_000 })
      .toMatch(/true outline of (animal|vehicle|plant|food|person)/);
    const chosen = await page.getByRole('combobox', { name: 'class' }).inputValue();
    expect(Number(chosen)).toBeGreaterThan(0);
    // The default class is one the scene has: the status line lists the scene's objects.
    const chosenName = await page
      .locator(`stage-view-el select[name="classId"] option[value="${chosen}"]`)
      .textContent();
    await expect.poll(() => view.locator('.status').textContent()).toMatch(new RegExp(`objects: [^;]*${chosenName}`));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'show' }).selectOption('labels');
    const last = view.locator('figure.stage').last();
    await expect
      .poll(() => last.locator('svg').getAttribute('aria-label'), { timeout: 150_000 })
      .toMatch(/the class each cell scores highest/);
    expect(await page.getByRole('combobox', { name: 'class' }).isDisabled()).toBe(true);
    await last.locator('svg').scrollIntoViewIfNeeded();
    const box = await last.locator('svg').boundingBox();
    if (!box) throw new Error('no label map drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => view.locator('.hover').textContent())
      .toMatch(/cell \(row \d+, column \d+\): (background|animal|vehicle|plant|food|person)/);
    await context.close();
  });
});

describe('home page teaser', () => {
  it('runs the finest shipped model on a scene and again on "New scene", fetching only FCN-8s', async () => {
    const { page, context, problems } = await openPage(session, '/');
    const weightFiles: string[] = [];
    page.on('request', (request) => {
      const match = /\/models\/(fcn\d+s)\/weights\.bin$/.exec(new URL(request.url()).pathname);
      if (match) weightFiles.push(match[1]);
    });
    const teaser = page.locator('fcn-teaser-el');
    await teaser.scrollIntoViewIfNeeded();
    const status = teaser.locator('.status');
    await expect
      .poll(() => status.textContent(), { timeout: 150_000 })
      .toMatch(/labelled test scene \d+ in [\d,]+ ms on .*% of pixels right/);
    const first = await status.textContent();
    await page.getByRole('button', { name: 'New scene' }).click();
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).not.toBe(first);
    await expect(status.textContent()).resolves.toMatch(/labelled test scene/);
    expect(weightFiles).toEqual(['fcn8s']);
    expect(problems).toEqual({ console: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });
});
