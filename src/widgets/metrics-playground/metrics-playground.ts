/**
 * <metrics-playground>: paint a ground truth and a prediction, and watch the confusion matrix, the four FCN
 * scores (with their formulas), per-class IoU and the dataset-vs-per-image comparison follow. src/lib/metrics/scores.ts
 * computes; src/tf/metrics-ops.ts recomputes the matrix with tfjs and the status line says whether they agree.
 * Each instance owns its state (an atom); the label maps live in the URL as run-length codes.
 */
import { atom, type Atom } from '../shared/atom';
import { loadTfModule, whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';
import { BACKEND_EVENT } from '../../lib/backend-events';
import { confusionMatrix, segmentationScores, type ConfusionMatrix } from '../../lib/metrics/scores';
import {
  CLASS_NAMES, GRID_SIZE, IGNORE_LABEL, PLAYGROUND_CLASS_COUNT, companionImages, isPresetName, presetPair,
  type CompanionImage, type PresetName,
} from '../../lib/metrics-presets';
import { compareProtocols } from '../../lib/metrics-protocols';
import { drawConfusionMatrix } from '../../figures/confusion-matrix';
import { drawIoUBars } from '../../figures/iou-bars';
import { bindPaintGrid, type PaintGrid } from './paint-grid';
import { decodeLabels, encodeLabels } from './label-codec';
import { renderScorePanel, type TexRenderer } from './score-panel';
import { renderDatasetPanel } from './dataset-panel';
import { tfAgreement } from './tf-agreement';

type Ops = typeof import('../../tf/metrics-ops');
type Which = 'truth' | 'prediction';
interface PlaygroundState { truth: number[]; prediction: number[]; brush: number }

const PIXELS = GRID_SIZE * GRID_SIZE;
const WHICH: readonly Which[] = ['truth', 'prediction'];
const labelName = (label: number): string => (label === IGNORE_LABEL ? 'ignore (255)' : CLASS_NAMES[label]);
const sameLabels = (a: readonly number[], b: readonly number[]): boolean => a.every((v, i) => v === b[i]);

class MetricsPlayground extends HTMLElement {
  private state?: Atom<PlaygroundState>;
  private grids: Partial<Record<Which, PaintGrid>> = {};
  private cleanups: (() => void)[] = [];
  private companions: CompanionImage[] = [];
  private ops?: Ops;
  private renderTex: TexRenderer | null = null;
  private frame = 0;

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`metrics-playground: missing ${selector}`);
    return element;
  }

  connectedCallback(): void {
    if (this.state) return;
    const prefix = this.dataset.id ?? 'metrics';
    const preset: PresetName = isPresetName(this.dataset.preset ?? '') ? (this.dataset.preset as PresetName) : 'shifted';
    const initial = presetPair(preset);
    const defaults = { t: encodeLabels(initial.truth), p: encodeLabels(initial.prediction) };
    const query = readQuery(prefix, defaults);
    const truth = decodeLabels(query.t, PIXELS, PLAYGROUND_CLASS_COUNT) ?? initial.truth;
    const prediction = (decodeLabels(query.p, PIXELS, PLAYGROUND_CLASS_COUNT) ?? initial.prediction)
      .map((p) => (p === IGNORE_LABEL ? 0 : p));
    const checked = this.querySelector<HTMLInputElement>('input[name$="-brush"]:checked');
    this.state = atom<PlaygroundState>({ truth, prediction, brush: checked ? Number(checked.value) : 1 });
    this.companions = companionImages();
    this.bindGrids();
    this.bindControls();
    const state = this.state;
    this.cleanups.push(state.subscribe((s, previous) => {
      if (s.truth !== previous.truth || s.prediction !== previous.prediction) {
        writeQuery(prefix, { t: encodeLabels(s.truth), p: encodeLabels(s.prediction) }, defaults);
        this.schedule();
      }
    }));
    const onBackend = (): void => this.checkTf();
    document.addEventListener(BACKEND_EVENT, onBackend);
    this.cleanups.push(() => document.removeEventListener(BACKEND_EVENT, onBackend));
    this.render();
    void this.startLazy();
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const grid of Object.values(this.grids)) grid?.destroy();
    this.grids = {};
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.state = undefined;
  }

  private bindGrids(): void {
    const state = this.state;
    if (!state) return;
    const cursorLine = this.find('.cursor-line');
    const problem = this.find('.problem');
    for (const which of WHICH) {
      const element = this.find(`.paint-grid[data-grid="${which}"]`);
      this.grids[which] = bindPaintGrid(element, { size: GRID_SIZE, numClasses: PLAYGROUND_CLASS_COUNT, ignoreLabel: IGNORE_LABEL }, {
        paint: (index) => {
          const { brush } = state.get();
          if (which === 'prediction' && brush === IGNORE_LABEL) {
            problem.textContent = 'A prediction always names a class: the ignore label 255 marks truth pixels only. ' +
              'Pick a class (keys 0–3) to paint the prediction.';
            return;
          }
          problem.textContent = '';
          state.set((s) => {
            if (s[which][index] === brush) return s;
            const labels = [...s[which]];
            labels[index] = brush;
            return { ...s, [which]: labels };
          });
          this.describeCell(which, index, cursorLine);
        },
        moved: (index) => this.describeCell(which, index, cursorLine),
        pick: (label) => this.pickBrush(label),
      });
    }
  }

  private describeCell(which: Which, index: number, line: HTMLElement): void {
    const s = this.state?.get();
    if (!s) return;
    const row = Math.floor(index / GRID_SIZE) + 1;
    const col = (index % GRID_SIZE) + 1;
    line.textContent = `${which === 'truth' ? 'Ground truth' : 'Prediction'} grid, row ${row}, column ${col}: ` +
      `truth ${labelName(s.truth[index])}, prediction ${labelName(s.prediction[index])}. Brush: ${labelName(s.brush)}.`;
  }

  private pickBrush(label: number): void {
    const radio = this.querySelector<HTMLInputElement>(`input[name$="-brush"][value="${label}"]`);
    if (radio) radio.checked = true;
    this.state?.set((s) => ({ ...s, brush: label }));
    this.find('.problem').textContent = '';
  }

  private bindControls(): void {
    const state = this.state;
    if (!state) return;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name$="-brush"]')) {
      radio.addEventListener('change', () => { if (radio.checked) this.pickBrush(Number(radio.value)); });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
      button.addEventListener('click', () => {
        const name = button.dataset.preset ?? '';
        if (!isPresetName(name)) return;
        const pair = presetPair(name);
        this.find('.problem').textContent = '';
        state.set((s) => ({ ...s, truth: pair.truth, prediction: pair.prediction }));
      });
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const s = this.state?.get();
    if (!s) return;
    this.grids.truth?.show(s.truth);
    this.grids.prediction?.show(s.prediction);
    const confusion = confusionMatrix(s.truth, s.prediction, PLAYGROUND_CLASS_COUNT);
    renderScorePanel(this.find('.scores'), { confusion, classNames: CLASS_NAMES, pixels: PIXELS, renderTex: this.renderTex });
    const width = Math.max(280, this.find('.results').clientWidth);
    this.find('.matrix-drawing').replaceChildren(drawConfusionMatrix({ confusion, classNames: CLASS_NAMES }, { width }));
    const scores = segmentationScores(confusion);
    this.find('.bars-drawing').replaceChildren(drawIoUBars(
      { perClassIoU: scores.perClassIoU, classNames: CLASS_NAMES, meanIoU: scores.meanIoU },
      { width, colourOf: (c) => `var(--class-${c})` },
    ));
    const images = [{ truth: s.truth, prediction: s.prediction }, ...this.companions.map((c) => c.pair)];
    renderDatasetPanel(this.find('.dataset'), compareProtocols(images, PLAYGROUND_CLASS_COUNT));
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
      const name = button.dataset.preset ?? '';
      const pair = isPresetName(name) ? presetPair(name) : null;
      const active = pair !== null && sameLabels(pair.truth, s.truth) && sameLabels(pair.prediction, s.prediction);
      button.setAttribute('aria-pressed', String(active));
    }
    this.checkTf(confusion);
  }

  private checkTf(confusion?: ConfusionMatrix): void {
    const s = this.state?.get();
    if (!s || !this.ops) return;
    const reference = confusion ?? confusionMatrix(s.truth, s.prediction, PLAYGROUND_CLASS_COUNT);
    tfAgreement(this.find('.status'), this.ops, s, reference, PLAYGROUND_CLASS_COUNT);
  }

  private async startLazy(): Promise<void> {
    await whenNear(this);
    const status = this.find('.status');
    status.textContent = 'Loading tfjs and KaTeX…';
    const katexLoad = import('katex').then(({ default: katex }) => {
      this.renderTex = (tex, element) => katex.render(tex, element, { throwOnError: false, output: 'htmlAndMathml' });
      this.render();
    });
    try {
      this.ops = await loadTfModule(() => import('../../tf/metrics-ops'));
      this.checkTf();
    } catch (error) {
      status.textContent = `tfjs did not start (${String(error)}); the scores come from src/lib/metrics/scores.ts alone.`;
    }
    await katexLoad.catch(() => undefined);
  }
}

if (!customElements.get('metrics-playground')) customElements.define('metrics-playground', MetricsPlayground);
