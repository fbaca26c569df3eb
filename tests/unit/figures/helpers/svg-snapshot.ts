/**
 * SVG snapshots of the figures (as Observable Plot tests its marks: seeded data → SVG → a file under
 * __snapshots__/ that a reviewer can open). Run in jsdom (`// @vitest-environment jsdom` in each test file).
 *
 * jsdom has no canvas without the native `canvas` package: `installCanvas` (the build's, src/components/first-frame/)
 * gives it one that keeps the pixels, so the snapshot holds the real image and a changed pixel changes it.
 */
import { expect } from 'vitest';

export { installCanvas } from '../../../../src/components/first-frame/canvas';

/** The SVG as standalone XML (with its namespace), one element per line so a changed mark reads as a line diff. */
export function svgText(svg: Element): string {
  return `${new XMLSerializer().serializeToString(svg).replace(/></g, '>\n<')}\n`;
}

/** Compare with (or write, on first run or `vitest -u`) __snapshots__/<name>.svg beside the test file. */
export async function expectSvgSnapshot(svg: Element, name: string): Promise<void> {
  await expect(svgText(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
}
