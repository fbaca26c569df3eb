/**
 * Writing an evaluation into the widget's server-rendered tables: every score cell gets its full-precision
 * value in `data-value` (what the tests compare with `npm run evaluate`) and four decimals as text.
 */
import type { Messages } from '../../i18n';
import type { EvaluationResult, ModelScores } from '../../tf/evaluate-browser';
import type { FcnVariant } from '../../lib/fcn/variants';
import { countOf, formatScore, MODELS, SCORE_COLUMNS } from './columns';

function cell(root: HTMLElement, selector: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(selector);
}

function setValue(td: HTMLElement | null, value: number | null, m: Messages): void {
  if (!td) return;
  if (value === null) {
    delete td.dataset.value;
    td.textContent = '–';
    return;
  }
  td.dataset.value = String(value);
  td.textContent = formatScore(m, value);
}

function setBar(td: HTMLElement | null, value: number | null, title: string, m: Messages): void {
  if (!td) return;
  const bar = td.querySelector<HTMLElement>('.bar');
  const text = td.querySelector<HTMLElement>('.value');
  if (bar) bar.style.width = value === null ? '0' : `${(value * 100).toFixed(1)}%`;
  if (text) text.textContent = value === null ? title : formatScore(m, value);
  if (value === null) delete td.dataset.value;
  else td.dataset.value = String(value);
}

/** Marks a model's rows as not evaluated (weights missing or failing their check). */
export function clearModel(root: HTMLElement, variant: FcnVariant, note: string, m: Messages): void {
  const row = cell(root, `table.scores tr[data-variant="${variant}"]`);
  if (row) row.dataset.state = 'missing';
  for (const c of SCORE_COLUMNS)
    setValue(cell(root, `table.scores tr[data-variant="${variant}"] td[data-key="${c.key}"]`), null, m);
  for (const td of root.querySelectorAll<HTMLElement>(`table.per-class td[data-variant="${variant}"]`))
    setBar(td, null, note, m);
}

function showModel(root: HTMLElement, scores: ModelScores, m: Messages): void {
  const row = cell(root, `table.scores tr[data-variant="${scores.variant}"]`);
  if (row) row.dataset.state = 'scored';
  for (const c of SCORE_COLUMNS) {
    setValue(cell(root, `table.scores tr[data-variant="${scores.variant}"] td[data-key="${c.key}"]`), scores[c.key], m);
  }
  scores.perClassIoU.forEach((iou, classId) => {
    setBar(
      cell(root, `table.per-class tr[data-class="${classId}"] td[data-variant="${scores.variant}"]`),
      iou,
      m.t('evaluateModels.absent'),
      m,
    );
  });
}

/** Fills both tables from a result; models that did not run keep the note given for them. */
export function showResult(
  root: HTMLElement,
  result: EvaluationResult,
  notes: ReadonlyMap<FcnVariant, string>,
  m: Messages,
): void {
  for (const [variant] of MODELS) {
    const scores = result.models.find((model) => model.variant === variant);
    if (scores) showModel(root, scores, m);
    else clearModel(root, variant, notes.get(variant) ?? m.t('evaluateModels.notRun'), m);
  }
}

/** "6 scenes, 3 models, 12.3 s in total on wasm. Best mean IoU: FCN-8s (0.4612)." — one sentence to read the table by. */
export function summary(result: EvaluationResult, m: Messages): string {
  const scenes = countOf(m, result.to - result.from, 'evaluateModels.sceneOne', 'evaluateModels.sceneMany');
  const models = countOf(m, result.models.length, 'evaluateModels.modelOne', 'evaluateModels.modelMany');
  const seconds = m.number(result.milliseconds / 1000, 1);
  const best = [...result.models].sort((a, b) => b.meanIoU - a.meanIoU)[0];
  const label = MODELS.find(([v]) => v === best?.variant)?.[1] ?? '';
  const head = m.t(result.stopped ? 'evaluateModels.summaryStopped' : 'evaluateModels.summary', {
    scenes,
    models,
    seconds,
    backend: result.backend,
  });
  return best ? head + m.t('evaluateModels.summaryBest', { model: label, value: formatScore(m, best.meanIoU) }) : head;
}
