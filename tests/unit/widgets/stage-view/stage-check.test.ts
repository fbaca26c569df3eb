import { describe, expect, it } from 'vitest';
import { messagesFor, type Locale } from '../../../../src/i18n';
import { stagePanels } from '../../../../src/lib/fcn/stages';
import { FCN_VARIANTS } from '../../../../src/lib/fcn/variants';
import { cropAddDifference, cropAddJoins } from '../../../../src/widgets/stage-view/stage-check';
import { mapLabel, roleOf, stageCaption } from '../../../../src/widgets/stage-view/words';

describe('cropAddJoins(variant), read from the head described in src/lib/fcn/layers.ts', () => {
  it('FCN-32s has no join, FCN-16s fuse_pool4, FCN-8s fuse_pool4 then fuse_pool3', () => {
    expect(cropAddJoins('fcn32s')).toEqual([]);
    expect(cropAddJoins('fcn16s')).toEqual([{ up: 'upscore2', skip: 'score_pool4', sum: 'fuse_pool4' }]);
    expect(cropAddJoins('fcn8s')).toEqual([
      { up: 'upscore2', skip: 'score_pool4', sum: 'fuse_pool4' },
      { up: 'upscore_pool4', skip: 'score_pool3', sum: 'fuse_pool3' },
    ]);
  });
  it('every map a join names is a panel the stage view draws', () => {
    for (const variant of FCN_VARIANTS) {
      const names = stagePanels(variant, 136, 136).map((p) => p.name);
      for (const join of cropAddJoins(variant))
        expect(names).toEqual(expect.arrayContaining([join.up, join.skip, join.sum]));
    }
  });
});

describe('cropAddDifference(up, skip, sum)', () => {
  const map = (name: string, height: number, width: number, f: (i: number) => number) => ({
    name,
    height,
    width,
    values: Float32Array.from({ length: height * width }, (_, i) => f(i)),
  });
  it('is 0 when sum is the top-left crop of up plus skip, Infinity when the sizes cannot join', () => {
    const up = map('up', 3, 3, (i) => i);
    const skip = map('skip', 2, 2, () => 1);
    const sum = map('sum', 2, 2, (i) => [0, 1, 3, 4][i] + 1);
    expect(cropAddDifference(up, skip, sum)).toBe(0);
    expect(cropAddDifference(skip, up, up)).toBe(Infinity);
  });
});

// Every variant × every input size the widget offers (and a sweep of others) × both views × both languages:
// each panel has a role in words, a caption and a map label with every placeholder filled.
describe.each<Locale>(['en', 'ko'])('stage view words (%s)', (locale) => {
  const m = messagesFor(locale);
  it('every panel of every head at sizes 64…160 gets a role, a caption and a label', () => {
    for (const variant of FCN_VARIANTS) {
      for (let size = 64; size <= 160; size += 4) {
        for (const panel of stagePanels(variant, size, size)) {
          const role = roleOf(m, panel.name);
          expect(role, panel.name).not.toBe(panel.name);
          const texts = [
            role,
            stageCaption(m, panel, panel.size[0], panel.size[1]),
            mapLabel(m, panel, { height: panel.size[0], width: panel.size[1] }, { labelsView: false, className: 'x' }),
            mapLabel(m, panel, { height: panel.size[0], width: panel.size[1] }, { labelsView: true, className: 'x' }),
          ];
          for (const text of texts) expect(text).not.toMatch(/NaN|undefined|\{[a-z]\w*\}/);
        }
      }
    }
  });
});
