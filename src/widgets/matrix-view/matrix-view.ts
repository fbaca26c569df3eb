/**
 * <matrix-view>: a small convolution as a matrix. Sliders (i, k, s, p) and an editable x → C built from the
 * kernel, y = Cx and Cᵀy (src/lib), drawn by src/figures; when the widget is near the screen, tfjs computes
 * the same products with tf.matMul and compares them with tf.conv2d / tf.conv2dTranspose on the active
 * backend (again after every change and every backend switch). Focusing or hovering a row or column of C
 * lights up what it connects.
 */
import { drawGrids } from '../../figures/matrix-view-grids';
import { drawMatrix } from '../../figures/matrix-view';
import { backendLabel } from '../../lib/backend-events';
import { formatCell } from '../../lib/grid/grid';
import { matrixViewModel, type MatrixViewModel, type MatrixViewResult } from '../../lib/conv/matrix-view';
import { atom, type Atom } from '../shared/atom';
import { finder, required } from '../shared/dom';
import { formatDifference } from '../shared/format';
import { linkTf } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { applyHighlight, focusOfElement, rovingFocus } from './handles';
import { focusSentence, highlightOf, type MatrixFocus } from './highlight';
import { renderInputGrid, readInputGrid } from './input-grid';
import {
  clampState,
  decodeInput,
  encodeInput,
  randomInput,
  SIZE_KEYS,
  stateFromDataset,
  type MatrixViewState,
} from './state';

type MatrixOps = typeof import('../../tf/matrix-ops');

const TOLERANCE = 1e-4;
const HINT = 'Hover or focus a row or a column of C (arrow keys move along them) to see what it connects.';

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const inputGrid = q('.x-inputs');
  const figures = q('.figures');
  const matrixDrawing = q('.matrix-drawing');
  const gridsDrawing = q('.grids-drawing');
  const focusNote = q('.focus-note');
  const roundTrip = q('.round-trip');
  const status = q('.status');
  const problem = q('.problem');
  const prefix = host.dataset.id ?? 'matrix';
  const defaults = stateFromDataset(host.dataset);
  const state = atom<MatrixViewState>(clampState(readQuery(prefix, defaults)));
  const focus = atom<MatrixFocus | null>(null);
  let shown: { model: MatrixViewModel; stride: number; padding: number } | undefined;
  // Once near the screen (and after every backend change), check the shown matrix with tfjs.
  const link = linkTf<MatrixOps>(
    host,
    signal,
    () => import('../../tf/matrix-ops'),
    () => runCheck(),
    (error) => {
      status.textContent = `tfjs could not start: ${String(error)}`;
    },
  );

  const showFocus = (current: MatrixFocus | null): void => {
    const model = shown?.model;
    const valid =
      model && current && current.index < (current.kind === 'row' ? model.matrix.length : model.matrix[0].length);
    applyHighlight(
      figures,
      model && valid && current ? highlightOf(model.pattern, current) : null,
      valid ? current : null,
    );
    focusNote.textContent = model && valid && current ? focusSentence(model, current) : HINT;
  };

  const runCheck = (): void => {
    const ops = link.ready()?.module;
    if (!ops || !shown) return;
    const { model, stride, padding } = shown;
    try {
      const check = ops.checkMatrixView(model.matrix, model.input, model.kernel, {
        stride,
        padding,
        outputPadding: model.outputPadding,
      });
      const backend = check.backend ? backendLabel(check.backend) : 'tfjs';
      const agree = document.createElement('span');
      agree.className = check.largestDifference < TOLERANCE ? 'agree' : 'disagree';
      agree.dataset.difference = String(check.largestDifference);
      agree.textContent = check.largestDifference < TOLERANCE ? 'agree' : 'disagree';
      status.replaceChildren(
        `tf.matMul with C and Cᵀ on ${backend} and tf.conv2d / tf.conv2dTranspose `,
        agree,
        `: largest difference ${formatDifference(check.largestDifference)}.`,
      );
    } catch (error) {
      status.textContent = `tfjs could not compute this: ${String(error)}`;
    }
  };

  const draw = (sizes: MatrixViewState, result: MatrixViewModel): void => {
    shown = { model: result, stride: sizes.s, padding: sizes.p };
    const width = Math.max(300, matrixDrawing.clientWidth || 640);
    matrixDrawing.replaceChildren(
      drawMatrix(
        {
          matrix: result.matrix,
          input: result.input.flat(),
          output: result.output.flat(),
          inputWidth: sizes.i,
          outputWidth: result.outputSize,
        },
        { width },
      ),
    );
    gridsDrawing.replaceChildren(
      drawGrids(
        [
          { key: 'w', title: `kernel w (${sizes.k} × ${sizes.k})`, grid: result.kernel, fill: 'var(--bg)' },
          { key: 'x', title: 'x', grid: result.input, fill: 'var(--accent-soft)' },
          { key: 'y', title: 'y = Cx', grid: result.output, fill: 'var(--bg)' },
          { key: 'xt', title: 'Cᵀy = Cᵀ(Cx)', grid: result.transposed, fill: 'var(--cell)' },
        ],
        { width },
      ),
    );
    showFocus(focus.get());
  };

  const render = (current: MatrixViewState): void => {
    for (const key of SIZE_KEYS) {
      const input = q<HTMLInputElement>(`input[name="${key}"]`);
      input.value = String(current[key]);
      const output = input.closest('label')?.querySelector('output');
      if (output) output.textContent = String(current[key]);
    }
    const x = decodeInput(current.x, current.i);
    renderInputGrid(inputGrid, x);
    const result = modelOf(current);
    figures.classList.toggle('stale', !result.ok);
    if (result.ok) {
      problem.textContent = '';
      draw(current, result);
      roundTrip.textContent = roundTripSentence(result);
      if (!link.ready()) status.textContent = 'tfjs loads when this figure comes near the screen…';
      runCheck();
      return;
    }
    problem.textContent = `${result.reason} Make the input larger, the kernel smaller or add padding.`;
    if (!shown) {
      const fallback = [defaults, FALLBACK_STATE]
        .map((candidate) => ({ candidate, model: modelOf(candidate) }))
        .find((option) => option.model.ok);
      if (fallback?.model.ok) draw(fallback.candidate, fallback.model);
    }
    status.textContent = 'The dimmed matrix is the last one that has an output.';
    if (shown) roundTrip.textContent = `For that matrix: ${roundTripSentence(shown.model)}`;
  };

  bindControls(host, state, inputGrid, signal);
  rovingFocus(figures, signal);
  const pick = (event: Event): void => {
    const next = focusOfElement(event.target as Element);
    if (next) focus.set(next);
  };
  figures.addEventListener('focusin', pick, { signal });
  figures.addEventListener('mouseover', pick, { signal });
  const unsubscribe = [
    focus.subscribe(showFocus),
    state.subscribe((current) => {
      render(current);
      writeQuery(prefix, current, defaults);
    }),
  ];
  render(state.get());
  return () => unsubscribe.forEach((end) => end());
}

