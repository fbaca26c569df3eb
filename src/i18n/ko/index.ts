/** Korean UI strings: the same files and keys as ../en/, translated by meaning (terms as the Korean lessons use them). */
import type { Dictionary } from '../index';
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

export const ko: Dictionary = {
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
};
