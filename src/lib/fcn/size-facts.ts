/**
 * Facts about FCN sizes over whole ranges of inputs, computed from the tracer (./geometry.ts) so a lesson can
 * quote them: which square sizes fail, the smallest image fc6 still sees without the 100-pixel border, the
 * smallest conv1_1 padding that lets a 1×1 image through, and how far a centred crop lands from the aligned one.
 */
import { checkConv } from '../conv/arithmetic';
import { checkPool } from '../conv/pool';
import { predictionShift } from './crop-rules';
import { fcnLayout, type FcnLayout } from './geometry';
import { alignedCropOffset, coordMaps, cropOffsets, fcnLayerSpecs, type FcnDesign, type PoolRounding } from './layers';
import { FCN_VARIANTS, type FcnVariant } from './variants';

/** Trace an n×n input. */
export function traceSquare(
  variant: FcnVariant,
  design: FcnDesign,
  size: number,
  poolRounding: PoolRounding = 'ceil',
): FcnLayout {
  return fcnLayout({ variant, design, height: size, width: size, poolRounding });
}

/** Height of a layer in a traced layout (0 when it was never reached). */
export function sizeOf(layout: FcnLayout, name: string): number {
  return layout.layers.find((layer) => layer.name === name)?.height ?? 0;
}

/** Sizes n in 1…maxSize for which an n×n input fails in at least one of FCN-32s/16s/8s. */
export function failingSizes(design: FcnDesign, poolRounding: PoolRounding, maxSize = 1024): number[] {
  const out: number[] = [];
  for (let n = 1; n <= maxSize; n++) {
    if (FCN_VARIANTS.some((variant) => !traceSquare(variant, design, n, poolRounding).ok)) out.push(n);
  }
  return out;
}

/** The smallest n ≤ maxSize for which `layer` of an n×n input in `design` is at least `minimum` pixels. */
export function smallestInputFor(
  design: FcnDesign,
  layer: string,
  minimum: number,
  maxSize = 1024,
): number | undefined {
  for (let n = 1; n <= maxSize; n++) {
    if (sizeOf(traceSquare('fcn32s', design, n), layer) >= minimum) return n;
  }
  return undefined;
}

/**
 * The smallest conv1_1 padding p for which a 1×1 image, through a 3×3 conv with padding p and five 2×2/2 ceil
 * pools (the 3×3 pad-1 convs in between keep sizes), still gives pool5 at least `fc6KernelSize` pixels.
 */
export function smallestBorderForOnePixel(fc6KernelSize: number, maxPadding = 1000): number | undefined {
  for (let p = 0; p <= maxPadding; p++) {
    const conv = checkConv({ size: 1, kernelSize: 3, padding: p });
    if (!conv.ok) continue;
    let size = conv.size;
    for (let pool = 0; pool < 5 && size > 0; pool++) {
      // Caffe keeps a lone pixel as one window (⌈(1 − 2)/2⌉ + 1 = 1); checkPool rejects a window wider than the map.
      const next = checkPool({ size, kernelSize: 2, ceil: true });
      size = next.ok ? next.size : size === 1 ? 1 : 0;
    }
    if (size >= fc6KernelSize) return p;
  }
  return undefined;
}

/** How far a centred crop moves Caffe FCN-32s's prediction for an n×n input (positive = down/right). */
export function centredCropShift(size: number): number {
  const layout = traceSquare('fcn32s', 'caffe', size);
  const offset = cropOffsets('caffe', 'fcn32s').score;
  return predictionShift('centred', offset, { cut: sizeOf(layout, 'upscore'), reference: size });
}

/**
 * The aligned crop offsets of the Caffe design if conv1_1 padded by `border` instead of 100. The border shifts the
 * skip scores and the upsampled maps alike, so only the final crop (against the image) moves with it.
 */
export function cropOffsetsWithBorder(variant: FcnVariant, border: number): Record<string, number> {
  const specs = fcnLayerSpecs('caffe', variant).map((spec) =>
    spec.name === 'conv1_1' && spec.kind === 'conv' ? { ...spec, padding: border } : spec,
  );
  const maps = coordMaps(specs);
  const offsets: Record<string, number> = {};
  for (const spec of specs) {
    if (spec.kind !== 'crop') continue;
    const cut = maps.get(spec.input);
    const reference = maps.get(spec.reference);
    if (cut && reference) offsets[spec.name] = alignedCropOffset(cut, reference);
  }
  return offsets;
}
