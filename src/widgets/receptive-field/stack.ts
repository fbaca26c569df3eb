/**
 * The reader's layer stack as a short string for the URL ("c3,c3,p2,c3d2,c7"): c<k> is a k×k conv padded to
 * keep the size, d<n> adds dilation n (padded n·(k−1)/2), p2 is a 2×2 max-pool with stride 2. Pure.
 */
import { conv, pool, type RfLayer } from '../../lib/conv/receptive-field';

export const MAX_LAYERS = 8;

export const PRESETS: readonly { value: string; words: string }[] = [
  { value: 'c3,c3,c3', words: 'three 3×3 convs' },
  { value: 'c7', words: 'one 7×7 conv' },
  { value: 'c3,c3', words: 'two 3×3 convs' },
  { value: 'c3,c3,p2', words: 'VGG block: conv, conv, pool' },
  { value: 'c3,c3,p2,c3,c3,p2', words: 'two VGG blocks' },
  { value: 'c3,c3d2,c3d4', words: 'dilations 1, 2, 4' },
  { value: 'c3d2', words: 'one dilated conv (holes)' },
];

export const ADDABLE: readonly { token: string; words: string }[] = [
  { token: 'c3', words: 'Add 3×3 conv' },
  { token: 'c3d2', words: 'Add 3×3 conv, dilation 2' },
  { token: 'p2', words: 'Add 2×2 pool' },
  { token: 'c7', words: 'Add 7×7 conv' },
];

/** One token → a layer, or null when it is not one we know. */
export function layerOf(token: string): RfLayer | null {
  if (token === 'p2') return pool(2, 2);
  const match = /^c([1-9])(?:d([1-8]))?$/.exec(token);
  if (!match) return null;
  const k = Number(match[1]);
  const d = Number(match[2] ?? 1);
  if (k % 2 === 0) return null;
  return conv(k, { padding: (d * (k - 1)) / 2, dilation: d });
}

/** The tokens of a stack string that parse, at most MAX_LAYERS, at least one (falls back to one 3×3 conv). */
export function parseStack(text: string): string[] {
  const tokens = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => layerOf(t) !== null)
    .slice(0, MAX_LAYERS);
  return tokens.length > 0 ? tokens : ['c3'];
}

export function layersOf(tokens: readonly string[]): RfLayer[] {
  return tokens.map((t) => layerOf(t)).filter((l): l is RfLayer => l !== null);
}

/** "3×3 conv, dilation 2 (pad 2)" / "2×2 max-pool, stride 2". */
export function describeLayer(layer: RfLayer): string {
  if (layer.kind === 'pool') return `${layer.kernelSize}×${layer.kernelSize} max-pool, stride ${layer.stride}`;
  const k = `${layer.kernelSize}×${layer.kernelSize} conv`;
  return layer.dilation > 1 ? `${k}, dilation ${layer.dilation} (pad ${layer.padding})` : `${k} (pad ${layer.padding})`;
}
