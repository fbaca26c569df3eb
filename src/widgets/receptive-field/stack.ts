/**
 * The reader's layer stack as a short string for the URL ("c3,c3,p2,c3d2,c7"): c<k> is a k×k conv padded to
 * keep the size, d<n> adds dilation n (padded n·(k−1)/2), p2 is a 2×2 max-pool with stride 2. Pure.
 */
import type { Messages } from '../../i18n/client';
import type { UiKey } from '../../i18n/en';
import { conv, pool, type RfLayer } from '../../lib/conv/receptive-field';

export const MAX_LAYERS = 8;

export const PRESETS: readonly { value: string; words: UiKey }[] = [
  { value: 'c3,c3,c3', words: 'receptiveField.presetThree3x3' },
  { value: 'c7', words: 'receptiveField.presetOne7x7' },
  { value: 'c3,c3', words: 'receptiveField.presetTwo3x3' },
  { value: 'c3,c3,p2', words: 'receptiveField.presetVggBlock' },
  { value: 'c3,c3,p2,c3,c3,p2', words: 'receptiveField.presetTwoBlocks' },
  { value: 'c3,c3d2,c3d4', words: 'receptiveField.presetDilations' },
  { value: 'c3d2', words: 'receptiveField.presetHoles' },
];

/** The layers the buttons add (the button's words are the key's). */
export const ADDABLE: readonly { token: string; words: UiKey }[] = [
  { token: 'c3', words: 'receptiveField.add3x3' },
  { token: 'c3d2', words: 'receptiveField.add3x3d2' },
  { token: 'p2', words: 'receptiveField.addPool' },
  { token: 'c7', words: 'receptiveField.add7x7' },
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

/** "3×3 conv, dilation 2 (pad 2)" / "2×2 max-pool, stride 2", in the page's words. */
export function describeLayer(layer: RfLayer, m: Messages): string {
  const { kernelSize: k, padding, dilation, stride } = layer;
  if (layer.kind === 'pool') return m.t('receptiveField.pool', { k, stride });
  return dilation > 1
    ? m.t('receptiveField.dilatedConv', { k, dilation, padding })
    : m.t('receptiveField.conv', { k, padding });
}
