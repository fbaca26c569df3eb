/**
 * <training-curves-el>: draws the embedded training log (loss, validation mean IoU) with Observable Plot, at the
 * width the figure has, and again when that width changes.
 */
import { trainingCurve, type TrainingLogFile } from '../../figures/training-curves';
import { finder } from '../shared/dom';
import { defineWidget, type Teardown } from '../shared/widget';

function mount(host: HTMLElement): Teardown | void {
  const q = finder(host);
  const [status, lossBox, valBox] = ['.status', '.curve-loss', '.curve-val'].map((s) => q(s));
  let log: TrainingLogFile;
  try {
    log = JSON.parse(q('script.log').textContent ?? 'null') as TrainingLogFile;
    if (!log?.log) throw new Error('the embedded training log is empty');
  } catch (error) {
    status.textContent = `The training log could not be read: ${String(error)}`;
    return;
  }
  let width = 0;
  const draw = (): void => {
    const next = Math.max(280, Math.min(720, Math.floor(host.clientWidth)));
    if (next === width) return;
    width = next;
    lossBox.replaceChildren(trainingCurve(log, { width, metric: 'loss' }));
    valBox.replaceChildren(trainingCurve(log, { width, metric: 'meanIoU' }));
    const stages = [...new Set(log.log.map((e) => e.stage))];
    status.textContent = `${log.log.length} logged training steps and ${log.val.length} validation runs over ${stages.length} stage(s).`;
  };
  const observer = new ResizeObserver(draw);
  observer.observe(host);
  draw();
  return () => observer.disconnect();
}

defineWidget('training-curves-el', mount);
