import { describe, expect, it } from 'vitest';
import { offsetDerivation } from '../../src/widgets/fcn-tracer/derivation';

describe('offsetDerivation(design, variant, from)', () => {
  it('FCN-32s: conv1_1 −99, five pools to −83.5, fc6 12.5, upscore −19, crop 19; 14 identity layers skipped', () => {
    const { rows, identities } = offsetDerivation('caffe', 'fcn32s');
    expect(rows.map((r) => r.name)).toEqual([
      'conv1_1',
      'pool1',
      'pool2',
      'pool3',
      'pool4',
      'pool5',
      'fc6',
      'upscore',
      'score',
    ]);
    expect(rows[0].offset).toMatch(/= -99$/);
    expect(rows[5].offset).toMatch(/= -83\.5$/);
    expect(rows[6].offset).toMatch(/= 12\.5$/);
    expect(rows[7].offset).toMatch(/= -19$/);
    expect(rows[8].offset).toBe('c = \\dfrac{0 - (-19)}{1} = 19');
    expect(identities).toHaveLength(14);
  });

  it('FCN-8s from score_fr: crops 5, 9 and 31', () => {
    const crops = offsetDerivation('caffe', 'fcn8s', 'score_fr').rows.filter((r) => r.offset.startsWith('c ='));
    expect(crops.map((r) => [r.name, r.offset.split('= ').at(-1)])).toEqual([
      ['score_pool4c', '5'],
      ['score_pool3c', '9'],
      ['score', '31'],
    ]);
  });
});
