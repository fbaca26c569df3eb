/**
 * What the VGG16 table shows, shared by the server HTML and the element. Pure.
 *
 * Two choices change the top of the network: fc6's padding (0 as in VGG16 and the reference FCN, where fc6 needs a
 * pool5 of at least 7 × 7; 3 as in our network, which keeps pool5's size) and the last layer (VGG16's fc8 with
 * ImageNet's 1,000 classes, or FCN's score_fr with PASCAL's 21, which replaces it). When an unpadded fc6 does not
 * fit, the rows up to pool5 are still shown and fc6 to the last layer have no output. Words come from a `Messages`
 * (the server's or the element's), so the first frame and the live table say the same.
 */
import { formatCount, formatShort } from '../../lib/conv/cost';
import type { Messages } from '../../i18n/client';
import { tableTotal, vgg16Table, type Vgg16Row } from '../../lib/fcn/vgg16-table';

export const SIZE_RANGE = { min: 1, max: 512 } as const;
export const FC6_PADDINGS = [0, 3] as const;
export const IMAGENET_CLASSES = 1000;
export const VOC_CLASSES = 21;
export const CLASS_CHOICES = [IMAGENET_CLASSES, VOC_CLASSES] as const;

export interface TableChoice extends Record<string, number> {
  height: number;
  width: number;
  fc6Padding: number;
  classes: number;
}

export const TABLE_DEFAULTS: TableChoice = { height: 224, width: 224, fc6Padding: 0, classes: IMAGENET_CLASSES };

/** The layers from fc6 up, which an unpadded fc6 can leave without output. */
const TOP = new Set(['fc6', 'fc7', 'fc8']);
export const isTop = (name: string): boolean => TOP.has(name);

export interface ShownRow extends Vgg16Row {
  /** The name shown: fc8 becomes score_fr when FCN's 21-class layer replaces it. */
  label: string;
  /** False for fc6 and above when fc6's kernel does not fit in pool5. */
  hasOutput: boolean;
}

/** Why some rows have no output: fc6 does not fit an unpadded pool5, or a pool gets no window at all. */
export type TableProblem =
  | { code: 'none' }
  | { code: 'pool5TooSmall'; height: number; width: number; last: string; side: number }
  | {
      code: 'poolTooSmall';
      height: number;
      width: number;
      layer: string;
      inHeight: number;
      inWidth: number;
      side: number;
    };

export type ShownTable = { ok: true; rows: ShownRow[]; problem: TableProblem } | { ok: false; problem: TableProblem };

export const labelOf = (name: string, classes: number): string =>
  name === 'fc8' && classes === VOC_CLASSES ? 'score_fr' : name;

/** The smallest square side VGG16 takes with fc6 padded by `fc6Padding` (0: fc6's 7 × 7 fits; 3: every pool has a window). */
export function smallestSide(fc6Padding: number): number {
  const known = smallest.get(fc6Padding);
  if (known !== undefined) return known;
  let found = Number.NaN;
  for (let side = SIZE_RANGE.min; side <= SIZE_RANGE.max && Number.isNaN(found); side++) {
    if (vgg16Table(side, side, { fc6Padding }).ok) found = side;
  }
  smallest.set(fc6Padding, found);
  return found;
}
const smallest = new Map<number, number>();

/** The smallest square side whose pool5 still holds an unpadded 7 × 7 fc6. */
export const smallestUnpaddedSide = (): number => smallestSide(0);

export function shownTable(choice: TableChoice): ShownTable {
  const { height, width, fc6Padding, classes } = choice;
  const table = vgg16Table(height, width, { fc6Padding, classes });
  const shown = (rows: Vgg16Row[], fits: boolean): ShownRow[] =>
    rows.map((row) => ({ ...row, label: labelOf(row.name, classes), hasOutput: fits || !isTop(row.name) }));
  if (table.ok) return { ok: true, rows: shown(table.rows, true), problem: { code: 'none' } };
  // Everything below fc6 is the same whatever fc6's padding: take it from the padded table.
  const padded = vgg16Table(height, width, { fc6Padding: 3, classes });
  if (!padded.ok) {
    const [inHeight, inWidth] = padded.input ?? [height, width];
    return {
      ok: false,
      problem: {
        code: 'poolTooSmall',
        height,
        width,
        layer: padded.layer ?? '?',
        inHeight,
        inWidth,
        side: smallestSide(3),
      },
    };
  }
  const rows = padded.rows.map((row) => (isTop(row.name) ? { ...row, multiplyAdds: 0 } : row));
  const pool5 = padded.rows.find((r) => r.name === 'pool5');
  const [h, w] = pool5 ? pool5.shape : [0, 0];
  return {
    ok: true,
    rows: shown(rows, false),
    problem: {
      code: 'pool5TooSmall',
      height: h,
      width: w,
      last: labelOf('fc8', classes),
      side: smallestUnpaddedSide(),
    },
  };
}

/** The problem in words ('' when there is none). */
export function problemText(problem: TableProblem, m: Messages): string {
  if (problem.code === 'none') return '';
  const { code, ...params } = problem;
  return m.t(code === 'pool5TooSmall' ? 'vggTable.pool5TooSmall' : 'vggTable.poolTooSmall', params);
}

export const shapeText = (shape: readonly number[]): string => `${shape[0]} × ${shape[1]} × ${shape[2]}`;

export interface RowCells {
  notation: string;
  replaces: string;
  shape: string;
  parameters: string;
  multiplyAdds: string;
  field: string;
}

export function rowCells(row: ShownRow, m: Messages): RowCells {
  return {
    notation: row.kind === 'input' ? m.t('vggTable.rgbImage') : row.notation,
    replaces: row.label === row.name ? '' : m.t('vggTable.replaces', { name: row.name }),
    shape: row.hasOutput ? shapeText(row.shape) : m.t('vggTable.noOutput'),
    parameters: row.parameters ? formatCount(row.parameters) : '—',
    multiplyAdds: row.multiplyAdds ? formatShort(row.multiplyAdds, m.locale) : '—',
    field: `${row.receptiveField} / ${row.stride}`,
  };
}

export function totalCells(rows: readonly Vgg16Row[], m: Messages): { parameters: string; multiplyAdds: string } {
  return {
    parameters: formatCount(tableTotal(rows, 'parameters')),
    multiplyAdds: formatShort(tableTotal(rows, 'multiplyAdds'), m.locale),
  };
}
