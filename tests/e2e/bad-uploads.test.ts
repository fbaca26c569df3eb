// Bad uploads to the segment-image widget (#18): each file is refused or handled with a clear message, the
// page keeps working, no script in a file runs and nothing is sent anywhere. Fixtures are made here, small:
// the "10000 × 10000 PNG" is its header (signature + IHDR) and a stub of data — it is refused from the header,
// before any decoding, which is the point.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, browserSession } from './helpers/browser';

const session = browserSession();
let fixtures: string;
beforeAll(() => {
  fixtures = mkdtempSync(path.join(tmpdir(), 'fcn-bad-uploads-'));
});

function fixture(name: string, content: Uint8Array | string): string {
  const file = path.join(fixtures, name);
  writeFileSync(file, content);
  return file;
}

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const runs = (page: Page) => page.locator('segment-image-el').getAttribute('data-runs').then(Number);

describe('bad uploads to segment-image', () => {
  it('refuses or handles each bad file with a clear message, runs no script, sends nothing anywhere', async () => {
    const { page, context, problems } = await openPage(session, '/skip-connections/');
    const widget = page.locator('segment-image-el');
    await widget.scrollIntoViewIfNeeded();
    await expect.poll(() => runs(page), { timeout: 150_000 }).toBeGreaterThanOrEqual(1);
    const origin = new URL(page.url()).origin;
    const sent: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (
        request.method() !== 'GET' ||
        (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
      )
        sent.push(`${request.method()} ${url}`);
    });
    const picker = page.getByLabel('Open your own image…');
    const problem = widget.locator('.problem');
    const refused = async (file: string, message: RegExp) => {
      await picker.setInputFiles(file);
      await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toMatch(message);
    };

    await refused(fixture('notes.txt', 'just words'), /notes\.txt is not an image \(its type is text\/plain\)/);
    await refused(fixture('empty.png', ''), /empty\.png is empty \(0 bytes\)/);
    await refused(fixture('renamed.png', 'this is text, not a PNG'), /renamed\.png is not an image this page can read/);
    const corrupt = Uint8Array.from([
      ...SIGNATURE,
      ...u32(13),
      ...ascii('IHDR'),
      0,
      0,
      0,
      40,
      0,
      0,
      0,
      30,
      8,
      6,
      0,
      0,
      0,
      1,
      2,
      3,
    ]);
    await refused(fixture('corrupt.png', corrupt), /corrupt\.png could not be decoded as an image/);
    const huge = Uint8Array.from([
      ...SIGNATURE,
      ...u32(13),
      ...ascii('IHDR'),
      ...u32(10000),
      ...u32(10000),
      8,
      6,
      0,
      0,
      0,
    ]);
    await refused(
      fixture('huge.png', huge),
      /huge\.png is 10000 × 10000 px \(100 megapixels\).*refused before decoding/,
    );
    const heic = Uint8Array.from([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')]);
    await refused(fixture('photo.heic', heic), /photo\.heic is a HEIC image.*save it as JPEG or PNG/);
    expect(await problem.textContent()).toMatch(/The previous image is kept/);

    // An SVG with a script and an outside reference: drawn as a picture, the script never runs, nothing loads.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="96" height="64">' +
      '<script>parent.__svgRan = true; fetch("http://example.com/leak")</script>' +
      '<rect width="96" height="64" fill="#3a7"/><image href="http://example.com/x.png" width="8" height="8"/></svg>';
    const before = await runs(page);
    await picker.setInputFiles(fixture('drawing.svg', svg));
    await expect.poll(() => runs(page), { timeout: 120_000 }).toBeGreaterThan(before);
    await expect(widget.locator('.notes').textContent()).resolves.toMatch(/SVG was drawn as a picture/);
    await expect(widget.locator('.status').textContent()).resolves.toMatch(/drawing\.svg, 96 × 64 px/);
    expect(await page.evaluate(() => (globalThis as { __svgRan?: boolean }).__svgRan)).toBeUndefined();

    // The page still works: a test scene runs, and nothing was sent anywhere.
    const again = await runs(page);
    await page.getByRole('combobox', { name: 'image' }).selectOption({ index: 1 });
    await expect.poll(() => runs(page), { timeout: 120_000 }).toBeGreaterThan(again);
    expect(sent).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
