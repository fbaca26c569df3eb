// The skip-connections lesson's segment-image widget with the reader's own files, in real Chromium: a PNG runs
// without truth; transparent and huge ones run with a note; empty, fake and tiny ones are refused; drop and paste
// hand over a file too, and an animated GIF is read as its first frame. The rest: skip-connections.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession } from './helpers/browser';
import { nextRun, openSkipLesson, output, shippedVariants, type VARIANTS } from './helpers/segment-lesson';

/** A 24 × 20 two-frame GIF (red, then blue), made with ImageMagick: `convert -size 24x20 xc:red -size 24x20 xc:blue -loop 0 anim.gif`. */
const ANIMATED_GIF =
  'R0lGODlhGAAUAPAAAP8AAAAAACH5BAAAAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAGAAUAAACFISPqcvtD6OctNqLs968+w+G4lQAACH5BAAAAAAALAAAAAAYABQAgAAA/wAAAAIUhI+py+0Po5y02ouz3rz7D4biVAAAOw==';
const session = browserSession();
let fixtures: string;
/** The models the built site ships (its manifest), finest last. */
let available: (typeof VARIANTS)[number][] = [];
let firstAvailable: string = 'fcn32s';

function png(file: string, width: number, height: number, alphaOf: (x: number, y: number) => number): string {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      image.data.set([(x * 7) % 256, (y * 5) % 256, 120, alphaOf(x, y)], i);
    }
  }
  const out = path.join(fixtures, file);
  writeFileSync(out, PNG.sync.write(image));
  return out;
}

beforeAll(async () => {
  ({ available, firstAvailable } = await shippedVariants());
  fixtures = mkdtempSync(path.join(tmpdir(), 'fcn-fixtures-'));
});

const openLesson = (query = '') => openSkipLesson(session, query);

describe('segment an image', () => {
  it('reader files: a PNG runs without truth; transparent and huge ones run with a note; empty and fake ones are refused', async () => {
    const { page, context, problems } = await openLesson();
    const picker = page.getByLabel('Open your own image…');
    const notes = page.locator('segment-image-el .notes');
    const problem = page.locator('segment-image-el .problem');
    const label = available[0][1];

    await nextRun(page, () => picker.setInputFiles(png('plain.png', 120, 90, () => 255)));
    await expect(output(page, `${label} pixel accuracy`).textContent()).resolves.toBe('no truth');
    await expect(
      page.locator(`segment-image-el [data-panel="${firstAvailable}"] svg`).getAttribute('aria-label'),
    ).resolves.toMatch(/120 × 90 px/);

    await nextRun(page, () => picker.setInputFiles(png('clear.png', 64, 64, (x) => (x < 32 ? 0 : 255))));
    await expect(notes.textContent()).resolves.toMatch(
      /50% of the pixels are \(partly\) transparent; they were put on a neutral grey/,
    );

    await nextRun(page, () => picker.setInputFiles(png('huge.png', 4000, 3000, () => 255)));
    await expect(notes.textContent()).resolves.toMatch(/scaled down from 4000 × 3000 to 512 × 384 px/);
    await expect(
      page.locator(`segment-image-el [data-panel="${firstAvailable}"] svg`).getAttribute('aria-label'),
    ).resolves.toMatch(/512 × 384 px/);

    const empty = path.join(fixtures, 'empty.png');
    writeFileSync(empty, '');
    await picker.setInputFiles(empty);
    await expect
      .poll(() => problem.textContent())
      .toMatch(/empty\.png is empty \(0 bytes\)\. The previous image is kept\./);

    const fake = path.join(fixtures, 'notes.png');
    writeFileSync(fake, 'this is text, not a PNG');
    await picker.setInputFiles(fake);
    await expect.poll(() => problem.textContent()).toMatch(/notes\.png is not an image this page can read/);

    await picker.setInputFiles(png('tiny.png', 10, 40, () => 255));
    await expect.poll(() => problem.textContent()).toMatch(/10 × 40 px.*at least 16 px/);

    // The page still works after all that.
    await nextRun(page, () => page.getByRole('combobox', { name: 'image' }).selectOption({ index: 1 }));
    await expect(output(page, `${label} mean IoU`).textContent()).resolves.toMatch(/^\d+\.\d%$/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.console).toEqual([]);
    await context.close();
  });

  it('drop and paste hand over a file too; an animated GIF is read as its first frame', async () => {
    const { page, context, problems } = await openLesson();
    const label = available[0][1];
    const handOver = (kind: 'drop' | 'paste', base64: string, name: string, type: string) =>
      page.evaluate(
        ([kind, base64, name, type]) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const data = new DataTransfer();
          data.items.add(new File([bytes], name, { type }));
          const zone = document.querySelector('segment-image-el .drop-zone');
          const event =
            kind === 'drop'
              ? new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
              : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
          zone?.dispatchEvent(event);
        },
        [kind, base64, name, type] as const,
      );
    const plain = readFileSync(png('dropped.png', 48, 40, () => 255)).toString('base64');
    await nextRun(page, () => handOver('drop', plain, 'dropped.png', 'image/png'));
    await expect(
      page.locator(`segment-image-el [data-panel="${firstAvailable}"] svg`).getAttribute('aria-label'),
    ).resolves.toMatch(/48 × 40 px/);
    await nextRun(page, () => handOver('paste', ANIMATED_GIF, 'anim.gif', 'image/gif'));
    await expect(page.locator('segment-image-el .notes').textContent()).resolves.toMatch(
      /only its first frame is used/,
    );
    await expect(
      page.locator(`segment-image-el [data-panel="${firstAvailable}"] svg`).getAttribute('aria-label'),
    ).resolves.toMatch(/24 × 20 px/);
    await expect(output(page, `${label} pixel accuracy`).textContent()).resolves.toBe('no truth');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
