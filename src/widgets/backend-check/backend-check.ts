/**
 * <backend-check>: runs the same computation on every tfjs backend (src/tf/backend-check.ts) once the widget is
 * near the screen, and again on "Run", and fills the table: started or not, time, largest difference from CPU.
 */
import { messagesOf, type Messages } from '../../i18n/client';
import type { BackendResult } from '../../tf/backend-check';
import { finder } from '../shared/dom';
import { whenNear } from '../shared/lazy';
import { modelOps } from '../shared/model-ops';
import { defineWidget, unlessAborted, type MountContext } from '../shared/widget';

const TOLERANCE = 1e-3;

function formatRow(row: HTMLTableRowElement, result: BackendResult, m: Messages): void {
  const [started, time, difference] = Array.from(row.querySelectorAll('td'));
  started.textContent = result.ok
    ? m.t('backendCheck.yes')
    : m.t('backendCheck.no', { error: result.error ?? m.t('backendCheck.unknownError') });
  time.textContent = result.milliseconds === null ? '—' : m.number(result.milliseconds, 1);
  difference.textContent = result.maxDifference === null ? '—' : result.maxDifference.toExponential(1);
  row.dataset.agrees = String(result.ok && (result.maxDifference ?? Infinity) <= TOLERANCE);
}

function mount(host: HTMLElement, { signal }: MountContext): void {
  const q = finder(host);
  const m = messagesOf(host);
  const status = q('.status');
  const button = q<HTMLButtonElement>('button.run');
  const run = async (): Promise<void> => {
    button.disabled = true;
    status.textContent = m.t('backendCheck.running');
    try {
      const module = await modelOps(host, signal);
      const results = await unlessAborted(signal, module.checkBackends());
      for (const result of results) {
        const row = host.querySelector<HTMLTableRowElement>(`tr[data-backend="${result.name}"]`);
        if (row) formatRow(row, result, m);
      }
      const started = results.filter((r) => r.ok);
      const agree = started.every((r) => (r.maxDifference ?? Infinity) <= TOLERANCE);
      const counts = { started: started.length, total: results.length, tolerance: String(TOLERANCE) };
      status.textContent = m.t(agree ? 'backendCheck.agree' : 'backendCheck.disagree', counts);
      button.disabled = false;
    } catch (error) {
      status.textContent = m.t('backendCheck.failed', { error: String(error) });
      button.disabled = false;
    }
  };
  button.disabled = false;
  button.addEventListener('click', () => void run(), { signal });
  void whenNear(host, { signal }).then(run);
}

defineWidget('backend-check', mount);
