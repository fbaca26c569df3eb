// The vgg-backbone lesson's facts, checked by other routes: receptive fields and weights by hand-written loops,
// VGG16's parameters and multiply-adds summed layer by layer from its published configuration (VGG paper, Table 1
// column D; "138 M" in its Table 2), fc6's field against the FCN paper's Table 1 (rf size 404, 134 M parameters),
// and our network's size from the weight shapes in the exported model.json.
import { describe, expect, it } from 'vitest';
import { facts } from '../../../src/lib/lesson-facts/vgg-backbone';
import fcn32s from '../../../public/models/fcn32s/model.json';

/** VGG16 configuration D, written out: the output channels of the 13 convolutions, block by block. */
const D = [
  [64, 64],
  [128, 128],
  [256, 256, 256],
  [512, 512, 512],
  [512, 512, 512],
];

/** Receptive field and jump after a list of (kernel, stride) windows: r += (k − 1)·j, then j *= s. */
function field(windows: [number, number][]): { r: number; j: number } {
  let r = 1;
  let j = 1;
  for (const [k, s] of windows) {
    r += (k - 1) * j;
    j *= s;
  }
  return { r, j };
}

const vggWindows: [number, number][] = D.flatMap((block) => [
  ...block.map((): [number, number] => [3, 1]),
  [2, 2] as [number, number],
]);

