/**
 * <fcn-teaser-el>: the home page's live FCN — a generated test scene, our FCN-8s's prediction over it (or the
 * finest of our models that exists yet) and the ground truth, with a "New scene" button. The build draws the
 * scene and its truth (FcnTeaser.astro); the model starts once the page is idle, and the page's model worker
 * (../shared/model-ops.ts) composes each scene and runs the model, so the page's thread only draws.
 */
import { messagesOf } from '../../i18n/client';
import { finder } from '../shared/dom';
import { drawInputPanels, drawModelPanel } from '../shared/fcn-panels';
import { CLASSES, SEED_RANGES } from '../../lib/scene/dataset';
import { workerSceneInput } from '../shared/fcn-input';
import { runVariants, StaleRun, type FcnBrowser, type ModelStore } from '../shared/fcn-runner';
import { whenIdle, whenNear } from '../shared/lazy';
import { modelOps } from '../shared/model-ops';
import { onBackendChange } from '../shared/tf';
import { defineWidget, unlessAborted, type MountContext } from '../shared/widget';

const OPACITY = 0.65;

function mount(host: HTMLElement, { signal }: MountContext): void {
  const q = finder(host);
  const m = messagesOf(host);
  const status = q('.status');
  let pipeline: { fcn: FcnBrowser; store: ModelStore } | undefined;
  let seed = Number(host.dataset.seed);
  /** The scene the input and truth panels show: the build drew the first one. */
  let drawnSeed = seed;
  const size = Number(host.dataset.size ?? 128);
  const dataUrl = host.dataset.data ?? '/data';
  let runToken = 0;

  const setStatus = (text: string): void => {
    status.textContent = text;
  };

  const run = async (): Promise<void> => {
    if (!pipeline) return;
    const { fcn, store } = pipeline;
    const token = ++runToken;
    const classes = CLASSES;
    try {
      const scene = await unlessAborted(signal, fcn.testScene(dataUrl, seed, size));
      if (token !== runToken) return;
      const input = workerSceneInput(scene, seed, size);
      if (drawnSeed !== seed) drawInputPanels(host, input, classes, OPACITY, m);
      drawnSeed = seed;
      const { variant } = await unlessAborted(signal, fcn.finestReady(store));
      const [result] = await unlessAborted(signal, runVariants(fcn, store, input, m, [variant]));
      if (token !== runToken) return;
      q('.model-name').textContent = result.label;
      const scores = drawModelPanel(host, input, result, classes, OPACITY, 'model', m);
      const params = {
        model: result.label,
        fallback: variant === 'fcn8s' ? '' : m.t('fcnTeaser.fallback'),
        seed: String(seed),
        ms: m.number(result.milliseconds ?? 0, 0),
        backend: result.backend ?? 'tfjs',
      };
      if (!result.labels) setStatus(result.message ?? m.t('fcnTeaser.noModel'));
      else if (!scores) setStatus(m.t('fcnTeaser.result', params));
      else
        setStatus(
          m.t('fcnTeaser.resultScores', {
            ...params,
            pixelAccuracy: m.percent(scores.pixelAccuracy, 1),
            meanIoU: m.percent(scores.meanIoU, 1),
          }),
        );
    } catch (error) {
      if (!(error instanceof StaleRun)) setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  q<HTMLButtonElement>('button.new-scene').addEventListener(
    'click',
    () => {
      if (!pipeline) return;
      const range = SEED_RANGES.test;
      seed = range.from + Math.floor(Math.random() * (range.to - range.from));
      void run();
    },
    { signal },
  );
  // The first screen of the home page: wait until the page is idle, so the model's download and start never
  // compete with the page's first paint and first input.
  void whenNear(host, { signal })
    .then(() => whenIdle(signal))
    .then(async () => {
      setStatus(m.t('fcnTeaser.loading'));
      try {
        const fcn = await modelOps(host, signal);
        pipeline = { fcn, store: fcn.pageModels(host.dataset.models ?? '/models') };
        onBackendChange(signal, () => void run());
        await run();
      } catch (error) {
        setStatus(m.t('fcnTeaser.failed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    });
}

defineWidget('fcn-teaser-el', mount);
