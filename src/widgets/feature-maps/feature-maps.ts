/**
 * <feature-maps-el>: a test scene → (1) our model's conv1_1 maps with their filters, (2) classic kernels'
 * maps, (3) the 8 most active channels of a chosen deeper layer — all real tf ops (src/tf/feature-maps.ts).
 * Without trained weights, parts 1 and 3 say so; part 2 needs none.
 */
import { drawMapGrid, type MapTile } from '../../figures/feature-maps';
import { greyUrl, rgbaToUrl } from '../../figures/raster';
import { messagesOf } from '../../i18n/client';
import type { FeatureMap } from '../../tf/feature-maps';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import type { FcnInput } from '../shared/fcn-input';
import { isStale, shippedModel, testScene, type FcnBrowser } from '../shared/shipped-model';
import { modelOps, type ModelOps } from '../shared/model-ops';
import { onBackendChange } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { classicGrid } from './classic-grid';
import { channelWords, DEEPER_LAYERS, filterColours, MAPS_PER_LAYER } from './layers';

interface State extends Record<string, string | number> {
  scene: number;
  layer: string;
}
type Ops = ModelOps;

const tilesOf = (maps: readonly FeatureMap[]): MapTile[] =>
  maps.map((m) => ({ label: m.label, url: greyUrl(m.values, m.height, m.width), height: m.height, width: m.width }));

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const [sceneSelect, layerSelect] = ['scene', 'layer'].map((n) => q<HTMLSelectElement>(`select[name="${n}"]`));
  const [sceneBox, learned, learnedNote, classic, deeper, deeperNote, status] = [
    '.scene-image',
    '.learned',
    '.learned-note',
    '.classic',
    '.deeper',
    '.deeper-note',
    '.status',
  ].map((s) => q(s));
  const prefix = host.dataset.id ?? 'fmaps';
  const size = Number(host.dataset.size ?? 128);
  const firstSeed = Number(host.dataset.firstSeed ?? 2_000_000_000);
  const modelsUrl = host.dataset.models ?? '/models';
  const dataUrl = host.dataset.data ?? '/data';
  const defaults: State = { scene: 0, layer: 'conv3_3' };
  const read = readQuery(prefix, defaults);
  const state = atom<State>({
    scene: Math.min(sceneSelect.options.length - 1, Math.max(0, Math.round(read.scene))),
    layer: DEEPER_LAYERS.some((l) => l.name === read.layer) ? read.layer : defaults.layer,
  });
  let loaded: { ops: Ops; fcn: FcnBrowser } | undefined;
  let token = 0;
  const width = (): number => Math.max(260, (learned.clientWidth || classic.clientWidth || 640) - 4);
  const tile = (): number => (width() < 420 ? 84 : 104);

  const run = async (current: State, retry = true): Promise<void> => {
    if (!loaded) return;
    const mine = ++token;
    const { ops, fcn } = loaded;
    status.textContent = m.t('featureMaps.computing');
    const input: FcnInput = await unlessAborted(signal, testScene(dataUrl, firstSeed, current.scene, size));
    if (mine !== token) return;
    const img = document.createElement('img');
    img.src = rgbaToUrl(input.rgba, input.height, input.width);
    img.alt = m.t('featureMaps.sceneAlt', { n: current.scene + 1, size });
    sceneBox.replaceChildren(img);
    const maps = await unlessAborted(signal, ops.classicMaps(input.image));
    classic.replaceChildren(classicGrid(maps, m, width(), tile()));
    const model = await unlessAborted(signal, shippedModel(fcn, modelsUrl));
    if (mine !== token) return;
    if (!model.ok) {
      for (const [box, note] of [
        [learned, learnedNote],
        [deeper, deeperNote],
      ] as const) {
        box.replaceChildren();
        note.textContent = m.t('featureMaps.noModel');
      }
      status.textContent = m.t('featureMaps.onlyClassic');
      return;
    }
    try {
      const filters = await unlessAborted(signal, ops.firstLayerFilters(model.weights));
      const first = await unlessAborted(signal, ops.firstLayerMaps(model.weights, input.image));
      const firstTiles = tilesOf(first.maps).map((t, i) => ({
        ...t,
        label: m.t('featureMaps.filter', { n: i + 1 }),
        swatch: { kind: 'rgb' as const, rgba: filterColours(filters[i].weights) },
      }));
      learned.replaceChildren(
        drawMapGrid(firstTiles, {
          width: width(),
          tile: tile(),
          label: m.t('featureMaps.learnedLabel', { count: filters.length, model: model.label }),
        }),
      );
      learnedNote.textContent = m.t('featureMaps.learnedNote', {
        count: filters.length,
        model: model.label,
        note: model.variant === 'fcn8s' ? '' : m.t('featureMaps.notFinest', { model: model.label }),
      });
      const deep = await unlessAborted(
        signal,
        ops.layerMaps(model.weights, input.image, current.layer, MAPS_PER_LAYER),
      );
      if (mine !== token) return;
      deeper.replaceChildren(
        drawMapGrid(
          tilesOf(deep.maps).map((t) => ({ ...t, label: channelWords(t.label, m) })),
          {
            width: width(),
            tile: tile(),
            label: m.t('featureMaps.deeperLabel', {
              layer: deep.layer,
              shape: deep.shape.join(' × '),
              count: deep.maps.length,
            }),
          },
        ),
      );
      const [height, width_, channels] = deep.shape;
      deeperNote.textContent = m.t('featureMaps.deeperNote', {
        layer: deep.layer,
        height,
        width: width_,
        channels,
        size,
      });
      deeper.dataset.shape = deep.shape.join('x');
      status.textContent = m.t('featureMaps.done', {
        first: first.shape.join(' × '),
        layer: deep.layer,
        deep: deep.shape.join(' × '),
        model: model.label,
      });
    } catch (error) {
      if (retry && isStale(fcn, modelsUrl, model.generation)) return run(current, false);
      status.textContent = m.t('featureMaps.modelFailed', { error: String(error) });
    }
  };

  const start = (): void =>
    void run(state.get()).catch((error: unknown) => {
      status.textContent = m.t('featureMaps.failed', { error: String(error) });
    });
  sceneSelect.value = String(state.get().scene);
  layerSelect.value = state.get().layer;
  sceneSelect.addEventListener('change', () => state.set((s) => ({ ...s, scene: Number(sceneSelect.value) })), {
    signal,
  });
  layerSelect.addEventListener('change', () => state.set((s) => ({ ...s, layer: layerSelect.value })), { signal });
  const unsubscribe = state.subscribe((current) => {
    writeQuery(prefix, current, defaults);
    start();
  });
  onBackendChange(signal, () => {
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

defineWidget('feature-maps-el', mount);
