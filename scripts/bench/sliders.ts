// One slider event of each pure-maths widget, measured in the built site (npm run bench, scripts/bench.ts) by
// scripts/bench/interaction.ts: JavaScript per event and event -> next painted frame.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

/** scripts/bench/interaction.ts (written with the widgets' interaction work): JS per event and event → frame. */
type MeasureSliderEvents = (page: Page, selector: string, values: readonly number[]) => Promise<unknown>;

export interface SliderCase {
  page: string;
  widget: string;
  /** The range input moved. */
  selector: string;
  values: number[];
}

/** The pure-maths widgets (no tfjs on a slider event), one slider each, swept over its values. */
export const SLIDERS: SliderCase[] = [
  {
    page: '/transposed-convolution/',
    widget: 'scatter-stepper',
    selector: 'scatter-stepper input[name="kernelSize"]',
    values: [1, 2, 3, 4, 5],
  },
  {
    page: '/transposed-convolution/',
    widget: 'output-size-explorer',
    selector: 'output-size-explorer input[name="k"]',
    values: [1, 2, 3, 4, 5, 6, 7],
  },
  {
    page: '/transposed-convolution/',
    widget: 'matrix-view',
    selector: 'matrix-view input[name="i"]',
    values: [2, 3, 4],
  },
  {
    page: '/transposed-convolution/',
    widget: 'checkerboard-demo',
    selector: 'checkerboard-demo input[name="layers"]',
    values: [1, 2, 3],
  },
  {
    page: '/vgg-backbone/',
    widget: 'receptive-field-el',
    selector: 'receptive-field-el input[name="size"]',
    values: [8, 12, 16, 24, 32],
  },
  {
    page: '/vgg-backbone/',
    widget: 'vgg-table-el',
    selector: 'vgg-table-el input[name="height"]',
    values: [160, 193, 224, 256, 320],
  },
  {
    page: '/fc-to-conv/',
    widget: 'fc-equals-conv-el',
    selector: 'fc-equals-conv-el input[name="H"]',
    values: [4, 6, 8, 10, 12],
  },
  {
    page: '/fc-to-conv/',
    widget: 'one-by-one-el',
    selector: 'one-by-one-el input[name="H"]',
    values: [4, 8, 16, 24, 32],
  },
  {
    page: '/pad-100-and-crop/',
    widget: 'fcn-tracer',
    selector: 'fcn-tracer input[type="range"]',
    values: [224, 256, 320, 384, 448, 500, 512],
  },
];

async function loadMeasure(): Promise<MeasureSliderEvents | null> {
  const path = './interaction.ts';
  if (!existsSync(new URL(path, import.meta.url))) return null;
  const module = (await import(path)) as { measureSliderEvents?: MeasureSliderEvents };
  return module.measureSliderEvents ?? null;
}

/** The numbers of a measurement (whatever shape interaction.ts returns), flattened to `name: value`. */
function numbersOf(result: unknown, prefix = ''): Record<string, number> {
  if (typeof result === 'number') return { [prefix || 'value']: result };
  if (!result || typeof result !== 'object' || Array.isArray(result)) return {};
  return Object.fromEntries(
    Object.entries(result).flatMap(([key, value]) =>
      Object.entries(numbersOf(value, prefix ? `${prefix}.${key}` : key)),
    ),
  );
}

export interface SliderRow {
  widget: string;
  page: string;
  selector: string;
  numbers: Record<string, number>;
  error?: string;
}

/** The measure's own floor: a bare range input whose handler writes one number, on an empty page. Its frame time
 * is what the headless browser's frame clock alone costs, the part of every widget's frame no widget can remove. */
const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title><figure><label>v
  <input type="range" name="v" min="1" max="5" value="1"></label> <output>1</output></figure>
  <script>document.querySelector('input').addEventListener('input', (e) => {
    document.querySelector('output').textContent = e.target.value; });</script>`;

async function measureFloor(browser: Browser, measure: MeasureSliderEvents): Promise<SliderRow> {
  const floor = { widget: 'floor: a bare input writing one number', page: 'no page', selector: 'input[name="v"]' };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(FLOOR_PAGE);
    return { ...floor, numbers: numbersOf(await measure(page, floor.selector, [1, 2, 3, 4, 5])) };
  } catch (error) {
    return { ...floor, numbers: {}, error: String(error).slice(0, 300) };
  } finally {
    await context.close();
  }
}

/** Every slider of SLIDERS on the site served at `url`, one fresh browser context each. */
export async function measureSliders(url: string, chrome: string): Promise<{ rows: SliderRow[]; note?: string }> {
  const measure = await loadMeasure();
  if (!measure)
    return {
      rows: [],
      note: '_Not measured in this run: scripts/bench/interaction.ts (`measureSliderEvents`) was not in the tree yet._',
    };
  const rows: SliderRow[] = [];
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const slider of SLIDERS) {
      console.error(`[bench] ${slider.widget}…`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${url}${slider.page}`, { waitUntil: 'load' });
        const host = page.locator(slider.widget).first();
        await host.scrollIntoViewIfNeeded();
        await host.and(page.locator('[data-defined="true"]')).waitFor({ timeout: 60_000 });
        rows.push({ ...slider, numbers: numbersOf(await measure(page, slider.selector, slider.values)) });
      } catch (error) {
        rows.push({ ...slider, numbers: {}, error: String(error).slice(0, 300) });
      } finally {
        await context.close();
      }
    }
    rows.push(await measureFloor(browser, measure));
  } finally {
    await browser.close();
  }
  return { rows };
}
