/**
 * The DOM side of the matrix view's highlights: light up cells named by a Highlight (class `lit`), mark
 * the selected handle, and move the focus between a listbox's options with the arrow keys (one tab stop
 * per listbox: the roving tabindex pattern).
 */
import type { Highlight, MatrixFocus } from './highlight';

/** Remove every highlight in `root`, then light the cells of `highlight` (none when null). */
export function applyHighlight(root: ParentNode, highlight: Highlight | null, focus: MatrixFocus | null): void {
  root.querySelectorAll('.lit').forEach((element) => element.classList.remove('lit'));
  root
    .querySelectorAll('[role="option"][aria-selected="true"]')
    .forEach((o) => o.setAttribute('aria-selected', 'false'));
  if (!highlight || !focus) return;
  const light = (selector: string): void => root.querySelectorAll(selector).forEach((e) => e.classList.add('lit'));
  for (const r of highlight.rows) light(`.entry[data-row="${r}"]`);
  for (const c of highlight.columns) light(`.entry[data-column="${c}"]`);
  for (const j of highlight.input) light(`[data-grid="x"][data-index="${j}"], [data-grid="x-vec"][data-index="${j}"]`);
  for (const r of highlight.output) light(`[data-grid="y"][data-index="${r}"], [data-grid="y-vec"][data-index="${r}"]`);
  for (const j of highlight.transposed) light(`[data-grid="xt"][data-index="${j}"]`);
  const attribute = focus.kind === 'row' ? 'data-row' : 'data-column';
  const handle = root.querySelector(`[role="option"][${attribute}="${focus.index}"]`);
  handle?.setAttribute('aria-selected', 'true');
  handle?.classList.add('lit');
}

/** The focus a handle, entry or vector cell stands for (an entry stands for its row). */
export function focusOfElement(element: Element | null): MatrixFocus | null {
  const target = element?.closest('[data-row], [data-column], [data-grid="x-vec"], [data-grid="y-vec"]');
  if (!target) return null;
  const number = (name: string): number => Number(target.getAttribute(name));
  if (target.hasAttribute('data-row')) return { kind: 'row', index: number('data-row') };
  if (target.hasAttribute('data-column')) return { kind: 'column', index: number('data-column') };
  const kind = target.getAttribute('data-grid') === 'x-vec' ? 'column' : 'row';
  return { kind, index: number('data-index') };
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/** Arrow keys, Home and End move the focus among the options of each listbox inside `root`. */
export function rovingFocus(root: Element, signal: AbortSignal): void {
  root.addEventListener(
    'keydown',
    (event) => {
      const key = (event as KeyboardEvent).key;
      const current = (event.target as Element).closest('[role="option"]');
      const listbox = current?.closest('[role="listbox"]');
      if (!current || !listbox) return;
      const options = Array.from(listbox.querySelectorAll<SVGGElement>('[role="option"]'));
      const at = options.indexOf(current as SVGGElement);
      let next = at;
      if (NEXT.has(key)) next = Math.min(options.length - 1, at + 1);
      else if (PREVIOUS.has(key)) next = Math.max(0, at - 1);
      else if (key === 'Home') next = 0;
      else if (key === 'End') next = options.length - 1;
      else return;
      event.preventDefault();
      options.forEach((option, j) => option.setAttribute('tabindex', j === next ? '0' : '-1'));
      options[next].focus();
    },
    { signal },
  );
}
