/**
 * One paintable label grid: the server renders `size × size` cells (`<span data-label>`) inside a focusable
 * element; this binds pointer (mouse, pen, touch) and keyboard input to it and repaints cells from a label map.
 * Pointer: press and drag to paint; the cells between two pointer events are painted too (./stroke.ts), so a
 * fast stroke leaves no gaps. Keyboard: arrows move the cursor cell, Home/End jump along the row,
 * Space/Enter paint it, digit keys pick a class, "i" picks ignore. State (cursor, drag) lives in this closure,
 * one per grid.
 */
import { cellsAlong } from './stroke';

export interface PaintGridCallbacks {
  /** Paint cell `index` with the current brush. */
  paint(index: number): void;
  /** The cursor moved to `index` (announce it). */
  moved(index: number): void;
  /** A key picked a brush: a class digit or the ignore label. */
  pick(label: number): void;
}

export interface PaintGrid {
  /** Show `labels` (row-major) and the cursor. */
  show(labels: readonly number[]): void;
  cursor(): number;
}

export interface PaintGridOptions {
  size: number;
  numClasses: number;
  ignoreLabel: number;
}

/** Binds the grid until `signal` aborts. */
export function bindPaintGrid(
  element: HTMLElement,
  options: PaintGridOptions,
  on: PaintGridCallbacks,
  signal: AbortSignal,
): PaintGrid {
  const { size, numClasses, ignoreLabel } = options;
  const cells = Array.from(element.querySelectorAll<HTMLElement>('[data-label]'));
  if (cells.length !== size * size) throw new Error(`paint grid has ${cells.length} cells, expected ${size * size}`);
  let cursor = 0;
  let dragging: number | null = null;
  let lastPainted = -1;

  const indexAt = (event: PointerEvent): number | null => {
    const rect = element.getBoundingClientRect();
    const col = Math.floor(((event.clientX - rect.left) / rect.width) * size);
    const row = Math.floor(((event.clientY - rect.top) / rect.height) * size);
    if (row < 0 || row >= size || col < 0 || col >= size) return null;
    return row * size + col;
  };
  const moveCursor = (index: number): void => {
    cells[cursor].classList.remove('cursor');
    cursor = index;
    cells[cursor].classList.add('cursor');
    on.moved(cursor);
  };
  const paintAt = (index: number | null): void => {
    if (index === null || index === lastPainted) return;
    lastPainted = index;
    if (index !== cursor) {
      cells[cursor].classList.remove('cursor');
      cursor = index;
      cells[cursor].classList.add('cursor');
    }
    on.paint(index);
  };

  const down = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    element.focus({ preventScroll: true });
    element.setPointerCapture(event.pointerId);
    dragging = event.pointerId;
    lastPainted = -1;
    paintAt(indexAt(event));
  };
  /** Paint the segment from the last painted cell to the pointer's; leaving the grid ends the segment. */
  const move = (event: PointerEvent): void => {
    if (dragging !== event.pointerId) return;
    const index = indexAt(event);
    if (index === null) {
      lastPainted = -1;
      return;
    }
    const from = lastPainted < 0 ? index : lastPainted;
    for (const cell of cellsAlong(from, index, size).slice(lastPainted < 0 ? 0 : 1)) paintAt(cell);
  };
  const up = (event: PointerEvent): void => {
    if (dragging !== event.pointerId) return;
    dragging = null;
    on.moved(cursor);
  };
  const key = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = Math.floor(cursor / size);
    const col = cursor % size;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, row - 1), col],
      ArrowDown: [Math.min(size - 1, row + 1), col],
      ArrowLeft: [row, Math.max(0, col - 1)],
      ArrowRight: [row, Math.min(size - 1, col + 1)],
      Home: [row, 0],
      End: [row, size - 1],
    };
    const target = moves[event.key];
    if (target) {
      moveCursor(target[0] * size + target[1]);
    } else if (event.key === ' ' || event.key === 'Enter') {
      lastPainted = -1;
      paintAt(cursor);
    } else if (/^[0-9]$/.test(event.key) && Number(event.key) < numClasses) {
      on.pick(Number(event.key));
    } else if (event.key === 'i' || event.key === 'I') {
      on.pick(ignoreLabel);
    } else {
      return;
    }
    event.preventDefault();
  };
  const focus = (): void => on.moved(cursor);

  const listen = { signal };
  element.addEventListener('pointerdown', down, listen);
  element.addEventListener('pointermove', move, listen);
  element.addEventListener('pointerup', up, listen);
  element.addEventListener('pointercancel', up, listen);
  element.addEventListener('keydown', key, listen);
  element.addEventListener('focus', focus, listen);
  for (const cell of cells) cell.classList.remove('cursor');
  cells[cursor].classList.add('cursor');

  return {
    show(labels) {
      labels.forEach((label, i) => {
        const text = label === ignoreLabel ? 'i' : String(label);
        if (cells[i].dataset.label !== text) cells[i].dataset.label = text;
      });
    },
    cursor: () => cursor,
  };
}
