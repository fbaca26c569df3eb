/**
 * <training-curves-el>: draws the embedded training log (loss, validation mean IoU) with Observable Plot, at the
 * width the figure has, and again when that width changes.
 */
import { trainingCurve, type TrainingLogFile } from '../../figures/training-curves';

class TrainingCurves extends HTMLElement {
  private observer: ResizeObserver | undefined;

  connectedCallback(): void {
    if (this.observer) return;
    const status = this.querySelector<HTMLElement>('.status');
    let log: TrainingLogFile;
    try {
      log = JSON.parse(this.querySelector('script.log')?.textContent ?? 'null') as TrainingLogFile;
      if (!log?.log) throw new Error('the embedded training log is empty');
    } catch (error) {
      if (status) status.textContent = `The training log could not be read: ${String(error)}`;
      return;
    }
    let width = 0;
    const draw = (): void => {
      const next = Math.max(280, Math.min(720, Math.floor(this.clientWidth)));
      if (next === width) return;
      width = next;
      this.querySelector('.curve-loss')?.replaceChildren(trainingCurve(log, { width, metric: 'loss' }));
      this.querySelector('.curve-val')?.replaceChildren(trainingCurve(log, { width, metric: 'meanIoU' }));
      const stages = [...new Set(log.log.map((e) => e.stage))];
      if (status) status.textContent = `${log.log.length} logged training steps and ${log.val.length} validation runs over ${stages.length} stage(s).`;
    };
    this.observer = new ResizeObserver(draw);
    this.observer.observe(this);
    draw();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

if (!customElements.get('training-curves-el')) customElements.define('training-curves-el', TrainingCurves);
