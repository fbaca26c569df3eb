/**
 * The explorer's sentences in the reader's language: the "forward check" under the drawing (the conv with the
 * same k, s, p, d maps o back to i; the sizes it maps to i are listed, the one output padding a selects marked),
 * the reason an impossible combination has no output, the status line and the figure's words. Shared by the
 * .astro (build time) and the element; `renderForwardPanel` writes into the panel's existing elements only.
 */
import type { Messages } from '../../i18n/client';
import type { TransposedSizeParams, ValidOutputSize } from '../../lib/conv/output-size';
import type { TransposedProblem } from '../../lib/conv/transposed-problem';
import type { OutputSizeFigureText } from '../../figures/output-size';

function listText(m: Messages, sizes: readonly number[]): string {
  if (sizes.length <= 1) return String(sizes[0] ?? '');
  return m.t('outputSize.list', { first: sizes.slice(0, -1).join(', '), last: sizes[sizes.length - 1] });
}

/** The sentence: which sizes conv maps to i, and what a does about it. */
export function forwardSentence(m: Messages, params: TransposedSizeParams, report: ValidOutputSize): string {
  const { size, kernelSize, stride, padding, outputPadding, dilation } = params;
  const sizes = report.sharedSizes.map((shared) => shared.size);
  const numbers = { k: kernelSize, s: stride, p: padding, d: dilation, o: report.output, i: size, a: outputPadding };
  if (!report.recovers) {
    return m.t('outputSize.forward.notBack', { ...numbers, forward: report.forwardOutput, sizes: listText(m, sizes) });
  }
  if (sizes.length === 1) return m.t('outputSize.forward.unique', numbers);
  return m.t('outputSize.forward.shared', { ...numbers, count: sizes.length, sizes: listText(m, sizes) });
}

/** Why there is no output, in words. */
export function problemText(m: Messages, problem: TransposedProblem): string {
  if (problem.code === 'outputPadding') return m.t('outputSize.problem.outputPadding', problem);
  if (problem.code === 'cropsAll') {
    return problem.canvas === 1
      ? m.t('outputSize.problem.cropsAllOne', problem)
      : m.t('outputSize.problem.cropsAll', problem);
  }
  return problem.reason;
}

/** "Input 2 × 2 → output 5 × 5 (o = 5)." */
export function statusText(m: Messages, size: number, output: number): string {
  return m.t('outputSize.status', { i: size, o: output });
}

export function figureText(m: Messages): OutputSizeFigureText {
  return {
    input: (n) => m.t('outputSize.figure.input', { n }),
    output: (o) => m.t('outputSize.figure.output', { o }),
    outputCanvas: (o, n) => m.t('outputSize.figure.outputCanvas', { o, n }),
    arrow: m.t('outputSize.figure.arrow'),
    describe: (p) => m.t('outputSize.figure.describe', p),
  };
}

/** One item per size that conv maps to i, the recovered one marked (the same markup as the .astro's). */
function sharedItem(m: Messages, size: number, outputPadding: number, chosen: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.size = String(size);
  item.classList.toggle('chosen', chosen);
  if (chosen) item.setAttribute('aria-current', 'true');
  const sizeText = document.createElement('span');
  sizeText.className = 'size';
  sizeText.textContent = m.t('outputSize.sharedSize', { size });
  const aText = document.createElement('span');
  aText.className = 'a-value';
  aText.textContent = `a = ${outputPadding}${chosen ? m.t('outputSize.thisOne') : ''}`;
  item.append(sizeText, aText);
  return item;
}

/** Fill the panel: the sentence, then the list of sizes (rebuilt only when it changed). */
export function renderForwardPanel(
  m: Messages,
  panel: HTMLElement,
  params: TransposedSizeParams,
  report: ValidOutputSize,
): void {
  const text = panel.querySelector<HTMLElement>('.forward-text');
  const list = panel.querySelector<HTMLElement>('.shared-sizes');
  if (!text || !list) return;
  const sentence = forwardSentence(m, params, report);
  if (text.textContent !== sentence) text.textContent = sentence;
  const key = `${report.output}:${report.sharedSizes.map((s) => `${s.size}/${s.outputPadding}`).join(',')}`;
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.setAttribute('aria-label', m.t('outputSize.sharedLabel', { i: params.size }));
  list.replaceChildren(
    ...report.sharedSizes.map((shared) =>
      sharedItem(m, shared.size, shared.outputPadding, shared.size === report.output),
    ),
  );
}
