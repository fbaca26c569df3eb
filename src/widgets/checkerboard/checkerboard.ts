/**
 * <checkerboard-demo>: two heat maps of stacked stride-2 transposed convolutions of a constant input, one
 * per kernel size. State lives in one atom per instance and in the URL query (prefix = data-id). The
 * figure is first drawn from the pure scatter-add reference; once tfjs is loaded (when the widget is near
 * the screen) every frame is computed by tf.conv2dTranspose and checked against that reference.
 */
import { drawCheckerboard } from '../../figures/checkerboard';
import { BACKEND_EVENT } from '../../lib/backend-events';
import { maxAbsDifference } from '../../lib/grid/grid';
import { atom, type Atom } from '../shared/atom';
import { loadTfModule, whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';
import { constantInput, doublingPadding, kernelFor, stackedTransposed, STRIDE } from '../../lib/checkerboard';
import { INPUT_SIZE, panelText } from './panel-text';
import { DEFAULT_STATE, kernelOf, sanitize, type CheckerState, type Side } from './state';

type Ops = typeof import('../../tf/checkerboard-ops');
const SIDES: readonly Side[] = ['left', 'right'];

interface Frame { kernel: number[][]; reference: number[][] }

function formatDifference(value: number): string {
  return value === 0 ? '0' : value.toExponential(1);
}

class CheckerboardDemo extends HTMLElement {
  private state?: Atom<CheckerState>;
  private defaults: CheckerState = DEFAULT_STATE;
  private ops?: Ops;
  private request = 0;
  private readonly cleanups: (() => void)[] = [];

  connectedCallback(): void {
    if (this.state) return;
    const fromProps = sanitize({ ...DEFAULT_STATE, ...this.numbersFromDataset() });
    this.defaults = fromProps.state;
    const fromQuery = sanitize(readQuery(this.dataset.id ?? 'checker', this.defaults));
    this.state = atom(fromQuery.state);
    this.find('.problem').textContent = fromQuery.problems.join(' ');
    this.bindControls(this.state);
    this.cleanups.push(this.state.subscribe(() => this.update()));
    this.update();
    const onBackend = (): void => { if (this.ops) this.update(); };
    document.addEventListener(BACKEND_EVENT, onBackend);
    this.cleanups.push(() => document.removeEventListener(BACKEND_EVENT, onBackend));
    void this.startTf();
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.state = undefined;
  }

  private numbersFromDataset(): Partial<Record<keyof CheckerState, number | string>> {
    const { layers, kernelLeft, kernelRight, init, seed } = this.dataset;
    const out: Partial<Record<keyof CheckerState, number | string>> = {};
    if (layers) out.layers = Number(layers);
    if (kernelLeft) out.kernelLeft = Number(kernelLeft);
    if (kernelRight) out.kernelRight = Number(kernelRight);
    if (init) out.init = init;
    if (seed) out.seed = Number(seed);
    return out;
  }

  private find<E extends Element = HTMLElement>(selector: string): E {
    const element = this.querySelector<E>(selector);
    if (!element) throw new Error(`checkerboard-demo is missing ${selector}`);
    return element;
  }

  private bindControls(state: Atom<CheckerState>): void {
    const layers = this.find<HTMLInputElement>('input[name="layers"]');
    const init = this.find<HTMLSelectElement>('select[name="init"]');
    const left = this.find<HTMLSelectElement>('select[name="kernelLeft"]');
    const right = this.find<HTMLSelectElement>('select[name="kernelRight"]');
    const reseed = this.find<HTMLButtonElement>('button[name="reseed"]');
    const show = (s: CheckerState): void => {
      layers.value = String(s.layers);
      this.find('output[name="layers-value"]').textContent = String(s.layers);
      init.value = s.init;
      left.value = String(s.kernelLeft);
      right.value = String(s.kernelRight);
    };
    show(state.get());
    this.cleanups.push(state.subscribe(show));
    const change = (patch: Partial<Record<string, number | string>>): void => {
      const next = sanitize({ ...state.get(), ...patch });
      this.find('.problem').textContent = '';
      state.set(next.state);
    };
    layers.addEventListener('input', () => change({ layers: Number(layers.value) }));
    init.addEventListener('change', () => change({ init: init.value }));
    left.addEventListener('change', () => change({ kernelLeft: Number(left.value) }));
    right.addEventListener('change', () => change({ kernelRight: Number(right.value) }));
    reseed.addEventListener('click', () => change({ init: 'random', seed: state.get().seed + 1 }));
  }

  private frames(s: CheckerState): Record<Side, Frame> {
    const input = constantInput(INPUT_SIZE);
    const frame = (side: Side): Frame => {
      const kernel = kernelFor(s.init, kernelOf(s, side), s.seed);
      return { kernel, reference: stackedTransposed(input, kernel, s.layers) };
    };
    return { left: frame('left'), right: frame('right') };
  }

  private draw(s: CheckerState, side: Side, frame: Frame, output: number[][]): void {
    const panel = this.find(`.panel[data-side="${side}"]`);
    const k = kernelOf(s, side);
    const text = panelText(k, s.layers, frame.kernel, output);
    const set = (selector: string, value: string): void => {
      const element = panel.querySelector(selector);
      if (element) element.textContent = value;
    };
    set('.size', text.size);
    set('.overlap', text.overlap);
    set('.sums', text.sums);
    set('.strength', text.strength);
    const n = output.length;
    const svg = drawCheckerboard({
      values: output,
      interior: text.interior,
      idPrefix: `${this.dataset.id ?? 'checker'}-${side}`,
      description: `Heat map of the ${n}×${n} output of ${s.layers} stride-${STRIDE} transposed convolution` +
        `${s.layers === 1 ? '' : 's'} with a ${k}×${k} ${s.init} kernel; checkerboard strength ${text.strengthValue}.`,
    });
    panel.querySelector('.drawing')?.replaceChildren(svg);
  }

  private update(): void {
    const s = this.state?.get();
    if (!s) return;
    writeQuery(this.dataset.id ?? 'checker', s, this.defaults);
    const frames = this.frames(s);
    const ticket = ++this.request;
    const ops = this.ops;
    if (!ops) {
      for (const side of SIDES) this.draw(s, side, frames[side], frames[side].reference);
      return;
    }
    this.dataset.stale = '';
    void this.computeTf(ops, s, frames, ticket);
  }

  private async computeTf(ops: Ops, s: CheckerState, frames: Record<Side, Frame>, ticket: number): Promise<void> {
    const status = this.find('.status');
    try {
      const input = constantInput(INPUT_SIZE);
      const outputs = await Promise.all(SIDES.map((side) => {
        const { padding, outputPadding } = doublingPadding(kernelOf(s, side));
        return ops.stackedTransposedTf(input, frames[side].kernel, { stride: STRIDE, padding, outputPadding, layers: s.layers });
      }));
      if (ticket !== this.request) return;
      const differences = SIDES.map((side, i) => maxAbsDifference(outputs[i], frames[side].reference));
      SIDES.forEach((side, i) => this.draw(s, side, frames[side], outputs[i]));
      const largest = Math.max(...differences.map((d, i) => d / Math.max(1, ...frames[SIDES[i]].reference.flat().map(Math.abs))));
      const agree = largest < 1e-4;
      const backend = ops.activeBackend().toUpperCase();
      const detail = SIDES.map((side, i) => `${formatDifference(differences[i])} for k = ${kernelOf(s, side)}`).join(', ');
      const verdict = document.createElement('span');
      verdict.className = agree ? 'agree' : '';
      verdict.textContent = agree ? `tf.conv2dTranspose (${backend}) agrees` : `tf.conv2dTranspose (${backend}) disagrees`;
      status.replaceChildren(verdict, ` with the scatter-add reference: largest difference ${detail}.`);
    } catch (error) {
      if (ticket !== this.request) return;
      status.textContent = `tfjs could not compute this (${String(error)}); the figure shows the scatter-add reference.`;
      SIDES.forEach((side) => this.draw(s, side, frames[side], frames[side].reference));
    } finally {
      if (ticket === this.request) delete this.dataset.stale;
    }
  }

  private async startTf(): Promise<void> {
    const status = this.find('.status');
    await whenNear(this);
    status.textContent = 'Loading tfjs…';
    try {
      this.ops = await loadTfModule(() => import('../../tf/checkerboard-ops'));
      this.update();
    } catch (error) {
      status.textContent = `tfjs did not start (${String(error)}); the figure shows the scatter-add reference.`;
    }
  }
}

if (!customElements.get('checkerboard-demo')) customElements.define('checkerboard-demo', CheckerboardDemo);
