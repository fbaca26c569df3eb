/**
 * <fcn-teaser-el>: the home page's live FCN — a generated test scene, our FCN-8s's prediction over it (or the
 * finest of our models that exists yet) and the ground truth, with a "New scene" button.
 */
import { finder } from '../shared/dom';
import { drawInputPanels, drawModelPanel } from '../shared/fcn-panels';
import { sceneInput } from '../shared/fcn-input';
import { runVariants, StaleRun, loadFcnPipeline, type FcnBrowser, type ModelStore } from '../shared/fcn-runner';
import { whenNear } from '../shared/lazy';
import { randomSeed, type SceneSource } from '../shared/scene-source';
import { onBackendChange } from '../shared/tf';
import { defineWidget, unlessAborted, type MountContext } from '../shared/widget';

const OPACITY = 0.65;

function mount(host: HTMLElement, { signal }: MountContext): void {
  const q = finder(host);
  const status = q('.status');
  let pipeline: { fcn: FcnBrowser; store: ModelStore; source: SceneSource } | undefined;
  let seed = Number(host.dataset.seed);
  let runToken = 0;

  const setStatus = (text: string): void => {
    status.textContent = text;
  };

  const run = async (): Promise<void> => {
    if (!pipeline) return;
    const { fcn, store, source } = pipeline;
    const token = ++runToken;
    const input = await unlessAborted(signal, sceneInput(source, seed, Number(host.dataset.size ?? 128)));
    const classes = source.dataset.classes;
    drawInputPanels(host, input, classes, OPACITY);
    try {
      const { variant } = await unlessAborted(signal, fcn.finestReady(store));
      const [result] = await unlessAborted(signal, runVariants(fcn, store, input, [variant]));
      if (token !== runToken) return;
      q('.model-name').textContent = result.label;
      const scores = drawModelPanel(host, input, result, classes, OPACITY, 'model');
      const missing =
        variant === 'fcn8s' ? '' : ' (FCN-8s is not available yet, so the finest model that is runs instead)';
      setStatus(
        result.labels
          ? `${result.label}${missing} labelled test scene ${seed} in ${result.milliseconds?.toFixed(0)} ms on ${result.backend}` +
              (scores
                ? `: ${(100 * scores.pixelAccuracy).toFixed(1)}% of pixels right, mean IoU ${(100 * scores.meanIoU).toFixed(1)}%.`
                : '.')
          : (result.message ?? 'No model is available yet.'),
      );
    } catch (error) {
      if (!(error instanceof StaleRun)) setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  q<HTMLButtonElement>('button.new-scene').addEventListener(
    'click',
    () => {
      if (!pipeline) return;
      seed = randomSeed(pipeline.source);
      void run();
    },
    { signal },
  );
  void whenNear(host, { signal }).then(async () => {
    setStatus('Loading tfjs and the model…');
    try {
      pipeline = await loadFcnPipeline(host, signal);
      onBackendChange(signal, () => void run());
      await run();
    } catch (error) {
      setStatus(`The live model could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

defineWidget('fcn-teaser-el', mount);
