/**
 * <stage-view-el>: one class's score maps through an FCN head — score_fr at 1/32, its ×2 upsampling, the 1×1
 * scores of pool4 (and pool3), each crop-and-add, the final upsampling and the final map — drawn as heat maps
 * at their true resolutions on one shared scale, so a 1/32 cell is twice as wide as a 1/16 cell and the cells a
 * crop drops are visible (hatched).
 */
import { heatLegend } from '../../figures/heatmap';
import { messagesOf } from '../../i18n/client';
import { FCN_VARIANT_LABELS, isFcnVariant, type FcnVariant } from '../../lib/fcn/variants';
import { atom } from '../shared/atom';
import { finder } from '../shared/dom';
import { sceneInput, type FcnInput } from '../shared/fcn-input';
import { loadFcnPipeline, type FcnBrowser, type ModelStore } from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import type { SceneSource } from '../shared/scene-source';
import { onBackendChange } from '../shared/tf';
import { readQuery, writeQuery } from '../shared/url-state';
import { defineWidget, unlessAborted, type MountContext, type Teardown } from '../shared/widget';
import { cropAddDifference, cropAddJoins } from './stage-check';
import { classLegend, stageFigures } from './stage-figures';
import { className as classNameOf } from './words';

interface State extends Record<string, string | number> {
  seed: number;
  size: number;
  variant: string;
  classId: number;
  /** 'scores': one class's score maps; 'labels': every stage as a label map (argmax over classes). */
  view: string;
}

type Maps =
  | { kind: 'scores'; maps: Awaited<ReturnType<FcnBrowser['stageMaps']>> }
  | { kind: 'labels'; maps: Awaited<ReturnType<FcnBrowser['stageLabelMaps']>> };

/** The object class covering most pixels of the truth (1 when there is none). */
function dominantClass(truth: Uint8Array | null, classes: number): number {
  const counts = new Array<number>(classes).fill(0);
  for (const c of truth ?? []) if (c > 0 && c < classes) counts[c]++;
  const best = counts.indexOf(Math.max(...counts));
  return best > 0 ? best : 1;
}

