/** English strings of the one-by-one widget (src/widgets/one-by-one/); keys start with 'oneByOne.'. */
export const oneByOne = {
  'oneByOne.title': 'A 1×1 convolution: the same small matrix at every pixel',
  'oneByOne.cin': 'input channels',
  'oneByOne.cout': 'output channels',
  'oneByOne.H': 'height',
  'oneByOne.W': 'width',
  'oneByOne.row': 'pixel row',
  'oneByOne.col': 'pixel column',
  'oneByOne.shapes':
    'input [H, W, C_in] = [{H}, {W}, {cin}] → kernel [1, 1, C_in, C_out] = [1, 1, {cin}, {cout}] → output [H, W, C_out] = [{H}, {W}, {cout}]',
  'oneByOne.params': 'parameters C_in·C_out + C_out = {cin}·{cout} + {cout} = {total} (no H or W in it)',
  'oneByOne.cost': 'multiply-adds H·W·C_in·C_out = {H}·{W}·{cin}·{cout} = {total} (grows with the picture)',
  'oneByOne.figLabel':
    'input map with {cin} channels per pixel: {H} by {W} pixels, pixel row {row}, column {col} chosen',
  'oneByOne.region': "The chosen pixel's arithmetic",
  'oneByOne.waiting': 'Waiting until this figure is on screen to run tfjs…',
  'oneByOne.caption':
    'Pixel ({row}, {col}): its channels x, the rows of K, x · K + b (tf.matMul) and the 1×1 conv there',
  'oneByOne.colChannel': 'channel',
  'oneByOne.colOut': 'out {index}',
  'oneByOne.bias': 'bias b',
  'oneByOne.conv': 'conv 1×1',
  'oneByOne.agrees': 'tf.conv2d (1×1) agrees with tf.matMul at this pixel on {backend}',
  'oneByOne.differs': 'tf.conv2d differs from tf.matMul on {backend}',
  'oneByOne.details': ': largest difference {difference}; the whole output is [{shape}].',
} as const;
