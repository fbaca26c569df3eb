/**
 * The status line of a widget that computes one thing two ways with tfjs and compares them (fc-equals-conv,
 * one-by-one): a lead ("tf.conv2d agrees with tf.matMul on WebGL", marked `.agree` when it does), the details,
 * and the largest difference in `data-max-difference` for tests. `linkComparison` is `linkTf` with its failures
 * said in that line: tfjs not loading, and a computation that throws.
 */
import type { Messages } from '../../i18n/client';
import { linkTf, type TfLink } from './tf';

export interface Comparison {
  agree: boolean;
  lead: string;
  details: string;
  maxDifference: number;
}

export function showComparison(status: HTMLElement, comparison: Comparison): void {
  const lead = document.createElement('span');
  lead.className = comparison.agree ? 'agree' : '';
  lead.textContent = comparison.lead;
  status.replaceChildren(lead, comparison.details);
  status.dataset.maxDifference = String(comparison.maxDifference);
}

/** Run `compute` and show what it returns; a throw becomes "tfjs failed: …" in the status line. */
export function showComputed(status: HTMLElement, m: Messages, compute: () => Comparison): boolean {
  try {
    showComparison(status, compute());
    return true;
  } catch (error) {
    status.textContent = m.t('shared.tfFailed', { error: String(error) });
    delete status.dataset.maxDifference;
    return false;
  }
}

/** `linkTf` whose load failure is written in `status` ("tfjs could not load: …"). */
export function linkComparison<M>(
  host: HTMLElement,
  signal: AbortSignal,
  loader: () => Promise<M>,
  onReady: (module: M, backend: string) => void,
  status: HTMLElement,
  m: Messages,
): TfLink<M> {
  return linkTf(host, signal, loader, onReady, (error) => {
    status.textContent = m.t('shared.tfLoadFailed', { error: String(error) });
  });
}
