/**
 * <vgg-table-el>: height and width sliders, fc6's padding and the last layer → every VGG16 layer's shape,
 * parameters, multiply-adds, receptive field and stride (src/lib/fcn/vgg16-table.ts via ./rows), and the shapes our
 * narrow network returns in tfjs on that size (src/tf/vgg-run.ts), compared cell by cell (height and width; our
 * channels are narrower by design). Our network pads fc6 by 3: with fc6 unpadded, its fc6 and later maps differ
 * from VGG16's by design and are shown, not compared.
 */
import type { ShapeRun } from '../../tf/vgg-run';
import { messagesOf } from '../../i18n/client';
import { blockWidths, SHIPPED_CONFIG } from '../../lib/fcn/config';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../shared/number-inputs';
import { linkTf } from '../shared/tf';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, perFrame, type MountContext, type Teardown } from '../shared/widget';
import {
  CLASS_CHOICES,
  FC6_PADDINGS,
  isTop,
  problemText,
  rowCells,
  shapeText,
  shownTable,
  TABLE_DEFAULTS,
  totalCells,
  type ShownRow,
  type TableChoice,
} from './rows';

type VggRun = typeof import('../../tf/vgg-run');

/** Wait this long after the last slider move before running the network (a 512² run takes a moment). */
const SETTLE_MS = 150;

/** A value read from a URL, kept only when it is one of the choices. */
const oneOf = (choices: readonly number[], value: number, fallback: number): number =>
  choices.includes(value) ? value : fallback;

