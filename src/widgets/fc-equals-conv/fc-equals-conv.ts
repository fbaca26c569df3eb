/**
 * <fc-equals-conv-el>: sliders h, w, C, n, H′, W′ → tf.matMul on the flattened map and tf.conv2d with the
 * reshaped weights (src/tf/fc-conv-ops.ts): both answers, their largest difference, and the conv's answer map
 * on the larger input. State in one atom per instance and in the URL query.
 */
import { drawFcConv } from '../../figures/fc-conv';
import type { FcConvResult } from '../../tf/fc-conv-ops';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { formatDifference, formatValue } from '../shared/format';
import { bindNumbers, clampToInputs, numberInputs, showValues } from '../shared/number-inputs';
import { linkTf } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { answerShape, FC_DEFAULTS, FC_KEYS, parameterSentence, shapeSentence, type FcConvState } from './state';

const TOLERANCE = 1e-4;

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
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

  const compute = (current: FcConvState, module: typeof import('../../tf/fc-conv-ops'), backend: string): void => {
    const shape = answerShape(current);
    if (!shape.ok) return;
    try {
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
      const [oh, ow, n] = result.wideShape;
      const channel0 = Array.from({ length: oh * ow }, (_, i) => result.wide[i * n]);
      drawing.replaceChildren(
        drawFcConv(
          {
            wideHeight: current.H,
            wideWidth: current.W,
            height: current.h,
            width: current.w,
            answers: channel0,
            outHeight: oh,
            outWidth: ow,
            channel: 0,
          },
          { width: Math.max(300, drawing.clientWidth || 600) },
        ),
      );
      drawing.classList.remove('stale');
      last = current;
      const agree = result.maxDifference < TOLERANCE && result.cornerDifference < TOLERANCE;
      status.innerHTML = '';
      const lead = document.createElement('span');
      lead.className = agree ? 'agree' : '';
      lead.textContent = agree
        ? `tf.conv2d agrees with tf.matMul on ${backend}`
        : `tf.conv2d differs from tf.matMul on ${backend}`;
      status.append(
        lead,
        `: largest difference ${formatDifference(result.maxDifference)}; ` +
          `the answer map is ${oh} × ${ow} × ${n}, and its cell (0, 0) differs from the dense answer by ${formatDifference(result.cornerDifference)}.`,
      );
      status.dataset.maxDifference = String(result.maxDifference);
    } catch (error) {
      status.textContent = `tfjs failed: ${String(error)}`;
    }
  };

  // Once tfjs is here (and after every backend change), render again: it computes, or keeps the last figure.
  const link = linkTf(
    host,
    signal,
    () => import('../../tf/fc-conv-ops'),
    () => render(state.get()),
    (error) => {
      status.textContent = `tfjs could not load: ${String(error)}`;
    },
  );

  const render = (current: FcConvState): void => {
    showValues(inputs, current);
    const shape = answerShape(current);
    problem.textContent = shape.ok ? '' : shape.reason;
    params.textContent = parameterSentence(current);
    formula.textContent = shapeSentence(current, shape);
    const ready = link.ready();
    if (shape.ok) {
      if (ready) compute(current, ready.module, ready.backend);
      return;
    }
    // Keep the last good figure, dimmed; on a bad link with nothing drawn yet, draw the defaults.
    if (!last && ready) compute(FC_DEFAULTS, ready.module, ready.backend);
    drawing.classList.add('stale');
    const shown = last ?? FC_DEFAULTS;
    status.textContent = `The drawing and numbers show the last valid sizes (h = ${shown.h}, w = ${shown.w}, H′ = ${shown.H}, W′ = ${shown.W}).`;
  };

  bindNumbers(inputs, state, signal);
  const unsubscribe = state.subscribe((current) => {
    render(current);
    writeQuery(prefix, current, FC_DEFAULTS);
  });
  render(state.get());
  return unsubscribe;
}

defineWidget('fc-equals-conv-el', mount);