function bindControls(
  host: HTMLElement,
  state: Atom<MatrixViewState>,
  inputGrid: HTMLElement,
  signal: AbortSignal,
): void {
  for (const key of SIZE_KEYS) {
    const input = required<HTMLInputElement>(host, `input[name="${key}"]`);
    input.addEventListener(
      'input',
      () => {
        state.set((previous) => clampState({ ...previous, [key]: Number(input.value) }));
      },
      { signal },
    );
  }
  inputGrid.addEventListener(
    'input',
    () => {
      const grid = readInputGrid(inputGrid);
      if (grid) state.set((previous) => clampState({ ...previous, x: encodeInput(grid) }));
    },
    { signal },
  );
  inputGrid.addEventListener(
    'change',
    () => {
      renderInputGrid(inputGrid, decodeInput(state.get().x, state.get().i), true);
    },
    { signal },
  );
  required<HTMLButtonElement>(host, 'button.randomise').addEventListener(
    'click',
    () => {
      const seed = Math.floor(Math.random() * 2 ** 31);
      state.set((previous) => clampState({ ...previous, x: encodeInput(randomInput(previous.i, seed)) }));
    },
    { signal },
  );
}

const FALLBACK_STATE: MatrixViewState = { i: 3, k: 2, s: 1, p: 0, x: '' };

function modelOf(sizes: MatrixViewState): MatrixViewResult {
  return matrixViewModel(
    { inputSize: sizes.i, kernelSize: sizes.k, stride: sizes.s, padding: sizes.p },
    decodeInput(sizes.x, sizes.i),
  );
}

function roundTripSentence(model: MatrixViewModel): string {
  return (
    `Cᵀ(Cx) is not x (largest difference ${formatCell(model.roundTripDifference)}): CᵀC is not the identity. ` +
    `Cᵀy is the transposed convolution of y (output padding a = ${model.outputPadding}), which restores the shape ` +
    'of x, not its values.'
  );
}

defineWidget('matrix-view', mount);
