/**
 * Compare a real tfjs run with the traced prediction and say the result in one sentence: how many layers ran,
 * whether every shape is the predicted one, and whether tfjs stopped where the arithmetic said it would.
 */
import type { FcnLayout } from '../../lib/fcn/geometry';
import type { TraceRun } from '../../tf/fcn-trace-run';

export interface RunReport {
  /** Every computed shape equals the prediction and the run stopped (or not) where predicted. */
  agrees: boolean;
  text: string;
}

const BACKEND_NAMES: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export function runReport(layout: FcnLayout, run: TraceRun): RunReport {
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
  const time = `${Math.round(run.milliseconds)} ms`;
  if (!agrees) {
    const where = stop ? ` tfjs stopped at ${stop.name}: ${stop.error ?? ''}.` : '';
    return {
      agrees,
      text: `tfjs (${backend}) disagrees with the prediction on ${differ.length} layer(s); see the table.${where}`,
    };
  }
  if (!stop) {
    return {
      agrees,
      text: `tfjs (${backend}) ran all ${computed.length} layers in ${time}: every actual shape matches the predicted one.`,
    };
  }
  return {
    agrees,
    text: `tfjs (${backend}) computed ${computed.length} layers, each the predicted size, then stopped at ${stop.name} as predicted: ${stop.error ?? ''} (${time}).`,
  };
}
