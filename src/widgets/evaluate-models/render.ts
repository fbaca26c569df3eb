/**
 * Writing an evaluation into the widget's server-rendered tables: every score cell gets its full-precision
 * value in `data-value` (what the tests compare with `npm run evaluate`) and four decimals as text.
 */
import type { EvaluationResult, ModelScores } from '../../tf/evaluate-browser';
import type { FcnVariant } from '../../lib/fcn/variants';
import { formatScore, MODELS, SCORE_COLUMNS } from './columns';

function cell(root: HTMLElement, selector: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(selector);
}

function setValue(td: HTMLElement | null, value: number | null): void {
  if (!td) return;
  if (value === null) {
    delete td.dataset.value;
    td.textContent = '–';
    return;
  }
  td.dataset.value = String(value);
  td.textContent = formatScore(value);
}

function setBar(td: HTMLElement | null, value: number | null, title: string): void {
  if (!td) return;
  const bar = td.querySelector<HTMLElement>('.bar');
  const text = td.querySelector<HTMLElement>('.value');
  if (bar) bar.style.width = value === null ? '0' : `${(value * 100).toFixed(1)}%`;
  if (text) text.textContent = value === null ? title : formatScore(value);
  if (value === null) delete td.dataset.value;
  else td.dataset.value = String(value);
}

/** Marks a model's rows as not evaluated (weights missing or failing their check). */
export function clearModel(root: HTMLElement, variant: FcnVariant, note: string): void {
  const row = cell(root, `table.scores tr[data-variant="${variant}"]`);
  if (row) row.dataset.state = 'missing';
  for (const c of SCORE_COLUMNS)
    setValue(cell(root, `table.scores tr[data-variant="${variant}"] td[data-key="${c.key}"]`), null);
  for (const td of root.querySelectorAll<HTMLElement>(`table.per-class td[data-variant="${variant}"]`))
    setBar(td, null, note);
}

function showModel(root: HTMLElement, scores: ModelScores): void {
  const row = cell(root, `table.scores tr[data-variant="${scores.variant}"]`);
  if (row) row.dataset.state = 'scored';
  for (const c of SCORE_COLUMNS) {
    setValue(cell(root, `table.scores tr[data-variant="${scores.variant}"] td[data-key="${c.key}"]`), scores[c.key]);
  }
  scores.perClassIoU.forEach((iou, classId) => {
    setBar(
      cell(root, `table.per-class tr[data-class="${classId}"] td[data-variant="${scores.variant}"]`),
      iou,
      'absent',
    );
  });
}

/** Fills both tables from a result; models that did not run keep the note given for them. */
export function showResult(root: HTMLElement, result: EvaluationResult, notes: ReadonlyMap<FcnVariant, string>): void {
  for (const [variant] of MODELS) {
    const scores = result.models.find((m) => m.variant === variant);
    if (scores) showModel(root, scores);
    else clearModel(root, variant, notes.get(variant) ?? 'not run');
  }
}

/** "FCN-8s has the best mean IoU (0.4612) …" — one sentence to read the table by. */
export function summary(result: EvaluationResult): string {
  const scenes = result.to - result.from;
  const seconds = (result.milliseconds / 1000).toFixed(1);
  const best = [...result.models].sort((a, b) => b.meanIoU - a.meanIoU)[0];
  const label = MODELS.find(([v]) => v === best?.variant)?.[1] ?? '';
  const head = result.stopped
    ? `Stopped after ${scenes} scene${scenes === 1 ? '' : 's'}`
    : `${scenes} scene${scenes === 1 ? '' : 's'}`;
  const bestText = best ? ` Best mean IoU: ${label} (${formatScore(best.meanIoU)}).` : '';
  return `${head}, ${result.models.length} model${result.models.length === 1 ? '' : 's'}, ${seconds} s in total on ${result.backend}.${bestText}`;
}
