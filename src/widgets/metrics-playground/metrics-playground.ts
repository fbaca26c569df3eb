/**
 * <metrics-playground>: paint a ground truth and a prediction, and watch the confusion matrix, the four FCN
 * scores (with their formulas), per-class IoU and the dataset-vs-per-image comparison follow. src/lib/metrics/scores.ts
 * computes; src/tf/metrics-ops.ts recomputes the matrix with tfjs and the status line says whether they agree.
 * Each instance owns its state (an atom); the label maps live in the URL as run-length codes.
 */
import { messagesOf, type Messages } from '../../i18n/client';
import { atom, type Atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { whenIdle, whenNear } from '../shared/lazy';
import { onBackendChange, tfModule } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, perFrame, type MountContext, type Teardown } from '../shared/widget';
import { confusionMatrix, type ConfusionMatrix } from '../../lib/metrics/scores';
import {
  GRID_SIZE,
  IGNORE_LABEL,
  PLAYGROUND_CLASS_COUNT,
  companionImages,
  isPresetName,
  presetPair,
  type PresetName,
} from '../../lib/metrics/presets';
import { compareProtocols } from '../../lib/metrics/protocols';
import { bindPaintGrid, type PaintGrid } from './paint-grid';
import { decodeLabels, encodeLabels } from './label-codec';
import { renderScorePanel, type TexRenderer } from './score-panel';
import { renderDatasetPanel } from './dataset-panel';
import { tfAgreement } from './tf-agreement';
import { labelName } from './words';

type Ops = typeof import('../../tf/metrics-ops');
type Figures = typeof import('./figures');
type Which = 'truth' | 'prediction';
interface PlaygroundState {
  truth: number[];
  prediction: number[];
  brush: number;
}

const PIXELS = GRID_SIZE * GRID_SIZE;
const sameLabels = (a: readonly number[], b: readonly number[]): boolean => a.every((v, i) => v === b[i]);

/** The state a mount starts from: the URL's label maps, else the preset named by data-preset. */
function initialState(
  host: HTMLElement,
  prefix: string,
): { state: PlaygroundState; defaults: { t: string; p: string } } {
  const preset: PresetName = isPresetName(host.dataset.preset ?? '') ? (host.dataset.preset as PresetName) : 'shifted';
  const initial = presetPair(preset);
  const defaults = { t: encodeLabels(initial.truth), p: encodeLabels(initial.prediction) };
  const query = readQuery(prefix, defaults);
  const truth = decodeLabels(query.t, PIXELS, PLAYGROUND_CLASS_COUNT) ?? initial.truth;
  const prediction = (decodeLabels(query.p, PIXELS, PLAYGROUND_CLASS_COUNT) ?? initial.prediction).map((p) =>
    p === IGNORE_LABEL ? 0 : p,
  );
  const checked = host.querySelector<HTMLInputElement>('input[name$="-brush"]:checked');
  return { state: { truth, prediction, brush: checked ? Number(checked.value) : 1 }, defaults };
}

