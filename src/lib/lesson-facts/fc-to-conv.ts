/**
 * The numbers the fc-to-conv lesson (content/lessons/<locale>/fc-to-conv.mdx) quotes, computed once so that every
 * locale shows the same ones. Numbers and small data only: no sentences, no DOM, no tfjs.
 *
 * - VGG16's classifier: fc6 over the 7×7×512 pool5 map, its weight matrix (4096 outputs × 25,088 inputs) and the
 *   same numbers as a 7×7 convolution; fc7 and the score layer as 1×1 convolutions;
 * - where the weights sit in memory: Caffe/PyTorch (channels first) and TensorFlow/Keras/tfjs (channels last),
 *   and the axis order that turns one into the other;
 * - VGG16 with fc6 as an unpadded 7×7 convolution on larger images: the map of answers, its spacing (the jump)
 *   and the receptive field of one answer (src/lib/conv/receptive-field.ts through src/lib/fcn/vgg16-table.ts);
 * - the score heat map of our shipped network, whose fc6 is padded by 3;
 * - check-yourself answers.
 */
import { checkConv } from '../conv/arithmetic';
import { convMultiplyAdds, convParameters, denseParameters } from '../conv/cost';
import { receptiveFieldStats } from '../conv/receptive-field';
import { vgg16Plan, vgg16Table, type Vgg16Options, type Vgg16Row } from '../fcn/vgg16-table';
import shippedModel from '../../../public/models/fcn8s/model.json';

/** VGG16's pool5 map and fc6/fc7 width. */
const POOL5: readonly [number, number, number] = [7, 7, 512];
const FC_WIDTH = 4096;
/** PASCAL VOC labels 20 object classes plus background. */
const VOC_CLASSES = 21;
/** Image sides the lesson follows through the convolutionalised classifier. */
const SIDES = [224, 384, 500] as const;
/** Side of the test scene the score heat map runs on (ScoreHeatmap.astro's default `size`). */
const HEATMAP_SCENE = 160;
/** The largest side searched for the smallest input an unpadded fc6 accepts. */
const MAX_SIDE = 512;
/** The reference's dropout after fc6 and fc7 (voc-fcn32s/net.py: drop6, drop7, dropout_ratio 0.5). */
const DROPOUT_RATIO = 0.5;

function rowsOf(side: number, options: Vgg16Options): Vgg16Row[] {
  const table = vgg16Table(side, side, options);
  if (!table.ok) throw new Error(table.reason);
  return table.rows;
}

