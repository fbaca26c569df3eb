/**
 * <fc-equals-conv-el>: sliders h, w, C, n, H′, W′ → tf.matMul on the flattened map and tf.conv2d with the
 * reshaped weights (src/tf/fc-conv-ops.ts): both answers, their largest difference, and the conv's answer map
 * on the larger input. State in one atom per instance and in the URL query.
 */
import { drawFcConv } from '../../figures/fc-conv';
import { messagesOf } from '../../i18n/client';
import type { FcConvResult } from '../../tf/fc-conv-ops';
import { atom } from '../shared/atom';
import { linkComparison, showComputed } from '../shared/comparison';
import { finder } from '../shared/dom';
import { formatDifference, formatValue } from '../shared/format';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../shared/number-inputs';
import { settled } from '../shared/settle';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import {
  answerShape,
  FC_DEFAULTS,
  FC_KEYS,
  figureData,
  figureText,
  parameterSentence,
  problemSentence,
  shapeSentence,
  type FcConvState,
} from './state';

const TOLERANCE = 1e-4;

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const [problem, params, table, formula, drawing, status] = [
    '.problem',
    '.params',
    '.answers',
    '.shape-formula',
    '.drawing',
    '.status',
  ].map((s) => q(s));
  const prefix = host.dataset.id ?? 'fcconv';
  const seed = Number(host.dataset.seed ?? 7);
  const inputs = numberInputs(host, FC_KEYS);
  const state = atom<FcConvState>(clampToInputs(inputs, readQuery(prefix, FC_DEFAULTS)));
  let last: FcConvState | undefined;

  const fillTable = (current: FcConvState, result: FcConvResult): void => {
    const body = table.querySelector('tbody');
    if (!body) return;
    body.replaceChildren(
      ...result.dense.map((dense, i) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = String(i + 1);
        const cells = (
          [
            ['dense', dense],
            ['conv', result.conv[i]],
          ] as const
        ).map(([op, value]) => {
          const td = document.createElement('td');
          td.dataset.op = op;
          td.textContent = formatValue(value);
          return td;
        });
        tr.append(th, ...cells);
        return tr;
      }),
    );
    table.dataset.n = String(current.n);
  };

  // The drawing's width: read once, then from the ResizeObserver (not inside a slider event, after the text).
  let drawingWidth = drawing.clientWidth;
  const compute = (current: FcConvState, module: typeof import('../../tf/fc-conv-ops'), backend: string): void => {
    const shape = answerShape(current);
    if (!shape.ok) return;
    showComputed(status, m, () => {
      const result = module.fcEqualsConv({
        height: current.h,
        width: current.w,
        channels: current.c,
        outFeatures: current.n,
        wideHeight: current.H,
        wideWidth: current.W,
        seed,
      });
      fillTable(current, result);
      const [outHeight, outWidth, n] = result.wideShape;
      const channel0 = Array.from({ length: outHeight * outWidth }, (_, i) => result.wide[i * n]);
      const data = figureData(current, { outHeight, outWidth }, channel0);
      drawing.replaceChildren(
        drawFcConv(data, { width: Math.max(300, drawingWidth || 600), text: figureText(data, m) }),
      );
      drawing.classList.remove('stale');
      last = current;
      const agree = result.maxDifference < TOLERANCE && result.cornerDifference < TOLERANCE;
      return {
        agree,
        lead: m.t(agree ? 'fcEqualsConv.agrees' : 'fcEqualsConv.differs', { backend }),
        details: m.t('fcEqualsConv.details', {
          difference: formatDifference(result.maxDifference),
          corner: formatDifference(result.cornerDifference),
          outHeight,
          outWidth,
          n,
        }),
        maxDifference: result.maxDifference,
      };
    });
  };

  // Once tfjs is here (and after every backend change), render again: it computes, or keeps the last figure.
  const link = linkComparison(
    host,
    signal,
    () => import('../../tf/fc-conv-ops'),
    () => render(state.get()),
    status,
    m,
  );

  const render = (current: FcConvState): void => {
    showValues(inputs, current);
    const shape = answerShape(current);
    problem.textContent = problemSentence(shape, m);
    params.textContent = parameterSentence(current, m);
    formula.textContent = shapeSentence(current, shape, m);
    const ready = link.ready();
    if (shape.ok) {
      if (ready) compute(current, ready.module, ready.backend);
      return;
    }
    // Keep the last good figure (the build-time first frame until tfjs has run), dimmed, and say which it is.
    drawing.classList.add('stale');
    const shown = last ?? FC_DEFAULTS;
    status.textContent = m.t('fcEqualsConv.lastValid', shown);
  };

  bindNumbers(inputs, state, signal);
  // The URL follows once the controls rest (history.replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const unsubscribe = state.subscribe((current) => {
    render(current);
    writeSoon(() => writeQuery(prefix, current, FC_DEFAULTS));
  });
  render(state.get());
  const resize = new ResizeObserver(() => {
    if (Math.abs(drawing.clientWidth - drawingWidth) < 8) return;
    drawingWidth = drawing.clientWidth;
    if (last) render(state.get());
  });
  resize.observe(drawing);
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}

defineWidget('fc-equals-conv-el', mount);
