/**
 * The rows of the tracer's two tables as plain data, so the server (first frame) and the custom element render
 * the same text: one row per layer (operation, predicted size, coordinate map, size tfjs returned) and one per
 * crop (offset, fits, and how far a top-left or centred crop would move the prediction instead).
 */
import type { CropGeometry, FcnLayout } from '../../lib/fcn/geometry';
import { FCN_INPUT, fcnLayerSpecs, type FcnLayerSpec } from '../../lib/fcn/layers';
import { describeShift, predictionShift, type CropRule } from '../../lib/fcn/crop-rules';
import type { LayerRun } from '../../tf/fcn-trace-run';

const num = (v: number): string => String(v).replace('-', '−');

/** The operation in the maths' words, e.g. "conv 3×3, pad 100" or "crop upscore to input". */
export function operationText(spec: FcnLayerSpec): string {
  switch (spec.kind) {
    case 'conv':
      return `conv ${spec.kernelSize}×${spec.kernelSize}, pad ${spec.padding}`;
    case 'pool':
      return `max pool ${spec.kernelSize}×${spec.kernelSize} /${spec.stride}, ${spec.rounding}`;
    case 'deconv':
      return `deconv ${spec.kernelSize}×${spec.kernelSize} /${spec.stride}, pad ${spec.padding}`;
    case 'crop':
      return `crop ${spec.input} to ${spec.reference === FCN_INPUT ? 'input' : spec.reference}${spec.explicit ? '' : ' (implicit)'}`;
    case 'sum':
      return `${spec.inputs[0]} + ${spec.inputs[1]}`;
  }
}

export interface LayerRow {
  name: string;
  kind: FcnLayerSpec['kind'];
  operation: string;
  predicted: string;
  scale: string;
  offset: string;
  /** The predicted layer has no pixels or is a crop that does not fit. */
  fails: boolean;
  /** Size tfjs returned ('' before a run, 'stopped' where it refused), and whether it is the predicted one. */
  actual: string;
  matches?: boolean;
}

export function layerRows(layout: FcnLayout, actual?: readonly LayerRun[]): LayerRow[] {
  const { design, variant, poolRounding } = layout.options;
  return fcnLayerSpecs(design, variant, { poolRounding }).map((spec) => {
    const geometry = layout.layers.find((l) => l.name === spec.name);
    const crop = layout.crops.find((c) => c.name === spec.name);
    const reached = geometry !== undefined && geometry.height > 0 && geometry.width > 0;
    const cropFails =
      crop !== undefined && !crop.fits && layout.layers.some((l) => l.name === crop.input && l.height > 0);
    const fails = (geometry !== undefined && !reached) || cropFails;
    const predicted = reached
      ? `${geometry.height}×${geometry.width}`
      : geometry
        ? 'no pixels'
        : cropFails
          ? 'does not fit'
          : '—';
    const run = actual?.find((l) => l.name === spec.name);
    const shape = run?.shape ? `${run.shape[0]}×${run.shape[1]}` : run?.error ? 'stopped' : '';
    return {
      name: spec.name,
      kind: spec.kind,
      operation: operationText(spec),
      predicted,
      scale: reached ? num(geometry.scale) : '—',
      offset: reached ? num(geometry.offset) : '—',
      fails,
      actual: shape,
      matches: run ? shape === predicted || (run.error !== undefined && fails) : undefined,
    };
  });
}

function shiftText(rule: CropRule, crop: CropGeometry, layout: FcnLayout): string {
  const cut = layout.layers.find((l) => l.name === crop.input);
  const reference =
    crop.reference === FCN_INPUT
      ? { height: layout.options.height, width: layout.options.width }
      : layout.layers.find((l) => l.name === crop.reference);
  if (!cut || !reference || cut.height <= 0 || reference.height <= 0) return '—';
  const shift = (c: number, r: number): number =>
    predictionShift(rule, crop.alignedOffset, { cut: c, reference: r }, cut.scale);
  return describeShift([shift(cut.height, reference.height), shift(cut.width, reference.width)]);
}

/** The crop table's column headings, in order; on a phone each cell shows its heading beside it. */
export const CROP_COLUMNS = [
  'crop',
  'offset',
  'fits?',
  'top-left crop would shift',
  'centred crop would shift',
  'cuts → to the size of',
] as const;

export interface CropRow {
  name: string;
  blobs: string;
  offset: string;
  fits: string;
  failing: boolean;
  topLeft: string;
  centred: string;
}

export function cropRows(layout: FcnLayout): CropRow[] {
  return layout.crops.map((crop) => {
    const reached = layout.layers.some((l) => l.name === crop.input && l.height > 0);
    return {
      name: crop.name,
      blobs: `${crop.input} → ${crop.reference === FCN_INPUT ? 'input' : crop.reference}`,
      offset: num(crop.offset),
      fits: !reached ? 'not reached' : crop.fits ? (crop.exact ? 'fits (same size)' : 'fits') : 'does not fit',
      failing: reached && !crop.fits,
      topLeft: shiftText('top-left', crop, layout),
      centred: shiftText('centred', crop, layout),
    };
  });
}
