/**
 * <vgg-table-el>: height and width sliders → every VGG16 layer's shape, parameters, multiply-adds, receptive
 * field and stride (src/lib/vgg16-shapes.ts), and the shapes our ÷8 network returns in tfjs on that size
 * (src/tf/vgg-run.ts), compared cell by cell (height and width; our channels are narrower by design).
 */
import { vgg16Table, type Vgg16Row } from '../../lib/vgg16-shapes';
import { describeWidths, SHIPPED_CONFIG } from '../../tf/fcn/config';
import type { ShapeRun } from '../../tf/vgg-run';
import { atom } from '../shared/atom';
import { readQuery, writeQuery } from '../shared/url-state';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../live-ops/sliders';
import { linkTf } from '../live-ops/tf-link';
import { rowCells, shapeText, totalCells } from './rows';
import { requiredIn } from '../shared/dom';

interface State extends Record<string, number> { height: number; width: number }
type VggRun = typeof import('../../tf/vgg-run');

/** Wait this long after the last slider move before running the network (a 512² run takes a moment). */
const SETTLE_MS = 150;

class VggTable extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const q = requiredIn(this, 'vgg-table-el');
    const [body, caption, problem, status, totalParams, totalMacs] =
      ['tbody', 'caption', '.problem', '.status', '.total-params', '.total-macs'].map((s) => q(s));
    const prefix = this.dataset.id ?? 'vgg';
    const defaults: State = { height: Number(this.dataset.height ?? 224), width: Number(this.dataset.width ?? 224) };
    const inputs = numberInputs(this, ['height', 'width']);
    const state = atom<State>(clampToInputs(inputs, readQuery(prefix, defaults)));
    let rows: Vgg16Row[] = [];
    let token = 0;
    let timer: number | undefined;

    const showMeasured = (current: State, run: ShapeRun, backend: string): void => {
      let matches = 0;
      for (const layer of run.layers) {
        const cell = body.querySelector<HTMLElement>(`tr[data-layer="${layer.name}"] td.measured`);
        const predicted = rows.find((r) => r.name === layer.name);
        if (!cell || !predicted) continue;
        const match = predicted.shape[0] === layer.shape[0] && predicted.shape[1] === layer.shape[1];
        if (match) matches++;
        cell.textContent = shapeText(layer.shape);
        cell.dataset.match = String(match);
      }
      const all = matches === run.layers.length && run.layers.length === rows.length - 1;
      const lead = document.createElement('span');
      lead.className = all ? 'agree' : '';
      lead.textContent = all ? `Measured = predicted for all ${run.layers.length} layers` : `${run.layers.length - matches} layers differ from the prediction`;
      status.replaceChildren(lead, `: our narrow network (random weights; shapes do not depend on them) ran on a ${current.height} × ${current.width} ` +
        `random image in ${run.milliseconds.toFixed(0)} ms on ${backend}. Its channels are narrow by design (${describeWidths(SHIPPED_CONFIG)}, fc8: ${SHIPPED_CONFIG.numClasses} classes).`);
      status.dataset.match = String(all);
    };

    const measure = (current: State, module: VggRun, backend: string): void => {
      const mine = ++token;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        status.textContent = `Running our network on ${current.height} × ${current.width}…`;
        module.measureShapes(current.height, current.width)
          .then((run) => { if (mine === token) showMeasured(current, run, backend); })
          .catch((error: unknown) => { if (mine === token) status.textContent = `tfjs failed: ${String(error)}`; });
      }, SETTLE_MS);
    };
    const link = linkTf<VggRun>(this, () => import('../../tf/vgg-run'), (module, backend) => measure(state.get(), module, backend),
      (message) => { status.textContent = message; });

    const render = (current: State): void => {
      showValues(inputs, current);
      const table = vgg16Table(current.height, current.width);
      if (!table.ok) {
        problem.textContent = table.reason;
        return;
      }
      problem.textContent = '';
      rows = table.rows;
      caption.textContent = `Full-width VGG16 (computed) and our network (run in tfjs) on a ${current.height} × ${current.width} input`;
      for (const row of rows) {
        const tr = body.querySelector(`tr[data-layer="${row.name}"]`);
        if (!tr) continue;
        const cells = rowCells(row);
        const notation = tr.querySelector('.notation');
        if (notation) notation.textContent = cells[0];
        const [predicted, measured, params, macs, field] = Array.from(tr.querySelectorAll('td'));
        predicted.textContent = cells[1];
        params.textContent = cells[2];
        macs.textContent = cells[3];
        field.textContent = `${cells[4]} / ${cells[5]}`;
        measured.textContent = row.kind === 'input' ? '(the input)' : '…';
        delete measured.dataset.match;
      }
      const totals = totalCells(rows);
      totalParams.textContent = totals.parameters;
      totalMacs.textContent = totals.multiplyAdds;
      const ready = link.ready();
      if (ready) measure(current, ready.module, ready.backend);
    };

    bindNumbers(inputs, state);
    state.subscribe((current) => {
      render(current);
      writeQuery(prefix, current, defaults);
    });
    render(state.get());
  }
}

if (!customElements.get('vgg-table-el')) customElements.define('vgg-table-el', VggTable);
