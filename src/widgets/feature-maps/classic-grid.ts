/**
 * The classic kernels' row of the feature-map widget: one grey tile per map with its kernel's numbers beside it,
 * named in the page's language. The page draws it from tf.conv2d's maps, the build (FeatureMaps.astro) from the
 * same sums in plain TypeScript (src/lib/conv/classic-maps.ts).
 */
import { drawMapGrid } from '../../figures/feature-maps';
import { greyUrl } from '../../figures/raster';
import type { Messages } from '../../i18n/client';
import { CLASSIC_KERNELS } from '../../lib/conv/classic-kernels';
import { CLASSIC_WORDS } from './layers';

interface GreyMap {
  label: string;
  height: number;
  width: number;
  values: Float32Array;
}

/** Maps in CLASSIC_KERNELS order → the row's SVG at `width` px with `tile` px tiles. */
export function classicGrid(maps: readonly GreyMap[], m: Messages, width: number, tile: number): SVGSVGElement {
  const tiles = maps.map((map, i) => ({
    label: CLASSIC_WORDS[i] ? m.t(CLASSIC_WORDS[i]) : map.label,
    url: greyUrl(map.values, map.height, map.width),
    height: map.height,
    width: map.width,
    swatch: { kind: 'numbers' as const, values: CLASSIC_KERNELS[i].kernel },
  }));
  const names = tiles.map((t) => t.label).join(', ');
  return drawMapGrid(tiles, { width, tile, label: m.t('featureMaps.classicLabel', { names }) });
}
