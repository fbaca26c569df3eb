/**
 * The "forward check" under the drawing: the conv with the same k, s, p, d maps o back to i; the sizes it
 * maps to i are listed, and the one output padding a selects (the size this transposed conv recovers) is
 * marked. Writes into the panel's existing elements; nothing else.
 */
import type { TransposedSizeParams, ValidOutputSize } from '../../lib/conv/output-size';

function listText(sizes: readonly number[]): string {
  if (sizes.length <= 1) return String(sizes[0] ?? '');
  return `${sizes.slice(0, -1).join(', ')} and ${sizes[sizes.length - 1]}`;
}

/** The sentence: which sizes conv maps to i, and what a does about it. */
export function forwardSentence(params: TransposedSizeParams, report: ValidOutputSize): string {
  const { size, kernelSize, stride, padding, outputPadding, dilation } = params;
  const conv = `A convolution with the same k = ${kernelSize}, s = ${stride}, p = ${padding}, d = ${dilation}`;
  const sizes = report.sharedSizes.map((shared) => shared.size);
  if (!report.recovers) {
    return (
      `${conv} maps o = ${report.output} to ${report.forwardOutput}, not back to i = ${size}: ` +
      `a = ${outputPadding} is allowed because d = ${dilation} > s = ${stride}, but it adds cells that no ` +
      `forward input of size ${listText(sizes)} had.`
    );
  }
  if (sizes.length === 1) {
    return (
      `${conv} maps o = ${report.output} back to i = ${size}, and no other size maps to ${size}, ` +
      'so the shape is undone exactly.'
    );
  }
  return (
    `${conv} maps o = ${report.output} back to i = ${size}. It maps ${sizes.length} sizes, ` +
    `${listText(sizes)}, to ${size} (rounding down hides the difference), so a transposed conv cannot know ` +
    `which one it came from: output padding a = ${outputPadding} picks ${report.output}.`
  );
}

/** Fill the panel: the sentence, then one item per size that conv maps to i, the recovered one marked. */
export function renderForwardPanel(panel: HTMLElement, params: TransposedSizeParams, report: ValidOutputSize): void {
  const text = panel.querySelector<HTMLElement>('.forward-text');
  const list = panel.querySelector<HTMLElement>('.shared-sizes');
  if (!text || !list) return;
  text.textContent = forwardSentence(params, report);
  list.setAttribute('aria-label', `Sizes a convolution maps to ${params.size}`);
  list.replaceChildren(
    ...report.sharedSizes.map((shared) => {
      const item = document.createElement('li');
      const chosen = shared.size === report.output;
      item.dataset.size = String(shared.size);
      item.classList.toggle('chosen', chosen);
      if (chosen) item.setAttribute('aria-current', 'true');
      const sizeText = document.createElement('span');
      sizeText.className = 'size';
      sizeText.textContent = `size ${shared.size}`;
      const aText = document.createElement('span');
      aText.className = 'a-value';
      aText.textContent = `a = ${shared.outputPadding}${chosen ? ' (this one)' : ''}`;
      item.append(sizeText, aText);
      return item;
    }),
  );
}
