/** English strings of the fc-equals-conv widget (src/widgets/fc-equals-conv/); keys start with 'fcEqualsConv.'. */
export const fcEqualsConv = {
  'fcEqualsConv.title': 'A dense layer and a convolution with the same weights',
  'fcEqualsConv.h': 'map height',
  'fcEqualsConv.w': 'map width',
  'fcEqualsConv.c': 'channels',
  'fcEqualsConv.n': 'outputs',
  'fcEqualsConv.H': 'input height',
  'fcEqualsConv.W': 'input width',
  'fcEqualsConv.caption': 'The n answers for the h × w × C map',
  'fcEqualsConv.colOutput': 'output',
  'fcEqualsConv.colDense': 'tf.matMul (dense)',
  'fcEqualsConv.colConv': 'tf.conv2d (kernel)',
  'fcEqualsConv.waiting': 'Waiting until this figure is on screen to run tfjs…',
  'fcEqualsConv.heightTooSmall':
    'Input height H′ = {size} is smaller than the kernel height h = {kernel}: no window fits, so the conv has no output. Make H′ at least {kernel}.',
  'fcEqualsConv.widthTooSmall':
    'Input width W′ = {size} is smaller than the kernel width w = {kernel}: no window fits, so the conv has no output. Make W′ at least {kernel}.',
  'fcEqualsConv.noMap': 'No answer map: the kernel does not fit in the input.',
  'fcEqualsConv.shape':
    'conv output (H′ − h + 1) × (W′ − w + 1) × n = ({H} − {h} + 1) × ({W} − {w} + 1) × {n} = {outHeight} × {outWidth} × {n}',
  'fcEqualsConv.oneAnswer': ': one answer, exactly what the dense layer gives.',
  'fcEqualsConv.manyAnswers': ': {count} answers, one per window position.',
  'fcEqualsConv.params':
    "dense weights: {n} outputs × {features} inputs (h·w·C) + {n} biases = {total} numbers; conv kernel [h, w, C, n] = [{h}, {w}, {c}, {n}] (tfjs's layout) + {n} biases: the same {total} numbers, reshaped.",
  'fcEqualsConv.agrees': 'tf.conv2d agrees with tf.matMul on {backend}',
  'fcEqualsConv.differs': 'tf.conv2d differs from tf.matMul on {backend}',
  'fcEqualsConv.details':
    ': largest difference {difference}; the answer map is {outHeight} × {outWidth} × {n}, and its cell (0, 0) differs from the dense answer by {corner}.',
  'fcEqualsConv.lastValid': 'The drawing and numbers show the last valid sizes (h = {h}, w = {w}, H′ = {H}, W′ = {W}).',
  'fcEqualsConv.figInput': 'input {H} × {W} × C',
  'fcEqualsConv.figAnswers': 'answers {outHeight} × {outWidth} (channel {channel})',
  'fcEqualsConv.figLabel':
    "Input {H} by {W} with the {h} by {w} window of the dense layer at its top-left corner; the convolution slides that window to {outHeight} × {outWidth} places and gives an answer map of {outHeight} by {outWidth}; its top-left answer is the dense layer's.",
  'fcEqualsConv.figCell': 'answer ({y}, {x}): {value}',
  'fcEqualsConv.figDense': " — the dense layer's answer",
  'fcEqualsConv.figPending': 'computed once tfjs runs',
} as const;
