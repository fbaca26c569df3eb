/**
 * <score-heatmap-el>: a test scene and a class → the shipped FCN's class probability before upsampling
 * (score_fr) and after, over the image (src/tf/score-map.ts). One run per scene gives all classes; switching
 * the class only redraws. Without trained weights it says so and draws nothing made up.
 */
import { drawScoreOverlay } from '../../figures/score-overlay';
import { overlayUrl, rgbaToUrl } from '../../figures/raster';
import { messagesOf } from '../../i18n/client';
import { outlineMask } from '../../lib/grid/outline';
import { CLASSES } from '../../lib/scene/dataset';
import type { ScoreMaps } from '../../tf/score-map';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import type { FcnInput } from '../shared/fcn-input';
import { isStale, shippedModel, testScene, type FcnBrowser } from '../shared/shipped-model';
import { modelOps, type ModelOps } from '../shared/model-ops';
import { onBackendChange } from '../shared/tf';
import { hasQuery, readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { classChannel, classWords, dominantClass, HEAT, overlayStatus, overlayText, type OverlayRun } from './overlay';

interface State extends Record<string, number> {
  scene: number;
  classId: number;
}
type Ops = ModelOps;

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
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
    const run: OverlayRun = {
      ...result,
      milliseconds: maps.milliseconds,
      coarse: maps.coarse,
      full: maps.full,
      truth: input.truth,
    };
    const full = classChannel(maps.full, classId);
    drawing.replaceChildren(
      drawScoreOverlay(
        {
          imageUrl: rgbaToUrl(input.rgba, input.height, input.width),
          height: input.height,
          width: input.width,
          coarse: { height: maps.coarse.height, width: maps.coarse.width, values: classChannel(maps.coarse, classId) },
          fullUrl: overlayUrl(full, input.height, input.width, HEAT),
          className: classWords(classId, m),
          colour: HEAT,
          stride: 32,
          truthUrl: input.truth
            ? overlayUrl(
                Float32Array.from(outlineMask(input.truth, input.height, input.width, classId)),
                input.height,
                input.width,
                [255, 255, 255],
                1,
              )
            : null,
        },
        { width: Math.max(260, drawing.clientWidth || 600), text: overlayText(run, classId, m) },
      ),
    );
    status.textContent = overlayStatus(run, classId, full, m);
    drawing.dataset.classId = String(classId);
  };

  const run = async (retry = true): Promise<void> => {
    if (!loaded) return;
    const current = state.get();
    if (result && result.scene === current.scene) return draw();
    const mine = ++token;
    const { ops, fcn } = loaded;
    status.textContent = m.t('scoreHeatmap.loading');
    const [model, input] = await unlessAborted(
      signal,
      Promise.all([shippedModel(fcn, modelsUrl), testScene(dataUrl, firstSeed, current.scene, size)]),
    );
    if (mine !== token) return;
    if (!model.ok) {
      const note = document.createElement('p');
      note.className = 'placeholder';
      note.textContent = m.t('scoreHeatmap.noModel');
      drawing.replaceChildren(note);
      status.textContent = m.t('scoreHeatmap.noModel');
      status.dataset.missing = 'true';
      return;
    }
    try {
      const maps = await unlessAborted(signal, ops.scoreMaps(model.weights, input.image, model.variant));
      if (mine !== token) return;
      const note = model.variant === 'fcn8s' ? '' : m.t('scoreHeatmap.notFinest', { model: model.label });
      result = { scene: current.scene, input, maps, label: model.label, note };
      const main = dominantClass(input.truth);
      if (!classChosen && main !== state.get().classId) state.set((s) => ({ ...s, classId: main }));
      else draw();
    } catch (error) {
      if (retry && isStale(fcn, modelsUrl, model.generation)) return run(false);
      status.textContent = m.t('scoreHeatmap.modelFailed', { error: String(error) });
    }
  };
  const start = (): void =>
    void run().catch((error: unknown) => {
      status.textContent = m.t('scoreHeatmap.failed', { error: String(error) });
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
      status.textContent = m.t('shared.tfLoadFailed', { error: String(error) });
    });
  return unsubscribe;
}

defineWidget('score-heatmap-el', mount);
