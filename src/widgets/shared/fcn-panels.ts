/**
 * Filling the server-rendered panels of the FCN widgets (<segment-image-el>, <fcn-teaser-el>): the input, the
 * ground truth and one panel per model (prediction over the image, pixel accuracy and mean IoU against the truth, time and backend), or the
 * reason a model is not there.
 */
import { segmentationOverlay } from '../../figures/segmentation-overlay';
import { confusionMatrix, segmentationScores } from '../../lib/metrics/scores';
import type { ClassInfo } from '../../lib/scene/dataset';
import type { Messages } from '../../i18n';
import { describeInput, type FcnInput } from './fcn-input';
import type { VariantResult } from './fcn-runner';

const DISPLAY_WIDTH = 240;

function panel(root: HTMLElement, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-panel="${name}"]`);
}

function setOutput(container: HTMLElement, key: string, text: string): void {
  const output = container.querySelector<HTMLOutputElement>(`output[data-key="${key}"]`);
  if (output) output.value = text;
}

function draw(container: HTMLElement, svg: SVGSVGElement | null, note = ''): void {
  const drawing = container.querySelector<HTMLElement>('.panel-drawing');
  const noteEl = container.querySelector<HTMLElement>('.panel-note');
  if (drawing) drawing.replaceChildren(...(svg ? [svg] : []));
  if (noteEl) noteEl.textContent = note;
}

export function drawInputPanels(
  root: HTMLElement,
  input: FcnInput,
  classes: readonly ClassInfo[],
  opacity: number,
  m: Messages,
): void {
  const image = panel(root, 'image');
  if (image)
    draw(
      image,
      segmentationOverlay(
        { ...input, labels: null, classes },
        {
          opacity,
          label: m.t('shared.inputLabel', { description: describeInput(input, m) }),
          displayWidth: DISPLAY_WIDTH,
        },
      ),
    );
  const truth = panel(root, 'truth');
  if (!truth) return;
  if (input.truth) {
    draw(
      truth,
      segmentationOverlay(
        { ...input, labels: input.truth, classes },
        { opacity, label: m.t('shared.truthLabel'), displayWidth: DISPLAY_WIDTH },
      ),
    );
  } else {
    draw(truth, null, m.t('shared.noTruth'));
  }
}

/** Draws one model's panel; returns its scores against the truth (null without truth or prediction). */
export function drawModelPanel(
  root: HTMLElement,
  input: FcnInput,
  result: VariantResult,
  classes: readonly ClassInfo[],
  opacity: number,
  panelName: string,
  m: Messages,
): { pixelAccuracy: number; meanIoU: number } | null {
  const container = panel(root, panelName);
  if (!container) return null;
  container.dataset.state = result.labels ? 'ready' : 'unavailable';
  if (!result.labels) {
    draw(container, null, m.t(result.failed ? 'shared.refused' : 'shared.notTrained'));
    for (const key of ['pixelAccuracy', 'meanIoU', 'time', 'backend']) setOutput(container, key, '—');
    return null;
  }
  draw(
    container,
    segmentationOverlay(
      { ...input, labels: result.labels, classes },
      {
        opacity,
        label: m.t('shared.prediction', { model: result.label }),
        displayWidth: DISPLAY_WIDTH,
      },
    ),
  );
  setOutput(container, 'time', result.milliseconds === null ? '—' : `${Math.round(result.milliseconds)} ms`);
  setOutput(container, 'backend', result.backend ?? '—');
  if (!input.truth) {
    setOutput(container, 'pixelAccuracy', m.t('shared.noTruthShort'));
    setOutput(container, 'meanIoU', m.t('shared.noTruthShort'));
    return null;
  }
  const scores = segmentationScores(confusionMatrix(input.truth, result.labels, classes.length));
  setOutput(container, 'pixelAccuracy', m.percent(scores.pixelAccuracy, 1));
  setOutput(container, 'meanIoU', m.percent(scores.meanIoU, 1));
  return { pixelAccuracy: scores.pixelAccuracy, meanIoU: scores.meanIoU };
}

/** Dims every model panel while a new run is on its way (the last figures stay visible). */
export function markBusy(root: HTMLElement, busy: boolean): void {
  root.querySelector<HTMLElement>('.results')?.classList.toggle('busy', busy);
}
