/** English UI strings. A new locale adds a file with the same keys; nothing else moves. */
export const en = {
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
  backendLabel: 'tfjs backend',
  backendIdle: 'tfjs not loaded yet',
  needsJs: 'This interactive figure needs JavaScript. The text and formulas around it read without it.',
  showCode: 'Show the code that computes this',
  seedSection: 'Study-note section',
  footer: 'Open source. Every number on these pages is computed by the code on the page.',
  credits: 'Credits',
  about: 'About',
  modelCard: 'Model card',
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
} as const;

export type UiKey = keyof typeof en;
