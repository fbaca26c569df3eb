/**
 * <receptive-field-el>: the reader's stack + input size + output cell → the field at every level
 * (src/lib/conv/receptive-field.ts via ./facts) drawn by src/figures/receptive-field.ts, and the non-zero region of
 * a real tf.grad of that cell (src/tf/receptive-grad.ts) as dots, with an agree/disagree line.
 */
import { cellAt, drawReceptiveField } from '../../figures/receptive-field';
import { messagesOf } from '../../i18n/client';
import type { RfLayer } from '../../lib/conv/receptive-field';
import { atom } from '../shared/atom';
import { finder, setText } from '../shared/dom';
import { linkTf } from '../shared/tf';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { factLines, fieldFacts, fieldFigureData, problemLine, type FieldFacts } from './facts';
import { describeLayer, layersOf, MAX_LAYERS, parseStack } from './stack';

interface State extends Record<string, string | number> {
  size: number;
  stack: string;
  row: number;
  col: number;
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const [sizeInput, rowInput, colInput] = ['size', 'row', 'col'].map((n) => q<HTMLInputElement>(`input[name="${n}"]`));
  const preset = q<HTMLSelectElement>('select[name="preset"]');
  const [stackList, problem, fieldLine, cellLine, paramsLine, drawing, status] = [
    '.stack',
    '.problem',
    '.field',
    '.cell',
    '.params',
    '.drawing',
    '.status',
  ].map((s) => q(s));
  const removeButton = q<HTMLButtonElement>('button.remove');
  const addButtons = Array.from(host.querySelectorAll<HTMLButtonElement>('button[data-add]'));
  const prefix = host.dataset.id ?? 'rf';
  const defaults: State = {
    size: Number(host.dataset.size ?? 15),
    stack: host.dataset.stack ?? 'c3,c3,c3',
    row: 7,
    col: 7,
  };
  const initial = readQuery(prefix, defaults);
  const state = atom<State>({
    ...initial,
    size: Math.min(32, Math.max(4, Math.round(initial.size))),
    stack: parseStack(initial.stack).join(','),
  });
  let shown: { facts: FieldFacts; layers: RfLayer[]; current: State } | undefined;

  // The drawing's width: read once here, then kept by the ResizeObserver (reading it inside a slider event, after
  // the text was written, would force a layout in the middle of the event).
  let drawingWidth = drawing.clientWidth;
  let drawnGradient: Uint8Array | null = null;
  const draw = (gradient: Uint8Array | null): void => {
    if (!shown) return;
    const { facts, layers } = shown;
    drawnGradient = gradient;
    drawing.replaceChildren(
      drawReceptiveField(fieldFigureData(facts, layers, gradient, m), { width: Math.max(260, drawingWidth || 640) }),
    );
  };

  const check = (module: typeof import('../../tf/receptive-grad'), backend: string): void => {
    if (!shown) return;
    const { facts, layers, current } = shown;
    const [row, col] = [Math.min(current.row, facts.sizes.at(-1)! - 1), Math.min(current.col, facts.sizes.at(-1)! - 1)];
    try {
      const support = module.gradientSupport(current.size, current.size, layers, row, col, 1);
      const agree = module.maskMatches(support, facts.rows[0], facts.cols[0]);
      draw(support.mask);
      const count = support.mask.reduce((a, b) => a + b, 0);
      const lead = document.createElement('span');
      lead.className = agree ? 'agree' : '';
      lead.textContent = m.t(agree ? 'receptiveField.agrees' : 'receptiveField.disagrees', { backend });
      status.replaceChildren(
        lead,
        m.t('receptiveField.gradient', { row, col, count }) +
          (agree
            ? m.t('receptiveField.gradientSame')
            : m.t('receptiveField.gradientDiffers', { field: facts.rows[0].length * facts.cols[0].length })) +
          m.t('receptiveField.method'),
      );
      status.dataset.agree = String(agree);
    } catch (error) {
      status.textContent = m.t('receptiveField.failed', { error: String(error) });
    }
  };
  const link = linkTf(
    host,
    signal,
    () => import('../../tf/receptive-grad'),
    check,
    (error) => {
      status.textContent = m.t('shared.tfLoadFailed', { error: String(error) });
    },
  );

