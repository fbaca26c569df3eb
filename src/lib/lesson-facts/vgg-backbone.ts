/**
 * The numbers the vgg-backbone lesson (content/lessons/<locale>/vgg-backbone.mdx) quotes, computed once so that
 * every locale shows the same ones. Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - receptive fields of 3×3 stacks and what they cost against one large kernel (src/lib/conv/receptive-field.ts);
 * - VGG16 at 224×224 as the classifier it was trained as (fc6 a 7×7 convolution with no padding, fc8 for
 *   ImageNet's 1,000 classes): shapes, parameters, multiply-adds, the fields of pool5 and fc6;
 * - what FCN changes: fc8 dropped for a 21-class score layer, fc6's padding (0 in the reference, 3 in ours);
 * - an odd input size through the ceil-rounding pools;
 * - our shipped network's widths (public/models/fcn8s/model.json) and size against VGG16;
 * - two published counts the lesson quotes (training images), which cannot be computed.
 */
import { conv, pool, receptiveFieldStats, stackVersusSingle, type RfLayer } from '../conv/receptive-field';
import { tableTotal, vgg16Plan, vgg16Table, type Vgg16Options, type Vgg16Row } from '../fcn/vgg16-table';
import shippedModel from '../../../public/models/fcn8s/model.json';

/** The image side VGG16 was trained on. */
const VGG_INPUT = 224;
/** PASCAL VOC labels 20 object classes plus background: FCN's score layer has one output per class. */
const VOC_CLASSES = 21;
/** ImageNet's classes: fc8's outputs. */
const IMAGENET_CLASSES = 1000;
/** The largest side the VGG table widget offers (src/widgets/vgg-table/rows.ts). */
const MAX_SIDE = 512;

const c3: RfLayer = conv(3, { padding: 1 });

function rowsOf(height: number, width: number, options: Vgg16Options): Vgg16Row[] {
  const table = vgg16Table(height, width, options);
  if (!table.ok) throw new Error(table.reason);
  return table.rows;
}

