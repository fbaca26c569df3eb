/**
 * <scatter-stepper>: steps through a transposed convolution one input cell at a time. Each instance keeps
 * its own state in an atom (src/widgets/shared/atom.ts): state → src/lib computes (scatterSteps) →
 * src/figures/scatter-stepper.ts draws → the element swaps the SVG, animates the new stamp, writes the URL.
 */
import { drawScatterStepper } from '../../figures/scatter-stepper';
import { shapeOf } from './grid-edit';
import { canvasTerms } from '../../lib/conv/scatter-terms';
import {
  animationMs,
  initialPlayer,
  phaseAt,
  resizeTimeline,
  seek,
  speedOf,
  stampsDone,
  stepBack,
  stepForward,
  tick,
  togglePlay,
  type PlayerState,
} from './stepper-state';
import { scatterSteps, type ScatterRecord } from '../../lib/conv/transposed';
import { atom } from '../shared/atom';
import { prefersReducedMotion } from '../shared/dom';
import { settled } from '../shared/settle';
import { defineWidget, type MountContext, type Teardown } from '../shared/widget';
import { animateCrop, animateStamp, stopAnimations } from './animate';
import { captionOf, figureText, invalidCaption, problemText } from './caption';
import { messagesOf } from '../../i18n/client';
import { createPlayer } from './player';
import { readControls, syncControls, type Controls } from './controls';
import {
  RANGES,
  clampTo,
  defaultsFrom,
  fallbackParams,
  problemOf,
  readState,
  resized,
  sameParams,
  writeState,
  type RangedKey,
  type StepperParams,
  type StepperState,
} from './state';
import { createTfCheck, type TfReport } from './tf-check';

interface Computed {
  params: StepperParams;
  record: ScatterRecord;
}

function paramsOf(s: StepperParams): StepperParams {
  const { input, kernel, stride, padding, outputPadding, dilation } = s;
  return { input, kernel, stride, padding, outputPadding, dilation };
}

/** The state after a slider moved: sizes resize the grids (and the timeline), the rest is set as is. */
function withSlider(s: StepperState, key: RangedKey, raw: number): StepperState {
  const value = clampTo(key, raw);
  if (key === 'inputSize') {
    const input = resized(s.input, value);
    return { ...s, input, player: resizeTimeline(s.player, value * value) };
  }
  if (key === 'kernelSize') return { ...s, kernel: resized(s.kernel, value) };
  return { ...s, [key]: value };
}

function withCell(s: StepperState, which: 'input' | 'kernel', row: number, col: number, value: number): StepperState {
  const grid = s[which].map((r, y) => r.map((v, x) => (y === row && x === col ? value : v)));
  return { ...s, [which]: grid };
}

function showStatus(status: HTMLElement, report: TfReport): void {
  if (report.kind !== 'agree') {
    status.textContent = report.text;
    return;
  }
  const span = document.createElement('span');
  span.className = 'agree';
  span.textContent = report.text;
  status.replaceChildren(span);
}

function isRangedKey(name: string): name is RangedKey {
  return Object.hasOwn(RANGES, name);
}

