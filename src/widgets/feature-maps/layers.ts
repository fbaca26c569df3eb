/** The deeper layers a reader can look at, with their place in VGG16's blocks. Pure. */
export const DEEPER_LAYERS: readonly { name: string; words: string }[] = [
  { name: 'conv1_2', words: 'conv1_2 (block 1)' },
  { name: 'pool1', words: 'pool1 (÷2)' },
  { name: 'conv2_2', words: 'conv2_2 (block 2)' },
  { name: 'pool2', words: 'pool2 (÷4)' },
  { name: 'conv3_3', words: 'conv3_3 (block 3)' },
  { name: 'pool3', words: 'pool3 (÷8)' },
  { name: 'conv4_3', words: 'conv4_3 (block 4)' },
  { name: 'pool4', words: 'pool4 (÷16)' },
  { name: 'conv5_3', words: 'conv5_3 (block 5)' },
  { name: 'pool5', words: 'pool5 (÷32)' },
];

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
