/**
 * <score-heatmap-el>: a test scene and a class → the shipped FCN's class probability before upsampling
 * (score_fr) and after, over the image (src/tf/score-map.ts). One run per scene gives all classes; switching
 * the class only redraws. Without trained weights it says so and draws nothing made up.
 */
import { drawScoreOverlay } from '../../figures/score-overlay';
import { overlayUrl, rgbaToUrl } from '../../figures/raster';
import { CLASSES } from '../../lib/scene/dataset';
import type { ProbabilityMap, ScoreMaps } from '../../tf/score-map';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import type { FcnInput } from '../shared/fcn-input';
import { isStale, shippedModel, testScene, type FcnBrowser } from '../shared/shipped-model';
import { modelOps, type ModelOps } from '../shared/model-ops';
import { onBackendChange } from '../shared/tf';
import { hasQuery, readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';

interface State extends Record<string, number> {
  scene: number;
  classId: number;
}
type Ops = ModelOps;

/** One class's channel of a probability map, [height, width]. */
function classChannel(map: ProbabilityMap, classId: number): Float32Array {
  const out = new Float32Array(map.height * map.width);
  for (let i = 0; i < out.length; i++) out[i] = map.values[i * map.classes + classId];
  return out;
}

/** The object class covering most pixels of the scene's truth (1 when there is none). */
function dominantClass(truth: Uint8Array | null): number {
  const counts = new Array<number>(CLASSES.length).fill(0);
  for (const c of truth ?? []) if (c > 0 && c < counts.length) counts[c]++;
  const best = counts.indexOf(Math.max(...counts));
  return best > 0 ? best : 1;
}

/** 1 on the pixels of class `classId` that touch another class (the outline of the true region). */
function outline(truth: Uint8Array, height: number, width: number, classId: number): Float32Array {
  const out = new Float32Array(height * width);
  const is = (y: number, x: number): boolean =>
    y >= 0 && x >= 0 && y < height && x < width && truth[y * width + x] === classId;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (is(y, x) && !(is(y - 1, x) && is(y + 1, x) && is(y, x - 1) && is(y, x + 1))) out[y * width + x] = 1;
    }
  }
  return out;
}

