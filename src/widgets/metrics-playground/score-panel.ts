/**
 * Writes the four scores into the server-rendered score panel: the value in each `<output>`, the formula with
 * the reader's numbers (KaTeX, once it has loaded), which classes were left out, and how many pixels counted.
 */
import { segmentationScores, type ConfusionMatrix } from '../../lib/metrics/scores';
import { SCORE_DEFINITIONS, SCORE_NAMES, formatScore, leftOutNote, substitutedTex } from './score-tex';

/** Renders TeX into an element (KaTeX's `render`, loaded lazily). */
export type TexRenderer = (tex: string, element: HTMLElement) => void;

export function scoreTex(name: (typeof SCORE_NAMES)[number], confusion: ConfusionMatrix): string {
  return `${SCORE_DEFINITIONS[name]} ${substitutedTex(name, confusion)}`;
}

export interface ScorePanelInput {
  confusion: ConfusionMatrix;
  classNames: readonly string[];
  /** All pixels of the image, counted or not. */
  pixels: number;
  renderTex: TexRenderer | null;
}

export function renderScorePanel(root: HTMLElement, input: ScorePanelInput): void {
  const { confusion, classNames, pixels, renderTex } = input;
  const scores = segmentationScores(confusion);
  for (const name of SCORE_NAMES) {
    const box = root.querySelector<HTMLElement>(`[data-score="${name}"]`);
    if (!box) continue;
    const output = box.querySelector('output');
    if (output) output.textContent = formatScore(scores[name]);
    const formula = box.querySelector<HTMLElement>('.formula');
    if (formula) {
      if (renderTex) {
        renderTex(scoreTex(name, confusion), formula);
        delete formula.dataset.stale;
      } else {
        formula.dataset.stale = '';
      }
    }
    const note = box.querySelector('.left-out');
    if (note) note.textContent = leftOutNote(name, confusion, classNames);
  }
  const counted = confusion.flat().reduce((s, v) => s + v, 0);
  const ignored = pixels - counted;
  const line = root.querySelector('.counted');
  if (line) {
    line.textContent =
      `Pixels counted: ${counted} of ${pixels}` +
      (ignored === 0 ? ' (none ignored).' : ` (${ignored} ignored: their truth is 255).`);
  }
}
