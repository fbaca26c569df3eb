/**
 * Writes the four scores into the server-rendered score panel: the value in each `<output>` ("n/a" when no pixel
 * is counted), the formula with the reader's numbers (KaTeX, once it has loaded), which classes were left out,
 * and how many pixels counted.
 */
import type { Messages } from '../../i18n';
import { segmentationScores, type ConfusionMatrix } from '../../lib/metrics/scores';
import { SCORE_DEFINITIONS, SCORE_NAMES, substitutedTex } from './score-tex';
import { countedLine, leftOutNote, scoreText } from './words';

/** Renders TeX into an element (KaTeX's `render`, loaded lazily). */
export type TexRenderer = (tex: string, element: HTMLElement) => void;

export function scoreTex(name: (typeof SCORE_NAMES)[number], confusion: ConfusionMatrix): string {
  return `${SCORE_DEFINITIONS[name]} ${substitutedTex(name, confusion)}`;
}

export interface ScorePanelInput {
  confusion: ConfusionMatrix;
  /** All pixels of the image, counted or not. */
  pixels: number;
  renderTex: TexRenderer | null;
}

export function renderScorePanel(root: HTMLElement, input: ScorePanelInput, m: Messages): void {
  const { confusion, pixels, renderTex } = input;
  const scores = segmentationScores(confusion);
  for (const name of SCORE_NAMES) {
    const box = root.querySelector<HTMLElement>(`[data-score="${name}"]`);
    if (!box) continue;
    box.toggleAttribute('data-undefined', scores.counted === 0);
    const output = box.querySelector('output');
    if (output) output.textContent = scoreText(m, scores[name], scores);
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
    if (note) note.textContent = leftOutNote(m, name, confusion);
  }
  const line = root.querySelector('.counted');
  if (line) line.textContent = countedLine(m, scores.counted, pixels);
}
