// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { classShares, segmentationOverlay } from '../../../src/figures/segmentation-overlay';
import { CLASSES } from '../../../src/lib/scene/dataset';
import { expectSvgSnapshot, installCanvas } from './helpers/svg-snapshot';

beforeAll(installCanvas);

// An 8 × 6 grey image; an animal (1) in the top-left, a vehicle (2) in the bottom-right, the rest background.
const [height, width] = [6, 8];
const rgba = new Uint8ClampedArray(height * width * 4).map((_, i) => (i % 4 === 3 ? 255 : 128));
const labels = new Uint8Array(height * width).map((_, i) => {
  const [y, x] = [Math.floor(i / width), i % width];
  return y < 3 && x < 3 ? 1 : y >= 4 && x >= 5 ? 2 : 0;
});

describe('segmentationOverlay(data, options)', () => {
  it('tints each labelled pixel with its class colour over the image, named with the class shares', async () => {
    expect(classShares(labels, CLASSES)).toBe('background 69%, animal 19%, vehicle 13%');
    const svg = segmentationOverlay(
      { height, width, rgba, labels, classes: CLASSES },
      { opacity: 0.5, label: 'FCN-8s prediction', displayWidth: 160 },
    );
    expect(svg.getAttribute('aria-label')).toBe('FCN-8s prediction, 8 × 6 px: background 69%, animal 19%, vehicle 13%');
    expect(svg.getAttribute('height')).toBe('120');
    await expectSvgSnapshot(svg, 'segmentation-overlay/prediction');
  });

  it('shows the image alone when there are no labels', async () => {
    const svg = segmentationOverlay(
      { height, width, rgba, labels: null, classes: CLASSES },
      { opacity: 0.5, label: 'Input image', displayWidth: 80 },
    );
    expect(svg.getAttribute('aria-label')).toBe('Input image, 8 × 6 px');
    await expectSvgSnapshot(svg, 'segmentation-overlay/image-only');
  });
});
