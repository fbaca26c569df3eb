/**
 * <training-curves-el>: draws the embedded training log (loss, validation mean IoU) with Observable Plot, at the
 * width the figure has, and again when that width changes. The build drew the first frame at a guessed width
 * (TrainingCurves.astro); the words come from the page's dictionary (trainingCurves.*).
 */
import { trainingCurve, type TrainingLogFile } from '../../figures/training-curves';
import { messagesOf } from '../../i18n/client';
import { finder } from '../shared/dom';
import { defineWidget, type Teardown } from '../shared/widget';
import { curvesStatus } from './status';

function mount(host: HTMLElement): Teardown | void {
  const q = finder(host);
  const m = messagesOf(host);
  const [status, lossBox, valBox] = ['.status', '.curve-loss', '.curve-val'].map((s) => q(s));
  let log: TrainingLogFile;
  try {
    log = JSON.parse(q('script.log').textContent ?? 'null') as TrainingLogFile;
    if (!log?.log) throw new Error(m.t('trainingCurves.empty'));
  } catch (error) {
    status.textContent = m.t('trainingCurves.unreadable', {
      error: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  let width = 0;
  const draw = (): void => {
    const next = Math.max(280, Math.min(720, Math.floor(host.clientWidth)));
    if (next === width) return;
    width = next;
    lossBox.replaceChildren(trainingCurve(log, { width, metric: 'loss', m }));
    valBox.replaceChildren(trainingCurve(log, { width, metric: 'meanIoU', m }));
    status.textContent = curvesStatus(log, m);
  };
  const observer = new ResizeObserver(draw);
  observer.observe(host);
  draw();
  return () => observer.disconnect();
}

defineWidget('training-curves-el', mount);
