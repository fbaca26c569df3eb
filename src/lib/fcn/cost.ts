/**
 * What one forward pass of an FCN costs in multiply-adds at a given input size: the 'ours' layer graph
 * (./layers.ts) traced by ./geometry.ts for the sizes, the weight shapes of ./weight-specs.ts for the channels,
 * and the per-layer counts of src/lib/conv/cost.ts. Pools, crops and sums are comparisons and additions, not
 * multiply-adds: they count 0. FLOPs are twice the multiply-adds (a multiply and an add each).
 */
import { convMultiplyAdds, transposedConvMultiplyAdds } from '../conv/cost';
import type { FcnConfig } from './config';
import { fcnLayerSpecs } from './layers';
import { oursLayout } from './stages';
import type { FcnVariant } from './variants';
import { weightSpecs } from './weight-specs';

export interface LayerCost {
  name: string;
  kind: 'conv' | 'deconv';
  multiplyAdds: number;
}

export interface FcnCost {
  layers: LayerCost[];
  multiplyAdds: number;
}

/** Multiply-adds of `variant` with `config`'s widths on a height × width input, per conv / transposed conv. */
export function fcnMultiplyAdds(config: FcnConfig, variant: FcnVariant, height: number, width: number): FcnCost {
  const layout = oursLayout(variant, height, width);
  if (!layout.ok) throw new RangeError(`FCN cannot run on ${height}×${width}: ${layout.failure ?? ''}`);
  const sizes = new Map(layout.layers.map((l) => [l.name, l]));
  sizes.set('data', { name: 'data', kind: 'conv', height, width, scale: 1, offset: 0 });
  const kernels = new Map(weightSpecs(config, variant).map((w) => [w.name, w.shape]));
  const layers: LayerCost[] = [];
  for (const spec of fcnLayerSpecs('ours', variant)) {
    if (spec.kind !== 'conv' && spec.kind !== 'deconv') continue;
    const shape = kernels.get(`${spec.name}/kernel`);
    const size = sizes.get(spec.kind === 'conv' ? spec.name : spec.input);
    if (!shape || !size) throw new Error(`no kernel or size for ${spec.name}`);
    // Kernels: conv [k, k, in, out]; transposed conv [k, k, out, in].
    const [k, , a, b] = shape;
    const multiplyAdds =
      spec.kind === 'conv'
        ? convMultiplyAdds(size.height, size.width, { kernelSize: k, inChannels: a, outChannels: b })
        : transposedConvMultiplyAdds(size.height, size.width, { kernelSize: k, inChannels: b, outChannels: a });
    layers.push({ name: spec.name, kind: spec.kind, multiplyAdds });
  }
  return { layers, multiplyAdds: layers.reduce((sum, l) => sum + l.multiplyAdds, 0) };
}
