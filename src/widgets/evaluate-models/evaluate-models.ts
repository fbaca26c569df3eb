/**
 * <evaluate-models>: runs the shipped FCN-32s, 16s and 8s over N test scenes in this tab (src/tf/evaluate-browser.ts),
 * with a progress bar and a Stop button, and shows the five scores per model, the per-class IoU, the backend,
 * the total time, and the `npm run evaluate` command that reproduces the same numbers in Node.
 */
import { messagesOf } from '../../i18n/client';
import { FCN_VARIANT_LABELS, type FcnVariant } from '../../lib/fcn/variants';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { whenNear } from '../shared/lazy';
import { ensureScenes, pageSceneSource, type SceneSource } from '../shared/scene-source';
import { modelOps, type ModelOps } from '../shared/model-ops';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { unavailable } from '../shared/fcn-runner';
import { countOf, MODELS } from './columns';
import { clearModel, showResult, summary } from './render';

type EvaluateBrowser = ModelOps;

interface State extends Record<string, number> {
  scenes: number;
  offset: number;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const STALE = m.t('evaluateModels.stale');
  const prefix = host.dataset.id ?? 'evaluate';
  const defaults: State = { scenes: Number(host.dataset.scenes ?? 20), offset: 0 };
  const state = atom<State>(readQuery(prefix, defaults));
  const [scenes, offset] = ['scenes', 'offset'].map((name) => q<HTMLInputElement>(`input[name="${name}"]`));
  const [runButton, stopButton] = ['run', 'stop'].map((name) => q<HTMLButtonElement>(`button.${name}`));
  const [status, problem] = [q('.status'), q('.problem')];
  let loaded: { ops: EvaluateBrowser; source: SceneSource } | undefined;
  /** The run in progress: Stop and leaving the page abort it. */
  let running: AbortController | undefined;
  let completedRuns = Number(host.dataset.runs ?? 0);

  const setStatus = (text: string): void => {
    status.textContent = text;
  };
  const showProblem = (text: string): void => {
    problem.textContent = text;
  };
  const firstSeed = (): number => Number(host.dataset.firstSeed ?? 0) + state.get().offset;

  const problemOf = (s: State): string => {
    const max = Number(host.dataset.max ?? 300);
    if (!Number.isInteger(s.scenes) || s.scenes < 1 || s.scenes > max) {
      return m.t('evaluateModels.problemScenes', { max });
    }
    if (!Number.isInteger(s.offset) || s.offset < 0) return m.t('evaluateModels.problemOffset');
    return '';
  };

  const showProgress = (done: number, total: number): void => {
    const bar = q<HTMLProgressElement>('progress');
    bar.max = Math.max(1, total);
    bar.value = done;
    q<HTMLOutputElement>('.progress-text').value = m.t('evaluateModels.progressText', { done, total });
  };

  const showSettings = (s: State): void => {
    const reason = problemOf(s);
    showProblem(reason);
    runButton.disabled = Boolean(reason) || running !== undefined;
    if (reason) return;
    q<HTMLOutputElement>('output[data-for="first"]').value = String(firstSeed()); // an identifier: no grouping
    if (!running) showProgress(0, s.scenes);
  };

  const setRunning = (on: boolean): void => {
    stopButton.disabled = !on;
    runButton.disabled = on || Boolean(problemOf(state.get()));
    host.querySelectorAll('table').forEach((t) => t.classList.toggle('busy', on));
    host.setAttribute('aria-busy', String(on));
  };

  const showCommand = (from: number, to: number, size: number): void => {
    const code = document.createElement('code');
    const sizeFlag = size === 128 ? '' : ` --size ${size}`;
    code.textContent = `npm run evaluate -- --seeds ${from}:${to}${sizeFlag} --json`;
    code.dataset.seeds = `${from}:${to}`;
    q('.command').replaceChildren(code, m.t('evaluateModels.commandNote'));
  };

