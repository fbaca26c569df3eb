/** English strings of the matrix view (src/widgets/matrix-view/); keys start with 'matrixView.'. */
export const matrixView = {
  'matrixView.title': 'Convolution as a matrix: y = Cx, and Cᵀ going back',
  'matrixView.slider.i': 'input size',
  'matrixView.slider.k': 'kernel size',
  'matrixView.slider.s': 'stride',
  'matrixView.slider.p': 'padding',
  'matrixView.inputLegend': 'input {x} (whole numbers, edit any cell)',
  'matrixView.cell': 'x at row {row}, column {column}',
  'matrixView.randomise': 'randomise x',
  'matrixView.hint': 'Hover or focus a row or a column of C (arrow keys move along them) to see what it connects.',
  'matrixView.focus.row':
    'Row {index} of C is output position ({oy}, {ox}): the kernel lies on x at {cells}, and y there is the sum of those cells times their weights. Read as column {index} of Cᵀ, it is the stamp y({oy}, {ox}) leaves on Cᵀy at the same cells.',
  'matrixView.focus.column':
    'Column {index} of C is input position ({iy}, {ix}): x there feeds y at {cells}. Read as row {index} of Cᵀ, Cᵀy at ({iy}, {ix}) gathers from those same cells of y.',
  'matrixView.focus.noCells': 'no cells',
  'matrixView.roundTrip':
    'Cᵀ(Cx) is not x (largest difference {difference}): CᵀC is not the identity. Cᵀy is the transposed convolution of y (output padding a = {a}), which restores the shape of x, not its values.',
  'matrixView.roundTripEqual':
    'Here Cᵀ(Cx) equals x, but only for this x: CᵀC is not the identity. Cᵀy is the transposed convolution of y (output padding a = {a}), which restores the shape of x, not in general its values.',
  'matrixView.roundTripStale': 'For that matrix: {sentence}',
  'matrixView.problem.kernelWider':
    'The kernel ({k}) is wider than the {input}, so no window fits. Make the input larger, the kernel smaller or add padding.',
  'matrixView.problem.input': 'input ({size})',
  'matrixView.problem.paddedInput': 'padded input ({size})',
  'matrixView.status.stale': 'The dimmed matrix is the last one that has an output.',
  'matrixView.status.loading': 'tfjs loads when this figure comes near the screen…',
  'matrixView.status.noStart': 'tfjs could not start: {error}',
  'matrixView.status.failed': 'tfjs could not compute this: {error}',
  'matrixView.status.check':
    'tf.matMul with C and Cᵀ on {backend} and tf.conv2d / tf.conv2dTranspose {verdict}: largest difference {difference}.',
  'matrixView.agree': 'agree',
  'matrixView.disagree': 'disagree',
  'matrixView.noscript':
    'Without JavaScript the figures show the starting x; the sliders, the input grid and the highlights need JavaScript.',
  'matrixView.grid.kernel': 'kernel w ({k} × {k})',
  'matrixView.figure.handleRow': 'row {index}: output position ({r}, {c})',
  'matrixView.figure.handleColumn': 'column {index}: input position ({r}, {c})',
  'matrixView.figure.label':
    'y = C·x with C of {rows} rows (one per output position) and {columns} columns (one per input position). Focus a row or a column handle to light up what it connects.',
  'matrixView.figure.title': 'vec(x) along the top · C ({rows} × {columns})',
  'matrixView.figure.columns': 'Columns of C, one per input position',
  'matrixView.figure.rows': 'Rows of C, one per output position',
} as const;
