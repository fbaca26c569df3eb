/**
 * The numbers the home page (content/lessons/<locale>/index.mdx) quotes, computed once so that every locale shows
 * the same ones. Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - the FCN pipeline for a 500×500 image in the reference (Caffe) design: VGG16's five blocks with their pooling
 *   strides, fc6/fc7, the score map's size and stride, and how FCN-32s / 16s / 8s upsample it;
 * - class counts (PASCAL VOC and our scenes) and the shape of a segmentation for an example image;
 * - how our shipped FCN-8s does on the test scenes (public/models/evaluation.json; it changes when the models are
 *   retrained, so the page must read it from here and never type it).
 */
import { fcnLayout } from '../fcn/geometry';
import { fcnLayerSpecs, type FcnLayerSpec } from '../fcn/layers';
import { FCN_VARIANT_LABELS, FCN_VARIANTS, type FcnVariant } from '../fcn/variants';
import { pixelFates } from '../metrics/pixel-fates';
import { vgg16Table } from '../fcn/vgg16-table';
import evaluationJson from '../../../public/models/evaluation.json';

/** PASCAL VOC labels 20 object classes plus background. */
const VOC_OBJECT_CLASSES = 20;
/** The side of the example image the pipeline diagram follows (the size the reference's pad 100 is built for). */
const INPUT = 500;

export interface PipelineBlock {
  /** conv1 … conv5 */
  name: string;
  /** Number of 3×3 convolutions in the block. */
  convs: number;
  /** The pooling that ends the block, e.g. pool3. */
  pool: string;
  /** Image pixels per pixel of the pooled map: 2, 4, 8, 16, 32. */
  stride: number;
}

export interface VariantPath {
  variant: FcnVariant;
  /** How the site writes it: "FCN-8s". */
  label: string;
  /** Strides of the transposed convolutions, in order (FCN-8s: 2, 2, 8). */
  upsampleStrides: number[];
  /** Pools whose scores are added on the way up (FCN-8s: pool4, pool3). */
  skips: string[];
  /** Stride of the finest score map that enters the final upsampling. */
  predictionStride: number;
}

interface ModelScores {
  pixelAccuracy: number;
  meanIoU: number;
  boundaryAccuracy?: number;
  confusion: number[][];
  scenes: number;
}

interface EvaluationFile {
  sceneSize: number[];
  boundaryRadius: number;
  classes: string[];
  models: Partial<Record<FcnVariant, ModelScores>>;
}

const evaluation = evaluationJson as unknown as EvaluationFile;

const variantSpecs = (variant: FcnVariant): FcnLayerSpec[] => fcnLayerSpecs('caffe', variant);

function blocks(): PipelineBlock[] {
  const specs = variantSpecs('fcn32s');
  const layout = fcnLayout({ variant: 'fcn32s', height: INPUT, width: INPUT, design: 'caffe' });
  return specs
    .filter((spec) => spec.kind === 'pool')
    .map((pool) => {
      const b = pool.name.replace('pool', '');
      return {
        name: `conv${b}`,
        convs: specs.filter((spec) => spec.kind === 'conv' && spec.name.startsWith(`conv${b}_`)).length,
        pool: pool.name,
        stride: layout.layers.find((layer) => layer.name === pool.name)?.scale ?? NaN,
      };
    });
}

function variantPath(variant: FcnVariant): VariantPath {
  const specs = variantSpecs(variant);
  const layout = fcnLayout({ variant, height: INPUT, width: INPUT, design: 'caffe' });
  const scale = (name: string): number => layout.layers.find((layer) => layer.name === name)?.scale ?? NaN;
  const deconvs = specs.filter((spec) => spec.kind === 'deconv');
  const last = deconvs[deconvs.length - 1];
  return {
    variant,
    label: FCN_VARIANT_LABELS[variant],
    upsampleStrides: deconvs.map((spec) => spec.stride),
    skips: specs
      .filter((spec) => spec.kind === 'conv' && spec.name.startsWith('score_pool'))
      .map((spec) => spec.name.replace('score_', '')),
    predictionStride: last.kind === 'deconv' ? scale(last.input) : NaN,
  };
}

function convSpec(name: string): { kernelSize: number; outChannels: number } {
  const spec = variantSpecs('fcn32s').find((s) => s.name === name);
  if (!spec || spec.kind !== 'conv' || spec.outChannels === 'classes') throw new Error(`${name} is not a sized conv`);
  return { kernelSize: spec.kernelSize, outChannels: spec.outChannels };
}

function shippedModel() {
  const model = evaluation.models.fcn8s;
  if (!model) return null;
  const fates = pixelFates(model.confusion);
  return {
    scenes: model.scenes,
    sceneSize: evaluation.sceneSize[0],
    pixelAccuracy: model.pixelAccuracy,
    meanIoU: model.meanIoU,
    boundaryAccuracy: model.boundaryAccuracy ?? null,
    boundaryRadius: evaluation.boundaryRadius,
    /** Shares of object pixels: labelled background (missed) / given another object class. */
    missed: fates.missed,
    wrongClass: fates.wrongClass,
  };
}

const fcn8 = fcnLayout({ variant: 'fcn8s', height: INPUT, width: INPUT, design: 'caffe' });
const layerOf = (name: string) => {
  const layer = fcn8.layers.find((l) => l.name === name);
  if (!layer) throw new Error(`no layer ${name}`);
  return layer;
};
const example = { height: 300, width: 400 };

/** VGG16 as an ImageNet classifier: a 224×224 image, flattened pool5 into fc6 (a fixed number of inputs). */
function classifierInput() {
  const side = 224;
  const table = vgg16Table(side, side);
  const pool5 = table.ok ? table.rows.find((row) => row.name === 'pool5')?.shape : undefined;
  if (!pool5) throw new Error('VGG16 has no pool5 for a 224 input');
  return { side, pool5: [...pool5], fc6Inputs: pool5.reduce((a, b) => a * b, 1) };
}

export const facts = {
  input: INPUT,
  blocks: blocks(),
  fc6: convSpec('fc6'),
  fc7: convSpec('fc7'),
  vgg: classifierInput(),
  /** The class-score map before upsampling: its side for the 500 input and its stride. */
  scoreSize: layerOf('score_fr').height,
  scoreStride: layerOf('score_fr').scale,
  /** The label map's side: the input's. */
  outputSize: layerOf('score').height,
  variants: FCN_VARIANTS.map(variantPath),
  vocObjectClasses: VOC_OBJECT_CLASSES,
  vocClasses: VOC_OBJECT_CLASSES + 1,
  /** Our scenes: background plus the object classes of public/data. */
  ourClasses: evaluation.classes.length,
  /** An example photo and the shapes FCN gives it: scores [H, W, C] and labels [H, W]. */
  example: {
    ...example,
    scoreShape: [example.height, example.width, VOC_OBJECT_CLASSES + 1],
    labelShape: [example.height, example.width],
  },
  model: shippedModel(),
};

export type IndexFacts = typeof facts;

/** A fraction as a percentage with `digits` decimals ("88.3%"); the same in every locale we ship. */
export const pct = (value: number, digits = 1): string => `${(value * 100).toFixed(digits)}%`;
