/**
 * <stage-view-el>: one class's score maps through an FCN head — score_fr at 1/32, its ×2 upsampling, the 1×1
 * scores of pool4 (and pool3), each crop-and-add, the final upsampling and the final map — drawn as heat maps
 * at their true resolutions on one shared scale, so a 1/32 cell is twice as wide as a 1/16 cell and the cells a
 * crop drops are visible (hatched).
 */
import { heatLegend, imagePanel, stageHeatmap } from '../../figures/heatmap';
import { outlineMask } from '../../lib/outline';
import { BACKEND_EVENT } from '../../lib/backend-events';
import { stagePanels } from '../../lib/fcn/stages';
import { FCN_VARIANT_LABELS, isFcnVariant, type FcnVariant } from '../../lib/fcn/variants';
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
  /** 'scores': one class's score maps; 'labels': every stage as a label map (argmax over classes). */
  view: string;
}

type Maps = { kind: 'scores'; maps: Awaited<ReturnType<FcnBrowser['stageMaps']>> } | { kind: 'labels'; maps: Awaited<ReturnType<FcnBrowser['stageLabelMaps']>> };

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
    const defaults: State = { seed: Number(this.dataset.seed), size: Number(this.dataset.size), variant: this.dataset.variant ?? 'fcn8s', classId: 0, view: 'scores' };
    const state = atom<State>(readQuery(prefix, defaults));
    this.state = state;
    const controls = ['seed', 'size', 'variant', 'classId', 'view'].map((name) => this.find<HTMLSelectElement>(`select[name="${name}"]`));
    const sync = (s: State): void => {
      controls.forEach((select) => { select.value = String(s[select.name]); });
    };
    sync(state.get());
    for (const select of controls) {
      select.addEventListener('change', () => {
        const value = select.name === 'variant' || select.name === 'view' ? select.value : Number(select.value);
        state.set((s) => ({ ...s, [select.name]: value }));
      });
    }
    state.subscribe((next, previous) => {
      sync(next);
      writeQuery(prefix, next, defaults);
      // A new scene (not a new size of the same scene) picks the class that covers most of it.
      void this.render(next.seed !== previous.seed && next.classId === previous.classId);
    });
    this.find<HTMLElement>('.stages').addEventListener('pointermove', (event) => this.readOut(event));
    this.find<HTMLElement>('.stages').addEventListener('pointerleave', () => { this.find<HTMLElement>('.hover').textContent = '\u00a0'; });
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
    if (!isFcnVariant(variant)) return this.showProblem(`unknown head ${variant}`);
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
    let maps: Maps;
    try {
      maps = this.state.get().view === 'labels'
        ? { kind: 'labels', maps: await this.fcn.stageLabelMaps(entry.weights, input.image, variant) }
        : { kind: 'scores', maps: await this.fcn.stageMaps(entry.weights, input.image, variant, classId) };
    } catch (error) {
      if (this.store.generation !== generation) return;
      return this.showProblem(error instanceof Error ? error.message : String(error));
    }
    if (token !== this.runToken) return;
    this.showProblem(this.fellBack ? `${this.fellBack} Showing ${FCN_VARIANT_LABELS[variant]} instead.` : '');
    this.fellBack = '';
    this.draw(input, variant, classId, maps);
  }

  private draw(input: FcnInput, variant: FcnVariant, classId: number, result: Maps): void {
    const panels = stagePanels(variant, input.height, input.width);
    const classes = this.source?.dataset.classes ?? [];
    const className = classes[classId]?.name ?? `class ${classId}`;
    const labelsView = result.kind === 'labels';
    const values = result.kind === 'labels' ? result.maps.map((m) => Float32Array.from(m.labels)) : result.maps.map((m) => m.values);
    const domain = Math.max(1e-6, ...values.map((v) => v.reduce((a, x) => Math.max(a, Math.abs(x)), 0)));
    const scale = panelWidth(this.find<HTMLElement>('.stages').clientWidth) / Math.max(...panels.map((p) => Math.max(p.size[0], p.size[1]) * p.stride));
    const outline = input.truth ? outlineMask(input.truth, input.height, input.width, labelsView ? 'all' : classId) : undefined;
    const colourOf = (v: Float32Array) => (i: number) => `rgb(${(classes[v[i]]?.colour ?? [255, 255, 255]).join(',')})`;
    const items = panels.map((panel, i) => {
      const map = result.maps[i];
      const figure = document.createElement('figure');
      figure.className = 'stage';
      Object.assign(figure.dataset, { stage: panel.name, stride: String(panel.stride), cells: `${map.height}x${map.width}` });
      const svg = stageHeatmap({ name: map.name, height: map.height, width: map.width, values: values[i], stride: panel.stride, kept: panel.kept, image: [input.height, input.width], outline }, {
        scale, domain, idPrefix: `${this.dataset.id ?? 'stages'}-${panel.name}`,
        label: labelsView ? `${panel.name}, the class each cell scores highest` : `${panel.name}, score of ${className}`,
        ...(labelsView ? { colourOf: colourOf(values[i]), outlineColour: [255, 255, 255] as const } : {}),
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
    const truthFigure = document.createElement('figure');
    truthFigure.className = 'stage-input';
    const truthCaption = document.createElement('figcaption');
    const truthName = document.createElement('strong');
    truthName.textContent = 'input';
    truthCaption.append(truthName, ` ${input.height} × ${input.width} with the true outline of ${labelsView ? 'every object' : className}, drawn over every map.`);
    if (outline) truthFigure.append(imagePanel(input.rgba, input.height, input.width, outline, scale, `the input scene with the true outline of ${labelsView ? 'every object' : className}`));
    truthFigure.append(truthCaption);
    this.find<HTMLElement>('.stages').replaceChildren(truthFigure, ...items);
    this.shown = { panels: items, labels: labelsView ? values : null, classes: classes.map((c) => c.name) };
    const legend = labelsView ? this.classLegend(classes) : heatLegend(domain, `score of ${className}`);
    this.find<HTMLElement>('.legend-drawing').replaceChildren(legend);
    this.find<HTMLSelectElement>('select[name="classId"]').disabled = labelsView;
    const byName = new Map(result.kind === 'scores' ? result.maps.map((m) => [m.name, m]) : []);
    const checks = JOINS.flatMap(([up, skip, sum]) => {
      const [a, b, c] = [byName.get(up), byName.get(skip), byName.get(sum)];
      return a && b && c ? [`${sum} = crop(${up}) + ${skip}: largest difference ${cropAddDifference(a, b, c).toExponential(1)}`] : [];
    });
    const what = labelsView ? 'every stage as labels (argmax over classes; hover a map to name a cell\'s class)' : `class ${className}`;
    const tail = labelsView ? '' : checks.length ? ` ${checks.join('; ')}.` : ' FCN-32s has no skip: one ×32 step.';
    this.setStatus(`${input.description}; ${FCN_VARIANT_LABELS[variant]}, ${what}.${tail}`);
  }

  /** What is drawn now, for the hover read-out. */
  private shown: { panels: HTMLElement[]; labels: Float32Array[] | null; classes: string[] } | undefined;

  private classLegend(classes: readonly { name: string; colour: readonly number[] }[]): HTMLElement {
    const list = document.createElement('ul');
    list.className = 'class-legend';
    for (const c of classes) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = `rgb(${c.colour.join(',')})`;
      item.append(swatch, c.name);
      list.append(item);
    }
    return list;
  }

  /** Names the class under the pointer in a label map (or the score in a score map). */
  private readOut(event: PointerEvent): void {
    const figure = (event.target as Element).closest<HTMLElement>('figure.stage');
    const svg = figure?.querySelector('svg');
    if (!figure || !svg || !this.shown) return;
    const k = this.shown.panels.indexOf(figure);
    const [h, w] = (figure.dataset.cells ?? '0x0').split('x').map(Number);
    const box = svg.getBoundingClientRect();
    const x = Math.floor(((event.clientX - box.left) / box.width) * w);
    const y = Math.floor(((event.clientY - box.top) / box.height) * h);
    if (k < 0 || x < 0 || y < 0 || x >= w || y >= h) return;
    const label = this.shown.labels?.[k]?.[y * w + x];
    this.find<HTMLElement>('.hover').textContent = label === undefined
      ? `${figure.dataset.stage} cell (row ${y}, column ${x})`
      : `${figure.dataset.stage} cell (row ${y}, column ${x}): ${this.shown.classes[label] ?? `class ${label}`}`;
  }

  private setStatus(text: string): void {
    this.find<HTMLElement>('.status').textContent = text;
  }

  private showProblem(text: string): void {
    this.find<HTMLElement>('.problem').textContent = text;
  }
}

if (!customElements.get('stage-view-el')) customElements.define('stage-view-el', StageView);