/** Our network's fc6 is padded by 3: with another padding, fc6 and the layers above it differ by design. */
const comparable = (row: ShownRow, choice: TableChoice): boolean => choice.fc6Padding === 3 || !isTop(row.name);

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const table = q('table');
  const [body, caption, problem, status, totalParams, totalMacs] = [
    'tbody',
    'caption',
    '.problem',
    '.status',
    '.total-params',
    '.total-macs',
  ].map((s) => q(s));
  const selects = ['fc6Padding', 'classes'].map((n) => q<HTMLSelectElement>(`select[name="${n}"]`));
  const [scroller, cue] = ['.table-scroll', '.scroll-cue'].map((s) => q(s));
  /** Say "scroll →" when the table is wider than its box (all six columns on a medium-width screen). */
  const markOverflow = (): void => {
    const wide = scroller.scrollWidth > scroller.clientWidth + 1;
    cue.hidden = !wide;
    scroller.dataset.wide = String(wide);
  };
  const resize = new ResizeObserver(markOverflow);
  resize.observe(scroller);
  // In the frame after a change, not inside the event: reading the widths after writing the rows forces a layout.
  const overflowSoon = perFrame(signal, markOverflow);
  host.addEventListener('change', overflowSoon, { signal });
  const prefix = host.dataset.id ?? 'vgg';
  const defaults: TableChoice = {
    ...TABLE_DEFAULTS,
    height: Number(host.dataset.height ?? 224),
    width: Number(host.dataset.width ?? 224),
  };
  const inputs = numberInputs(host, ['height', 'width']);
  const read = clampToInputs(inputs, readQuery(prefix, defaults));
  const state = atom<TableChoice>({
    ...read,
    fc6Padding: oneOf(FC6_PADDINGS, read.fc6Padding, defaults.fc6Padding),
    classes: oneOf(CLASS_CHOICES, read.classes, defaults.classes),
  });
  let rows: ShownRow[] = [];
  let token = 0;
  let timer: number | undefined;

  const showMeasured = (current: TableChoice, run: ShapeRun, backend: string): void => {
    let compared = 0;
    let matches = 0;
    for (const layer of run.layers) {
      const cell = body.querySelector<HTMLElement>(`tr[data-layer="${layer.name}"] td.measured`);
      const predicted = rows.find((r) => r.name === layer.name);
      if (!cell || !predicted) continue;
      cell.textContent = shapeText(layer.shape);
      if (!comparable(predicted, current)) {
        cell.dataset.match = 'design';
        continue;
      }
      compared++;
      const match = predicted.shape[0] === layer.shape[0] && predicted.shape[1] === layer.shape[1];
      if (match) matches++;
      cell.dataset.match = String(match);
    }
    const expected = rows.filter((r) => r.kind !== 'input' && comparable(r, current)).length;
    const all = matches === compared && compared === expected;
    const lead = document.createElement('span');
    lead.className = all ? 'agree' : '';
    lead.textContent = all
      ? m.t('vggTable.allMatch', { count: compared })
      : m.t('vggTable.someDiffer', { count: compared - matches });
    const scope = m.t(current.fc6Padding === 3 ? 'vggTable.scopeAll' : 'vggTable.scopePool5');
    const ran = m.t('vggTable.ranWith', {
      height: current.height,
      width: current.width,
      ms: Math.round(run.milliseconds),
      backend,
      widths: blockWidths(SHIPPED_CONFIG).join('-'),
      fcWidth: SHIPPED_CONFIG.fcWidth,
      classes: SHIPPED_CONFIG.numClasses,
    });
    status.replaceChildren(lead, scope + ran);
    status.dataset.match = String(all);
  };

  const measure = (current: TableChoice, module: VggRun, backend: string): void => {
    const mine = ++token;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      status.textContent = m.t('vggTable.running', { height: current.height, width: current.width });
      module
        .measureShapes(current.height, current.width)
        .then((run) => {
          if (mine === token && !signal.aborted) showMeasured(current, run, backend);
        })
        .catch((error: unknown) => {
          if (mine === token && !signal.aborted) status.textContent = m.t('vggTable.failed', { error: String(error) });
        });
    }, SETTLE_MS);
  };
  const link = linkTf<VggRun>(
    host,
    signal,
    () => import('../../tf/vgg-run'),
    (module, backend) => measure(state.get(), module, backend),
    (error) => {
      status.textContent = m.t('shared.tfLoadFailed', { error: String(error) });
    },
  );

  const render = (current: TableChoice): void => {
    showValues(inputs, current);
    selects[0].value = String(current.fc6Padding);
    selects[1].value = String(current.classes);
    const shown = shownTable(current);
    problem.textContent = problemText(shown.problem, m);
    // No window in some pool: keep the last table that worked, dimmed, and no run.
    table.classList.toggle('stale', !shown.ok);
    if (!shown.ok) {
      token++;
      window.clearTimeout(timer);
      return;
    }
    rows = shown.rows;
    caption.textContent = m.t('vggTable.caption', { height: current.height, width: current.width });
    for (const row of rows) {
      const tr = body.querySelector(`tr[data-layer="${row.name}"]`);
      if (!tr) continue;
      const cells = rowCells(row, m);
      const [name, notation, replaces] = ['.name', '.notation', '.replaces'].map((s) => tr.querySelector(s));
      if (name) name.textContent = row.label;
      if (notation) notation.textContent = cells.notation;
      if (replaces) replaces.textContent = cells.replaces;
      const [predicted, measured, params, macs, field] = Array.from(tr.querySelectorAll<HTMLElement>('td'));
      predicted.textContent = cells.shape;
      predicted.dataset.output = String(row.hasOutput);
      params.textContent = cells.parameters;
      macs.textContent = cells.multiplyAdds;
      field.textContent = cells.field;
      measured.textContent = row.kind === 'input' ? m.t('vggTable.theInput') : '…';
      delete measured.dataset.match;
    }
    const totals = totalCells(rows, m);
    totalParams.textContent = totals.parameters;
    totalMacs.textContent = totals.multiplyAdds;
    overflowSoon();
    const ready = link.ready();
    if (ready) measure(current, ready.module, ready.backend);
  };

  bindNumbers(inputs, state, signal);
  for (const select of selects) {
    select.addEventListener('change', () => state.set((s) => ({ ...s, [select.name]: Number(select.value) })), {
      signal,
    });
  }
  // The URL follows once the controls rest (history.replaceState costs more than the table's update).
  const writeSoon = settled(200, signal);
  const unsubscribe = state.subscribe((current) => {
    render(current);
    writeSoon(() => writeQuery(prefix, current, defaults));
  });
  render(state.get());
  return () => {
    unsubscribe();
    resize.disconnect();
    window.clearTimeout(timer);
  };
}

defineWidget('vgg-table-el', mount);
