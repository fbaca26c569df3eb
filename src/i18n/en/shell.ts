/**
 * English UI strings of the shell: the header, footer and menus, the pages' fixed words and the shared tables.
 * `{name}` is a placeholder that `t(locale, key, params)` fills. Keys with a dot are grouped by what uses them
 * (`backend.` the badge, `mc.` the model card, `results.`/`fates.` the score tables). Widgets' strings are in
 * their own files beside this one (./index.ts joins them).
 */
export const shell = {
  siteTitle: 'FCN, explained by running it',
  siteTagline: 'Fully Convolutional Networks for Semantic Segmentation, one live widget at a time.',
  skipToContent: 'Skip to content',
  lessons: 'Lessons',
  onThisPage: 'On this page',
  previous: 'Previous',
  next: 'Next',
  themeToggle: 'Colour theme',
  themeAuto: 'Auto',
  themeLight: 'Light',
  themeDark: 'Dark',
  languageSwitch: 'Read this page in',
  languageSwitchHome: 'This page is not translated yet. Home page in',
  'backend.label': 'tfjs backend',
  'backend.idle': 'tfjs not loaded yet',
  'backend.auto': 'Auto',
  'backend.inUse': 'tfjs: {backend}',
  'backend.webglGpu': 'WebGL (GPU)',
  'backend.webglSoftware': 'WebGL (software)',
  'backend.wasm': 'WASM (CPU)',
  'backend.cpu': 'CPU (plain JS)',
  needsJs: 'This interactive figure needs JavaScript. The text and formulas around it read without it.',
  showCode: 'Show the code that computes this',
  seedSection: 'Study-note section {section}',
  footer: 'Open source. Every number on these pages is computed by the code on the page.',
  credits: 'Credits',
  about: 'About',
  modelCard: 'Model card',
  glossary: 'Glossary',
  footerNav: 'About this site',
  lessonMenu: 'All lessons',
  lessonNumber: 'Lesson {n} of {total}',
  thisPage: 'this page',
  prevNext: 'Previous and next lesson',
  pipelineNav: 'Where this lesson sits in the FCN pipeline',
  pipelineTitle: 'FCN pipeline:',
  pipelineImage: 'Image',
  pipelineBackbone: 'VGG16',
  pipelineFcConv: 'fc as conv',
  pipelineUpsample: 'Upsample',
  pipelineSkips: 'Skips 16s/8s',
  pipelineCrop: 'Crop',
  pipelineLabels: 'Pixel labels',
  pipelineMetrics: 'Metrics',
  studyNote:
    'This site grew from a study note on the FCN paper, written in Korean by Leejaegun (November 2024, ' +
    'boostcamp AI Tech, computer-vision track). The note goes through the paper in short numbered sections: VGG, ' +
    'fully connected versus convolution, transposed convolution, skip connections, metrics and the pad-100 ' +
    'puzzle. Each lesson covers one of them in its own words and code; the small line above its title names the ' +
    'section.',
  scrollCue: 'scroll →',
  wideEquation: 'Wide equation, scrolls sideways',
  wideTable: 'Wide table, scrolls sideways',

  'class.background': 'background',
  'class.animal': 'animal',
  'class.vehicle': 'vehicle',
  'class.plant': 'plant',
  'class.food': 'food',
  'class.person': 'person',

  'glossary.description': 'The terms of the FCN lessons, each in one line, with the lesson that teaches it.',
  'glossary.intro': 'The terms the lessons use, each in one line, with its Korean name and the lesson that teaches it.',
  'glossary.taughtIn': 'Taught in:',

  'credits.description': 'Sources and licences of every asset and library this site uses.',
  'credits.sourceNote': 'The credits files below are quoted as written, in English.',
  'credits.data': 'Data: clip-art and textures for our scenes',
  'credits.fullTable':
    'The full per-file table ({count} sprites and the textures, each with its Debian package, original path and licence) is {link}.',
  'credits.samples': 'Sample photos',
  'credits.libraries': 'Libraries',
  'credits.librariesText':
    'Bundled from the npm registry and served from this site (nothing is loaded from another host): Astro and ' +
    '@astrojs/mdx (MIT), KaTeX (MIT), remark-math and rehype-katex (MIT), TensorFlow.js (Apache-2.0), d3 (ISC), ' +
    "Observable Plot (ISC), fast-png with fflate and iobuffer (MIT, decodes the dataset PNGs). Our models' " +
    'weights were trained in this repository; see the {link}.',

  'results.caption': 'The skip architectures: the paper’s Table 2 next to our models',
  'results.model': 'model',
  'results.data': 'data',
  'results.pixelAcc': 'pixel acc.',
  'results.meanAcc': 'mean acc.',
  'results.meanIU': 'mean IU',
  'results.fwIU': 'f.w. IU',
  'results.paper': 'paper',
  'results.ours': 'ours',
  'results.notTrained': 'not evaluated (model not trained yet)',
  'results.notRun': 'evaluation not run yet',
  'results.paperSource': 'Long, Shelhamer & Darrell 2015, Table 2 (subset of PASCAL VOC 2011 segval)',
  'results.notePaper': 'Percent. Paper: {source}, {classes} classes, VGG16 pretrained on ImageNet.',
  'results.splitTest': 'test',
  'results.splitVal': 'validation',
  'results.testScenes': '{count} {split} scenes of {size} px (seeds {from}–{to})',
  'results.noteOurs':
    'Ours: {scenes}, objects never seen in training, {classes} classes; computed by {command} ({script}) and read ' +
    'from {file} when this page was built.',
  'results.noteNone':
    'Ours: the evaluation has not been run yet ({file} does not exist), so there are no numbers to show; {command} ' +
    'writes them.',
  'results.noteCompare':
    'The two rows of a model are not comparable with each other — different data, classes and network width — ' +
    'only the trend from 32s to 16s to 8s is.',
  'fates.caption': 'Where the object pixels go (test split, percent)',
  'fates.correct': 'right class',
  'fates.missed': 'missed (called background)',
  'fates.wrongClass': 'another object class',
  'fates.falseAlarm': 'background pixels called an object',
  'fates.none': 'The evaluation file has no pixel breakdown yet ({command} writes it).',

  'mc.classesCaption': 'Classes and objects (public/data/dataset.json): drawings, and emoji concepts in brackets',
  'mc.id': 'id',
  'mc.class': 'class',
  'mc.colour': 'colour',
  'mc.clipartSplit': 'clip-art train / test',
  'mc.emojiSplit': 'emoji train / test',
  'mc.paramsCaption': 'Parameters, counted from the weight specs (src/tf/fcn/weights.ts)',
  'mc.model': 'model',
  'mc.parameters': 'parameters',
  'mc.trained': 'trained',
  'mc.weightsFile': 'weights file',
  'mc.notShipped': 'not shipped yet',
  'mc.fileSize': '{megabytes} MB ({bits} bits per weight)',
  'mc.headLayers':
    'Head layers, with their kernel shapes [height, width, in, out] (transposed convolutions: [height, width, out, in]):',
  'mc.ablationsCaption':
    'Ablations: short runs of equal length, side by side, that chose the recipe (validation scenes of training objects)',
  'mc.run': 'run',
  'mc.question': 'question',
  'mc.steps': 'steps',
  'mc.peakLr': 'peak lr',
  'mc.finalValIoU': 'val mean IoU at the end',
  'mc.withBatchNorm': 'batch norm: with',
  'mc.withoutBatchNorm': 'batch norm: without',
  'mc.withRecolour': 'recoloured objects: with',
  'mc.withoutRecolour': 'recoloured objects: without',
  'mc.byObjectsCaption':
    'The same test seeds, composed only from held-out clip-art or only from held-out emoji (percent)',
  'mc.byObjectsColumn': '{source} objects: mean IoU / boundary',
  'mc.sourceClipart': 'clip-art',
  'mc.sourceEmoji': 'emoji',
  'mc.perClassCaption': 'Per-class IoU and boundary accuracy on the test split (percent)',
  'mc.boundaryAcc': 'boundary acc.',
  'mc.fileEntry': '{bytes} bytes, SHA-256 {hash}',
  'mc.noFiles': 'No model files are listed yet.',
  'credits.preview': 'Link-preview images',
  'credits.previewText':
    'The images link previews show ({files}) are ours: the checkerboard figure of the transposed-convolution lesson, drawn by this site and captured by scripts/social-image.ts, with the site’s title. Same licence as the site.',
  socialImageAlt:
    'FCN, explained by running it: the checkerboard pattern of a stride-2 transposed convolution, a heat map from the lesson on upsampling.',
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address. The lessons are listed here.',
  'notFound.lede': 'There is no page at this address: it may have moved, or the link has a typo.',
  'notFound.home': 'Go to the home page',
  'notFound.lessons': 'The lessons',
  'notFound.more': 'Also on this site',
} as const;
