/**
 * Three ways to cut a bigger score map down to a reference size, and how far each moves the prediction.
 *
 * - 'aligned': start at the offset the coordinate maps give (Caffe's crop layer); the kept pixel i sits exactly on
 *   reference pixel i.
 * - 'top-left': keep `[:H, :W]` (offset 0), what simple ports do.
 * - 'centred': take the middle, offset ⌊(cut − reference)/2⌋ on each axis (a centre crop as in image libraries).
 *
 * If the kept window starts at offset c but alignment needs c*, kept pixel i shows what belongs at reference
 * pixel i + (c − c*); on the picture the prediction appears moved by (c* − c)·scale input pixels, down/right when
 * positive. Crops align blobs of equal scale, so `scale` is the cut blob's (1 for the final crop).
 */
export type CropRule = 'aligned' | 'top-left' | 'centred';

export interface CropAxis {
  /** Size of the blob being cut and of the reference, along one axis. */
  cut: number;
  reference: number;
}

/** Offset (in the cut blob's pixels) where `rule` starts its window on one axis. */
export function cropRuleOffset(rule: CropRule, alignedOffset: number, { cut, reference }: CropAxis): number {
  if (rule === 'aligned') return alignedOffset;
  if (rule === 'top-left') return 0;
  return Math.floor((cut - reference) / 2);
}

/** Input pixels by which `rule` moves the prediction on one axis: (c* − c)·scale, positive = down/right. */
export function predictionShift(rule: CropRule, alignedOffset: number, axis: CropAxis, scale = 1): number {
  return (alignedOffset - cropRuleOffset(rule, alignedOffset, axis)) * scale;
}
