/**
 * <fcn-teaser-el>: the home page's live FCN — a generated test scene, our FCN-8s's prediction over it (or the
 * finest of our models that exists yet) and the ground truth, with a "New scene" button.
 */
import { BACKEND_EVENT } from '../../lib/backend-events';
import { drawInputPanels, drawModelPanel } from '../shared/fcn-panels';
import { sceneInput } from '../shared/fcn-input';
import { runVariants, StaleRun, loadFcnPipeline, type FcnBrowser, type ModelStore } from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import { randomSeed, type SceneSource } from '../shared/scene-source';

const OPACITY = 0.65;

class FcnTeaser extends HTMLElement {
  private fcn: FcnBrowser | undefined;
  private store: ModelStore | undefined;
  private source: SceneSource | undefined;
  private seed = 0;
  private runToken = 0;
  private started = false;

  private find<T extends HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`fcn-teaser-el lacks ${selector}`);
    return el;
  }

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.seed = Number(this.dataset.seed);
    this.find<HTMLButtonElement>('button.new-scene').addEventListener('click', () => {
      if (!this.source) return;
      this.seed = randomSeed(this.source);
      void this.run();
    });
    void whenNear(this).then(() => this.start());
  }

  private async start(): Promise<void> {
    this.setStatus('Loading tfjs and the model…');
    try {
      const pipeline = await loadFcnPipeline(this.dataset);
      [this.fcn, this.source, this.store] = [pipeline.fcn, pipeline.source, pipeline.store];
      document.addEventListener(BACKEND_EVENT, () => void this.run());
      await this.run();
    } catch (error) {
      this.setStatus(`The live model could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async run(): Promise<void> {
    if (!this.fcn || !this.store || !this.source) return;
    const token = ++this.runToken;
    const input = await sceneInput(this.source, this.seed, Number(this.dataset.size ?? 128));
    const classes = this.source.dataset.classes;
    drawInputPanels(this, input, classes, OPACITY);
    try {
      const { variant } = await this.fcn.finestReady(this.store);
      const [result] = await runVariants(this.fcn, this.store, input, [variant]);
      if (token !== this.runToken) return;
      this.find<HTMLElement>('.model-name').textContent = result.label;
      const scores = drawModelPanel(this, input, result, classes, OPACITY, 'model');
      const missing = variant === 'fcn8s' ? '' : ' (FCN-8s is not available yet, so the finest model that is runs instead)';
      this.setStatus(result.labels
        ? `${result.label}${missing} labelled test scene ${this.seed} in ${result.milliseconds?.toFixed(0)} ms on ${result.backend}` +
          (scores ? `: ${(100 * scores.pixelAccuracy).toFixed(1)}% of pixels right, mean IoU ${(100 * scores.meanIoU).toFixed(1)}%.` : '.')
        : result.message ?? 'No model is available yet.');
    } catch (error) {
      if (!(error instanceof StaleRun)) this.setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }
}

if (!customElements.get('fcn-teaser-el')) customElements.define('fcn-teaser-el', FcnTeaser);
