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
} as const;

export type UiKey = keyof typeof en;
