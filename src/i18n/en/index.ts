/**
 * English UI strings, one file per part of the site: ./shell.ts the header, footer, menus, pages and shared
 * tables; ./<widget>.ts each widget's labels, buttons, captions, step texts, errors and figure text, keys
 * prefixed with the widget's name (so its element embeds only those: src/i18n/client.ts). Every other
 * locale has a folder with the same files and keys (their types and tests/unit/i18n/keys.test.ts check).
 */
import { shell } from './shell';
import { backendCheck } from './backend-check';
import { checkerboard } from './checkerboard';
import { evaluateModels } from './evaluate-models';
import { fcEqualsConv } from './fc-equals-conv';
import { fcnTeaser } from './fcn-teaser';
import { fcnTracer } from './fcn-tracer';
import { featureMaps } from './feature-maps';
import { matrixView } from './matrix-view';
import { metricsPlayground } from './metrics-playground';
import { oneByOne } from './one-by-one';
import { outputSize } from './output-size';
import { receptiveField } from './receptive-field';
import { scatterStepper } from './scatter-stepper';
import { scoreHeatmap } from './score-heatmap';
import { segmentImage } from './segment-image';
import { shared } from './shared';
import { stageView } from './stage-view';
import { trainSkip } from './train-skip';
import { trainingCurves } from './training-curves';
import { vggTable } from './vgg-table';

export const en = {
  ...shell,
  ...backendCheck,
  ...checkerboard,
  ...evaluateModels,
  ...fcEqualsConv,
  ...fcnTeaser,
  ...fcnTracer,
  ...featureMaps,
  ...matrixView,
  ...metricsPlayground,
  ...oneByOne,
  ...outputSize,
  ...receptiveField,
  ...scatterStepper,
  ...scoreHeatmap,
  ...segmentImage,
  ...shared,
  ...stageView,
  ...trainSkip,
  ...trainingCurves,
  ...vggTable,
} as const;

export type UiKey = keyof typeof en;
