/**
 * <stage-view-el>: one class's score maps through an FCN head — score_fr at 1/32, its ×2 upsampling, the 1×1
 * scores of pool4 (and pool3), each crop-and-add, the final upsampling and the final map — drawn as heat maps
 * at their true resolutions on one shared scale, so a 1/32 cell is twice as wide as a 1/16 cell and the cells a
 * crop drops are visible (hatched).
 */
import { heatLegend, stageHeatmap } from '../../figures/heatmap';
import { BACKEND_EVENT } from '../../lib/backend-events';
import { stagePanels } from '../../lib/fcn-stages';
import type { FcnVariant } from '../../tf/fcn/config';
import { atom, type Atom } from '../shared/atom';
import { sceneInput, type FcnInput } from '../shared/fcn-input';
import { loadFcnPipeline, type FcnBrowser, type ModelStore } from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import type { SceneSource } from '../shared/scene-source';
import { readQuery, writeQuery } from '../shared/url-state';
import { cropAddDifference, JOINS } from './stage-check';

interface State extends Record<string, string | number> {
  seed: number;
  size: number;
  variant: string;
  classId: number;
}

const isVariant = (v: string): v is FcnVariant => v === 'fcn32s' || v === 'fcn16s' || v === 'fcn8s';
/** Widest panel, in CSS px: two side by side on a phone, at most 170 px. */
const panelWidth = (available: number): number => Math.max(110, Math.min(170, Math.floor((available - 16) / 2)));

/** The object class covering most pixels of the truth (1 when there is none). */
function dominantClass(truth: Uint8Array | null, classes: number): number {
  const counts = new Array<number>(classes).fill(0);
  for (const c of truth ?? []) if (c > 0 && c < classes) counts[c]++;
  const best = counts.indexOf(Math.max(...counts));
  return best > 0 ? best : 1;
}

class StageView extends HTMLElement {
  private state: Atom<State> | undefined;
  private fcn: FcnBrowser | undefined;
  private store: ModelStore | undefined;
  private source: SceneSource | undefined;
  private runToken = 0;
  /** Why the head shown is not the one asked for (a variant not trained yet), once. */
  private fellBack = '';

