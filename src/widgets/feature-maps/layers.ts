/** The deeper layers a reader can look at and the words of the maps' labels, in the page's language. Pure. */
import type { Messages } from '../../i18n/client';
import type { UiKey } from '../../i18n/en';

/** The deeper layers a reader can look at, with their place in VGG16's blocks (block b ends in pool b, ÷2^b). */
export const DEEPER_LAYERS: readonly { name: string; block: number }[] = [1, 2, 3, 4, 5].flatMap((block) => [
  { name: `conv${block}_${block < 3 ? 2 : 3}`, block },
  { name: `pool${block}`, block },
]);

/** "conv3_3 (block 3)", "pool3 (÷8)". */
export function layerWords(layer: { name: string; block: number }, m: Messages): string {
  return layer.name.startsWith('pool')
    ? `${layer.name} (÷${2 ** layer.block})`
    : m.t('featureMaps.block', { name: layer.name, block: layer.block });
}

/** The words of src/tf/feature-maps.ts's CLASSIC_KERNELS, in its order. */
export const CLASSIC_WORDS: readonly UiKey[] = [
  'featureMaps.sobelX',
  'featureMaps.sobelY',
  'featureMaps.laplacian',
  'featureMaps.blur',
];

/** A deeper map's label from src/tf ("channel 12") in the page's words. */
export function channelWords(label: string, m: Messages): string {
  const channel = /^channel (\d+)$/.exec(label);
  return channel ? m.t('featureMaps.channel', { n: Number(channel[1]) }) : label;
}

export const MAPS_PER_LAYER = 8;

/** A 3×3×3 filter's weights → RGB bytes (each filter scaled to its own range, so its pattern shows). */
export function filterColours(weights: Float32Array): Uint8ClampedArray {
  let [lo, hi] = [Infinity, -Infinity];
  for (const w of weights) {
    lo = Math.min(lo, w);
    hi = Math.max(hi, w);
  }
  const span = hi - lo || 1;
  const rgba = new Uint8ClampedArray(9 * 4);
  for (let i = 0; i < 9; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Math.round(((weights[i * 3 + c] - lo) / span) * 255);
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}
