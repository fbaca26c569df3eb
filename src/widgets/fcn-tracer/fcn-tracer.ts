/**
 * <fcn-tracer>: push an input size through FCN-32s/16s/8s in one of three designs and show every layer's size and
 * coordinate map, the crops, and a to-scale picture of where the output lands on the input. "Run it for real"
 * builds the same network in tfjs (narrow, random weights) and puts the sizes it actually returns next to the
 * predicted ones. State: one atom per instance, mirrored in the URL query under the prefix data-id.
 */
import { drawFcnTracer } from '../../figures/fcn-tracer';
import { messagesOf, type Messages } from '../../i18n/client';
import { fcnLayout, type FcnLayout } from '../../lib/fcn/geometry';
import type { TraceRun } from '../../tf/fcn-trace-run';
import { atom, type Atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { modelOps, type ModelOps } from '../shared/model-ops';
import { whenIdle } from '../shared/lazy';
import { onBackendChange } from '../shared/tf';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { renderCropRows, renderLayerRows } from './layer-table';
import { pictureData } from './picture-data';
import { runReport } from './run-report';
import { FCN_VARIANT_LABELS } from '../../lib/fcn/variants';
import { RUN_CHANNELS, sameState, sanitize, type StateProblem, type TracerState } from './state';
import { cropColumns, cropRows, layerRows } from './table-rows';
import { designLabel, dims, layoutSentence, problemText, roundingLabel } from './words';

type Runner = ModelOps;
type Field = keyof TracerState;

/** Let the browser paint (the "running…" state) before a long synchronous tfjs call. */
const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function reportElement(layout: FcnLayout, run: TraceRun, m: Messages): HTMLElement {
  const report = runReport(layout, run, m);
  const span = document.createElement('span');
  span.className = report.agrees ? 'agree' : 'disagree';
  span.textContent = report.text;
  return span;
}

/** Controls → state (sanitized; `onProblems` hears what had to change), and state → controls. */
function bindControls(
  host: HTMLElement,
  state: Atom<TracerState>,
  signal: AbortSignal,
  onProblems: (problems: StateProblem[]) => void,
): () => void {
  const fields = Array.from(host.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]'));
  const show = (s: TracerState): void => {
    for (const control of fields) {
      const value = String(s[control.dataset.field as Field]);
      if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === value;
      else if (control !== document.activeElement || Number(control.value) !== Number(value)) control.value = value;
    }
  };
  show(state.get());
  for (const control of fields) {
    const field = control.dataset.field as Field;
    const onChange = (): void => {
      if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
      const next = sanitize({ ...state.get(), [field]: control.value }, state.get());
      onProblems(next.problems);
      state.set((previous) => (sameState(previous, next.state) ? previous : next.state));
    };
    control.addEventListener(
      control instanceof HTMLSelectElement || control.type === 'radio' ? 'change' : 'input',
      onChange,
      { signal },
    );
  }
  return state.subscribe(show);
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const id = host.dataset.id ?? 'tracer';
  const { variant, design, rounding, height, width } = host.dataset;
  const defaults = sanitize({ variant, design, rounding, height, width }).state;
  const fromQuery = sanitize(readQuery(id, defaults), defaults);
  const state = atom(fromQuery.state);
  const [drawing, status, table, problem, summary] = [
    '.drawing',
    '.status',
    '.layer-scroll',
    '.problem',
    '.summary',
  ].map((s) => q(s));
  const button = q<HTMLButtonElement>('button.run');
  let inputProblems = fromQuery.problems;
  let lastRun: { state: TracerState; run: TraceRun } | undefined;
  let runner: Promise<Runner> | undefined;
  let running = false;

  const layout = (): FcnLayout => {
    const s = state.get();
    return fcnLayout({
      variant: s.variant,
      design: s.design,
      poolRounding: s.rounding,
      height: s.height,
      width: s.width,
    });
  };

  const showProblems = (): void => {
    const shown = layout();
    const sentence = layoutSentence(shown, m);
    const failure = shown.ok ? '' : sentence;
    problem.textContent = [...inputProblems.map((p) => problemText(m, p)), failure].filter(Boolean).join(' ');
    summary.textContent = shown.ok ? sentence : '';
  };

  /** Show the "scroll →" cue while the layer table is wider than its box. Called from the ResizeObserver, after
   * layout: reading the widths inside a slider event, after the rows were written, would force a layout. */
  const markOverflow = (): void => {
    host.toggleAttribute('data-layers-overflow', table.scrollWidth > table.clientWidth + 1);
  };

  // The drawing's width, from the ResizeObserver only: its first report comes after the page's first layout, so
  // neither the mount nor a slider event forces one. Until then the build's picture stands.
  let drawingWidth: number | undefined;
  const drawPicture = (): void => {
    if (drawingWidth === undefined) return;
    const shown = layout();
    const size = Math.min(640, Math.max(240, Math.floor(drawingWidth || 560)));
    if (drawing.dataset.width === String(size) && drawing.dataset.key === JSON.stringify(shown.options)) return;
    drawing.dataset.width = String(size);
    drawing.dataset.key = JSON.stringify(shown.options);
    drawing.replaceChildren(drawFcnTracer(pictureData(shown, m), { width: size, m }));
  };

  // The build rendered the tables for the default state: until the state or a run changes them, they stand.
  let builtTables = sameState(fromQuery.state, defaults) && fromQuery.problems.length === 0;

  // The URL follows once the controls rest (history.replaceState costs more than the whole update).
  const writeSoon = settled(200, signal);

  const update = (): void => {
    const s = state.get();
    const shown = layout();
    writeSoon(() => writeQuery(id, s, defaults));
    showProblems();
    const run = lastRun && sameState(lastRun.state, s) ? lastRun.run : undefined;
    builtTables &&= !run && sameState(s, defaults);
    if (!builtTables) {
      renderLayerRows(q<HTMLTableSectionElement>('tbody.layers'), layerRows(shown, m, run?.layers));
      renderCropRows(q<HTMLTableSectionElement>('tbody.crops'), cropRows(shown, m), cropColumns(m));
    }
    drawPicture();
    if (running) return;
    if (run) status.replaceChildren(reportElement(shown, run, m));
    else status.textContent = m.t('fcnTracer.idle');
  };

  const markStale = (text: string): void => {
    if (!lastRun || running) return;
    lastRun = undefined;
    update();
    status.textContent = text;
  };

  const loadRunner = (): Promise<Runner> => {
    runner ??= modelOps(host, signal);
    return runner;
  };

  const setRunning = (on: boolean): void => {
    running = on;
    button.disabled = on;
    if (on) table.setAttribute('aria-busy', 'true');
    else table.removeAttribute('aria-busy');
  };

  const run = async (): Promise<void> => {
    const s = state.get();
    if (running) return;
    setRunning(true);
    status.textContent = m.t('fcnTracer.running', {
      network: FCN_VARIANT_LABELS[s.variant],
      design: designLabel(m, s.design),
      rounding: roundingLabel(m, s.rounding),
      size: dims(s),
    });
    let ran = false;
    try {
      const loaded = await loadRunner();
      await unlessAborted(signal, nextPaint());
      const result = await unlessAborted(
        signal,
        loaded.runFcnTrace({
          design: s.design,
          variant: s.variant,
          poolRounding: s.rounding,
          height: s.height,
          width: s.width,
          channels: RUN_CHANNELS,
          classes: RUN_CHANNELS,
        }),
      );
      lastRun = { state: s, run: result };
      ran = true;
    } catch (error) {
      status.textContent = m.t('fcnTracer.runFailed', { error: String(error) });
    }
    setRunning(false);
    if (ran) update();
  };

  const unbind = bindControls(host, state, signal, (problems) => {
    inputProblems = problems;
    host.toggleAttribute('data-invalid', problems.length > 0);
    showProblems();
  });
  const unsubscribe = state.subscribe(update);
  setRunning(false); // a run the previous mount did not finish ended with it
  update();
  const resize = new ResizeObserver((entries) => {
    const seen = entries.find((entry) => entry.target === drawing);
    if (seen) {
      drawingWidth = seen.contentRect.width;
      drawPicture();
    }
    markOverflow();
  });
  resize.observe(drawing);
  resize.observe(table);
  // The table inside the scroll box grows and shrinks with its rows: the overflow cue follows it.
  const inner = table.querySelector('table');
  if (inner) resize.observe(inner);
  onBackendChange(signal, () => markStale(m.t('fcnTracer.backendChanged')));
  button.addEventListener('click', () => void run(), { signal });
  // The model worker (tfjs) starts once the page is idle, so its download never competes with the page's own.
  void whenIdle(signal).then(() => loadRunner().catch(() => undefined));

  return () => {
    unbind();
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('fcn-tracer', mount);