  const evaluate = async (
    ops: EvaluateBrowser,
    source: SceneSource,
    settings: State,
    controller: AbortController,
  ): Promise<void> => {
    const first = firstSeed();
    const size = Number(host.dataset.size ?? 128);
    const store = ops.pageModels(host.dataset.models ?? '/models');
    const generation = store.generation;
    try {
      setStatus(m.t('evaluateModels.loadingWeights'));
      const entries = await unlessAborted(signal, store.load());
      const notes = new Map<FcnVariant, string>();
      const models = [];
      for (const entry of entries) {
        if (entry.state === 'ready') models.push({ variant: entry.variant, weights: entry.weights });
        else notes.set(entry.variant, unavailable(FCN_VARIANT_LABELS[entry.variant], entry, m));
      }
      for (const [variant] of MODELS)
        if (notes.has(variant)) clearModel(host, variant, m.t('evaluateModels.noWeights'), m);
      const problems = [...notes.values()];
      if (models.length === 0) {
        showProblem(m.t('evaluateModels.noModel', { problems: problems.join(' ') }));
        setStatus(m.t('evaluateModels.nothingRun'));
        return;
      }
      showProblem(problems.join(' '));
      setStatus(
        m.t('evaluateModels.running', {
          models: countOf(m, models.length, 'evaluateModels.modelOne', 'evaluateModels.modelMany'),
          scenes: countOf(m, settings.scenes, 'evaluateModels.testSceneOne', 'evaluateModels.testSceneMany'),
        }),
      );
      const result = await unlessAborted(
        signal,
        ops.evaluateModels({
          models,
          inputs: source,
          firstSeed: first,
          scenes: settings.scenes,
          size,
          signal: controller.signal,
          prepare: (seeds) => ensureScenes(source, seeds, size, size),
          onProgress: (done, total) => showProgress(done, total),
        }),
      );
      if (store.generation !== generation) return showProblem(STALE);
      if (result.to === result.from) return setStatus(m.t('evaluateModels.stoppedBeforeFirst'));
      showResult(host, result, notes, m);
      showCommand(result.from, result.to, size);
      completedRuns += 1;
      host.dataset.runs = String(completedRuns);
      setStatus(summary(result, m));
    } catch (error) {
      showProblem(store.generation !== generation ? STALE : m.t('evaluateModels.failed', { error: message(error) }));
      setStatus(m.t('evaluateModels.didNotFinish'));
    }
  };

  const run = async (): Promise<void> => {
    const settings = state.get();
    if (!loaded || running || problemOf(settings)) return;
    const controller = new AbortController();
    running = controller;
    setRunning(true);
    showProblem('');
    await evaluate(loaded.ops, loaded.source, settings, controller);
    running = undefined;
    setRunning(false);
  };

  const start = async (): Promise<void> => {
    await whenNear(host, { signal });
    setStatus(m.t('evaluateModels.loadingTf'));
    try {
      const [ops, source] = await unlessAborted(
        signal,
        Promise.all([modelOps(host, signal), pageSceneSource(host.dataset.data ?? '/data', 'test')]),
      );
      loaded = { ops, source };
      host.dataset.ready = 'true';
      setStatus(m.t('evaluateModels.ready'));
    } catch (error) {
      setStatus(m.t('evaluateModels.couldNotStart', { error: message(error) }));
    }
  };

  scenes.value = String(state.get().scenes);
  offset.value = String(state.get().offset);
  scenes.addEventListener('input', () => state.set((s) => ({ ...s, scenes: Number(scenes.value) })), { signal });
  offset.addEventListener('input', () => state.set((s) => ({ ...s, offset: Number(offset.value) })), { signal });
  runButton.addEventListener('click', () => void run(), { signal });
  stopButton.addEventListener('click', () => running?.abort(), { signal });
  const unsubscribe = state.subscribe((next) => {
    showSettings(next);
    if (!problemOf(next)) writeQuery(prefix, next, defaults);
  });
  // A run the previous mount left unfinished was stopped with it: show the controls at rest, not ready yet.
  delete host.dataset.ready;
  setRunning(false);
  showSettings(state.get());
  void start();

  return () => {
    unsubscribe();
    running?.abort();
  };
}

defineWidget('evaluate-models', mount);
