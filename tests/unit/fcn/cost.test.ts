import { describe, expect, it } from 'vitest';
import { convMultiplyAdds, transposedConvMultiplyAdds } from '../../../src/lib/conv/cost';
import { backboneLayers, SHIPPED_CONFIG } from '../../../src/lib/fcn/config';
import { fcnMultiplyAdds } from '../../../src/lib/fcn/cost';
import { FCN_VARIANTS } from '../../../src/lib/fcn/variants';

describe('FCN multiply-adds', () => {
  it('counts a transposed conv by its input cells, the same as counting (k/s)² taps per output cell when s divides k', () => {
    const cost = { kernelSize: 16, inChannels: 6, outChannels: 6 };
    const [h, w, s] = [32, 40, 8];
    const perOutput = h * s * (w * s) * (cost.kernelSize / s) ** 2 * cost.inChannels * cost.outChannels;
    expect(transposedConvMultiplyAdds(h, w, cost)).toBe(perOutput);
  });

  it('sums its layers, and the first conv is the full-size 3×3 conv from RGB', () => {
    for (const variant of FCN_VARIANTS) {
      const cost = fcnMultiplyAdds(SHIPPED_CONFIG, variant, 256, 256);
      expect(cost.multiplyAdds).toBe(cost.layers.reduce((sum, l) => sum + l.multiplyAdds, 0));
      const first = backboneLayers(SHIPPED_CONFIG)[0];
      expect(cost.layers[0]).toEqual({
        name: first.name,
        kind: 'conv',
        multiplyAdds: convMultiplyAdds(256, 256, { kernelSize: 3, inChannels: 3, outChannels: first.outChannels }),
      });
    }
  });

  it('has one upsampler per stride step of the head, and the skips add little', () => {
    const counts = FCN_VARIANTS.map((v) => fcnMultiplyAdds(SHIPPED_CONFIG, v, 256, 256));
    expect(counts.map((c) => c.layers.filter((l) => l.kind === 'deconv').length)).toEqual([1, 2, 3]);
    // FCN-16s and 8s add 1×1 scores and small ×2 upsamplings: under 1 % more than FCN-32s.
    for (const c of counts) expect(c.multiplyAdds / counts[0].multiplyAdds).toBeLessThan(1.01);
  });

  it('grows with the pixel count: 512² costs four times 256² (both multiples of 32, so no crop)', () => {
    for (const variant of FCN_VARIANTS) {
      const small = fcnMultiplyAdds(SHIPPED_CONFIG, variant, 256, 256).multiplyAdds;
      expect(fcnMultiplyAdds(SHIPPED_CONFIG, variant, 512, 512).multiplyAdds).toBe(4 * small);
    }
  });

  it('refuses a size the network cannot run', () => {
    expect(() => fcnMultiplyAdds(SHIPPED_CONFIG, 'fcn8s', 0, 0)).toThrow(RangeError);
  });
});
