/**
 * <output-size-explorer>: six sliders (i, k, s, p, a, d) → the transposed-conv size formula with the numbers
 * substituted (typeset by KaTeX at build time; a change only rewrites its numbers), the input and output drawn
 * to scale, and the forward conv whose shape this undoes. Impossible combinations are explained in `.problem`
 * while the last good drawing stays, dimmed. State lives in one atom per instance and in the URL query.
 */
import { drawOutputSize } from '../../figures/output-size';
import { messagesOf } from '../../i18n/client';
import { outputSizeReport, type ValidOutputSize } from '../../lib/conv/output-size';
import { atom } from '../shared/atom';
import { finder, prefersReducedMotion, setText } from '../shared/dom';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { formulaNumbers, formulaText, updateFormula } from './formula';
import { figureText, forwardSentence, problemText, renderForwardPanel, statusText } from './forward-panel';
import {
  clampState,
  DEFAULT_STATE,
  describeState,
  stateFromDataset,
  SYMBOLS,
  toParams,
  type OutputSizeState,
} from './state';

interface Parts {
  inputs: Map<string, { input: HTMLInputElement; output: HTMLOutputElement | null }>;
  formula: HTMLElement;
  drawing: HTMLElement;
  forward: HTMLElement;
  status: HTMLElement;
  problem: HTMLElement;
}

function findParts(host: HTMLElement): Parts {
  const q = finder(host);
  const inputs = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement | null }>();
  for (const key of SYMBOLS) {
    const input = q<HTMLInputElement>(`input[name="${key}"]`);
    inputs.set(key, { input, output: input.closest('label')?.querySelector('output') ?? null });
  }
  return {
    inputs,
    formula: q('.formula'),
    drawing: q('.drawing'),
    forward: q('.forward'),
    status: q('.status'),
    problem: q('.problem'),
  };
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const parts = findParts(host);
  const m = messagesOf(host);
  const text = figureText(m);
  const prefix = host.dataset.id ?? 'size';
  const defaults = stateFromDataset(host.dataset);
  const state = atom<OutputSizeState>(clampState(readQuery(prefix, defaults)));
  // The URL follows once the slider rests (replaceState is slower than the whole redraw).
  const writeSoon = settled(200, signal);
  // The build-time drawing has no d3 data bound: the first render draws a new SVG in its place.
  let figure: SVGSVGElement | undefined;
  let lastValid: OutputSizeState = outputSizeReport(toParams(defaults)).ok ? defaults : clampState(DEFAULT_STATE);

  /** Write the numbers into the typeset formula (plain text if the markup is not KaTeX's). */
  const showFormula = (current: OutputSizeState, valid: boolean): void => {
    const params = toParams(current);
    const verdict = valid ? '' : m.t('outputSize.noValidOutput');
    parts.formula.classList.toggle('invalid', !valid);
    parts.formula.setAttribute('aria-label', valid ? formulaText(params) : `${formulaText(params)} ${verdict}`);
    if (!updateFormula(parts.formula, prefix, formulaNumbers(params), verdict)) {
      setText(parts.formula, `${formulaText(params)} ${verdict}`);
    }
  };

  // Read here and then by the ResizeObserver only: clientWidth read inside a slider event, after the controls
  // were written, would force a layout in the middle of the event.
  let drawingWidth = parts.drawing.clientWidth;
  const drawValid = (current: OutputSizeState, report: ValidOutputSize, animate: boolean): void => {
    figure = drawOutputSize(
      { input: current.i, canvas: report.canvas, padding: current.p, outputPadding: current.a, output: report.output },
      {
        width: Math.max(280, drawingWidth || 640),
        animate: animate && !prefersReducedMotion(),
        previous: figure,
        text,
      },
    );
    if (figure.parentNode !== parts.drawing) parts.drawing.replaceChildren(figure);
    renderForwardPanel(m, parts.forward, toParams(current), report);
  };

  let shown: OutputSizeState | undefined;
  const render = (current: OutputSizeState, animate: boolean): void => {
    for (const [key, { input, output }] of parts.inputs) {
      const value = String(current[key]);
      if (input.value !== value) input.value = value;
      if (output) setText(output, value);
    }
    const report = outputSizeReport(toParams(current));
    showFormula(current, report.ok);
    parts.drawing.classList.toggle('stale', !report.ok);
    parts.forward.classList.toggle('stale', !report.ok);
    if (report.ok) {
      lastValid = current;
      const same = shown !== undefined && SYMBOLS.every((key) => shown?.[key] === current[key]);
      if (!same) drawValid(current, report, animate);
      shown = current;
      setText(parts.problem, '');
      setText(parts.status, statusText(m, current.i, report.output));
      return;
    }
    setText(parts.problem, problemText(m, report.problem));
    const fallback = outputSizeReport(toParams(lastValid));
    if (fallback.ok) {
      if (!shown) {
        drawValid(lastValid, fallback, false);
        shown = lastValid;
      }
      const sentence = forwardSentence(m, toParams(lastValid), fallback);
      const forwardText = parts.forward.querySelector('.forward-text');
      if (forwardText) setText(forwardText, m.t('outputSize.forward.lastValid', { sentence }));
    }
    setText(parts.status, m.t('outputSize.status.invalid', { state: describeState(lastValid) }));
  };

  for (const [key, { input }] of parts.inputs) {
    input.addEventListener(
      'input',
      () => {
        const value = Number(input.value);
        state.set((previous) => clampState({ ...previous, [key]: value }));
      },
      { signal },
    );
  }
  const unsubscribe = state.subscribe((current) => {
    render(current, true);
    writeSoon(() => writeQuery(prefix, current, defaults));
  });
  // The build-time drawing is of the props' state: draw afresh (the URL may differ) but keep its element.
  render(state.get(), false);

  const resize = new ResizeObserver(() => {
    if (parts.drawing.clientWidth === drawingWidth) return;
    drawingWidth = parts.drawing.clientWidth;
    const report = outputSizeReport(toParams(lastValid));
    if (report.ok) drawValid(lastValid, report, false);
  });
  resize.observe(parts.drawing);
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('output-size-explorer', mount);
