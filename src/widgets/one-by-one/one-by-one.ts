/**
 * <one-by-one-el>: sliders C_in, C_out, H, W and the pixel (y, x) → shapes, parameters, multiply-adds, the
 * map with the pixel marked (click a cell to pick it), and the pixel's vector times W with real ops
 * (src/tf/one-by-one-ops.ts) beside tf.conv2d's output there. One atom per instance; state in the URL query.
 */
import { drawPixelGrid } from '../../figures/pixel-grid';
import { messagesOf } from '../../i18n/client';
import { atom } from '../shared/atom';
import { linkComparison, showComputed } from '../shared/comparison';
import { finder, setText } from '../shared/dom';
import { formatDifference } from '../shared/format';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../shared/number-inputs';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { productTable } from './product-table';
import {
  costSentence,
  gridData,
  gridOptions,
  keepPixelInside,
  ONE_DEFAULTS,
  ONE_KEYS,
  parameterSentence,
  shapeSentence,
  type OneByOneState,
} from './state';

const TOLERANCE = 1e-4;

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const [shapes, params, cost, drawing, product, status] = [
    '.shapes',
    '.params',
    '.cost',
    '.drawing',
    '.product',
    '.status',
  ].map((s) => q(s));
  const cue = q('.scroll-cue');
  /** When the product table is wider than its box (many output channels on a phone), say that it scrolls. */
  const markOverflow = (): void => {
    const wide = product.scrollWidth > product.clientWidth + 1;
    cue.hidden = !wide;
    product.dataset.wide = String(wide);
  };
  const resize = new ResizeObserver(markOverflow);
  resize.observe(product);
  const prefix = host.dataset.id ?? 'onebyone';
  const seed = Number(host.dataset.seed ?? 3);
  const inputs = numberInputs(host, ONE_KEYS);
  const setPixelRange = (s: OneByOneState): void => {
    inputs.get('row')?.setAttribute('max', String(s.H - 1));
    inputs.get('col')?.setAttribute('max', String(s.W - 1));
  };
  const initial = readQuery(prefix, ONE_DEFAULTS);
  setPixelRange(clampToInputs(inputs, { ...initial, row: 0, col: 0 }));
  const state = atom<OneByOneState>(keepPixelInside(clampToInputs(inputs, initial)));

  const compute = (current: OneByOneState, module: typeof import('../../tf/one-by-one-ops'), backend: string): void => {
    showComputed(status, m, () => {
      const result = module.oneByOne({
        height: current.H,
        width: current.W,
        inChannels: current.cin,
        outChannels: current.cout,
        row: current.row,
        col: current.col,
        seed,
      });
      product.replaceChildren(productTable(result, [current.row, current.col], m));
      markOverflow();
      const agree = result.maxDifference < TOLERANCE;
      return {
        agree,
        lead: m.t(agree ? 'oneByOne.agrees' : 'oneByOne.differs', { backend }),
        details: m.t('oneByOne.details', {
          difference: formatDifference(result.maxDifference),
          shape: result.outputShape.join(', '),
        }),
        maxDifference: result.maxDifference,
      };
    });
  };
  const link = linkComparison(
    host,
    signal,
    () => import('../../tf/one-by-one-ops'),
    (module, backend) => compute(state.get(), module, backend),
    status,
    m,
  );

  // The tfjs product runs once the controls rest (150 ms), not inside every slider event; it also writes the
  // product table and measures whether it overflows, which outside the event forces no extra layout.
  const afterRest = settled(150, signal);
  const computeSoon = (): void =>
    afterRest(() => {
      const ready = link.ready();
      if (ready) compute(state.get(), ready.module, ready.backend);
    });
  // The drawing's width: read once, then from the ResizeObserver (not inside a slider event, after the text).
  let drawingWidth = drawing.clientWidth;
  const drawGrid = (current: OneByOneState): void => {
    drawing.replaceChildren(drawPixelGrid(gridData(current, m), gridOptions(drawingWidth || 600)));
  };

  const render = (current: OneByOneState): void => {
    setPixelRange(current);
    showValues(inputs, current);
    setText(shapes, shapeSentence(current, m));
    setText(params, parameterSentence(current, m));
    setText(cost, costSentence(current, m));
    drawGrid(current);
    if (link.ready()) computeSoon();
  };

  drawing.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element).closest('[data-cell]');
      const cell = target?.getAttribute('data-cell');
      if (!cell) return;
      const [row, col] = cell.split(',').map(Number);
      state.set((previous) => ({ ...previous, row, col }));
    },
    { signal },
  );
  bindNumbers(inputs, state, signal);
  // The URL follows once the controls rest (history.replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const unsubscribe = state.subscribe((current, previous) => {
    const inside = keepPixelInside(current);
    if (inside !== current) {
      state.set(inside);
      return;
    }
    if (current === previous) return;
    render(current);
    writeSoon(() => writeQuery(prefix, current, ONE_DEFAULTS));
  });
  render(state.get());
  const drawingResize = new ResizeObserver(() => {
    if (Math.abs(drawing.clientWidth - drawingWidth) < 8) return;
    drawingWidth = drawing.clientWidth;
    drawGrid(state.get());
  });
  drawingResize.observe(drawing);
  return () => {
    unsubscribe();
    resize.disconnect();
    drawingResize.disconnect();
  };
}

defineWidget('one-by-one-el', mount);
