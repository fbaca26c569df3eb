/** English strings of the output-size explorer (src/widgets/output-size/); keys start with 'outputSize.'. */
export const outputSize = {
  'outputSize.title': 'Output size of a transposed convolution',
  'outputSize.slider.i': 'input size',
  'outputSize.slider.k': 'kernel size',
  'outputSize.slider.s': 'stride',
  'outputSize.slider.p': 'padding',
  'outputSize.slider.a': 'output padding',
  'outputSize.slider.d': 'dilation',
  'outputSize.noValidOutput': '(no valid output)',
  'outputSize.legend': 'Legend of the drawing',
  'outputSize.legend.input': 'input cell',
  'outputSize.legend.output': 'output cell',
  'outputSize.legend.cropped': 'canvas cell cropped by {p}',
  'outputSize.legend.added': 'cell added by {a}',
  'outputSize.status': 'Input {i} × {i} → output {o} × {o} (o = {o}).',
  'outputSize.status.invalid': 'No output for these numbers; the dimmed drawing shows the last valid ones ({state}).',
  'outputSize.forward.lastValid': 'For the last valid numbers: {sentence}',
  'outputSize.forward.notBack':
    'A convolution with the same k = {k}, s = {s}, p = {p}, d = {d} maps o = {o} to {forward}, not back to i = {i}: a = {a} is allowed because d = {d} > s = {s}, but it adds cells that no forward input of size {sizes} had.',
  'outputSize.forward.unique':
    'A convolution with the same k = {k}, s = {s}, p = {p}, d = {d} maps o = {o} back to i = {i}, and no other size maps to {i}, so the shape is undone exactly.',
  'outputSize.forward.shared':
    'A convolution with the same k = {k}, s = {s}, p = {p}, d = {d} maps o = {o} back to i = {i}. It maps {count} sizes, {sizes}, to {i} (rounding down hides the difference), so a transposed conv cannot know which one it came from: output padding a = {a} picks {o}.',
  'outputSize.list': '{first} and {last}',
  'outputSize.sharedLabel': 'Sizes a convolution maps to {i}',
  'outputSize.sharedSize': 'size {size}',
  'outputSize.thisOne': ' (this one)',
  'outputSize.problem.outputPadding':
    'Output padding a = {outputPadding} must be smaller than max(stride, dilation) = {limit}.',
  'outputSize.problem.cropsAll':
    'Padding p = {padding} crops 2p = {cropped} cells, but the scattered canvas is only {canvas} cells across, so nothing is left.',
  'outputSize.problem.cropsAllOne':
    'Padding p = {padding} crops 2p = {cropped} cells, but the scattered canvas is only 1 cell across, so nothing is left.',
  'outputSize.noscript':
    'Without JavaScript the formula and the drawing show the starting numbers; the sliders need JavaScript.',
  'outputSize.figure.input': 'input {n} × {n}',
  'outputSize.figure.output': 'output {o} × {o}',
  'outputSize.figure.outputCanvas': 'output {o} × {o} (canvas {n} × {n})',
  'outputSize.figure.arrow': '↓ transposed conv',
  'outputSize.figure.describe':
    'Input grid of {i} by {i} cells and output grid of {o} by {o} cells, drawn at the same cell size. The scatter canvas is {n} by {n}; padding {p} crops {p} from each side and output padding {a} adds {a} at the bottom and right.',
} as const;