  private find<T extends HTMLElement>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`stage-view-el lacks ${selector}`);
    return el;
  }

  connectedCallback(): void {
    if (this.state) return;
    const prefix = this.dataset.id ?? 'stages';
    const defaults: State = { seed: Number(this.dataset.seed), size: Number(this.dataset.size), variant: this.dataset.variant ?? 'fcn8s', classId: 0 };
    const state = atom<State>(readQuery(prefix, defaults));
    this.state = state;
    const controls = ['seed', 'size', 'variant', 'classId'].map((name) => this.find<HTMLSelectElement>(`select[name="${name}"]`));
    const sync = (s: State): void => {
      controls.forEach((select) => { select.value = String(s[select.name]); });
    };
    sync(state.get());
    for (const select of controls) {
      select.addEventListener('change', () => {
        const value = select.name === 'variant' ? select.value : Number(select.value);
        state.set((s) => ({ ...s, [select.name]: value }));
      });
    }
    state.subscribe((next, previous) => {
      sync(next);
      writeQuery(prefix, next, defaults);
      const sceneChanged = next.seed !== previous.seed || next.size !== previous.size;
      void this.render(sceneChanged && next.classId === previous.classId);
    });
    void whenNear(this).then(() => this.start());
  }

  private async start(): Promise<void> {
    this.setStatus('Loading tfjs, the scene generator and the model weights…');
    try {
      const pipeline = await loadFcnPipeline(this.dataset);
      [this.fcn, this.source, this.store] = [pipeline.fcn, pipeline.source, pipeline.store];
      document.addEventListener(BACKEND_EVENT, () => void this.render(false));
      await this.render(this.state?.get().classId === 0);
    } catch (error) {
      this.setStatus(`The stage view could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async render(pickClass: boolean): Promise<void> {
    if (!this.fcn || !this.store || !this.source || !this.state) return;
    const token = ++this.runToken;
    const { seed, size, variant } = this.state.get();
    if (!isVariant(variant)) return this.showProblem(`unknown head ${variant}`);
    const input: FcnInput = await sceneInput(this.source, seed, size);
    if (pickClass) {
      const classId = dominantClass(input.truth, this.source.dataset.classes.length);
      if (classId !== this.state.get().classId) return this.state.set((s) => ({ ...s, classId }));
    }
    const { classId } = this.state.get();
    const generation = this.store.generation;
    const [entry] = await this.store.load([variant]);
    if (entry.state !== 'ready') {
      const fallback = await this.fcn.finestReady(this.store);
      if (fallback.state === 'ready' && !this.fellBack) {
        this.fellBack = entry.message;
        this.state.set((s) => ({ ...s, variant: fallback.variant }));
      } else {
        this.showProblem(entry.message);
      }
      return;
    }
    let maps: Awaited<ReturnType<FcnBrowser['stageMaps']>>;
    try {
      maps = await this.fcn.stageMaps(entry.weights, input.image, variant, classId);
    } catch (error) {
      if (this.store.generation !== generation) return;
      return this.showProblem(error instanceof Error ? error.message : String(error));
    }
    if (token !== this.runToken) return;
    this.showProblem(this.fellBack ? `${this.fellBack} Showing ${this.fcn.VARIANT_LABEL[variant]} instead.` : '');
    this.fellBack = '';
    this.draw(input, variant, classId, maps);
  }

  private draw(input: FcnInput, variant: FcnVariant, classId: number, maps: Awaited<ReturnType<FcnBrowser['stageMaps']>>): void {
    const panels = stagePanels(variant, input.height, input.width);
    const domain = Math.max(1e-6, ...maps.map((m) => m.values.reduce((a, v) => Math.max(a, Math.abs(v)), 0)));
    const scale = panelWidth(this.find<HTMLElement>('.stages').clientWidth) / Math.max(...panels.map((p) => Math.max(p.size[0], p.size[1]) * p.stride));
    const className = this.source?.dataset.classes[classId]?.name ?? `class ${classId}`;
    const items = panels.map((panel, i) => {
      const map = maps[i];
      const figure = document.createElement('figure');
      figure.className = 'stage';
      figure.dataset.stage = panel.name;
      const svg = stageHeatmap({ ...map, stride: panel.stride, kept: panel.kept, image: [input.height, input.width] }, {
        scale, domain, idPrefix: `${this.dataset.id ?? 'stages'}-${panel.name}`, label: `${panel.name}, score of ${className}`,
      });
      const caption = document.createElement('figcaption');
      const cropped = panel.kept[0] < panel.size[0] || panel.kept[1] < panel.size[1];
      const name = document.createElement('strong');
      name.textContent = panel.name;
      caption.append(name, ` ${map.height} × ${map.width}, cell ${panel.stride} px. ${panel.role}.`,
        cropped ? ` The crop keeps ${panel.kept[0]} × ${panel.kept[1]}; hatched cells are dropped.` : '');
      figure.append(svg, caption);
      return figure;
    });
    this.find<HTMLElement>('.stages').replaceChildren(...items);
    this.find<HTMLElement>('.legend-drawing').replaceChildren(heatLegend(domain, `score of ${className}`));
    const byName = new Map(maps.map((m) => [m.name, m]));
    const checks = JOINS.flatMap(([up, skip, sum]) => {
      const [a, b, c] = [byName.get(up), byName.get(skip), byName.get(sum)];
      return a && b && c ? [`${sum} = crop(${up}) + ${skip}: largest difference ${cropAddDifference(a, b, c).toExponential(1)}`] : [];
    });
    this.setStatus(`${input.description}; ${this.fcn?.VARIANT_LABEL[variant] ?? variant}, class ${className}. ${checks.join('; ')}${checks.length ? '.' : 'FCN-32s has no skip: one ×32 step.'}`);
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }

  private showProblem(text: string): void {
    this.find<HTMLElement>('.problem').textContent = text;
  }
}

if (!customElements.get('stage-view-el')) customElements.define('stage-view-el', StageView);