function rowOf(rows: readonly Vgg16Row[], name: string): Vgg16Row {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no layer ${name}`);
  return row;
}

const fieldOf = (layers: readonly RfLayer[]) => receptiveFieldStats(layers).at(-1)!;

/** Receptive fields of one, two and three stacked 3×3 convolutions, and their weights against one big kernel. */
function stacks() {
  const weightsAt = (count: number, channels: number) => stackVersusSingle(Array(count).fill(c3), channels);
  const three = weightsAt(3, 1);
  return {
    fields: [1, 2, 3].map((n) => fieldOf(Array(n).fill(c3)).size),
    /** Per C² (C channels in and out, biases aside). */
    two: weightsAt(2, 1),
    three,
    savingPercent: Math.round((1 - three.stack / three.single) * 100),
    at64: weightsAt(3, 64),
    at256: weightsAt(3, 256),
    at512: weightsAt(3, 512),
  };
}

/** VGG16 at 224×224 as trained: fc6 without padding answers once; fc8 has ImageNet's 1,000 outputs. */
function vgg16() {
  const rows = rowsOf(VGG_INPUT, VGG_INPUT, { fc6Padding: 0, classes: IMAGENET_CLASSES });
  const convs = rows.filter((r) => r.name.startsWith('conv'));
  const total = tableTotal(rows, 'parameters');
  const fc6 = rowOf(rows, 'fc6');
  const pool5 = rowOf(rows, 'pool5');
  const poolShapes = [1, 2, 3, 4, 5].map((b) => rowOf(rows, `pool${b}`).shape);
  return {
    input: VGG_INPUT,
    blocks: [1, 2, 3, 4, 5].map((b) => {
      const inBlock = convs.filter((r) => r.name.startsWith(`conv${b}_`));
      return { convs: inBlock.length, width: inBlock[0].shape[2], pooled: poolShapes[b - 1] };
    }),
    convCount: convs.length,
    total,
    convParameters: tableTotal(convs, 'parameters'),
    convMultiplyAdds: tableTotal(convs, 'multiplyAdds'),
    allMultiplyAdds: tableTotal(rows, 'multiplyAdds'),
    conv1_1: rowOf(rows, 'conv1_1').parameters,
    conv2_1: rowOf(rows, 'conv2_1').parameters,
    pool5: { shape: pool5.shape, field: pool5.receptiveField, jump: pool5.stride },
    fc6: {
      shape: fc6.shape,
      parameters: fc6.parameters,
      multiplyAdds: fc6.multiplyAdds,
      sharePercent: Math.round((fc6.parameters / total) * 100),
      /** Numbers of pool5 one fc6 output combines: 7·7·512. */
      inputs: pool5.shape[0] * pool5.shape[1] * pool5.shape[2],
      /** Input pixels one fc6 cell (and so one class score) depends on, by r_l = r_{l−1} + (k − 1)·j_{l−1}. */
      field: fieldOf(
        vgg16Plan({ fc6Padding: 0 })
          .slice(0, -2)
          .map((p) => p.layer),
      ).size,
    },
    fc8: { outputs: IMAGENET_CLASSES, parameters: rowOf(rows, 'fc8').parameters },
  };
}

/** What FCN changes at the top: fc8 out, a zero-initialised 21-class score layer in; fc6's padding. */
function fcn() {
  const rows = rowsOf(VGG_INPUT, VGG_INPUT, { fc6Padding: 0, classes: VOC_CLASSES });
  const padded = rowsOf(VGG_INPUT, VGG_INPUT, { fc6Padding: 3 });
  const sides = Array.from({ length: MAX_SIDE }, (_, i) => i + 1);
  return {
    classes: VOC_CLASSES,
    scoreParameters: rowOf(rows, 'fc8').parameters,
    total: tableTotal(rows, 'parameters'),
    /** fc6 at 224×224: no padding (VGG16, the reference FCN) against padding 3 (our network). */
    fc6Unpadded: { shape: rowOf(rows, 'fc6').shape, multiplyAdds: rowOf(rows, 'fc6').multiplyAdds },
    fc6Padded: { shape: rowOf(padded, 'fc6').shape, multiplyAdds: rowOf(padded, 'fc6').multiplyAdds },
    /** The smallest square side whose pool5 still holds fc6's 7×7 kernel when fc6 is not padded. */
    smallestUnpadded: sides.find((s) => vgg16Table(s, s, { fc6Padding: 0 }).ok) ?? Number.NaN,
  };
}

/** An odd size through the pools, which round up (Caffe's rule, which FCN and our network use). */
function odd() {
  const [height, width] = [225, 97];
  const rows = rowsOf(height, width, { fc6Padding: 3 });
  const chain = (axis: 0 | 1) =>
    ['input', 'pool1', 'pool2', 'pool3', 'pool4', 'pool5'].map((n) => rowOf(rows, n).shape[axis]);
  return { height, width, heights: chain(0), widths: chain(1), pool5: rowOf(rows, 'pool5').shape };
}

/** Our shipped network: VGG16's layout at a fraction of its width, from the exported model's own config. */
function ours() {
  const { blockWidths, fcWidth, numClasses } = shippedModel.config;
  const side = 128;
  const rows = rowsOf(side, side, { blockWidths, fcWidth, classes: numClasses, fc6Padding: 3 });
  const total = tableTotal(rows, 'parameters');
  return {
    blockWidths: [...blockWidths],
    fcWidth,
    classes: numClasses,
    total,
    /** Percent of VGG16's parameters (two decimals). */
    sharePercent: Number(((100 * total) / vgg16().total).toFixed(2)),
  };
}

/** The check-yourself stack in the receptive-field explorer: its default three 3×3 convs, then a 2×2 pool and a 3×3. */
function quiz() {
  const layers = [c3, c3, c3, pool(2), c3];
  const stats = receptiveFieldStats(layers).slice(1);
  return { fields: stats.map((s) => s.size), jumps: stats.map((s) => s.jump) };
}

/**
 * Published counts the lesson quotes (Long, Shelhamer & Darrell, arXiv 1411.4038, §4.3 "More Training Data"):
 * the PASCAL VOC 2011 segmentation training set, and the larger set labelled by Hariharan et al. (SBD) that the
 * skip nets of the paper's Table 2 were trained on.
 */
const paper = { voc2011TrainImages: 1112, sbdTrainImages: 8498 };

export const facts = {
  stacks: stacks(),
  vgg16: vgg16(),
  fcn: fcn(),
  odd: odd(),
  ours: ours(),
  quiz: quiz(),
  paper,
};

export type VggBackboneFacts = typeof facts;
