/**
 * <segment-image-el>: runs our FCN-32s, FCN-16s and FCN-8s on a test scene, a new random scene, a photo, or the
 * reader's own image (picker, drop, paste — decoded in the tab, never uploaded), and shows the three
 * predictions side by side with the ground truth, per-image pixel accuracy and mean IoU, times and backend.
 */
import { BACKEND_EVENT } from '../../lib/backend-events';
import type { ClassInfo } from '../../lib/scene/dataset';
import { atom, type Atom } from '../shared/atom';
import { fileInput, InputProblem, sceneInput, urlInput, type FcnInput } from '../shared/fcn-input';
import { runVariants, StaleRun, timingSummary, loadFcnPipeline, type FcnBrowser, type ModelStore, type VariantResult } from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import { randomSeed, type SceneSource } from '../shared/scene-source';
import { readQuery, writeQuery } from '../shared/url-state';
import { drawInputPanels, drawModelPanel, markBusy } from '../shared/fcn-panels';
import { wireImageDrop } from './image-drop';

interface State extends Record<string, string | number> {
  /** 'seed:<n>' (a test scene), 'photo:<id>' or 'file' (the reader's image). */
  image: string;
  size: number;
  opacity: number;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

class SegmentImage extends HTMLElement {
  private state: Atom<State> | undefined;
  private fcn: FcnBrowser | undefined;
  private store: ModelStore | undefined;
  private source: SceneSource | undefined;
  private input: FcnInput | undefined;
  private userImage: FcnInput | undefined;
  private results: VariantResult[] = [];
  private runToken = 0;
  private completedRuns = 0;