/** One strong heat colour over the greyed image, whatever the class (class colours vanish on some backgrounds). */
const HEAT: readonly [number, number, number] = [255, 48, 0];

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const [sceneSelect, classSelect] = ['scene', 'classId'].map((n) => q<HTMLSelectElement>(`select[name="${n}"]`));
  const [drawing, status] = ['.drawing', '.status'].map((s) => q(s));
  const prefix = host.dataset.id ?? 'heat';
  const size = Number(host.dataset.size ?? 160);
  const firstSeed = Number(host.dataset.firstSeed ?? 2_000_000_000);
  const modelsUrl = host.dataset.models ?? '/models';
  const dataUrl = host.dataset.data ?? '/data';
  const defaults: State = { scene: Number(host.dataset.scene ?? 0), classId: 1 };
  const read = readQuery(prefix, defaults);
  const state = atom<State>({
    scene: Math.min(sceneSelect.options.length - 1, Math.max(0, Math.round(read.scene))),
    classId: Math.min(CLASSES.length - 1, Math.max(0, Math.round(read.classId))),
  });
  let loaded: { ops: Ops; fcn: FcnBrowser } | undefined;
  let result: { scene: number; input: FcnInput; maps: ScoreMaps; label: string; note: string } | undefined;
  let token = 0;
  /** Until the reader picks a class (or a link names one), show the scene's main object class. */
  let classChosen = hasQuery(prefix, 'classId');

  const draw = (): void => {
    if (!result) return;
    const { classId } = state.get();
    const { input, maps } = result;
    const name = CLASSES[classId]?.name ?? `class ${classId}`;
    const full = classChannel(maps.full, classId);
    drawing.replaceChildren(
      drawScoreOverlay(
        {
          imageUrl: rgbaToUrl(input.rgba, input.height, input.width),
          height: input.height,
          width: input.width,
          coarse: { height: maps.coarse.height, width: maps.coarse.width, values: classChannel(maps.coarse, classId) },
          fullUrl: overlayUrl(full, input.height, input.width, HEAT),
          className: name,
          colour: HEAT,
          stride: 32,
          truthUrl: input.truth
            ? overlayUrl(
                outline(input.truth, input.height, input.width, classId),
                input.height,
                input.width,
                [255, 255, 255],
                1,
              )
            : null,
        },
        { width: Math.max(260, drawing.clientWidth || 600) },
      ),
    );
    const truth = input.truth
      ? input.truth.reduce((n, c) => n + (c === classId ? 1 : 0), 0) / input.truth.length
      : null;
    const predicted = full.reduce((n, p) => n + (p > 0.5 ? 1 : 0), 0) / full.length;
    status.textContent =
      `${result.label}${result.note}, ${maps.milliseconds.toFixed(0)} ms: score_fr is ${maps.coarse.height} × ${maps.coarse.width} × ${maps.coarse.classes} ` +
      `(one answer per 32 × 32 patch), the output ${maps.full.height} × ${maps.full.width} × ${maps.full.classes}. ` +
      `"${name}" has probability > 0.5 on ${(predicted * 100).toFixed(0)}% of the pixels` +
      (truth === null ? '.' : `; the scene's true label map has it on ${(truth * 100).toFixed(0)}%.`);
    drawing.dataset.classId = String(classId);
  };

  const run = async (retry = true): Promise<void> => {
    if (!loaded) return;
    const current = state.get();
    if (result && result.scene === current.scene) return draw();
    const mine = ++token;
    const { ops, fcn } = loaded;
    status.textContent = 'Loading the trained model and the scene…';
    const [model, input] = await unlessAborted(
      signal,
      Promise.all([shippedModel(fcn, modelsUrl), testScene(dataUrl, firstSeed, current.scene, size)]),
    );
    if (mine !== token) return;
    if (!model.ok) {
      drawing.replaceChildren();
      status.textContent = model.message;
      status.dataset.missing = 'true';
      return;
    }
    try {
      const maps = await unlessAborted(signal, ops.scoreMaps(model.weights, input.image, model.variant));
      if (mine !== token) return;
      result = { scene: current.scene, input, maps, label: model.label, note: model.note };
      const main = dominantClass(input.truth);
      if (!classChosen && main !== state.get().classId) state.set((s) => ({ ...s, classId: main }));
      else draw();
    } catch (error) {
      if (retry && isStale(fcn, modelsUrl, model.generation)) return run(false);
      status.textContent = `The model could not run: ${String(error)}`;
    }
  };
  const start = (): void =>
    void run().catch((error: unknown) => {
      status.textContent = `Could not compute: ${String(error)}`;
    });

  sceneSelect.value = String(state.get().scene);
  classSelect.value = String(state.get().classId);
  sceneSelect.addEventListener('change', () => state.set((s) => ({ ...s, scene: Number(sceneSelect.value) })), {
    signal,
  });
  classSelect.addEventListener(
    'change',
    () => {
      classChosen = true;
      state.set((s) => ({ ...s, classId: Number(classSelect.value) }));
    },
    { signal },
  );
  const unsubscribe = state.subscribe((current) => {
    classSelect.value = String(current.classId);
    writeQuery(prefix, current, defaults);
    start();
  });
  onBackendChange(signal, () => {
    result = undefined;
    if (loaded) start();
  });
  modelOps(host, signal)
    .then((ops) => {
      const fcn = ops;
      loaded = { ops, fcn };
      start();
    })
    .catch((error: unknown) => {
      status.textContent = `tfjs could not load: ${String(error)}`;
    });
  return unsubscribe;
}

defineWidget('score-heatmap-el', mount);
