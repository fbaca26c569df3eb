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
import { messagesOf } from '../../i18n/client';
import { templateParts } from '../../i18n/format';
import { matrixViewModel, type MatrixViewModel, type MatrixViewResult } from '../../lib/conv/matrix-view';
import { atom, type Atom } from '../shared/atom';
import { finder, required } from '../shared/dom';
import { formatDifference } from '../shared/format';
import { linkTf } from '../shared/tf';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { applyHighlight, focusOfElement, rovingFocus } from './handles';
import { focusSentence, highlightOf, type MatrixFocus } from './highlight';
import { renderInputGrid, readInputGrid } from './input-grid';
import { gridPanels, matrixFigureText, problemSentence, roundTripSentence } from './words';
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
  const m = messagesOf(host);
  const figureText = matrixFigureText(m);
  const sliders = SIZE_KEYS.map((key) => {
    const input = q<HTMLInputElement>(`input[name="${key}"]`);
    return { key, input, output: input.closest('label')?.querySelector('output') ?? null };
  });
  // The tfjs check reads results back from the GPU: run it once the controls rest, not inside the event.
  let checkTimer: number | undefined;
  const checkSoon = (): void => {
    window.clearTimeout(checkTimer);
    checkTimer = window.setTimeout(() => runCheck(), 150);
  };
  const defaults = stateFromDataset(host.dataset);
  const state = atom<MatrixViewState>(clampState(readQuery(prefix, defaults)));
  // The URL follows once the controls rest (replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const focus = atom<MatrixFocus | null>(null);
  let shown: { model: MatrixViewModel; stride: number; padding: number } | undefined;
  // Once near the screen (and after every backend change), check the shown matrix with tfjs.
  const link = linkTf<MatrixOps>(
    host,
    signal,
    () => import('../../tf/matrix-ops'),
    () => runCheck(),
    (error) => {
      status.textContent = m.t('matrixView.status.noStart', { error: String(error) });
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
    const note = model && valid && current ? focusSentence(m, model, current) : m.t('matrixView.hint');
    if (focusNote.textContent !== note) focusNote.textContent = note;
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
      agree.textContent = m.t(check.largestDifference < TOLERANCE ? 'matrixView.agree' : 'matrixView.disagree');
      const filled = { backend, difference: formatDifference(check.largestDifference) };
      status.replaceChildren(
        ...templateParts(m.t('matrixView.status.check', filled)).map((part) =>
          'slot' in part ? (part.slot === 'verdict' ? agree : `{${part.slot}}`) : part.text,
        ),
      );
    } catch (error) {
      status.textContent = m.t('matrixView.status.failed', { error: String(error) });
    }
  };

  // Read here and then by the ResizeObserver only (not inside a slider event: that would force a layout).
  let drawingWidth = matrixDrawing.clientWidth;
  let drawnWith: { sizes: MatrixViewState; result: MatrixViewModel } | undefined;
  const draw = (sizes: MatrixViewState, result: MatrixViewModel): void => {
    drawnWith = { sizes, result };
    shown = { model: result, stride: sizes.s, padding: sizes.p };
    const width = Math.max(300, drawingWidth || 640);
    matrixDrawing.replaceChildren(
      drawMatrix(
        {
          matrix: result.matrix,
          input: result.input.flat(),
          output: result.output.flat(),
          inputWidth: sizes.i,
          outputWidth: result.outputSize,
        },
        { width, text: figureText },
      ),
    );
    gridsDrawing.replaceChildren(drawGrids(gridPanels(m, sizes, result), { width }));
    showFocus(focus.get());
  };

  let drawnState: MatrixViewState | undefined;
  const render = (current: MatrixViewState): void => {
    for (const { key, input, output } of sliders) {
      const value = String(current[key]);
      if (input.value !== value) input.value = value;
      if (output && output.textContent !== value) output.textContent = value;
    }
    const x = decodeInput(current.x, current.i);
    renderInputGrid(m, inputGrid, x);
    const result = modelOf(current);
    figures.classList.toggle('stale', !result.ok);
    if (result.ok) {
      problem.textContent = '';
      const same = drawnState !== undefined && [...SIZE_KEYS, 'x'].every((key) => drawnState?.[key] === current[key]);
      if (same) return;
      drawnState = current;
      draw(current, result);
      roundTrip.textContent = roundTripSentence(m, result);
      if (!link.ready()) status.textContent = m.t('matrixView.status.loading');
      checkSoon();
      return;
    }
    drawnState = undefined;
    window.clearTimeout(checkTimer);
    problem.textContent = problemSentence(m, current);
    if (!shown) {
      const fallback = [defaults, FALLBACK_STATE]
        .map((candidate) => ({ candidate, model: modelOf(candidate) }))
        .find((option) => option.model.ok);
      if (fallback?.model.ok) draw(fallback.candidate, fallback.model);
    }
    status.textContent = m.t('matrixView.status.stale');
    if (shown) {
      roundTrip.textContent = m.t('matrixView.roundTripStale', { sentence: roundTripSentence(m, shown.model) });
    }
  };

  bindControls(host, state, inputGrid, signal, m);
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
      writeSoon(() => writeQuery(prefix, current, defaults));
    }),
  ];
  render(state.get());
  const resize = new ResizeObserver(() => {
    if (Math.abs(matrixDrawing.clientWidth - drawingWidth) < 8) return;
    drawingWidth = matrixDrawing.clientWidth;
    if (drawnWith) draw(drawnWith.sizes, drawnWith.result);
  });
  resize.observe(matrixDrawing);
  return () => {
    resize.disconnect();
    window.clearTimeout(checkTimer);
    unsubscribe.forEach((end) => end());
  };
}

function bindControls(
  host: HTMLElement,
  state: Atom<MatrixViewState>,
  inputGrid: HTMLElement,
  signal: AbortSignal,
  m: ReturnType<typeof messagesOf>,
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
      renderInputGrid(m, inputGrid, decodeInput(state.get().x, state.get().i), true);
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

defineWidget('matrix-view', mount);
