/**
 * <output-size-explorer>: six sliders (i, k, s, p, a, d) → the transposed-conv size formula with the numbers
 * substituted (KaTeX, loaded when the widget comes near the screen), the input and output drawn to scale,
 * and the forward conv whose shape this undoes. Impossible combinations are explained in `.problem` while
 * the last good drawing stays, dimmed. State lives in one atom per instance and in the URL query.
 */
import type { KatexOptions } from 'katex';
import { drawOutputSize } from '../../figures/output-size';
import { outputSizeReport, type ValidOutputSize } from '../../lib/conv/output-size';
import { atom } from '../shared/atom';
import { finder, prefersReducedMotion } from '../shared/dom';
import { whenNear } from '../shared/lazy';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { formulaTex, formulaText, KATEX_OPTIONS } from './formula';
import { forwardSentence, renderForwardPanel } from './forward-panel';
import {
  clampState,
  DEFAULT_STATE,
  describeState,
  stateFromDataset,
  SYMBOLS,
  toParams,
  type OutputSizeState,
} from './state';

type RenderMath = (tex: string, element: HTMLElement, options: KatexOptions) => void;

interface Parts {
  inputs: Map<string, HTMLInputElement>;
  formula: HTMLElement;
  drawing: HTMLElement;
  forward: HTMLElement;
  status: HTMLElement;
  problem: HTMLElement;
}

function findParts(host: HTMLElement): Parts {
  const q = finder(host);
  const inputs = new Map<string, HTMLInputElement>();
  for (const key of SYMBOLS) inputs.set(key, q<HTMLInputElement>(`input[name="${key}"]`));
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
  const prefix = host.dataset.id ?? 'size';
  const defaults = stateFromDataset(host.dataset);
  const state = atom<OutputSizeState>(clampState(readQuery(prefix, defaults)));
  let renderMath: RenderMath | undefined;
  let figure: SVGSVGElement | undefined;
  let lastValid: OutputSizeState = outputSizeReport(toParams(defaults)).ok ? defaults : clampState(DEFAULT_STATE);

  /** Typeset the formula (plain text until KaTeX has loaded); `data-tex` says what is shown, so the
   * build-time typesetting stays when the state has not changed. */
  const showFormula = (current: OutputSizeState, valid: boolean): void => {
    const params = toParams(current);
    const tex = formulaTex(params, valid);
    parts.formula.classList.toggle('invalid', !valid);
    if (tex === parts.formula.dataset.tex) return;
    if (renderMath) {
      renderMath(tex, parts.formula, { ...KATEX_OPTIONS });
      parts.formula.dataset.tex = tex;
    } else {
      parts.formula.textContent = formulaText(params);
      delete parts.formula.dataset.tex;
    }
  };

  const drawValid = (current: OutputSizeState, report: ValidOutputSize, animate: boolean): void => {
    figure = drawOutputSize(
      { input: current.i, canvas: report.canvas, padding: current.p, outputPadding: current.a, output: report.output },
      {
        width: Math.max(280, parts.drawing.clientWidth || 640),
        animate: animate && !prefersReducedMotion(),
        previous: figure,
      },
    );
    if (figure.parentNode !== parts.drawing) parts.drawing.replaceChildren(figure);
    renderForwardPanel(parts.forward, toParams(current), report);
  };

  const render = (current: OutputSizeState, animate: boolean): void => {
    for (const [key, input] of parts.inputs) {
      input.value = String(current[key]);
      const output = input.closest('label')?.querySelector('output');
      if (output) output.textContent = String(current[key]);
    }
    const report = outputSizeReport(toParams(current));
    showFormula(current, report.ok);
    parts.drawing.classList.toggle('stale', !report.ok);
    parts.forward.classList.toggle('stale', !report.ok);
    if (report.ok) {
      lastValid = current;
      drawValid(current, report, animate);
      parts.problem.textContent = '';
      parts.status.textContent = `Input ${current.i} × ${current.i} → output ${report.output} × ${report.output} (o = ${report.output}).`;
      return;
    }
    parts.problem.textContent = report.reason;
    const fallback = outputSizeReport(toParams(lastValid));
    if (fallback.ok) {
      if (!figure) drawValid(lastValid, fallback, false);
      const text = parts.forward.querySelector('.forward-text');
      if (text) text.textContent = `For the last valid numbers: ${forwardSentence(toParams(lastValid), fallback)}`;
    }
    parts.status.textContent = `No output for these numbers; the dimmed drawing shows the last valid ones (${describeState(lastValid)}).`;
  };

  for (const [key, input] of parts.inputs) {
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
    writeQuery(prefix, current, defaults);
  });
  render(state.get(), false);

  let lastWidth = parts.drawing.clientWidth;
  const resize = new ResizeObserver(() => {
    if (parts.drawing.clientWidth === lastWidth) return;
    lastWidth = parts.drawing.clientWidth;
    const report = outputSizeReport(toParams(lastValid));
    if (report.ok) drawValid(lastValid, report, false);
  });
  resize.observe(parts.drawing);

  void whenNear(host, { signal }).then(async () => {
    const katex = await unlessAborted(signal, import('katex'));
    renderMath = katex.default.render;
    const current = state.get();
    showFormula(current, outputSizeReport(toParams(current)).ok);
  });
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('output-size-explorer', mount);
