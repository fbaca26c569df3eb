/** English strings of the widgets' shared parts (src/widgets/shared/); keys start with 'shared.'. */
export const shared = {
  'shared.tfLoadFailed': 'tfjs could not load: {error}',
  'shared.tfFailed': 'tfjs failed: {error}',
  'shared.staticFigure':
    'Without JavaScript, this figure is a still picture of the default settings; the controls and the tfjs check need JavaScript.',
  'shared.needsModel':
    'This figure runs our trained network in your browser, which needs JavaScript. The text around it reads without it.',
} as const;
