/**
 * The rows of the tracer's two tables as plain data, so the server (first frame) and the custom element render
 * the same text: one row per layer (operation, predicted size, coordinate map, size tfjs returned) and one per
 * crop (offset, fits, and how far a top-left or centred crop would move the prediction instead).
 */
import type { Messages } from '../../i18n/client';
import type { CropGeometry, FcnLayout } from '../../lib/fcn/geometry';
import { FCN_INPUT, fcnLayerSpecs, type FcnLayerSpec } from '../../lib/fcn/layers';
import { predictionShift, type CropRule } from '../../lib/fcn/crop-rules';
import type { LayerRun } from '../../tf/fcn-trace-run';
import { num, roundingLabel, shiftWords } from './words';

/** A blob's name, or "input" in the reader's language. */
const blobName = (m: Messages, name: string): string => (name === FCN_INPUT ? m.t('fcnTracer.input') : name);

/** The operation in the maths' words, e.g. "conv 3×3, pad 100" or "crop upscore to input". */
export function operationText(spec: FcnLayerSpec, m: Messages): string {
  switch (spec.kind) {
    case 'conv':
      return m.t('fcnTracer.op.conv', { k: String(spec.kernelSize), p: String(spec.padding) });
    case 'pool':
      return m.t('fcnTracer.op.pool', {
        k: String(spec.kernelSize),
        s: String(spec.stride),
        rounding: roundingLabel(m, spec.rounding),
      });
    case 'deconv':
      return m.t('fcnTracer.op.deconv', {
        k: String(spec.kernelSize),
        s: String(spec.stride),
        p: String(spec.padding),
      });
    case 'crop':
      return m.t(spec.explicit ? 'fcnTracer.op.crop' : 'fcnTracer.op.cropImplicit', {
        input: spec.input,
        reference: blobName(m, spec.reference),
      });
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

export function layerRows(layout: FcnLayout, m: Messages, actual?: readonly LayerRun[]): LayerRow[] {
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
        ? m.t('fcnTracer.cell.noPixels')
        : cropFails
          ? m.t('fcnTracer.cell.doesNotFit')
          : '—';
    const run = actual?.find((l) => l.name === spec.name);
    const shape = run?.shape ? `${run.shape[0]}×${run.shape[1]}` : run?.error ? m.t('fcnTracer.cell.stopped') : '';
    return {
      name: spec.name,
      kind: spec.kind,
      operation: operationText(spec, m),
      predicted,
      scale: reached ? num(geometry.scale) : '—',
      offset: reached ? num(geometry.offset) : '—',
      fails,
      actual: shape,
      matches: run ? shape === predicted || (run.error !== undefined && fails) : undefined,
    };
  });
}

function shiftText(rule: CropRule, crop: CropGeometry, layout: FcnLayout, m: Messages): string {
  const cut = layout.layers.find((l) => l.name === crop.input);
  const reference =
    crop.reference === FCN_INPUT
      ? { height: layout.options.height, width: layout.options.width }
      : layout.layers.find((l) => l.name === crop.reference);
  if (!cut || !reference || cut.height <= 0 || reference.height <= 0) return '—';
  const shift = (c: number, r: number): number =>
    predictionShift(rule, crop.alignedOffset, { cut: c, reference: r }, cut.scale);
  return shiftWords(m, [shift(cut.height, reference.height), shift(cut.width, reference.width)]);
}

/** The crop table's column headings, in order; on a phone each cell shows its heading beside it. */
export const cropColumns = (m: Messages): string[] =>
  (
    [
      'fcnTracer.col.crop',
      'fcnTracer.col.offset',
      'fcnTracer.col.fits',
      'fcnTracer.col.topLeft',
      'fcnTracer.col.centred',
      'fcnTracer.col.blobs',
    ] as const
  ).map((key) => m.t(key));

/** The layer table's column headings, in order. */
export const layerColumns = (m: Messages): string[] =>
  (
    [
      'fcnTracer.col.layer',
      'fcnTracer.col.predicted',
      'fcnTracer.col.actual',
      'fcnTracer.col.scale',
      'fcnTracer.col.mapOffset',
      'fcnTracer.col.operation',
    ] as const
  ).map((key) => m.t(key));

export interface CropRow {
  name: string;
  blobs: string;
  offset: string;
  fits: string;
  failing: boolean;
  topLeft: string;
  centred: string;
}

export function cropRows(layout: FcnLayout, m: Messages): CropRow[] {
  return layout.crops.map((crop) => {
    const reached = layout.layers.some((l) => l.name === crop.input && l.height > 0);
    return {
      name: crop.name,
      blobs: `${crop.input} → ${blobName(m, crop.reference)}`,
      offset: num(crop.offset),
      fits: m.t(
        !reached
          ? 'fcnTracer.cell.notReached'
          : crop.fits
            ? crop.exact
              ? 'fcnTracer.cell.fitsExact'
              : 'fcnTracer.cell.fits'
            : 'fcnTracer.cell.doesNotFit',
      ),
      failing: reached && !crop.fits,
      topLeft: shiftText('top-left', crop, layout, m),
      centred: shiftText('centred', crop, layout, m),
    };
  });
}
