/** Cell texts of the VGG16 table, shared by the server HTML and the element. Pure. */
import { formatCount, formatShort } from '../../lib/conv-cost';
import { tableTotal, type Vgg16Row } from '../../lib/vgg16-shapes';

export const shapeText = (shape: readonly number[]): string => `${shape[0]} × ${shape[1]} × ${shape[2]}`;

export function rowCells(row: Vgg16Row): string[] {
  return [
    row.notation,
    shapeText(row.shape),
    row.parameters ? formatCount(row.parameters) : '—',
    row.multiplyAdds ? formatShort(row.multiplyAdds) : '—',
    String(row.receptiveField),
    String(row.stride),
  ];
}

export function totalCells(rows: readonly Vgg16Row[]): { parameters: string; multiplyAdds: string } {
  return { parameters: formatCount(tableTotal(rows, 'parameters')), multiplyAdds: formatShort(tableTotal(rows, 'multiplyAdds')) };
}

export const SIZE_RANGE = { min: 1, max: 512 } as const;