  // The tf.grad check runs once the controls rest (150 ms), not inside every slider event.
  const afterRest = settled(150, signal);
  const checkSoon = (): void =>
    afterRest(() => {
      const ready = link.ready();
      if (ready) check(ready.module, ready.backend);
    });

  let listedStack: string | undefined;
  const render = (current: State): void => {
    const tokens = parseStack(current.stack);
    const layers = layersOf(tokens);
    sizeInput.value = String(current.size);
    if (listedStack !== current.stack) {
      listedStack = current.stack;
      stackList.replaceChildren(
        ...layers.map((l) => {
          const li = document.createElement('li');
          li.textContent = describeLayer(l, m);
          return li;
        }),
      );
    }
    removeButton.disabled = tokens.length <= 1;
    for (const button of addButtons) button.disabled = tokens.length >= MAX_LAYERS;
    const facts = fieldFacts(current.size, layers, current.row, current.col);
    if (!facts.ok) {
      problem.textContent = problemLine(facts, layers, m);
      drawing.classList.add('stale');
      // The status line spoke of the last stack's tf.grad run: say what is shown instead of keeping it.
      if (shown) status.textContent = m.t('receptiveField.lastValid');
      delete status.dataset.agree;
      return;
    }
    problem.textContent = '';
    drawing.classList.remove('stale');
    const top = facts.sizes.at(-1)!;
    for (const [input, value] of [
      [rowInput, current.row],
      [colInput, current.col],
    ] as const) {
      input.max = String(top - 1);
      input.value = String(Math.min(value, top - 1));
    }
    for (const input of [sizeInput, rowInput, colInput]) {
      const output = input.closest('label')?.querySelector('output');
      if (output) setText(output, input.value);
    }
    const lines = factLines(facts, layers, m);
    setText(fieldLine, lines.field);
    setText(cellLine, lines.cell);
    setText(paramsLine, lines.params);
    shown = { facts, layers, current: { ...current, row: Number(rowInput.value), col: Number(colInput.value) } };
    draw(null);
    if (link.ready()) checkSoon();
    else status.textContent = m.t('receptiveField.loading');
  };

  const on = { signal };
  const setStack = (tokens: string[]): void => state.set((s) => ({ ...s, stack: tokens.join(',') }));
  for (const button of addButtons) {
    button.addEventListener(
      'click',
      () => setStack([...parseStack(state.get().stack), button.dataset.add ?? 'c3'].slice(0, MAX_LAYERS)),
      on,
    );
  }
  removeButton.addEventListener('click', () => setStack(parseStack(state.get().stack).slice(0, -1)), on);
  preset.addEventListener(
    'change',
    () => {
      if (preset.value) setStack(parseStack(preset.value));
    },
    on,
  );
  sizeInput.addEventListener('input', () => state.set((s) => ({ ...s, size: Number(sizeInput.value) })), on);
  rowInput.addEventListener('input', () => state.set((s) => ({ ...s, row: Number(rowInput.value) })), on);
  colInput.addEventListener('input', () => state.set((s) => ({ ...s, col: Number(colInput.value) })), on);
  drawing.addEventListener(
    'click',
    (event) => {
      const picker = (event.target as Element).closest('.cell-picker');
      if (!picker) return;
      const box = picker.getBoundingClientRect();
      const size = Number(picker.getAttribute('data-grid-size'));
      const [row, col] = cellAt(size, (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
      state.set((s) => ({ ...s, row, col }));
    },
    on,
  );
  // The URL follows once the controls rest (history.replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const unsubscribe = state.subscribe((current) => {
    if (preset.value && preset.value !== current.stack) preset.value = '';
    render(current);
    writeSoon(() => writeQuery(prefix, current, defaults));
  });
  render(state.get());
  const resize = new ResizeObserver(() => {
    if (Math.abs(drawing.clientWidth - drawingWidth) < 8) return;
    drawingWidth = drawing.clientWidth;
    draw(drawnGradient);
  });
  resize.observe(drawing);
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('receptive-field-el', mount);