const sideOf = (rows: readonly Vgg16Row[], name: string): number => {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no layer ${name}`);
  return row.shape[0];
};

/** fc6, fc7 and the score layer, as dense layers and as convolutions. */
function classifier() {
  const [h, w, c] = POOL5;
  const inputs = h * w * c;
  return {
    pool5: [...POOL5],
    inputs,
    outputs: FC_WIDTH,
    fc6Dense: denseParameters(inputs, FC_WIDTH),
    fc6Conv: convParameters({ kernelSize: h, inChannels: c, outChannels: FC_WIDTH }),
    fc7Conv: convParameters({ kernelSize: 1, inChannels: FC_WIDTH, outChannels: FC_WIDTH }),
    dropoutRatio: DROPOUT_RATIO,
  };
}

/**
 * fc6's weights in the two memory layouts. Caffe and PyTorch store a dense layer as [outputs, inputs] and a
 * convolution as [out, in, kh, kw], and flatten a map channel by channel (c, y, x): the dense matrix read
 * flat IS the kernel, so a flat copy converts it. TensorFlow, Keras and tfjs store a dense kernel as
 * [inputs, outputs] and a convolution as [kh, kw, in, out], and flatten a channels-last map position by
 * position (y, x, c): again a plain reshape. Across the two families the kernel's axes must be permuted.
 */
function layouts() {
  const [h, w, c] = POOL5;
  return {
    channelsFirst: { dense: [FC_WIDTH, h * w * c], conv: [FC_WIDTH, c, h, w] },
    channelsLast: { dense: [h * w * c, FC_WIDTH], conv: [h, w, c, FC_WIDTH] },
    /** Axes of [out, in, kh, kw] in the order [kh, kw, in, out] (numpy's transpose / tf.transpose perm). */
    firstToLast: [2, 3, 1, 0],
  };
}

/** VGG16 with an unpadded 7×7 fc6 and no other padding tricks, on larger images. */
function answers() {
  const plan = vgg16Plan({ fc6Padding: 0 });
  const fc6 = plan.findIndex((p) => p.name === 'fc6');
  const stats = receptiveFieldStats(plan.slice(0, fc6 + 1).map((p) => p.layer)).at(-1)!;
  const sides = Array.from({ length: MAX_SIDE }, (_, i) => i + 1);
  return {
    sides: SIDES.map((side) => {
      const rows = rowsOf(side, { fc6Padding: 0, classes: VOC_CLASSES });
      return { side, pool5: sideOf(rows, 'pool5'), answers: sideOf(rows, 'fc8') };
    }),
    /** Input pixels one answer depends on, and the pixels between neighbouring answers. */
    field: stats.size,
    jump: stats.jump,
    smallestSide: sides.find((s) => vgg16Table(s, s, { fc6Padding: 0 }).ok) ?? Number.NaN,
  };
}

/** The score layer (1×1, 4096 → 21) on maps of different sizes: parameters fixed, work grows. */
function scoreLayer(answerSides: readonly { answers: number }[]) {
  const cost = { kernelSize: 1, inChannels: FC_WIDTH, outChannels: VOC_CLASSES };
  const [small, large] = [answerSides[0].answers, answerSides[answerSides.length - 1].answers];
  return {
    classes: VOC_CLASSES,
    parameters: convParameters(cost),
    small: { side: small, multiplyAdds: convMultiplyAdds(small, small, cost) },
    large: { side: large, multiplyAdds: convMultiplyAdds(large, large, cost) },
  };
}

/** Our shipped network on the heat map's scene: fc6 padded by 3, so the score map keeps pool5's size. */
function heatmap() {
  const { blockWidths, fcWidth, numClasses } = shippedModel.config;
  const rows = rowsOf(HEATMAP_SCENE, { blockWidths, fcWidth, classes: numClasses, fc6Padding: 3 });
  return {
    scene: HEATMAP_SCENE,
    scoreSide: sideOf(rows, 'fc8'),
    classes: numClasses,
    stride: HEATMAP_SCENE / sideOf(rows, 'fc8'),
  };
}

/** Any convolution runs on any input at least as large as its kernel; smaller inputs give no output. */
function kernelFits() {
  const out = (size: number, kernelSize: number) => {
    const check = checkConv({ size, kernelSize });
    return check.ok ? check.size : 0;
  };
  return { oneByOneOnOne: out(1, 1), threeOnTwo: out(2, 3), threeOnThree: out(3, 3), sevenOnSix: out(6, 7) };
}

function quiz() {
  /** The FC = conv widget's question: a map of h × w, an input of H′ × W′. */
  const widget = { h: 4, w: 3, H: 9, W: 7 };
  const oneByOne = { kernelSize: 1, inChannels: 256, outChannels: 64 };
  const dense = { h: 5, w: 5, c: 16, outputs: 10 };
  const wide = { h: 9, w: 12 };
  return {
    widget: {
      ...widget,
      answers: [
        checkConv({ size: widget.H, kernelSize: widget.h }),
        checkConv({ size: widget.W, kernelSize: widget.w }),
      ].map((c) => (c.ok ? c.size : 0)),
    },
    oneByOne: {
      ...oneByOne,
      parameters: convParameters(oneByOne),
      small: { h: 10, w: 10, multiplyAdds: convMultiplyAdds(10, 10, oneByOne) },
      large: { h: 300, w: 200, multiplyAdds: convMultiplyAdds(300, 200, oneByOne) },
    },
    dense: { ...dense, parameters: denseParameters(dense.h * dense.w * dense.c, dense.outputs) },
    wide: {
      ...wide,
      answers: [checkConv({ size: wide.h, kernelSize: dense.h }), checkConv({ size: wide.w, kernelSize: dense.w })].map(
        (c) => (c.ok ? c.size : 0),
      ),
    },
  };
}

const answerMap = answers();

export const facts = {
  classifier: classifier(),
  layouts: layouts(),
  answers: answerMap,
  scoreLayer: scoreLayer(answerMap.sides),
  heatmap: heatmap(),
  kernelFits: kernelFits(),
  quiz: quiz(),
};

export type FcToConvFacts = typeof facts;
