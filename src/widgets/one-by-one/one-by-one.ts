/**
 * <one-by-one-el>: sliders C_in, C_out, H, W and the pixel (y, x) → shapes, parameters, multiply-adds, the
 * map with the pixel marked (click a cell to pick it), and the pixel's vector times W with real ops
 * (src/tf/one-by-one-ops.ts) beside tf.conv2d's output there. One atom per instance; state in the URL query.
 */
import { drawPixelGrid } from '../../figures/pixel-grid';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { formatDifference } from '../shared/format';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../shared/number-inputs';
import { linkTf } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { productTable } from './product-table';
import {
  costSentence,
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
    try {
      const result = module.oneByOne({
        height: current.H,
        width: current.W,
        inChannels: current.cin,
        outChannels: current.cout,
        row: current.row,
        col: current.col,
        seed,
      });
      product.replaceChildren(productTable(result, [current.row, current.col]));
      markOverflow();
      const agree = result.maxDifference < TOLERANCE;
      const lead = document.createElement('span');
      lead.className = agree ? 'agree' : '';
      lead.textContent = agree
        ? `tf.conv2d (1×1) agrees with tf.matMul at this pixel on ${backend}`
        : `tf.conv2d differs from tf.matMul on ${backend}`;
      status.replaceChildren(
        lead,
        `: largest difference ${formatDifference(result.maxDifference)}; the whole output is [${result.outputShape.join(', ')}].`,
      );
      status.dataset.maxDifference = String(result.maxDifference);
    } catch (error) {
      status.textContent = `tfjs failed: ${String(error)}`;
    }
  };
  const link = linkTf(
    host,
    signal,
    () => import('../../tf/one-by-one-ops'),
    (module, backend) => compute(state.get(), module, backend),
    (error) => {
      status.textContent = `tfjs could not load: ${String(error)}`;
    },
  );

  const render = (current: OneByOneState): void => {
    setPixelRange(current);
    showValues(inputs, current);
    shapes.textContent = shapeSentence(current);
    params.textContent = parameterSentence(current);
    cost.textContent = costSentence(current);
    drawing.replaceChildren(
      drawPixelGrid(
        {
          height: current.H,
          width: current.W,
          row: current.row,
          col: current.col,
          what: `input map with ${current.cin} channels per pixel`,
        },
        { width: Math.max(240, drawing.clientWidth || 600), maxCell: 22 },
      ),
    );
    const ready = link.ready();
    if (ready) compute(current, ready.module, ready.backend);
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
  const unsubscribe = state.subscribe((current, previous) => {
    const inside = keepPixelInside(current);
    if (inside !== current) {
      state.set(inside);
      return;
    }
    if (current === previous) return;
    render(current);
    writeQuery(prefix, current, ONE_DEFAULTS);
  });
  render(state.get());
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('one-by-one-el', mount);
