import { describe, expect, it } from 'vitest';
import { convMultiplyAdds, convParameters, formatCount, formatShort } from '../../../src/lib/conv/cost';

describe('cost formats', () => {
  it('writes counts with grouping and multiply-adds with k, M, G in English', () => {
    expect(formatCount(138357544)).toBe('138,357,544');
    expect(formatShort(15470264320)).toBe('15.5 G');
    expect(formatShort(138357544)).toBe('138 M');
    expect(formatShort(1234)).toBe('1.23 k');
    expect(formatShort(12)).toBe('12');
  });

  it('groups by 10⁴ in Korean (만, 억), with plain digits below 10⁴', () => {
    expect(formatShort(15470264320, 'ko')).toBe('155억');
    expect(formatShort(138357544, 'ko')).toBe('1.38억');
    expect(formatShort(54321, 'ko')).toBe('5.43만');
    expect(formatShort(1234, 'ko')).toBe('1,234');
  });
});

describe('conv cost', () => {
  it('counts a 3×3 conv from 64 to 128 channels on a 224² map', () => {
    const conv = { kernelSize: 3, inChannels: 64, outChannels: 128 };
    expect(convParameters(conv)).toBe(3 * 3 * 64 * 128 + 128);
    expect(convParameters({ ...conv, bias: false })).toBe(3 * 3 * 64 * 128);
    expect(convMultiplyAdds(224, 224, conv)).toBe(224 * 224 * 3 * 3 * 64 * 128);
  });
});
