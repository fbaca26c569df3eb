/**
 * Compare a real tfjs run with the traced prediction and say the result in one sentence: how many layers ran,
 * whether every shape is the predicted one, and whether tfjs stopped where the arithmetic said it would.
 */
import type { Messages } from '../../i18n/client';
import type { FcnLayout } from '../../lib/fcn/geometry';
import type { TraceRun } from '../../tf/fcn-trace-run';

export interface RunReport {
  /** Every computed shape equals the prediction and the run stopped (or not) where predicted. */
  agrees: boolean;
  text: string;
}

const BACKEND_NAMES: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export function runReport(layout: FcnLayout, run: TraceRun, m: Messages): RunReport {
  const reached = layout.layers.filter((l) => l.height > 0 && l.width > 0);
  const computed = run.layers.filter((l) => l.shape);
  const differ = reached.filter((l) => {
    const shape = run.layers.find((r) => r.name === l.name)?.shape;
    return !shape || shape[0] !== l.height || shape[1] !== l.width;
  });
  const stop = run.layers.find((l) => l.error);
  const emptyLayer = layout.layers.find((l) => l.height <= 0 || l.width <= 0)?.name;
  const badCrop = layout.crops.find((c) => !c.fits && reached.some((l) => l.name === c.input))?.name;
  const predictedStop = emptyLayer ?? badCrop;
  const stopsAsPredicted = layout.ok ? stop === undefined : stop !== undefined && predictedStop === stop.name;
  const agrees = differ.length === 0 && computed.length === reached.length && stopsAsPredicted;
  const backend = BACKEND_NAMES[run.backend] ?? run.backend;
  const ms = String(Math.round(run.milliseconds));
  if (!agrees) {
    const text = m.t('fcnTracer.report.disagrees', { backend, count: differ.length });
    const where = stop ? m.t('fcnTracer.report.stoppedAt', { layer: stop.name, error: stop.error ?? '' }) : '';
    return { agrees, text: where ? `${text} ${where}` : text };
  }
  if (!stop) return { agrees, text: m.t('fcnTracer.report.ranAll', { backend, count: computed.length, ms }) };
  return {
    agrees,
    text: m.t('fcnTracer.report.stoppedAsPredicted', {
      backend,
      count: computed.length,
      layer: stop.name,
      error: stop.error ?? '',
      ms,
    }),
  };
}
