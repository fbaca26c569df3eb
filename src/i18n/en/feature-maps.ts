/** English strings of the feature-maps widget (src/widgets/feature-maps/); keys start with 'featureMaps.'. */
export const featureMaps = {
  'featureMaps.title': 'Feature maps of our trained network on a test scene',
  'featureMaps.scene': 'test scene',
  'featureMaps.sceneOption': 'test scene {n}',
  'featureMaps.layer': 'deeper layer',
  'featureMaps.block': '{name} (block {block})',
  'featureMaps.partLearned': "1. Our model's first-layer filters (conv1_1, after ReLU)",
  'featureMaps.partClassic': '2. Classic hand-made kernels on the grey image',
  'featureMaps.partDeeper': '3. A deeper layer: the 8 most active of its channels',
  'featureMaps.waiting': 'Waiting until this figure is on screen…',
  'featureMaps.placeholder':
    'The maps of our trained model (parts 1 and 3) are computed in your browser with tfjs once this figure is on screen (it needs JavaScript). Part 2 below was drawn when the page was built, with the same sums tf.conv2d does; the page recomputes it with tf.conv2d.',
  'featureMaps.computing': 'Computing feature maps…',
  'featureMaps.sceneAlt': 'The input: held-out test scene {n}, {size} × {size} pixels',
  'featureMaps.sobelX': 'vertical edges (Sobel x)',
  'featureMaps.sobelY': 'horizontal edges (Sobel y)',
  'featureMaps.laplacian': 'all edges (Laplacian)',
  'featureMaps.blur': 'blur (3×3 box)',
  'featureMaps.classicLabel': 'Four classic kernels over the grey scene: {names}',
  'featureMaps.filter': 'filter {n}',
  'featureMaps.channel': 'channel {n}',
  'featureMaps.learnedLabel':
    'The {count} conv1_1 filters of our {model} as colour patches, each beside its map over the scene',
  'featureMaps.learnedNote':
    "{count} filters of 3 × 3 × 3 weights from our {model}{note}; each patch shows one filter's weights as colours.",
  'featureMaps.notFinest': ' (FCN-8s is not trained yet, so this is the shipped {model})',
  'featureMaps.deeperLabel': '{layer}: {shape}; the {count} most active channels',
  'featureMaps.deeperNote':
    '{layer} is {height} × {width} × {channels} on this {size} × {size} scene; each of its cells sees a larger patch of the image.',
  'featureMaps.done': 'tf.conv2d on the scene: conv1_1 {first}, {layer} {deep} ({model}).',
  'featureMaps.noModel': 'The trained model is not available, so this part cannot run it.',
  'featureMaps.onlyClassic': 'Only the classic kernels could run: the trained model is not available.',
  'featureMaps.modelFailed': 'The model could not run: {error}',
  'featureMaps.failed': 'Could not compute: {error}',
} as const;
