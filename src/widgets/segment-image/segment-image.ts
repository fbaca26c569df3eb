/**
 * <segment-image-el>: runs our FCN-32s, FCN-16s and FCN-8s on a test scene, a new random scene, a photo, or the
 * reader's own image (picker, drop, paste — decoded in the tab, never uploaded), and shows the three
 * predictions side by side with the ground truth, per-image pixel accuracy and mean IoU, times and backend.
 */
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { fileInput, InputProblem, sceneInput, urlInput, type FcnInput } from '../shared/fcn-input';
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

interface State extends Record<string, string | number> {
  /** 'seed:<n>' (a test scene), 'photo:<id>' or 'file' (the reader's image). */
  image: string;
  size: number;
  opacity: number;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const text = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
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

  const ensureOption = (value: string, label?: string): void => {
    if ([...select.options].some((o) => o.value === value)) return;
    select.append(new Option(label ?? `scene ${value.slice(5)}`, value));
  };

  const showProgress = (loaded: number, total: number): void => {
    loading.box.hidden = total === 0 || loaded >= total;
    loading.bar.max = Math.max(1, total);
    loading.bar.value = loaded;
    loading.text.value = `${mb(loaded)} of ${mb(total)} MB`;
  };

  const redraw = (): void => {
    if (!input) return;
    const alpha = state.get().opacity / 100;
    drawInputPanels(host, input, classes(), alpha);
    for (const result of results) drawModelPanel(host, input, result, classes(), alpha);
  };

  const currentInput = async (source: SceneSource): Promise<FcnInput> => {
    const { image, size: side } = state.get();
    if (image === 'file' && userImage) return userImage;
    if (image.startsWith('photo:')) {
      const option = select.selectedOptions[0];
      return urlInput(option?.dataset.url ?? '', option?.dataset.name ?? image.slice(6));
    }
    const seed = Number(image.slice(5));
    if (!image.startsWith('seed:') || !Number.isSafeInteger(seed))
      throw new InputProblem(`unknown image choice ${image}`);
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
      drawInputPanels(host, next, classes(), state.get().opacity / 100);
      setStatus(`Running the three models on the ${next.description}…`);
      const ran = await unlessAborted(signal, runVariants(fcn, store, next));
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
      q('.notes').textContent = next.notes.map((n) => `Note: ${n}.`).join(' ');
      completedRuns += 1;
      host.dataset.runs = String(completedRuns);
      setStatus(`${next.description}. ${timingSummary(ran)}`);
    } catch (error) {
      if (error instanceof StaleRun) return;
      showProblem(text(error));
    } finally {
      if (token === runToken) markBusy(host, false);
    }
  };

  const takeFile = async (file: File): Promise<void> => {
    showProblem('');
    try {
      userImage = await unlessAborted(signal, fileInput(file));
    } catch (error) {
      showProblem(error instanceof InputProblem ? `${error.message} The previous image is kept.` : String(error));
      return;
    }
    select.querySelector('option[value="file"]')?.remove();
    select.append(new Option(`your image: ${file.name}`, 'file'));
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
  opacityOutput.value = `${initial.opacity}%`;
  const on = { signal };
  select.addEventListener('change', () => state.set((s) => ({ ...s, image: select.value })), on);
  size.addEventListener('change', () => state.set((s) => ({ ...s, size: Number(size.value) })), on);
  opacity.addEventListener('input', () => state.set((s) => ({ ...s, opacity: Number(opacity.value) })), on);
  q<HTMLButtonElement>('button.new-scene').addEventListener(
    'click',
    () => {
      if (!pipeline) return;
      const value = `seed:${randomSeed(pipeline.source)}`;
      ensureOption(value, `random scene ${value.slice(5)}`);
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
      onNothing: (reason) => showProblem(`Nothing to segment: ${reason}.`),
    },
    signal,
  );
  const unsubscribe = state.subscribe((next, previous) => {
    select.value = next.image;
    opacityOutput.value = `${next.opacity}%`;
    writeQuery(prefix, next.image === 'file' ? { ...next, image: defaults.image } : next, defaults);
    if (next.image !== previous.image || next.size !== previous.size) void refresh();
    else redraw();
  });

  void whenNear(host, { signal }).then(async () => {
    setStatus('Loading tfjs, the scene generator and the model weights…');
    try {
      pipeline = await loadFcnPipeline(host, signal);
      stopProgress = pipeline.store.onProgress((p) => showProgress(p.loadedBytes, p.totalBytes));
      onBackendChange(signal, () => void refresh());
      await refresh();
    } catch (error) {
      setStatus(`The widget could not start: ${text(error)}`);
    }
  });

  return () => {
    unsubscribe();
    stopProgress?.();
  };
}

defineWidget('segment-image-el', mount);
