/**
 * <segment-image-el>: runs our FCN-32s, FCN-16s and FCN-8s on a test scene, a new random scene, a photo, or the
 * reader's own image (picker, drop, paste — decoded in the tab, never uploaded), and shows the three
 * predictions side by side with the ground truth, per-image pixel accuracy and mean IoU, times and backend.
 */
import { messagesOf } from '../../i18n/client';
import { FCN_VARIANTS } from '../../lib/fcn/variants';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { describeInput, InputProblem, sceneInput, type FcnInput } from '../shared/fcn-input';
import { drawInputPanels, drawModelPanel, markBusy } from '../shared/fcn-panels';
import {
  runVariants,
  StaleRun,
  timingSummary,
  loadFcnPipeline,
  type FcnBrowser,
  type ModelStore,
  type VariantResult,
} from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import { randomSeed, type SceneSource } from '../shared/scene-source';
import { onBackendChange } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { wireImageDrop } from './image-drop';
import { fileInput, urlInput } from './reader-image';
import { noteText, problemText } from './words';

interface State extends Record<string, string | number> {
  /** 'seed:<n>' (a test scene), 'photo:<id>' or 'file' (the reader's image). */
  image: string;
  size: number;
  opacity: number;
}

const text = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const prefix = host.dataset.id ?? 'segment';
  const defaults: State = {
    image: `seed:${host.dataset.seed ?? '0'}`,
    size: Number(host.dataset.size ?? 128),
    opacity: 60,
  };
  const initial = readQuery(prefix, defaults);
  if (initial.image === 'file') initial.image = defaults.image;
  const state = atom<State>(initial);
  const select = q<HTMLSelectElement>('select[name="image"]');
  const size = q<HTMLSelectElement>('select[name="size"]');
  const opacity = q<HTMLInputElement>('input[name="opacity"]');
  const opacityOutput = q<HTMLOutputElement>('output[data-for="opacity"]');
  const loading = {
    box: q('.loading'),
    bar: q<HTMLProgressElement>('.loading progress'),
    text: q<HTMLOutputElement>('.loading output'),
  };
  let pipeline: { fcn: FcnBrowser; store: ModelStore; source: SceneSource } | undefined;
  let input: FcnInput | undefined;
  let userImage: FcnInput | undefined;
  let results: VariantResult[] = [];
  let runToken = 0;
  let completedRuns = Number(host.dataset.runs ?? 0);
  let stopProgress: (() => void) | undefined;

  const setStatus = (message: string): void => {
    q('.status').textContent = message;
  };
  const showProblem = (message: string): void => {
    q('.problem').textContent = message;
  };
  const classes = () => pipeline?.source.dataset.classes ?? [];
  /** A refusal in words (an InputProblem), anything else as it came. */
  const problemOf = (error: unknown): string =>
    error instanceof InputProblem ? problemText(error.file, error.failure, m) : text(error);

  const ensureOption = (value: string, label?: string): void => {
    if ([...select.options].some((o) => o.value === value)) return;
    select.append(new Option(label ?? m.t('segmentImage.scene', { seed: value.slice(5) }), value));
  };

  const showProgress = (loaded: number, total: number): void => {
    loading.box.hidden = total === 0 || loaded >= total;
    loading.bar.max = Math.max(1, total);
    loading.bar.value = loaded;
    loading.text.value = m.t('segmentImage.megabytes', {
      loaded: m.number(loaded / 1e6, 1),
      total: m.number(total / 1e6, 1),
    });
  };

  const redraw = (): void => {
    if (!input) return;
    const alpha = state.get().opacity / 100;
    drawInputPanels(host, input, classes(), alpha, m);
    for (const result of results) drawModelPanel(host, input, result, classes(), alpha, result.variant, m);
  };

  const currentInput = async (source: SceneSource): Promise<FcnInput> => {
    const { image, size: side } = state.get();
    if (image === 'file' && userImage) return userImage;
    if (image.startsWith('photo:')) {
      const option = select.selectedOptions[0];
      return urlInput(option?.dataset.url ?? '', option?.dataset.name ?? image.slice(6));
    }
    const seed = Number(image.slice(5));
    if (!image.startsWith('seed:') || !Number.isSafeInteger(seed)) throw new Error(`unknown image choice ${image}`);
    return sceneInput(source, seed, side);
  };

  const refresh = async (): Promise<void> => {
    if (!pipeline) return;
    const { fcn, store, source } = pipeline;
    const token = ++runToken;
    markBusy(host, true);
    try {
      const next = await unlessAborted(signal, currentInput(source));
      if (token !== runToken) return;
      input = next;
      drawInputPanels(host, next, classes(), state.get().opacity / 100, m);
      setStatus(m.t('segmentImage.running', { description: describeInput(next, m) }));
      // Each time a median of 3 runs after a warm-up (a cold first run is mostly compiling and allocating).
      const ran = await unlessAborted(signal, runVariants(fcn, store, next, m, FCN_VARIANTS, 3));
      loading.box.hidden = true;
      if (token !== runToken) return;
      results = ran;
      redraw();
      showProblem(
        ran
          .filter((r) => !r.labels)
          .map((r) => r.message ?? '')
          .join(' '),
      );
      q('.notes').textContent = next.notes.map((n) => noteText(n, m)).join(' ');
      completedRuns += 1;
      host.dataset.runs = String(completedRuns);
      setStatus(m.t('segmentImage.done', { description: describeInput(next, m), timings: timingSummary(ran, m) }));
    } catch (error) {
      if (error instanceof StaleRun) return;
      showProblem(problemOf(error));
    } finally {
      if (token === runToken) markBusy(host, false);
    }
  };

  const takeFile = async (file: File): Promise<void> => {
    showProblem('');
    try {
      userImage = await unlessAborted(signal, fileInput(file));
    } catch (error) {
      showProblem(
        error instanceof InputProblem ? m.t('segmentImage.kept', { problem: problemOf(error) }) : String(error),
      );
      return;
    }
    select.querySelector('option[value="file"]')?.remove();
    select.append(new Option(m.t('segmentImage.yourImage', { name: file.name }), 'file'));
    if (state.get().image === 'file') void refresh();
    else state.set((s) => ({ ...s, image: 'file' }));
  };

  // A file from an earlier mount is gone (it lived in that mount's memory): offer only what this one has.
  select.querySelector('option[value="file"]')?.remove();
  markBusy(host, false);
  ensureOption(initial.image);
  select.value = initial.image;
  size.value = String(initial.size);
  opacity.value = String(initial.opacity);
  opacityOutput.value = m.percent(initial.opacity / 100, 0);
  const on = { signal };
  select.addEventListener('change', () => state.set((s) => ({ ...s, image: select.value })), on);
  size.addEventListener('change', () => state.set((s) => ({ ...s, size: Number(size.value) })), on);
  opacity.addEventListener('input', () => state.set((s) => ({ ...s, opacity: Number(opacity.value) })), on);
  q<HTMLButtonElement>('button.new-scene').addEventListener(
    'click',
    () => {
      if (!pipeline) return;
      const value = `seed:${randomSeed(pipeline.source)}`;
      ensureOption(value, m.t('segmentImage.randomScene', { seed: value.slice(5) }));
      state.set((s) => ({ ...s, image: value }));
    },
    on,
  );
  q<HTMLButtonElement>('button.rerun').addEventListener('click', () => void refresh(), on);
  wireImageDrop(
    host,
    q<HTMLInputElement>('input[type="file"]'),
    q('.drop-zone'),
    {
      onFile: (file) => void takeFile(file),
      onNothing: (where) =>
        showProblem(m.t(where === 'drop' ? 'segmentImage.nothing.drop' : 'segmentImage.nothing.paste')),
    },
    signal,
  );
  const unsubscribe = state.subscribe((next, previous) => {
    select.value = next.image;
    opacityOutput.value = m.percent(next.opacity / 100, 0);
    writeQuery(prefix, next.image === 'file' ? { ...next, image: defaults.image } : next, defaults);
    if (next.image !== previous.image || next.size !== previous.size) void refresh();
    else redraw();
  });

  void whenNear(host, { signal }).then(async () => {
    setStatus(m.t('segmentImage.loading'));
    try {
      pipeline = await loadFcnPipeline(host, signal);
      stopProgress = pipeline.store.onProgress((p) => showProgress(p.loadedBytes, p.totalBytes));
      onBackendChange(signal, () => void refresh());
      await refresh();
    } catch (error) {
      setStatus(m.t('segmentImage.couldNotStart', { reason: text(error) }));
    }
  });

  return () => {
    unsubscribe();
    stopProgress?.();
  };
}

defineWidget('segment-image-el', mount);
