/**
 * <evaluate-models>: runs the shipped FCN-32s, 16s and 8s over N test scenes in this tab (src/tf/evaluate-browser.ts),
 * with a progress bar and a Stop button, and shows the five scores per model, the per-class IoU, the backend,
 * the total time, and the `npm run evaluate` command that reproduces the same numbers in Node.
 */
import type { FcnVariant } from '../../lib/fcn/variants';
import { atom, type Atom } from '../shared/atom';
import { loadTfModule, whenNear } from '../shared/lazy';
import { ensureScenes, pageSceneSource, type SceneSource } from '../shared/scene-source';
import { readQuery, writeQuery } from '../shared/url-state';
import { MODELS } from './columns';
import { clearModel, showResult, summary } from './render';

type EvaluateBrowser = typeof import('../../tf/evaluate-browser');

interface State extends Record<string, number> {
  scenes: number;
  offset: number;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

class EvaluateModels extends HTMLElement {
  private state: Atom<State> | undefined;
  private ops: EvaluateBrowser | undefined;
  private source: SceneSource | undefined;
  private controller: AbortController | undefined;
  private completedRuns = 0;

  private find<T extends HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`evaluate-models lacks ${selector}`);
    return el;
  }

  private get firstSeed(): number {
    return Number(this.dataset.firstSeed ?? 0) + (this.state?.get().offset ?? 0);
  }

  connectedCallback(): void {
    if (this.state) return;
    const prefix = this.dataset.id ?? 'evaluate';
    const defaults: State = { scenes: Number(this.dataset.scenes ?? 20), offset: 0 };
    const state = atom<State>(readQuery(prefix, defaults));
    this.state = state;
    const scenes = this.find<HTMLInputElement>('input[name="scenes"]');
    const offset = this.find<HTMLInputElement>('input[name="offset"]');
    scenes.value = String(state.get().scenes);
    offset.value = String(state.get().offset);
    scenes.addEventListener('input', () => state.set((s) => ({ ...s, scenes: Number(scenes.value) })));
    offset.addEventListener('input', () => state.set((s) => ({ ...s, offset: Number(offset.value) })));
    this.find<HTMLButtonElement>('button.run').addEventListener('click', () => void this.run());
    this.find<HTMLButtonElement>('button.stop').addEventListener('click', () => this.controller?.abort());
    state.subscribe((next) => {
      this.showSettings(next);
      if (!this.problemOf(next)) writeQuery(prefix, next, defaults);
    });
    this.showSettings(state.get());
    void whenNear(this).then(() => this.start());
  }

  private problemOf(state: State): string {
    const max = Number(this.dataset.max ?? 300);
    if (!Number.isInteger(state.scenes) || state.scenes < 1 || state.scenes > max) {
      return `The number of test scenes must be a whole number from 1 to ${max} (the test set has ${max} scenes).`;
    }
    if (!Number.isInteger(state.offset) || state.offset < 0) return 'The number of scenes to skip must be a whole number ≥ 0.';
    return '';
  }

  private showSettings(state: State): void {
    const problem = this.problemOf(state);
    this.showProblem(problem);
    this.find<HTMLButtonElement>('button.run').disabled = Boolean(problem) || this.controller !== undefined;
    if (problem) return;
    this.find<HTMLOutputElement>('output[data-for="first"]').value = String(this.firstSeed);
    if (!this.controller) this.showProgress(0, state.scenes);
  }

  private async start(): Promise<void> {
    this.setStatus('Loading tfjs and the scene generator…');
    try {
      const [ops, source] = await Promise.all([
        loadTfModule(() => import('../../tf/evaluate-browser')),
        pageSceneSource(this.dataset.data ?? '/data', 'test'),
      ]);
      [this.ops, this.source] = [ops, source];
      this.dataset.ready = 'true';
      this.setStatus('Ready: press “Run the evaluation” (the model weights are downloaded on the first run).');
    } catch (error) {
      this.setStatus(`The widget could not start: ${message(error)}`);
    }
  }

  private async run(): Promise<void> {
    const { ops, source, state } = this;
    if (!ops || !source || !state || this.controller) return;
    const settings = state.get();
    if (this.problemOf(settings)) return;
    const controller = new AbortController();
    this.controller = controller;
    this.setRunning(true);
    this.showProblem('');
    const firstSeed = this.firstSeed;
    const size = Number(this.dataset.size ?? 128);
    const store = ops.pageModels(this.dataset.models ?? '/models');
    const generation = store.generation;
    try {
      this.setStatus('Loading the model weights…');
      const entries = await store.load();
      const notes = new Map<FcnVariant, string>();
      const models = [];
      for (const entry of entries) {
        if (entry.state === 'ready') models.push({ variant: entry.variant, weights: entry.weights });
        else notes.set(entry.variant, entry.message);
      }
      for (const [variant] of MODELS) if (notes.has(variant)) clearModel(this, variant, 'no weights');
      const problems = [...notes.values()];
      if (models.length === 0) {
        this.showProblem(`No model could be evaluated. ${problems.join(' ')}`);
        this.setStatus('Nothing was run.');
        return;
      }
      this.showProblem(problems.join(' '));
      this.setStatus(`Running ${models.length} model${models.length === 1 ? '' : 's'} over ${settings.scenes} test scenes…`);
      const result = await ops.evaluateModels({
        models, inputs: source, firstSeed, scenes: settings.scenes, size, signal: controller.signal,
        prepare: (seeds) => ensureScenes(source, seeds, size, size),
        onProgress: (done, total) => this.showProgress(done, total),
      });
      if (store.generation !== generation) {
        this.showProblem('The tfjs backend changed during the run, so its weights were reloaded: run the evaluation again.');
        return;
      }
      if (result.to === result.from) {
        this.setStatus('Stopped before the first scene was scored.');
        return;
      }
      showResult(this, result, notes);
      this.showCommand(result.from, result.to, size);
      this.completedRuns += 1;
      this.dataset.runs = String(this.completedRuns);
      this.setStatus(summary(result));
    } catch (error) {
      const stale = store.generation !== generation;
      this.showProblem(stale
        ? 'The tfjs backend changed during the run, so its weights were reloaded: run the evaluation again.'
        : `The evaluation failed: ${message(error)}`);
      this.setStatus('The evaluation did not finish.');
    } finally {
      this.controller = undefined;
      this.setRunning(false);
    }
  }

  private showCommand(from: number, to: number, size: number): void {
    const p = this.find<HTMLElement>('.command');
    const code = document.createElement('code');
    const sizeFlag = size === 128 ? '' : ` --size ${size}`;
    code.textContent = `npm run evaluate -- --seeds ${from}:${to}${sizeFlag} --json`;
    code.dataset.seeds = `${from}:${to}`;
    p.replaceChildren(code, ' gives the same numbers in Node, to within about 0.001: this tab decodes the sprite images through a canvas, which rounds the colours of semi-transparent object edges slightly differently, and now and then that flips a pixel.');
  }

  private setRunning(running: boolean): void {
    this.find<HTMLButtonElement>('button.stop').disabled = !running;
    this.find<HTMLButtonElement>('button.run').disabled = running || Boolean(this.state && this.problemOf(this.state.get()));
    this.querySelectorAll('table').forEach((t) => t.classList.toggle('busy', running));
    this.setAttribute('aria-busy', String(running));
  }

  private showProgress(done: number, total: number): void {
    const bar = this.find<HTMLProgressElement>('progress');
    bar.max = Math.max(1, total);
    bar.value = done;
    this.find<HTMLOutputElement>('.progress-text').value = `scene ${done} of ${total}`;
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }

  private showProblem(text: string): void {
    this.find<HTMLElement>('.problem').textContent = text;
  }
}

if (!customElements.get('evaluate-models')) customElements.define('evaluate-models', EvaluateModels);
