// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { heatColour, heatLegend, imagePanel, stageHeatmap, type HeatmapData } from '../../../src/figures/heatmap';
import { expectSvgSnapshot, installCanvas } from './helpers/svg-snapshot';

beforeAll(installCanvas);

// A 64 × 96 image: score_fr of FCN-32s is 3 × 4 cells of 32 px (the last column cropped away), score_pool4 of
// FCN-16s 6 × 7 cells of 16 px. A square object sits in the middle; its outline is one pixel wide.
const image: [number, number] = [64, 96];
const outline = new Uint8Array(64 * 96).map((_, i) => {
  const [y, x] = [Math.floor(i / 96), i % 96];
  return (y === 16 || y === 47) && x >= 32 && x < 64 ? 1 : (x === 32 || x === 63) && y >= 16 && y < 48 ? 1 : 0;
});
const scoreMap = (height: number, width: number): Float32Array =>
  new Float32Array(height * width).map((_, i) => Math.sin(i * 1.7) * 4);

describe('stageHeatmap(data, options)', () => {
  it('draws cells of s × s input pixels as rectangles, hatching the cells the next crop drops', async () => {
    const data: HeatmapData = {
      name: 'score_fr',
      height: 3,
      width: 4,
      values: scoreMap(3, 4),
      stride: 32,
      kept: [2, 3],
      image,
      outline,
    };
    const label = 'FCN-32s score_fr: 3 × 4 cells of 32 × 32 px; the crop drops 1 row(s) and 1 column(s)';
    const svg = stageHeatmap(data, { scale: 1, domain: 4, idPrefix: 'h32', label });
    expect(svg.getAttribute('aria-label')).toBe(label);
    expect(svg.querySelectorAll('g > rect')).toHaveLength(12);
    expect(svg.querySelector('g > rect')?.getAttribute('fill')).toBe(heatColour(4)(data.values[0]));
    await expectSvgSnapshot(svg, 'heatmap/rectangles');
  });

  it('draws a map with cells under 3 px as one pixelated raster, coloured by class when asked', async () => {
    const labels = new Uint8Array(6 * 7).map((_, i) => (i % 7 > 2 && i % 7 < 5 ? 2 : 0));
    const palette = ['rgb(0, 0, 0)', 'rgb(230, 159, 0)', 'rgb(86, 180, 233)'];
    const data: HeatmapData = {
      name: 'score_pool4',
      height: 6,
      width: 7,
      values: scoreMap(6, 7),
      stride: 16,
      kept: [6, 7],
      image,
      outline,
    };
    const svg = stageHeatmap(data, {
      scale: 0.125,
      domain: 4,
      idPrefix: 'h16',
      label: 'labels: 6 × 7 cells of 16 × 16 px; nothing is cropped',
      colourOf: (i) => palette[labels[i]],
      outlineColour: [255, 255, 255],
    });
    expect(svg.getAttribute('aria-label')).toContain('nothing is cropped');
    expect(svg.querySelectorAll('image')).toHaveLength(2);
    await expectSvgSnapshot(svg, 'heatmap/raster');
  });
});

describe('heatLegend(domain, label) and imagePanel(…)', () => {
  it('heatLegend: a blue → white → red bar from −domain to +domain', async () => {
    const svg = heatLegend(2.5, 'score of animal: blue is \u22122.5, white 0, red 2.5');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['\u22122.5', '0', '2.5']);
    await expectSvgSnapshot(svg, 'heatmap/legend');
  });

  it("imagePanel: the image at the panels' scale with its true outline in white", async () => {
    const rgba = new Uint8ClampedArray(64 * 96 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) % 256));
    await expectSvgSnapshot(imagePanel(rgba, 64, 96, outline, 0.5, 'the input scene'), 'heatmap/image-panel');
  });
});
