/**
 * The transposed-convolution size formula with the reader's numbers substituted. KaTeX typesets it once, at
 * build time, with every number wrapped in \htmlId{<prefix>-formula-<slot>}; a change of a slider then only
 * writes the new numbers into those spans (`updateFormula`), instead of typesetting the whole formula again
 * (that cost 8.5 ms per slider event). KaTeX writes HTML only: the formula's words for assistive technology are
 * the plain-text `formulaText`, kept in the element's aria-label. The `a` term is wrapped in \htmlClass{term-a},
 * so it can be coloured like the output-padding cells of the drawing.
 */
import type { TransposedSizeParams } from '../../lib/conv/output-size';
import { transposedFormulaValue } from '../../lib/conv/output-size';

const A_CLASS = 'term-a';

/** The numbers of the substituted line and the value, each in its own span. */
export const SLOTS = ['i', 's', 'p', 'd', 'k', 'a', 'o'] as const;
export type Slot = (typeof SLOTS)[number];

export function slotId(prefix: string, slot: Slot | 'verdict'): string {
  return `${prefix}-formula-${slot}`;
}

/** The numbers written into the slots, as the formula shows them (negative with U+2212). */
export function formulaNumbers(params: TransposedSizeParams): Record<Slot, string> {
  const { size, kernelSize, stride, padding, outputPadding, dilation } = params;
  const value = transposedFormulaValue(params);
  const text = (n: number): string => (n < 0 ? `−${-n}` : String(n));
  return {
    i: text(size),
    s: text(stride),
    p: text(padding),
    d: text(dilation),
    k: text(kernelSize),
    a: text(outputPadding),
    o: text(value),
  };
}

/** Three aligned lines: the symbols, the numbers, the value, then the verdict slot (words when invalid). */
export function formulaTex(prefix: string, params: TransposedSizeParams, verdict: string): string {
  const numbers = formulaNumbers(params);
  const n = (slot: Slot): string => `\\htmlId{${slotId(prefix, slot)}}{${numbers[slot].replace('−', '-')}}`;
  const a = (body: string): string => `\\htmlClass{${A_CLASS}}{${body}}`;
  return [
    '\\begin{aligned}',
    `o &= (i-1)\\cdot s - 2p + d\\cdot(k-1) + ${a('a')} + 1 \\\\`,
    `&= (${n('i')}-1)\\cdot ${n('s')} - 2\\cdot ${n('p')} + ${n('d')}\\cdot(${n('k')}-1) + ${a(n('a'))} + 1 \\\\`,
    `&= ${n('o')}\\quad\\htmlId{${slotId(prefix, 'verdict')}}{\\text{${verdict || '\\ '}}}`,
    '\\end{aligned}',
  ].join('\n');
}

/** The same substitution in plain text (the formula's aria-label). */
export function formulaText(params: TransposedSizeParams): string {
  const { i, s, p, d, k, a, o } = formulaNumbers(params);
  return `o = (i − 1)·s − 2p + d·(k − 1) + a + 1 = (${i} − 1)·${s} − 2·${p} + ${d}·(${k} − 1) + ${a} + 1 = ${o}`;
}

/**
 * Write new numbers into a typeset formula: each slot's first KaTeX `.mord` gets the number, its other `.mord`s
 * (a typeset "−3" is two) go. Only slots whose number changed are touched. False when a slot is missing (the
 * markup is not the typeset formula), so the caller can fall back to text.
 */
export function updateFormula(
  root: ParentNode,
  prefix: string,
  numbers: Record<Slot, string>,
  verdict: string,
): boolean {
  for (const slot of SLOTS) {
    const span = root.querySelector<HTMLElement>(`[id="${slotId(prefix, slot)}"]`);
    if (!span) return false;
    const mords = span.querySelectorAll<HTMLElement>(':scope > .mord');
    if (mords.length === 0) return false;
    if (mords.length === 1 && mords[0].textContent === numbers[slot]) continue;
    mords[0].textContent = numbers[slot];
    for (const extra of [...mords].slice(1)) extra.remove();
  }
  const words = root.querySelector<HTMLElement>(`[id="${slotId(prefix, 'verdict')}"] .mord.text`);
  const shown = verdict || '\u00a0';
  if (words && words.textContent !== shown) words.textContent = shown;
  return true;
}

/** KaTeX options of the build-time typesetting: HTML only (the aria-label carries the words). */
export const KATEX_OPTIONS = {
  displayMode: true,
  output: 'html',
  throwOnError: false,
  strict: 'ignore',
  trust: (context: { command: string }): boolean => context.command === '\\htmlClass' || context.command === '\\htmlId',
} as const;
