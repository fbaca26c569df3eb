/** English strings of the scatter-stepper widget (src/widgets/scatter-stepper/); keys start with 'scatterStepper.'. */
export const scatterStepper = {
  'scatterStepper.title': 'Scatter-add: each input value × the kernel, stamped and summed',
  'scatterStepper.slider.inputSize': 'input size',
  'scatterStepper.slider.kernelSize': 'kernel size',
  'scatterStepper.slider.stride': 'stride',
  'scatterStepper.slider.padding': 'padding',
  'scatterStepper.slider.outputPadding': 'output padding',
  'scatterStepper.slider.dilation': 'dilation',
  'scatterStepper.grid.input': 'input x',
  'scatterStepper.grid.kernel': 'kernel w',
  'scatterStepper.cell.input': 'input x[{row}][{col}]',
  'scatterStepper.cell.kernel': 'kernel w[{row}][{col}]',
  'scatterStepper.back': 'Step back',
  'scatterStepper.play': 'Play',
  'scatterStepper.pause': 'Pause',
  'scatterStepper.forward': 'Step forward',
  'scatterStepper.step': 'step',
  'scatterStepper.stepOf': 'step {step} of {last}',
  'scatterStepper.speed': 'speed',
  'scatterStepper.speed.slow': 'slow',
  'scatterStepper.speed.normal': 'normal',
  'scatterStepper.speed.fast': 'fast',
  'scatterStepper.drawingLabel': 'Scatter-add figure: left and right arrow keys step, Space plays or pauses',
  'scatterStepper.showTf': 'Show the tfjs check (tf.conv2dTranspose)',
  'scatterStepper.noscript':
    'Without JavaScript the figure stays at step 0 of the example; the controls and the player need JavaScript.',
  'scatterStepper.caption.head': 'Step {step} of {last}: ',
  'scatterStepper.caption.empty':
    'the {rows}×{cols} canvas starts at zero. Each input cell will add value × kernel at (y·s, x·s), with s = {stride}.',
  'scatterStepper.caption.stamp':
    'x[{y}][{x}] = {value}, so {value} × kernel lands at ({y}·{stride}, {x}·{stride}) = ({row}, {col}){spacing}.',
  'scatterStepper.caption.spacing': ', its taps d = {dilation} apart',
  'scatterStepper.caption.overlap': ' Where it overlaps earlier stamps the values add up.',
  'scatterStepper.caption.cropCut':
    'Crop p = {padding} from the top and left, p − a = {bottom} from the bottom and right: the {rows}×{cols} canvas becomes the {height}×{width} output.',
  'scatterStepper.caption.cropGrowOne':
    'Crop p = {padding} from the top and left, add a − p = 1 zero row and column at the bottom and right: the {rows}×{cols} canvas becomes the {height}×{width} output.',
  'scatterStepper.caption.cropGrow':
    'Crop p = {padding} from the top and left, add a − p = {extra} zero rows and columns at the bottom and right: the {rows}×{cols} canvas becomes the {height}×{width} output.',
  'scatterStepper.caption.cropEven':
    'Crop p = {padding} from the top and left, nothing from the bottom and right (a = p): the {rows}×{cols} canvas becomes the {height}×{width} output.',
  'scatterStepper.caption.cropNone':
    'Crop p = 0 from the top and left: the {rows}×{cols} canvas is the {height}×{width} output.',
  'scatterStepper.caption.keepNote': ' Output padding a keeps the dashed row and column.',
  'scatterStepper.caption.invalid': 'No step to show for these parameters: {reason}',
  'scatterStepper.problem.outputPadding':
    'Output padding a = {outputPadding} must be smaller than max(stride, dilation) = {limit}.',
  'scatterStepper.problem.cropsAll':
    'Padding p = {padding} crops 2p = {cropped} cells, but the scattered canvas is only {canvas} cells across, so nothing is left.',
  'scatterStepper.problem.cropsAllOne':
    'Padding p = {padding} crops 2p = {cropped} cells, but the scattered canvas is only 1 cell across, so nothing is left.',
  'scatterStepper.problem.height': 'Height: {reason}',
  'scatterStepper.problem.width': 'Width: {reason}',
  'scatterStepper.status.stale': 'The dimmed figure shows the last parameters that worked.',
  'scatterStepper.status.loading': 'Loading tfjs to check this with tf.conv2dTranspose…',
  'scatterStepper.status.loadFailed': 'tfjs could not load: {error}',
  'scatterStepper.status.agree':
    'tf.conv2dTranspose on {backend} agrees with the scatter-add: largest difference {difference} (relative {relative}, within float32 rounding).',
  'scatterStepper.status.differ':
    'tf.conv2dTranspose on {backend} disagrees with the scatter-add: largest difference {difference} (relative {relative}).',
  'scatterStepper.status.overflow':
    'tf.conv2dTranspose on {backend} computes in float32, whose largest value is about 3.4 × 10³⁸; values up to {largest} overflow to Infinity there, so the two cannot be compared.',
  'scatterStepper.status.shape':
    'tf.conv2dTranspose on {backend} returned a {actual} grid, the scatter-add a {expected} grid.',
  'scatterStepper.status.failed': 'tf.conv2dTranspose on {backend} failed: {error}',
  'scatterStepper.figure.inputTitle': 'input x ({rows}×{cols})',
  'scatterStepper.figure.kernelTitle': 'kernel w ({rows}×{cols})',
  'scatterStepper.figure.scaledTitle': '{value} × kernel',
  'scatterStepper.figure.canvasTitle': 'canvas {rows}×{cols} (before the crop)',
  'scatterStepper.figure.cropTitle': 'canvas {rows}×{cols}: crop p = {padding}, a = {outputPadding}',
  'scatterStepper.figure.outputTitle': 'output ({rows}×{cols})',
  'scatterStepper.figure.stampingNow': ' (stamping now)',
  'scatterStepper.figure.stamped': ' (stamped)',
  'scatterStepper.figure.noStamp': '0 (no stamp reached it)',
  'scatterStepper.figure.grown': ' (zero cell added by output padding)',
  'scatterStepper.figure.kept': ' (kept by output padding)',
  'scatterStepper.figure.terms': '{count} terms',
  'scatterStepper.figure.describeEmpty':
    'Scatter-add, step {step} of {last}: an empty {rows}×{cols} canvas; each of the {cells} input cells will add value × the {kernelRows}×{kernelCols} kernel to it.',
  'scatterStepper.figure.describeStamp':
    'Scatter-add, step {step} of {last}: x[{y}][{x}] = {value}, so {value} × kernel is added to the canvas at row {row}, column {col}; overlapping cells show their sums.',
  'scatterStepper.figure.describeCrop':
    'Scatter-add, step {step} of {last}: the {rows}×{cols} canvas is cropped to the {height}×{width} output starting at row {top}, column {left}. Output: {output}.',
} as const;
