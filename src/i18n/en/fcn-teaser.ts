/** English strings of the fcn-teaser widget (src/widgets/fcn-teaser/); keys start with 'fcnTeaser.'. */
export const fcnTeaser = {
  'fcnTeaser.title': 'Our FCN-8s, running in your browser',
  'fcnTeaser.imageCaption': 'a test scene',
  'fcnTeaser.modelCaption': 'its labels',
  'fcnTeaser.truthCaption': 'the true labels',
  'fcnTeaser.legend': 'class colours',
  'fcnTeaser.newScene': 'New scene',
  'fcnTeaser.more': 'How it works, and your own images →',
  'fcnTeaser.firstFrame':
    'Test scene {seed} and its true labels. The middle frame fills in once the page is idle: FCN-8s then runs in your browser, off the page’s main thread.',
  'fcnTeaser.loading': 'Loading tfjs and the model (in a background thread)…',
  'fcnTeaser.result': '{model}{fallback} labelled test scene {seed} in {ms} ms on {backend}.',
  'fcnTeaser.resultScores':
    '{model}{fallback} labelled test scene {seed} in {ms} ms on {backend}: {pixelAccuracy} of pixels right, mean IoU {meanIoU}.',
  'fcnTeaser.fallback': ' (FCN-8s is not available yet, so the finest model that is runs instead)',
  'fcnTeaser.noModel': 'No model is available yet.',
  'fcnTeaser.failed': 'The live model could not start: {reason}',
} as const;
