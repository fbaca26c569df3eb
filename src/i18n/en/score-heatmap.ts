/** English strings of the score-heatmap widget (src/widgets/score-heatmap/); keys start with 'scoreHeatmap.'. */
export const scoreHeatmap = {
  'scoreHeatmap.title': 'Where does the network see a class? Its scores as a heat map over the image',
  'scoreHeatmap.scene': 'test scene',
  'scoreHeatmap.sceneOption': 'test scene {n}',
  'scoreHeatmap.class': 'class',
  'scoreHeatmap.explain':
    "Red opacity = probability of the class (softmax of the scores), over the image in grey. Left (score_fr, before upsampling): one answer per 32 × 32 patch, straight from fc6, fc7 and score_fr run as convolutions. Right: the network's full-size output after upsampling. White outline: where the scene's true label map has the class.",
  'scoreHeatmap.placeholder':
    'The heat maps appear here once this figure is on screen: your browser runs the trained FCN on the scene (it needs JavaScript).',
  'scoreHeatmap.waiting': 'Waiting until this figure is on screen…',
  'scoreHeatmap.loading': 'Loading the trained model and the scene…',
  'scoreHeatmap.notFinest': ' (FCN-8s is not trained yet, so this is the shipped {model})',
  'scoreHeatmap.done':
    '{model}{note}, {ms} ms: score_fr is {coarseHeight} × {coarseWidth} × {classes} (one answer per 32 × 32 patch), the output {height} × {width} × {classes}. "{name}" has probability > 0.5 on {predicted} of the pixels',
  'scoreHeatmap.truth': "; the scene's true label map has it on {truth}.",
  'scoreHeatmap.noTruth': '.',
  'scoreHeatmap.noModel': 'The trained model is not available, so this figure cannot run it.',
  'scoreHeatmap.modelFailed': 'The model could not run: {error}',
  'scoreHeatmap.failed': 'Could not compute: {error}',
  'scoreHeatmap.figLabel':
    'Probability of {name} over the image: left, the {coarseHeight} by {coarseWidth} map of the convolutionalised classifier; right, the {height} by {width} output after upsampling.',
  'scoreHeatmap.figCoarse': 'score_fr: {height} × {width}',
  'scoreHeatmap.figOutput': 'output: {height} × {width}',
  'scoreHeatmap.figCell': 'cell ({y}, {x}): p = {p}',
} as const;
