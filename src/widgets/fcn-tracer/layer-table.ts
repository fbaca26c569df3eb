/** Render the rows of table-rows.ts into the tracer's two table bodies (DOM text only, no innerHTML). */
import type { CropRow, LayerRow } from './table-rows';

function cell(row: HTMLTableRowElement, text: string, className?: string, header = false): HTMLTableCellElement {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.setAttribute('scope', 'row');
  if (className) element.className = className;
  element.textContent = text;
  row.append(element);
  return element;
}

export function renderLayerRows(body: HTMLTableSectionElement, rows: readonly LayerRow[]): void {
  body.replaceChildren(
    ...rows.map((data) => {
      const row = document.createElement('tr');
      row.dataset.layer = data.name;
      row.dataset.kind = data.kind;
      if (data.fails) row.dataset.fails = '';
      cell(row, data.name, undefined, true);
      cell(row, data.predicted, 'predicted');
      const actual = cell(row, data.actual, 'actual');
      if (data.matches !== undefined) actual.dataset.matches = String(data.matches);
      cell(row, data.scale);
      cell(row, data.offset);
      cell(row, data.operation);
      return row;
    }),
  );
}

/**
 * The crop rows. Explicit ARIA roles keep them a table for assistive technology when a phone's stylesheet lays
 * each row out as a card, and every cell carries its column heading (`columns`, data-label) for that layout.
 */
export function renderCropRows(
  body: HTMLTableSectionElement,
  rows: readonly CropRow[],
  columns: readonly string[],
): void {
  body.replaceChildren(
    ...rows.map((data) => {
      const row = document.createElement('tr');
      row.setAttribute('role', 'row');
      row.dataset.crop = data.name;
      if (data.failing) row.dataset.fails = '';
      const cells = [
        cell(row, data.name, undefined, true),
        cell(row, data.offset, 'offset'),
        cell(row, data.fits, 'fits'),
        cell(row, data.topLeft),
        cell(row, data.centred),
        cell(row, data.blobs),
      ];
      cells.forEach((element, i) => {
        element.setAttribute('role', i === 0 ? 'rowheader' : 'cell');
        element.dataset.label = columns[i];
      });
      return row;
    }),
  );
}