  private find<T extends HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`segment-image-el lacks ${selector}`);
    return el;
  }

  private get classes(): readonly ClassInfo[] {
    return this.source?.dataset.classes ?? [];
  }

  connectedCallback(): void {
    if (this.state) return;
    const prefix = this.dataset.id ?? 'segment';
    const defaults: State = { image: `seed:${this.dataset.seed ?? '0'}`, size: Number(this.dataset.size ?? 128), opacity: 60 };
    const initial = readQuery(prefix, defaults);
    if (initial.image === 'file') initial.image = defaults.image;
    const state = atom<State>(initial);
    this.state = state;
    const select = this.find<HTMLSelectElement>('select[name="image"]');
    const size = this.find<HTMLSelectElement>('select[name="size"]');
    const opacity = this.find<HTMLInputElement>('input[name="opacity"]');
    this.ensureOption(initial.image);
    select.value = initial.image;
    size.value = String(initial.size);
    opacity.value = String(initial.opacity);
    this.find<HTMLOutputElement>('output[data-for="opacity"]').value = `${initial.opacity}%`;
    select.addEventListener('change', () => state.set((s) => ({ ...s, image: select.value })));
    size.addEventListener('change', () => state.set((s) => ({ ...s, size: Number(size.value) })));
    opacity.addEventListener('input', () => state.set((s) => ({ ...s, opacity: Number(opacity.value) })));
    this.find<HTMLButtonElement>('button.new-scene').addEventListener('click', () => this.newScene());
    this.find<HTMLButtonElement>('button.rerun').addEventListener('click', () => void this.refresh());
    wireImageDrop(this, this.find<HTMLInputElement>('input[type="file"]'), this.find<HTMLElement>('.drop-zone'), {
      onFile: (file) => void this.takeFile(file),
      onNothing: (reason) => this.showProblem(`Nothing to segment: ${reason}.`),
    });
    state.subscribe((next, previous) => {
      select.value = next.image;
      this.find<HTMLOutputElement>('output[data-for="opacity"]').value = `${next.opacity}%`;
      writeQuery(prefix, next.image === 'file' ? { ...next, image: defaults.image } : next, defaults);
      if (next.image !== previous.image || next.size !== previous.size) void this.refresh();
      else this.redraw();
    });
    void whenNear(this).then(() => this.start());
  }

  private async start(): Promise<void> {
    this.setStatus('Loading tfjs, the scene generator and the model weights…');
    try {
      const pipeline = await loadFcnPipeline(this.dataset);
      [this.fcn, this.source, this.store] = [pipeline.fcn, pipeline.source, pipeline.store];
      pipeline.store.onProgress((p) => this.showProgress(p.loadedBytes, p.totalBytes));
      document.addEventListener(BACKEND_EVENT, () => void this.refresh());
      await this.refresh();
    } catch (error) {
      this.setStatus(`The widget could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private ensureOption(value: string, text?: string): void {
    const select = this.find<HTMLSelectElement>('select[name="image"]');
    if ([...select.options].some((o) => o.value === value)) return;
    const option = new Option(text ?? `scene ${value.slice(5)}`, value);
    select.append(option);
  }

  private newScene(): void {
    if (!this.source || !this.state) return;
    const value = `seed:${randomSeed(this.source)}`;
    this.ensureOption(value, `random scene ${value.slice(5)}`);
    this.state.set((s) => ({ ...s, image: value }));
  }

  private async takeFile(file: File): Promise<void> {
    this.showProblem('');
    try {
      this.userImage = await fileInput(file);
    } catch (error) {
      this.showProblem(error instanceof InputProblem ? `${error.message} The previous image is kept.` : String(error));
      return;
    }
    const select = this.find<HTMLSelectElement>('select[name="image"]');
    select.querySelector('option[value="file"]')?.remove();
    select.append(new Option(`your image: ${file.name}`, 'file'));
    if (this.state?.get().image === 'file') void this.refresh();
    else this.state?.set((s) => ({ ...s, image: 'file' }));
  }

  private async currentInput(): Promise<FcnInput> {
    const { image, size } = this.state?.get() ?? { image: '', size: 128 };
    if (!this.source) throw new InputProblem('the scene generator has not loaded yet');
    if (image === 'file' && this.userImage) return this.userImage;
    if (image.startsWith('photo:')) {
      const option = this.find<HTMLSelectElement>('select[name="image"]').selectedOptions[0];
      return urlInput(option?.dataset.url ?? '', option?.dataset.name ?? image.slice(6));
    }
    const seed = Number(image.slice(5));
    if (!image.startsWith('seed:') || !Number.isSafeInteger(seed)) throw new InputProblem(`unknown image choice ${image}`);
    return sceneInput(this.source, seed, size);
  }

  private async refresh(): Promise<void> {
    if (!this.fcn || !this.store || !this.state) return;
    const token = ++this.runToken;
    markBusy(this, true);
    try {
      const input = await this.currentInput();
      if (token !== this.runToken) return;
      this.input = input;
      drawInputPanels(this, input, this.classes, this.state.get().opacity / 100);
      this.setStatus(`Running the three models on the ${input.description}…`);
      const results = await runVariants(this.fcn, this.store, input);
      this.hideProgress();
      if (token !== this.runToken) return;
      this.results = results;
      this.redraw();
      const problems = results.filter((r) => !r.labels).map((r) => r.message ?? '');
      this.showProblem(problems.join(' '));
      this.find<HTMLElement>('.notes').textContent = input.notes.map((n) => `Note: ${n}.`).join(' ');
      this.completedRuns += 1;
      this.dataset.runs = String(this.completedRuns);
      this.setStatus(`${input.description}. ${timingSummary(results)}`);
    } catch (error) {
      if (error instanceof StaleRun) return;
      this.showProblem(error instanceof Error ? error.message : String(error));
    } finally {
      if (token === this.runToken) markBusy(this, false);
    }
  }

  private redraw(): void {
    if (!this.input || !this.state) return;
    const opacity = this.state.get().opacity / 100;
    drawInputPanels(this, this.input, this.classes, opacity);
    for (const result of this.results) drawModelPanel(this, this.input, result, this.classes, opacity);
  }

  private showProgress(loaded: number, total: number): void {
    const box = this.find<HTMLElement>('.loading');
    const bar = this.find<HTMLProgressElement>('.loading progress');
    box.hidden = total === 0 || loaded >= total;
    bar.max = Math.max(1, total);
    bar.value = loaded;
    this.find<HTMLOutputElement>('.loading output').value = `${mb(loaded)} of ${mb(total)} MB`;
  }

  private hideProgress(): void {
    this.find<HTMLElement>('.loading').hidden = true;
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }

  private showProblem(text: string): void {
    this.find<HTMLElement>('.problem').textContent = text;
  }
}

if (!customElements.get('segment-image-el')) customElements.define('segment-image-el', SegmentImage);
