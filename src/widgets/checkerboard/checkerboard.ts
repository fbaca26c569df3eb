/**
 * <checkerboard-demo>: two heat maps of stacked stride-2 transposed convolutions of a constant input, one
 * per kernel size. State lives in one atom per instance and in the URL query (prefix = data-id). The
 * figure is first drawn from the pure scatter-add reference; once tfjs is loaded (when the widget is near
 * the screen) every frame is computed by tf.conv2dTranspose and checked against that reference.
 */
import { drawCheckerboard } from '../../figures/checkerboard';
import { maxAbsDifference } from '../../lib/grid/grid';
import { atom, type Atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { whenNear } from '../shared/lazy';
import { formatDifference } from '../shared/format';
import { tfModule, onBackendChange } from '../shared/tf';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { constantInput, doublingPadding, kernelFor, stackedTransposed, STRIDE } from '../../lib/conv/checkerboard';
import { messagesOf, type Messages } from '../../i18n/client';
import { figureDescription, INPUT_SIZE, panelText, problemSentence } from './panel-text';
import { DEFAULT_STATE, kernelOf, sanitize, type CheckerState, type Side } from './state';

type Ops = typeof import('../../tf/checkerboard-ops');
const SIDES: readonly Side[] = ['left', 'right'];

interface Frame {
  kernel: number[][];
  reference: number[][];
}

function numbersFromDataset(dataset: DOMStringMap): Partial<Record<keyof CheckerState, number | string>> {
  const { layers, kernelLeft, kernelRight, init, seed } = dataset;
  const out: Partial<Record<keyof CheckerState, number | string>> = {};
  if (layers) out.layers = Number(layers);
  if (kernelLeft) out.kernelLeft = Number(kernelLeft);
  if (kernelRight) out.kernelRight = Number(kernelRight);
  if (init) out.init = init;
  if (seed) out.seed = Number(seed);
  return out;
}

function frames(s: CheckerState): Record<Side, Frame> {
  const input = constantInput(INPUT_SIZE);
  const frame = (side: Side): Frame => {
    const kernel = kernelFor(s.init, kernelOf(s, side), s.seed);
    return { kernel, reference: stackedTransposed(input, kernel, s.layers) };
  };
  return { left: frame('left'), right: frame('right') };
}

/** The controls → state, and state → controls; returns the subscription to end. */
function bindControls(host: HTMLElement, state: Atom<CheckerState>, signal: AbortSignal): () => void {
  // A value the reader picks is always offered: no problem to show, so the words are not needed here.
  const q = finder(host);
  const layers = q<HTMLInputElement>('input[name="layers"]');
  const init = q<HTMLSelectElement>('select[name="init"]');
  const left = q<HTMLSelectElement>('select[name="kernelLeft"]');
  const right = q<HTMLSelectElement>('select[name="kernelRight"]');
  const reseed = q<HTMLButtonElement>('button[name="reseed"]');
  const show = (s: CheckerState): void => {
    layers.value = String(s.layers);
    q('output[name="layers-value"]').textContent = String(s.layers);
    init.value = s.init;
    left.value = String(s.kernelLeft);
    right.value = String(s.kernelRight);
  };
  show(state.get());
  const change = (patch: Partial<Record<string, number | string>>): void => {
    const next = sanitize({ ...state.get(), ...patch });
    q('.problem').textContent = '';
    state.set(next.state);
  };
  const on = { signal };
  layers.addEventListener('input', () => change({ layers: Number(layers.value) }), on);
  init.addEventListener('change', () => change({ init: init.value }), on);
  left.addEventListener('change', () => change({ kernelLeft: Number(left.value) }), on);
  right.addEventListener('change', () => change({ kernelRight: Number(right.value) }), on);
  reseed.addEventListener('click', () => change({ init: 'random', seed: state.get().seed + 1 }), on);
  return state.subscribe(show);
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const prefix = host.dataset.id ?? 'checker';
  const defaults = sanitize({ ...DEFAULT_STATE, ...numbersFromDataset(host.dataset) }).state;
  const fromQuery = sanitize(readQuery(prefix, defaults));
  const state = atom(fromQuery.state);
  // The URL follows once the controls rest (replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const status = q('.status');
  const m: Messages = messagesOf(host);
  let ops: Ops | undefined;
  let request = 0;
  delete host.dataset.stale; // left by a run the previous mount did not finish
  q('.problem').textContent = fromQuery.problems.map((problem) => problemSentence(m, problem)).join(' ');

  const draw = (s: CheckerState, side: Side, frame: Frame, output: number[][]): void => {
    const panel = q(`.panel[data-side="${side}"]`);
    const k = kernelOf(s, side);
    const text = panelText(m, k, s.layers, frame.kernel, output);
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
      idPrefix: `${prefix}-${side}`,
      description: figureDescription(m, { n, layers: s.layers, k, init: s.init, strength: text.strengthValue }),
      valueLabel: m.t('checkerboard.figure.value'),
    });
    panel.querySelector('.drawing')?.replaceChildren(svg);
  };

  const computeTf = async (tf: Ops, s: CheckerState, shown: Record<Side, Frame>, ticket: number): Promise<void> => {
    try {
      const input = constantInput(INPUT_SIZE);
      const outputs = await unlessAborted(
        signal,
        Promise.all(
          SIDES.map((side) => {
            const { padding, outputPadding } = doublingPadding(kernelOf(s, side));
            return tf.stackedTransposedTf(input, shown[side].kernel, {
              stride: STRIDE,
              padding,
              outputPadding,
              layers: s.layers,
            });
          }),
        ),
      );
      if (ticket !== request) return;
      const differences = SIDES.map((side, i) => maxAbsDifference(outputs[i], shown[side].reference));
      SIDES.forEach((side, i) => draw(s, side, shown[side], outputs[i]));
      const largest = Math.max(
        ...differences.map((d, i) => d / Math.max(1, ...shown[SIDES[i]].reference.flat().map(Math.abs))),
      );
      const agree = largest < 1e-4;
      const backend = tf.activeBackend().toUpperCase();
      const detail = SIDES.map((side, i) =>
        m.t('checkerboard.status.detailPart', { difference: formatDifference(differences[i]), k: kernelOf(s, side) }),
      ).join(', ');
      const verdict = document.createElement('span');
      verdict.className = agree ? 'agree' : '';
      verdict.textContent = m.t(agree ? 'checkerboard.status.agree' : 'checkerboard.status.disagree', { backend });
      status.replaceChildren(verdict, m.t('checkerboard.status.detail', { detail }));
    } catch (error) {
      if (ticket !== request) return;
      status.textContent = m.t('checkerboard.status.failed', { error: String(error) });
      SIDES.forEach((side) => draw(s, side, shown[side], shown[side].reference));
    } finally {
      if (ticket === request) delete host.dataset.stale;
    }
  };

  const update = (): void => {
    const s = state.get();
    writeSoon(() => writeQuery(prefix, s, defaults));
    const shown = frames(s);
    const ticket = ++request;
    if (!ops) {
      for (const side of SIDES) draw(s, side, shown[side], shown[side].reference);
      return;
    }
    host.dataset.stale = '';
    void computeTf(ops, s, shown, ticket);
  };

  const unbind = bindControls(host, state, signal);
  const unsubscribe = state.subscribe(update);
  update();
  onBackendChange(signal, () => {
    if (ops) update();
  });
  void whenNear(host, { signal }).then(async () => {
    status.textContent = m.t('checkerboard.status.loading');
    try {
      ops = await tfModule(host, signal, () => import('../../tf/checkerboard-ops'));
      update();
    } catch (error) {
      status.textContent = m.t('checkerboard.status.noStart', { error: String(error) });
    }
  });

  return () => {
    unbind();
    unsubscribe();
  };
}

defineWidget('checkerboard-demo', mount);