/** The two paintable grids, painting with the brush into the state, until `signal` aborts. */
function bindGrids(
  host: HTMLElement,
  state: Atom<PlaygroundState>,
  signal: AbortSignal,
  pickBrush: (label: number) => void,
  m: Messages,
): Record<Which, PaintGrid> {
  const q = finder(host);
  const cursorLine = q('.cursor-line');
  const problem = q('.problem');
  const describeCell = (which: Which, index: number): void => {
    const s = state.get();
    const row = Math.floor(index / GRID_SIZE) + 1;
    const col = (index % GRID_SIZE) + 1;
    cursorLine.textContent = m.t('metricsPlayground.cursorCell', {
      grid: m.t(which === 'truth' ? 'metricsPlayground.truth' : 'metricsPlayground.prediction'),
      row,
      column: col,
      truth: labelName(m, s.truth[index]),
      prediction: labelName(m, s.prediction[index]),
      brush: labelName(m, s.brush),
    });
  };
  const bind = (which: Which): PaintGrid =>
    bindPaintGrid(
      q(`.paint-grid[data-grid="${which}"]`),
      { size: GRID_SIZE, numClasses: PLAYGROUND_CLASS_COUNT, ignoreLabel: IGNORE_LABEL },
      {
        paint: (index) => {
          const { brush } = state.get();
          if (which === 'prediction' && brush === IGNORE_LABEL) {
            problem.textContent = m.t('metricsPlayground.noIgnoreInPrediction');
            return;
          }
          problem.textContent = '';
          state.set((s) => {
            if (s[which][index] === brush) return s;
            const labels = [...s[which]];
            labels[index] = brush;
            return { ...s, [which]: labels };
          });
          describeCell(which, index);
        },
        moved: (index) => describeCell(which, index),
        pick: pickBrush,
      },
      signal,
    );
  return { truth: bind('truth'), prediction: bind('prediction') };
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const prefix = host.dataset.id ?? 'metrics';
  const { state: initial, defaults } = initialState(host, prefix);
  const state = atom<PlaygroundState>(initial);
  const companions = companionImages();
  const presets = Array.from(host.querySelectorAll<HTMLButtonElement>('button[data-preset]'));
  const status = q('.status');
  const results = q('.results');
  let ops: Ops | undefined;
  let renderTex: TexRenderer | null = null;

  const pickBrush = (label: number): void => {
    const radio = host.querySelector<HTMLInputElement>(`input[name$="-brush"][value="${label}"]`);
    if (radio) radio.checked = true;
    state.set((s) => ({ ...s, brush: label }));
    q('.problem').textContent = '';
  };
  const grids = bindGrids(host, state, signal, pickBrush, m);

  const checkTf = (confusion?: ConfusionMatrix): void => {
    const s = state.get();
    if (!ops) return;
    const reference = confusion ?? confusionMatrix(s.truth, s.prediction, PLAYGROUND_CLASS_COUNT);
    tfAgreement(status, ops, s, reference, PLAYGROUND_CLASS_COUNT, m);
  };

  // The charts (Observable Plot) and KaTeX load with the first change: the build drew the first state's figures
  // and formulas, so opening the page evaluates neither.
  let figures: Figures | undefined;
  let drawing: Promise<void> | undefined;
  const loadDrawing = (): Promise<void> =>
    (drawing ??= Promise.all([import('./figures'), import('katex')]).then(([module, { default: katex }]) => {
      figures = module;
      renderTex = (tex, element) => katex.render(tex, element, { throwOnError: false, output: 'htmlAndMathml' });
    }));

  const render = (): void => {
    const s = state.get();
    grids.truth.show(s.truth);
    grids.prediction.show(s.prediction);
    if (!figures) {
      // The painted cell shows now; the numbers, formulas and charts follow in a moment, all at once. Until then
      // the results are marked busy (and dimmed), so the build's numbers are not read as the new state's.
      results.setAttribute('aria-busy', 'true');
      loadDrawing().then(schedule, (error: unknown) => {
        results.removeAttribute('aria-busy');
        status.textContent = m.t('metricsPlayground.drawFailed', { error: String(error) });
      });
      return;
    }
    results.removeAttribute('aria-busy');
    const confusion = confusionMatrix(s.truth, s.prediction, PLAYGROUND_CLASS_COUNT);
    renderScorePanel(q('.scores'), { confusion, pixels: PIXELS, renderTex }, m);
    const width = Math.max(280, results.clientWidth);
    q('.matrix-drawing').replaceChildren(figures.matrixFigure(m, confusion, width));
    q('.bars-drawing').replaceChildren(figures.barsFigure(m, confusion, width));
    const images = [{ truth: s.truth, prediction: s.prediction }, ...companions.map((c) => c.pair)];
    renderDatasetPanel(q('.dataset'), compareProtocols(images, PLAYGROUND_CLASS_COUNT), m);
    for (const button of presets) {
      const name = button.dataset.preset ?? '';
      const pair = isPresetName(name) ? presetPair(name) : null;
      const active = pair !== null && sameLabels(pair.truth, s.truth) && sameLabels(pair.prediction, s.prediction);
      button.setAttribute('aria-pressed', String(active));
    }
    checkTf(confusion);
  };
  const schedule = perFrame(signal, render);
  // A pointer over the widget or the focus inside it means a change may come: load the charts and KaTeX now, so
  // that the first change draws at once instead of waiting for them.
  const preload = (): void => void loadDrawing().catch(() => undefined);
  for (const type of ['pointerover', 'focusin', 'touchstart']) {
    host.addEventListener(type, preload, { signal, once: true, passive: true });
  }

  for (const radio of host.querySelectorAll<HTMLInputElement>('input[name$="-brush"]')) {
    radio.addEventListener(
      'change',
      () => {
        if (radio.checked) pickBrush(Number(radio.value));
      },
      { signal },
    );
  }
  for (const button of presets) {
    button.addEventListener(
      'click',
      () => {
        const name = button.dataset.preset ?? '';
        if (!isPresetName(name)) return;
        const pair = presetPair(name);
        q('.problem').textContent = '';
        state.set((s) => ({ ...s, truth: pair.truth, prediction: pair.prediction }));
      },
      { signal },
    );
  }
  const unsubscribe = state.subscribe((s, previous) => {
    if (s.truth !== previous.truth || s.prediction !== previous.prediction) {
      writeQuery(prefix, { t: encodeLabels(s.truth), p: encodeLabels(s.prediction) }, defaults);
      schedule();
    }
  });
  onBackendChange(signal, () => checkTf());
  // The build drew the preset's state; a state from the URL is drawn now.
  if (encodeLabels(initial.truth) !== defaults.t || encodeLabels(initial.prediction) !== defaults.p) render();

  // tfjs (on this thread: a small check, not a model) once the widget is on screen and the page is idle. Not
  // ahead of time like the figures: the check only writes the status line, and starting tfjs costs the main
  // thread a few hundred milliseconds on a phone, which a reader still reading the text above should not pay.
  void whenNear(host, { signal, rootMargin: '0px' })
    .then(() => whenIdle(signal))
    .then(async () => {
      status.textContent = m.t('metricsPlayground.statusLoading');
      try {
        ops = await tfModule(host, signal, () => import('../../tf/metrics-ops'));
        checkTf();
      } catch (error) {
        status.textContent = m.t('metricsPlayground.tfFailed', { error: String(error) });
      }
    });

  return unsubscribe;
}

defineWidget('metrics-playground', mount);