/** Wire one element: listeners on `signal`; the teardown stops the timer, the observer and the subscription. */
function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const prefix = host.dataset.id ?? 'stepper';
  const defaults = defaultsFrom(host.dataset);
  const controls: Controls = readControls(host);
  const m = messagesOf(host);
  const text = figureText(m);
  const state = atom(readState(prefix, defaults));
  // The URL follows once the controls rest (replaceState costs more than the redraw).
  const writeSoon = settled(200, signal);
  const on = { signal };
  const tf = createTfCheck(host, signal, m, (report) => showStatus(controls.status, report));
  // The tfjs check reads the result back from the GPU: run it once the slider rests, not inside the event.
  let tfTimer: number | undefined;
  const checkSoon = (params: StepperParams, expected: number[][]): void => {
    window.clearTimeout(tfTimer);
    tfTimer = window.setTimeout(() => tf.run(params, expected), 150);
  };
  const player = createPlayer(() => state.set((s) => ({ ...s, player: tick(s.player) })));
  let good: Computed | undefined;
  let drawnWidth = 0;
  // The drawing's width, read once here and then kept by the ResizeObserver: reading clientWidth inside a
  // slider event, after the controls were written, would force a layout in the middle of the event.
  let availableWidth = controls.drawing.clientWidth;

  let checked: StepperParams | undefined;

  const compute = (s: StepperParams): Computed => {
    if (good && sameParams(good.params, s)) return good;
    const params = paramsOf(s);
    good = { params, record: scatterSteps(s.input, s.kernel, params) };
    return good;
  };

  const draw = (s: StepperState, { record }: Computed, animate: boolean): void => {
    const { step, last } = s.player;
    const phase = phaseAt(step, shapeOf(s.input));
    const done = stampsDone(step, record.steps.length);
    const terms = canvasTerms(
      record.canvasShape,
      record.steps.map((st) => st.stamp),
      done,
    );
    drawnWidth = availableWidth;
    const data = { ...paramsOf(s), record, phase, step, last, terms, text };
    const svg = drawScatterStepper(data, { id: prefix, maxWidth: drawnWidth || 640 });
    stopAnimations(controls.drawing.querySelector('svg'));
    controls.drawing.replaceChildren(svg);
    controls.caption.textContent = captionOf(m, data);
    if (!animate || prefersReducedMotion()) return;
    const ms = animationMs(speedOf(s.speed));
    if (phase.kind === 'stamp') animateStamp(svg, ms);
    if (phase.kind === 'crop') animateCrop(svg, ms);
  };

  const render = (s: StepperState, previous?: StepperState): void => {
    const problem = problemOf(s);
    const problemWords = problem ? problemText(m, problem) : '';
    if (controls.problem.textContent !== problemWords) controls.problem.textContent = problemWords;
    controls.drawing.classList.toggle('stale', problem !== undefined);
    syncControls(controls, s, problem === undefined, m);
    player.sync(s.player.playing && problem === undefined, speedOf(s.speed));
    writeSoon(() => writeState(prefix, s, defaults));
    if (problem !== undefined) {
      checked = undefined;
      window.clearTimeout(tfTimer);
      controls.status.textContent = m.t('scatterStepper.status.stale');
      // Opened from a link with impossible parameters: draw the starting example rather than nothing.
      if (!good) {
        const params = fallbackParams(defaults);
        const player = initialPlayer(s.player.step, params.input.length * params.input[0].length);
        draw({ ...s, ...params, player }, compute(params), false);
      }
      // The caption says why there is no step, for the parameters the reader has now (not the dimmed ones).
      controls.caption.textContent = invalidCaption(m, problem);
      return;
    }
    const computed = compute(s);
    if (!checked || !sameParams(checked, s)) {
      checked = computed.params;
      checkSoon(computed.params, computed.record.output);
    }
    const stepped = previous !== undefined && sameParams(previous, s) && s.player.step === previous.player.step + 1;
    draw(s, computed, stepped);
  };

  const move = (change: (p: PlayerState) => PlayerState): void =>
    state.set((s) => ({ ...s, player: change(s.player) }));

  host.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      const value = Number(target.value);
      if (target.value.trim() === '' || !Number.isFinite(value)) return;
      const grid = target.closest<HTMLElement>('[data-grid]')?.dataset.grid;
      if (grid === 'input' || grid === 'kernel') {
        state.set((s) => withCell(s, grid, Number(target.dataset.row), Number(target.dataset.col), value));
      } else if (target.name === 'step') {
        move((p) => seek(p, value));
      } else if (isRangedKey(target.name)) {
        state.set((s) => withSlider(s, target.name as RangedKey, value));
      }
    },
    on,
  );
  controls.speed.addEventListener(
    'change',
    () => state.set((s) => ({ ...s, speed: speedOf(controls.speed.value).id })),
    on,
  );
  controls.play.addEventListener('click', () => move(togglePlay), on);
  controls.back.addEventListener('click', () => move(stepBack), on);
  controls.forward.addEventListener('click', () => move(stepForward), on);
  controls.drawing.addEventListener(
    'keydown',
    (event) => {
      const actions: Record<string, (p: PlayerState) => PlayerState> = {
        ArrowRight: stepForward,
        ArrowLeft: stepBack,
        ' ': togglePlay,
        Home: (p) => seek(p, 0),
        End: (p) => seek(p, p.last),
      };
      const action = actions[event.key];
      if (!action || problemOf(state.get()) !== undefined) return;
      event.preventDefault();
      move(action);
    },
    on,
  );

  const unsubscribe = state.subscribe(render);
  const resize = new ResizeObserver(([entry]) => {
    availableWidth = entry.contentRect.width;
    const s = state.get();
    if (Math.abs(availableWidth - drawnWidth) > 8 && problemOf(s) === undefined) draw(s, compute(s), false);
  });
  resize.observe(controls.drawing);
  render(state.get());

  return () => {
    unsubscribe();
    window.clearTimeout(tfTimer);
    player.stop();
    resize.disconnect();
    stopAnimations(controls.drawing.querySelector('svg'));
  };
}

defineWidget('scatter-stepper', mount);
