/**
 * The play timer of one stepper instance: while the state says "playing", one tick is scheduled after the
 * speed's interval; the element answers a tick by advancing its state (./stepper-state.ts `tick`)
 * and calling `sync` again. The timer lives in this closure, so two steppers on a page never share one.
 */
import type { Speed } from './stepper-state';

export interface Player {
  /** Schedule the next tick when playing (and none is pending), or cancel it when not. */
  sync(playing: boolean, speed: Speed): void;
  stop(): void;
}

export function createPlayer(onTick: () => void): Player {
  let timer: number | undefined;
  const stop = (): void => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
  };
  return {
    sync(playing, speed) {
      if (!playing) return stop();
      if (timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        onTick();
      }, speed.intervalMs);
    },
    stop,
  };
}
