/**
 * <fcn-tracer>: push an input size through FCN-32s/16s/8s in one of three designs and show every layer's size and
 * coordinate map, the crops, and a to-scale picture of where the output lands on the input. "Run it for real"
 * builds the same network in tfjs (narrow, random weights) and puts the sizes it actually returns next to the
 * predicted ones. State: one atom per instance, mirrored in the URL query under the prefix data-id.
 */
import { drawFcnTracer } from '../../figures/fcn-tracer';
import { BACKEND_EVENT } from '../../lib/backend-events';
import { explainLayout, fcnLayout, type FcnLayout } from '../../lib/fcn/geometry';
import type { TraceRun } from '../../tf/fcn-trace-run';
import { atom, type Atom } from '../shared/atom';
import { loadTfModule, whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';
import { renderCropRows, renderLayerRows } from './layer-table';
import { pictureData } from './picture-data';
import { runReport } from './run-report';
import { FCN_VARIANT_LABELS } from '../../lib/fcn/variants';
import { DEFAULT_STATE, RUN_CHANNELS, sameState, sanitize, type TracerState } from './state';
import { cropRows, layerRows } from './table-rows';

type Runner = typeof import('../../tf/fcn-trace-run');
type Field = keyof TracerState;

/** Let the browser paint (the "running…" state) before a long synchronous tfjs call. */
const nextPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

class FcnTracer extends HTMLElement {
  private state?: Atom<TracerState>;
  private defaults: TracerState = DEFAULT_STATE;
  private inputProblems: string[] = [];
  private lastRun?: { state: TracerState; run: TraceRun };
  private runner?: Promise<Runner>;
  private running = false;
  private readonly cleanups: (() => void)[] = [];

  connectedCallback(): void {
    if (this.state) return;
    const id = this.dataset.id ?? 'tracer';
    const { variant, design, rounding, height, width } = this.dataset;
    this.defaults = sanitize({ variant, design, rounding, height, width }).state;
    const fromQuery = sanitize(readQuery(id, this.defaults), this.defaults);
    this.inputProblems = fromQuery.problems;
    this.state = atom(fromQuery.state);
    this.bindControls(this.state);
    this.cleanups.push(this.state.subscribe(() => this.update()));
    this.update();
    const drawing = this.find('.drawing');
    const resize = new ResizeObserver(() => {
      this.drawPicture();
      this.markOverflow();
    });
    resize.observe(drawing);
    resize.observe(this.find('.layer-scroll'));
    this.cleanups.push(() => resize.disconnect());
    const onBackend = (): void => this.markStale('The tfjs backend changed: run again to check on it.');
    document.addEventListener(BACKEND_EVENT, onBackend);
    this.cleanups.push(() => document.removeEventListener(BACKEND_EVENT, onBackend));
    const button = this.find<HTMLButtonElement>('button.run');
    button.addEventListener('click', () => void this.run());
    void whenNear(this).then(() => this.loadRunner()).catch(() => undefined);
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.state = undefined;
  }

  private find<E extends Element = HTMLElement>(selector: string): E {
    const element = this.querySelector<E>(selector);
    if (!element) throw new Error(`fcn-tracer is missing ${selector}`);
    return element;
  }

  private bindControls(state: Atom<TracerState>): void {
    const fields = Array.from(this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]'));
    const show = (s: TracerState): void => {
      for (const control of fields) {
        const value = String(s[control.dataset.field as Field]);
        if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === value;
        else if (control !== document.activeElement || Number(control.value) !== Number(value)) control.value = value;
      }
    };
    show(state.get());
    this.cleanups.push(state.subscribe(show));
    for (const control of fields) {
      const field = control.dataset.field as Field;
      const onChange = (): void => {
        if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
        const next = sanitize({ ...state.get(), [field]: control.value }, state.get());
        this.inputProblems = next.problems;
        this.toggleAttribute('data-invalid', next.problems.length > 0);
        state.set((previous) => (sameState(previous, next.state) ? previous : next.state));
        this.showProblems();
      };
      control.addEventListener(control instanceof HTMLSelectElement || control.type === 'radio' ? 'change' : 'input', onChange);
    }
  }

  private layout(): FcnLayout | undefined {
    const s = this.state?.get();
    if (!s) return undefined;
    return fcnLayout({ variant: s.variant, design: s.design, poolRounding: s.rounding, height: s.height, width: s.width });
  }

  private showProblems(): void {
    const layout = this.layout();
    const failure = layout && !layout.ok ? explainLayout(layout) : '';
    this.find('.problem').textContent = [...this.inputProblems, failure].filter(Boolean).join(' ');
    this.find('.summary').textContent = layout && layout.ok ? explainLayout(layout) : '';
  }

  private update(): void {
    const s = this.state?.get();
    const layout = this.layout();
    if (!s || !layout) return;
    writeQuery(this.dataset.id ?? 'tracer', s, this.defaults);
    this.showProblems();
    const run = this.lastRun && sameState(this.lastRun.state, s) ? this.lastRun.run : undefined;
    renderLayerRows(this.find<HTMLTableSectionElement>('tbody.layers'), layerRows(layout, run?.layers));
    renderCropRows(this.find<HTMLTableSectionElement>('tbody.crops'), cropRows(layout));
    this.drawPicture();
    this.markOverflow();
    if (!this.running) {
      const status = this.find('.status');
      if (run) status.replaceChildren(this.reportElement(layout, run));
      else status.textContent = 'Predicted sizes shown. “Run it for real” computes this network in tfjs to check them.';
    }
  }

  /** Show the "scroll →" cue while the layer table is wider than its box. */
  private markOverflow(): void {
    const box = this.find('.layer-scroll');
    this.toggleAttribute('data-layers-overflow', box.scrollWidth > box.clientWidth + 1);
  }

  private drawPicture(): void {
    const layout = this.layout();
    if (!layout) return;
    const drawing = this.find('.drawing');
    const width = Math.min(640, Math.max(240, Math.floor(drawing.clientWidth || 560)));
    if (drawing.dataset.width === String(width) && drawing.dataset.key === JSON.stringify(layout.options)) return;
    drawing.dataset.width = String(width);
    drawing.dataset.key = JSON.stringify(layout.options);
    drawing.replaceChildren(drawFcnTracer(pictureData(layout), { width }));
  }

  private reportElement(layout: FcnLayout, run: TraceRun): HTMLElement {
    const report = runReport(layout, run);
    const span = document.createElement('span');
    span.className = report.agrees ? 'agree' : 'disagree';
    span.textContent = report.text;
    return span;
  }

  private markStale(text: string): void {
    if (!this.lastRun || this.running) return;
    this.lastRun = undefined;
    this.update();
    this.find('.status').textContent = text;
  }

  private loadRunner(): Promise<Runner> {
    this.runner ??= loadTfModule(() => import('../../tf/fcn-trace-run'));
    return this.runner;
  }

  private async run(): Promise<void> {
    const s = this.state?.get();
    if (!s || this.running) return;
    const button = this.find<HTMLButtonElement>('button.run');
    const status = this.find('.status');
    const table = this.find('.layer-scroll');
    this.running = true;
    button.disabled = true;
    table.setAttribute('aria-busy', 'true');
    status.textContent = `Running ${FCN_VARIANT_LABELS[s.variant]} (${s.design}, ${s.rounding}) on a ${s.height}×${s.width} input in tfjs…`;
    let ran = false;
    try {
      const runner = await this.loadRunner();
      await nextPaint();
      const run = await runner.runFcnTrace({
        design: s.design, variant: s.variant, poolRounding: s.rounding, height: s.height, width: s.width,
        channels: RUN_CHANNELS, classes: RUN_CHANNELS,
      });
      this.lastRun = { state: s, run };
      ran = true;
    } catch (error) {
      status.textContent = `tfjs could not run: ${String(error)}`;
    } finally {
      this.running = false;
      button.disabled = false;
      table.removeAttribute('aria-busy');
    }
    if (ran) this.update();
  }
}

if (!customElements.get('fcn-tracer')) customElements.define('fcn-tracer', FcnTracer);