function mount(host: HTMLElement, { signal }: MountContext): Teardown {
  const q = finder(host);
  const m = messagesOf(host);
  const prefix = host.dataset.id ?? 'stages';
  const defaults: State = {
    seed: Number(host.dataset.seed),
    size: Number(host.dataset.size),
    variant: host.dataset.variant ?? 'fcn8s',
    classId: 0,
    view: 'scores',
  };
  const state = atom<State>(readQuery(prefix, defaults));
  const controls = ['seed', 'size', 'variant', 'classId', 'view'].map((name) =>
    q<HTMLSelectElement>(`select[name="${name}"]`),
  );
  const [stagesBox, hover, status, problem] = ['.stages', '.hover', '.status', '.problem'].map((s) => q(s));
  let pipeline: { fcn: FcnBrowser; store: ModelStore; source: SceneSource } | undefined;
  let runToken = 0;
  /** Why the head shown is not the one asked for (a variant not trained yet), once. */
  let fellBack = '';
  /** What is drawn now, for the hover read-out. */
  let shown: { panels: HTMLElement[]; labels: Float32Array[] | null; classes: string[] } | undefined;

  const setStatus = (text: string): void => {
    status.textContent = text;
  };
  const showProblem = (text: string): void => {
    problem.textContent = text;
  };
  const sync = (s: State): void => {
    controls.forEach((select) => {
      select.value = String(s[select.name]);
      // The label view shows every class at once: its class control is off from the moment it is chosen.
      if (select.name === 'classId') select.disabled = s.view === 'labels';
    });
  };

  /** "test scene, seed 1234, 136 × 136 px, objects: animal, plant" in the page's language. */
  const sceneWords = (input: FcnInput, seed: number, classes: SceneSource['dataset']['classes']): string => {
    const present = [...new Set(input.truth ?? [])].filter((c) => c > 0).sort((a, b) => a - b);
    const objects = present.map((c) => classNameOf(m, classes[c]?.name, c)).join(', ');
    return m.t('stageView.scene', { seed: String(seed), size: input.height, objects });
  };

  const draw = (
    classes: SceneSource['dataset']['classes'],
    input: FcnInput,
    seed: number,
    variant: FcnVariant,
    classId: number,
    result: Maps,
  ): void => {
    const className = classNameOf(m, classes[classId]?.name, classId);
    const labelsView = result.kind === 'labels';
    const values =
      result.kind === 'labels'
        ? result.maps.map((map) => Float32Array.from(map.labels))
        : result.maps.map((map) => map.values);
    const domain = Math.max(1e-6, ...values.map((v) => v.reduce((a, x) => Math.max(a, Math.abs(x)), 0)));
    const figures = stageFigures(input, {
      variant,
      classId,
      classes,
      values,
      maps: result.maps,
      labelsView,
      domain,
      available: stagesBox.clientWidth,
      idPrefix: prefix,
      m,
    });
    stagesBox.replaceChildren(figures.input, ...figures.stages);
    shown = {
      panels: figures.stages,
      labels: labelsView ? values : null,
      classes: classes.map((c, i) => classNameOf(m, c.name, i)),
    };
    const tick = (value: number): string => (value < 0 ? `\u2212${m.number(-value, 1)}` : m.number(value, 1));
    q('.legend-drawing').replaceChildren(
      labelsView
        ? classLegend(classes, m)
        : heatLegend(
            domain,
            m.t('stageView.legendScores', { class: className, low: tick(-domain), high: tick(domain) }),
            tick,
          ),
    );
    const byName = new Map(result.kind === 'scores' ? result.maps.map((m) => [m.name, m]) : []);
    const checks = cropAddJoins(variant).flatMap(({ up, skip, sum }) => {
      const [a, b, c] = [byName.get(up), byName.get(skip), byName.get(sum)];
      const difference = a && b && c ? cropAddDifference(a, b, c).toExponential(1) : null;
      return difference === null ? [] : [m.t('stageView.check', { sum, up, skip, difference })];
    });
    const what = labelsView ? m.t('stageView.whatLabels') : m.t('stageView.whatClass', { class: className });
    const tail = labelsView ? '' : checks.length ? ` ${checks.join('; ')}.` : m.t('stageView.noSkip');
    setStatus(
      m.t('stageView.statusLine', {
        scene: sceneWords(input, seed, classes),
        model: FCN_VARIANT_LABELS[variant],
        what,
      }) + tail,
    );
  };

  const render = async (pickClass: boolean): Promise<void> => {
    if (!pipeline) return;
    const { fcn, store, source } = pipeline;
    const token = ++runToken;
    const { seed, size, variant } = state.get();
    if (!isFcnVariant(variant)) return showProblem(m.t('stageView.unknownHead', { variant }));
    const input: FcnInput = await unlessAborted(signal, sceneInput(source, seed, size));
    if (pickClass) {
      const classId = dominantClass(input.truth, source.dataset.classes.length);
      if (classId !== state.get().classId) return state.set((s) => ({ ...s, classId }));
    }
    const { classId } = state.get();
    const generation = store.generation;
    const [entry] = await unlessAborted(signal, store.load([variant]));
    if (entry.state !== 'ready') {
      const fallback = await unlessAborted(signal, fcn.finestReady(store));
      if (fallback.state === 'ready' && !fellBack) {
        fellBack = entry.message;
        state.set((s) => ({ ...s, variant: fallback.variant }));
      } else {
        showProblem(entry.message);
      }
      return;
    }
    let maps: Maps;
    try {
      maps =
        state.get().view === 'labels'
          ? {
              kind: 'labels',
              maps: await unlessAborted(signal, fcn.stageLabelMaps(entry.weights, input.image, variant)),
            }
          : {
              kind: 'scores',
              maps: await unlessAborted(signal, fcn.stageMaps(entry.weights, input.image, variant, classId)),
            };
    } catch (error) {
      if (store.generation !== generation) return;
      return showProblem(error instanceof Error ? error.message : String(error));
    }
    if (token !== runToken) return;
    showProblem(fellBack ? m.t('stageView.fellBack', { reason: fellBack, model: FCN_VARIANT_LABELS[variant] }) : '');
    fellBack = '';
    draw(source.dataset.classes, input, seed, variant, classId, maps);
  };

  /** Names the class under the pointer in a label map (or the score in a score map). */
  const readOut = (event: PointerEvent): void => {
    const figure = (event.target as Element).closest<HTMLElement>('figure.stage');
    const svg = figure?.querySelector('svg');
    if (!figure || !svg || !shown) return;
    const k = shown.panels.indexOf(figure);
    const [h, w] = (figure.dataset.cells ?? '0x0').split('x').map(Number);
    const box = svg.getBoundingClientRect();
    const x = Math.floor(((event.clientX - box.left) / box.width) * w);
    const y = Math.floor(((event.clientY - box.top) / box.height) * h);
    if (k < 0 || x < 0 || y < 0 || x >= w || y >= h) return;
    const label = shown.labels?.[k]?.[y * w + x];
    const stage = figure.dataset.stage ?? '';
    hover.textContent =
      label === undefined
        ? m.t('stageView.hoverCell', { stage, row: y, column: x })
        : m.t('stageView.hoverClass', { stage, row: y, column: x, class: shown.classes[label] ?? String(label) });
  };

  sync(state.get());
  for (const select of controls) {
    select.addEventListener(
      'change',
      () => {
        const value = select.name === 'variant' || select.name === 'view' ? select.value : Number(select.value);
        state.set((s) => ({ ...s, [select.name]: value }));
      },
      { signal },
    );
  }
  const unsubscribe = state.subscribe((next, previous) => {
    sync(next);
    writeQuery(prefix, next, defaults);
    // A new scene (not a new size of the same scene) picks the class that covers most of it.
    void render(next.seed !== previous.seed && next.classId === previous.classId);
  });
  stagesBox.addEventListener('pointermove', readOut, { signal });
  stagesBox.addEventListener(
    'pointerleave',
    () => {
      hover.textContent = '\u00a0';
    },
    { signal },
  );

  void whenNear(host, { signal }).then(async () => {
    setStatus(m.t('stageView.loading'));
    try {
      pipeline = await loadFcnPipeline(host, signal);
      onBackendChange(signal, () => void render(false));
      await render(state.get().classId === 0);
    } catch (error) {
      setStatus(m.t('stageView.couldNotStart', { error: error instanceof Error ? error.message : String(error) }));
    }
  });

  return unsubscribe;
}

defineWidget('stage-view-el', mount);
