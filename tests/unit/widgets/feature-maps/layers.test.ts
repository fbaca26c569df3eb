// @vitest-environment jsdom
// Sweep of the feature-map widget's pure part (src/widgets/feature-maps/layers.ts) and its figure: every deeper
// layer and map label in words in both locales, filter colours for any weights (flat, tiny, huge), and the
// map grid drawn for 1…8 tiles of every map size the layers give, at phone and desktop widths.
import { describe, expect, it } from 'vitest';
import { drawMapGrid, type MapTile } from '../../../../src/figures/feature-maps';
import { CLASSIC_KERNELS } from '../../../../src/lib/conv/classic-kernels';
import {
  channelWords,
  CLASSIC_WORDS,
  DEEPER_LAYERS,
  filterColours,
  layerWords,
  MAPS_PER_LAYER,
} from '../../../../src/widgets/feature-maps/layers';
import { expectWords, LOCALES, seeded } from '../sweep-helpers';

const random = seeded(17);

describe('feature maps: words, filter colours and the map grid', () => {
  it('every deeper layer and map label reads as words in both locales', () => {
    expect(CLASSIC_WORDS).toHaveLength(CLASSIC_KERNELS.length);
    for (const m of LOCALES) {
      for (const layer of DEEPER_LAYERS) expectWords(layerWords(layer, m), layer.name);
      for (const key of CLASSIC_WORDS) expectWords(m.t(key), key);
      for (let n = 0; n < 512; n += 37) expect(channelWords(`channel ${n}`, m)).toContain(String(n));
      expect(channelWords('something else', m)).toBe('something else');
    }
  });

  it('filter colours are bytes for flat, tiny, huge and random weights', () => {
    const cases = [
      new Float32Array(27),
      new Float32Array(27).fill(3),
      Float32Array.from({ length: 27 }, () => (random() - 0.5) * 1e-30),
      Float32Array.from({ length: 27 }, () => (random() - 0.5) * 1e30),
      ...Array.from({ length: 50 }, () => Float32Array.from({ length: 27 }, () => random() * 2 - 1)),
    ];
    for (const weights of cases) {
      const rgba = filterColours(weights);
      expect(rgba).toHaveLength(36);
      for (let i = 0; i < 9; i++) expect(rgba[i * 4 + 3]).toBe(255);
    }
  });

  it(`1…${MAPS_PER_LAYER} tiles of every layer's map size at widths 260…1280: every tile drawn`, () => {
    let drawn = 0;
    for (const side of [128, 64, 32, 16, 8, 4, 1])
      for (let count = 1; count <= MAPS_PER_LAYER; count++)
        for (const width of [260, 375, 640, 1280]) {
          const m = LOCALES[drawn % 2];
          const tiles: MapTile[] = Array.from({ length: count }, (_, i) => ({
            label: channelWords(`channel ${i}`, m),
            url: 'data:,',
            height: side,
            width: side,
            swatch:
              i % 2
                ? { kind: 'rgb', rgba: filterColours(Float32Array.from({ length: 27 }, () => random())) }
                : { kind: 'numbers', values: CLASSIC_KERNELS[i % CLASSIC_KERNELS.length].kernel },
          }));
          const svg = drawMapGrid(tiles, { width, tile: width < 420 ? 84 : 104, label: `label ${count}` });
          expect(svg.querySelectorAll('.map-tile')).toHaveLength(count);
          expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(width);
          expect(Number(svg.getAttribute('height'))).toBeGreaterThan(0);
          expect(svg.outerHTML).not.toMatch(/NaN|undefined|Infinity/);
          drawn++;
        }
    expect(drawn).toBe(7 * MAPS_PER_LAYER * 4);
  });
});
