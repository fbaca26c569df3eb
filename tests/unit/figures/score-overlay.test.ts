// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { outlineUrl } from '../../../src/figures/heatmap';
import { overlayUrl, rgbaToUrl } from '../../../src/figures/raster';
import { drawScoreOverlay, type ScoreOverlayData } from '../../../src/figures/score-overlay';
import { expectSvgSnapshot, installCanvas } from './helpers/svg-snapshot';

beforeAll(installCanvas);

// A 64 × 96 image: score_fr has 2 × 3 cells of 32 px; the full-size map is a soft square in the middle.
function data(): ScoreOverlayData {
  const [height, width] = [64, 96];
  const rgba = new Uint8ClampedArray(height * width * 4).map((_, i) => (i % 4 === 3 ? 255 : 90 + ((i >> 2) % 96)));
  const full = new Float32Array(height * width).map((_, i) => {
    const [y, x] = [Math.floor(i / width), i % width];
    return Math.max(0, 1 - Math.max(Math.abs(y - 32), Math.abs(x - 48)) / 24);
  });
  const truth = new Uint8Array(height * width).map((_, i) =>
    Math.floor(i / width) === 20 && i % width >= 36 && i % width < 60 ? 1 : 0,
  );
  return {
    imageUrl: rgbaToUrl(rgba, height, width),
    height,
    width,
    coarse: { height: 2, width: 3, values: new Float32Array([0.05, 0.61, 0.1, 0.2, 0.93, 0.34]) },
    fullUrl: overlayUrl(full, height, width, [230, 159, 0]),
    className: 'animal',
    colour: [230, 159, 0],
    truthUrl: outlineUrl(truth, height, width, [255, 255, 255]),
    stride: 32,
  };
}

describe('drawScoreOverlay(data, { width })', () => {
  it('puts score_fr (its probabilities written in the cells) beside the full-size output', async () => {
    const svg = drawScoreOverlay(data(), { width: 600 });
    expect([...svg.querySelectorAll('.coarse rect')].map((r) => r.getAttribute('data-p'))).toEqual([
      '0.050',
      '0.610',
      '0.100',
      '0.200',
      '0.930',
      '0.340',
    ]);
    expect([...svg.querySelectorAll('.coarse text')].map((t) => t.textContent)).toEqual([
      '0.05',
      '0.61',
      '0.10',
      '0.20',
      '0.93',
      '0.34',
    ]);
    expect(svg.querySelectorAll('image.truth')).toHaveLength(1);
    await expectSvgSnapshot(svg, 'score-overlay/side-by-side');
  });

  it('stacks the two panels on a phone and leaves the outline out when there are no labels', async () => {
    const svg = drawScoreOverlay({ ...data(), truthUrl: null }, { width: 280 });
    expect(svg.querySelectorAll('image.truth')).toHaveLength(0);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(Number(svg.getAttribute('width')));
    await expectSvgSnapshot(svg, 'score-overlay/stacked');
  });
});
