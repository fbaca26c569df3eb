// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { drawMapGrid, type MapTile } from '../../../src/figures/feature-maps';
import { greyUrl } from '../../../src/figures/raster';
import { expectSvgSnapshot, installCanvas } from './helpers/svg-snapshot';

beforeAll(installCanvas);

/** A map that grows left to right (a vertical-edge response), `size` × `size`. */
const ramp = (size: number) => new Float32Array(size * size).map((_, i) => i % size);

function tiles(): MapTile[] {
  const filter = new Uint8ClampedArray(36).map((_, i) => (i % 4 === 3 ? 255 : (i * 29) % 256));
  return [
    {
      label: 'vertical edge',
      url: greyUrl(ramp(4), 4, 4),
      height: 4,
      width: 4,
      swatch: { kind: 'numbers', values: [-1, 0, 1, -2, 0, 2, -1, 0, 1] },
    },
    {
      label: 'blur',
      url: greyUrl(
        ramp(4).map((v) => 3 - v),
        4,
        4,
      ),
      height: 4,
      width: 4,
      swatch: { kind: 'numbers', values: Array(9).fill(1 / 9) },
    },
    {
      label: 'conv1_1 channel 7 of a much longer name',
      url: greyUrl(ramp(2), 2, 2),
      height: 2,
      width: 2,
      swatch: { kind: 'rgb', rgba: filter },
    },
  ];
}

describe('drawMapGrid(tiles, options)', () => {
  it('draws each map as a grey picture at one tile size, its 3×3 filter beside it (numbers or colours)', async () => {
    const svg = drawMapGrid(tiles(), { width: 640, tile: 48, label: 'three maps' });
    expect([...svg.querySelectorAll('.map-tile > text')].map((t) => t.textContent)).toEqual([
      'vertical edge',
      '4 × 4',
      'blur',
      '4 × 4',
      'conv1_1 channel 7 o…',
      '2 × 2',
    ]);
    expect(svg.textContent).toContain('1/9');
    await expectSvgSnapshot(svg, 'feature-maps/row');
  });

  it('wraps the tiles to the width, without swatches when no tile has a filter', async () => {
    const plain = tiles().map(({ swatch: _swatch, ...tile }) => tile);
    await expectSvgSnapshot(drawMapGrid(plain, { width: 130, tile: 56, label: 'wrapped' }), 'feature-maps/wrapped');
  });
});
