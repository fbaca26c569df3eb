/**
 * The chosen pixel's arithmetic as a table: its channel values beside the rows of the kernel K (tfjs's
 * [C_in, C_out] layout, the transpose of the lesson's C_out × C_in matrix W), the biases, then pixel · K + b from
 * tf.matMul and the conv's own output at that pixel, which must be the same numbers.
 */
import type { Messages } from '../../i18n/client';
import type { OneByOneResult } from '../../tf/one-by-one-ops';
import { formatValue } from '../shared/format';

function row(cells: string[], options: { head: string; className?: string }): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (options.className) tr.className = options.className;
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = options.head;
  tr.append(
    th,
    ...cells.map((text) => {
      const td = document.createElement('td');
      td.textContent = text;
      return td;
    }),
  );
  return tr;
}

export function productTable(result: OneByOneResult, pixel: [number, number], m: Messages): HTMLTableElement {
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.textContent = m.t('oneByOne.caption', { row: pixel[0], col: pixel[1] });
  const head = table.createTHead().insertRow();
  for (const text of [
    m.t('oneByOne.colChannel'),
    'x',
    ...result.bias.map((_, j) => m.t('oneByOne.colOut', { index: j + 1 })),
  ]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  result.pixel.forEach((value, i) =>
    body.append(row([formatValue(value), ...result.weights[i].map(formatValue)], { head: String(i + 1) })),
  );
  body.append(row(['', ...result.bias.map(formatValue)], { head: m.t('oneByOne.bias') }));
  body.append(row(['', ...result.matVec.map(formatValue)], { head: 'x · K + b', className: 'result matmul' }));
  body.append(
    row(['', ...result.convAtPixel.map(formatValue)], { head: m.t('oneByOne.conv'), className: 'result conv' }),
  );
  return table;
}