describe('vgg-backbone lesson facts', () => {
  it('stacked 3×3 convolutions see 3, 5, 7 pixels; three cost 27·C² against 49·C² for one 7×7 (45 % fewer)', () => {
    expect(facts.stacks.fields).toEqual([1, 2, 3].map((n) => 2 * n + 1));
    expect(facts.stacks.two).toMatchObject({ stack: 2 * 9, single: 25 });
    expect(facts.stacks.three).toMatchObject({ stack: 3 * 9, single: 49 });
    expect(facts.stacks.savingPercent).toBe(Math.round((100 * (49 - 27)) / 49));
    for (const [key, c] of [
      ['at64', 64],
      ['at256', 256],
      ['at512', 512],
    ] as const) {
      expect(facts.stacks[key]).toMatchObject({ stack: 27 * c * c, single: 49 * c * c });
    }
  });

  it('VGG16 has 13 convolutions and 138,357,544 parameters, 102,764,544 of them (74 %) in fc6', () => {
    let inChannels = 3;
    let convParams = 0;
    for (const out of D.flat()) {
      convParams += 3 * 3 * inChannels * out + out;
      inChannels = out;
    }
    const fc6 = 7 * 7 * 512 * 4096 + 4096;
    const total = convParams + fc6 + (4096 * 4096 + 4096) + (4096 * 1000 + 1000);
    expect(facts.vgg16.convCount).toBe(D.flat().length);
    expect(facts.vgg16.convParameters).toBe(convParams);
    expect(facts.vgg16.total).toBe(total);
    expect(Math.round(facts.vgg16.total / 1e6)).toBe(138);
    expect(facts.vgg16.fc6).toMatchObject({ parameters: fc6, inputs: 25_088, shape: [1, 1, 4096], sharePercent: 74 });
    expect(facts.vgg16.conv1_1).toBe(3 * 3 * 3 * 64 + 64);
    expect(facts.vgg16.conv2_1).toBe(3 * 3 * 64 * 128 + 128);
    expect(facts.vgg16.fc8).toEqual({ outputs: 1000, parameters: 4096 * 1000 + 1000 });
  });

  it('the convolutions do nearly all the multiply-adds at 224×224 (maps of 224, 112, 56, 28, 14)', () => {
    let side = 224;
    let inChannels = 3;
    let macs = 0;
    for (const block of D) {
      for (const out of block) {
        macs += side * side * 9 * inChannels * out;
        inChannels = out;
      }
      side /= 2;
    }
    expect(facts.vgg16.convMultiplyAdds).toBe(macs);
    const fcMacs = 25_088 * 4096 + 4096 * 4096 + 4096 * 1000;
    expect(facts.vgg16.allMultiplyAdds).toBe(macs + fcMacs);
    expect(facts.vgg16.blocks.map((b) => b.pooled)).toEqual([112, 56, 28, 14, 7].map((s, i) => [s, s, D[i][0]]));
  });

  it('pool5 sees 212 pixels at jump 32; an fc6 cell sees 404, the FCN paper\'s "rf size" for FCN-VGG16', () => {
    const { r, j } = field(vggWindows);
    expect(facts.vgg16.pool5).toEqual({ shape: [7, 7, 512], field: r, jump: j });
    expect([r, j]).toEqual([212, 32]);
    expect(facts.vgg16.fc6.field).toBe(field([...vggWindows, [7, 1]]).r);
    expect(facts.vgg16.fc6.field).toBe(404);
  });

  it("FCN drops fc8 for a 21-class score layer: about 134 M parameters, as the paper's Table 1 says", () => {
    expect(facts.fcn.scoreParameters).toBe(4096 * 21 + 21);
    expect(facts.fcn.total).toBe(facts.vgg16.total - (4096 * 1000 + 1000) + (4096 * 21 + 21));
    expect(Math.round(facts.fcn.total / 1e6)).toBe(134);
  });

  it('unpadded fc6 answers 1×1 at 224 and needs a side over 6·32 = 192; padded by 3 it answers 7×7', () => {
    expect(facts.fcn.fc6Unpadded.shape).toEqual([1, 1, 4096]);
    expect(facts.fcn.fc6Padded.shape).toEqual([7, 7, 4096]);
    expect(facts.fcn.fc6Padded.multiplyAdds).toBe(49 * facts.fcn.fc6Unpadded.multiplyAdds);
    // pool5 = ⌈s / 32⌉ with ceil pools; it must be at least 7.
    expect(facts.fcn.smallestUnpadded).toBe(6 * 32 + 1);
    expect(Math.ceil((facts.fcn.smallestUnpadded - 1) / 32)).toBe(6);
  });

  it('225 × 97 halves, rounding up, to 8 × 4 at pool5', () => {
    const halve = (s: number) => [0, 1, 2, 3, 4].reduce((acc) => [...acc, Math.ceil(acc[acc.length - 1] / 2)], [s]);
    expect(facts.odd.heights).toEqual(halve(225));
    expect(facts.odd.widths).toEqual(halve(97));
    expect(facts.odd.pool5).toEqual([8, 4, 512]);
  });

  it("our network's parameters equal the sum over its exported weight shapes (without the fixed upsampler)", () => {
    const learned = fcn32s.weightsManifest[0].weights.filter((w) => !w.name.startsWith('upscore'));
    const count = learned.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
    expect(facts.ours.total).toBe(count);
    expect(facts.ours.blockWidths).toEqual(fcn32s.config.blockWidths);
    expect(facts.ours.sharePercent).toBeCloseTo((100 * count) / 138_357_544, 2);
  });

  it('three 3×3 convs, a 2×2 pool, a 3×3: fields 3, 5, 7, 8, 12 with jumps 1, 1, 1, 2, 2', () => {
    const steps: [number, number][] = [
      [3, 1],
      [3, 1],
      [3, 1],
      [2, 2],
      [3, 1],
    ];
    const each = steps.map((_, i) => field(steps.slice(0, i + 1)));
    expect(facts.quiz.fields).toEqual(each.map((f) => f.r));
    expect(facts.quiz.jumps).toEqual(each.map((f) => f.j));
    expect(facts.quiz.fields).toEqual([3, 5, 7, 8, 12]);
  });

  it("quotes the FCN paper's training-set sizes: VOC2011 train 1,112 images, SBD 8,498", () => {
    expect(facts.paper).toEqual({ voc2011TrainImages: 1112, sbdTrainImages: 8498 });
  });
});
