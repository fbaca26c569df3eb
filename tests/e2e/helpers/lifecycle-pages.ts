// The pages the widget-lifecycle tests remount widgets on, with each widget's tag and what "settled" looks like
// (a part's text in English, and an attribute when the text alone could come from an earlier mount). Used by
// lifecycle.test.ts (English) and lifecycle-ko.test.ts (the same pages under /ko/).

export interface WidgetCase {
  tag: string;
  /** Settled: this part's text matches (the part is emptied before the last re-add, so the new mount must redo it). */
  part: string;
  text: RegExp;
  /** Also wait for this attribute value on the element (when the text alone could come from an earlier mount). */
  attribute?: [string, string];
}

export const PAGES: { path: string; widgets: WidgetCase[] }[] = [
  {
    path: '/transposed-convolution/',
    widgets: [
      { tag: 'scatter-stepper', part: '.status', text: /agrees with the scatter-add/ },
      { tag: 'output-size-explorer', part: '.status', text: /^Input \d+ × \d+ → output/ },
      { tag: 'matrix-view', part: '.status', text: /agree: largest difference/ },
      { tag: 'checkerboard-demo', part: '.status', text: /\) agrees with the scatter-add reference/ },
    ],
  },
  {
    path: '/metrics/',
    widgets: [
      { tag: 'metrics-playground', part: '.status', text: /tfjs \(\w+\) agrees/ },
      { tag: 'evaluate-models', part: '.status', text: /^Ready:/, attribute: ['data-ready', 'true'] },
    ],
  },
  {
    path: '/skip-connections/',
    widgets: [
      { tag: 'segment-image-el', part: '.status', text: / ms(, .*)? on |No model could run/ },
      { tag: 'stage-view-el', part: '.status', text: /largest difference|no skip/ },
      { tag: 'train-skip-el', part: '.status', text: /Press Train/, attribute: ['data-ready', 'true'] },
    ],
  },
  {
    path: '/vgg-backbone/',
    widgets: [
      { tag: 'receptive-field-el', part: '.status', text: /tf\.grad agrees/ },
      { tag: 'vgg-table-el', part: '.status', text: /Measured = predicted/ },
      { tag: 'feature-maps-el', part: '.status', text: /tf\.conv2d on the scene/ },
    ],
  },
  {
    path: '/fc-to-conv/',
    widgets: [
      { tag: 'fc-equals-conv-el', part: '.status', text: /agrees with tf\.matMul/ },
      { tag: 'one-by-one-el', part: '.status', text: /agrees with tf\.matMul/ },
      { tag: 'score-heatmap-el', part: '.status', text: /score_fr is/ },
    ],
  },
  { path: '/pad-100-and-crop/', widgets: [{ tag: 'fcn-tracer', part: '.status', text: /Predicted sizes shown/ }] },
  { path: '/', widgets: [{ tag: 'fcn-teaser-el', part: '.status', text: /labelled test scene/ }] },
  { path: '/about/', widgets: [{ tag: 'backend-check', part: '.status', text: /backends started/ }] },
  { path: '/model-card/', widgets: [{ tag: 'training-curves-el', part: '.status', text: /logged training steps/ }] },
];
