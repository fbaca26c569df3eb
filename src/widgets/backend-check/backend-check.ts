/**
 * <backend-check>: runs the same computation on every tfjs backend (src/tf/backend-check.ts) once the widget is
 * near the screen, and again on "Run", and fills the table: started or not, time, largest difference from CPU.
 */
import type { BackendResult } from '../../tf/backend-check';
import { finder } from '../shared/dom';
import { whenNear } from '../shared/lazy';
import { modelOps } from '../shared/model-ops';
import { defineWidget, unlessAborted, type MountContext } from '../shared/widget';

const TOLERANCE = 1e-3;

function formatRow(row: HTMLTableRowElement, result: BackendResult): void {
  const [started, time, difference] = Array.from(row.querySelectorAll('td'));
  started.textContent = result.ok ? 'yes' : `no: ${result.error ?? 'unknown error'}`;
  time.textContent = result.milliseconds === null ? '—' : result.milliseconds.toFixed(1);
  difference.textContent = result.maxDifference === null ? '—' : result.maxDifference.toExponential(1);
  row.dataset.agrees = String(result.ok && (result.maxDifference ?? Infinity) <= TOLERANCE);
}

function mount(host: HTMLElement, { signal }: MountContext): void {
  const q = finder(host);
  const status = q('.status');
  const button = q<HTMLButtonElement>('button.run');
  const run = async (): Promise<void> => {
    button.disabled = true;
    status.textContent = 'Running the same computation on each backend…';
    try {
      const module = await modelOps(host, signal);
      const results = await unlessAborted(signal, module.checkBackends());
      for (const result of results) {
        const row = host.querySelector<HTMLTableRowElement>(`tr[data-backend="${result.name}"]`);
        if (row) formatRow(row, result);
      }
      const started = results.filter((r) => r.ok);
      const agree = started.every((r) => (r.maxDifference ?? Infinity) <= TOLERANCE);
      status.textContent =
        `${started.length} of ${results.length} backends started; ` +
        (agree
          ? `all agree with the CPU backend to within ${TOLERANCE}.`
          : 'some disagree with the CPU backend (see the table).');
      button.disabled = false;
    } catch (error) {
      status.textContent = `The check could not run: ${String(error)}`;
      button.disabled = false;
    }
  };
  button.disabled = false;
  button.addEventListener('click', () => void run(), { signal });
  void whenNear(host, { signal }).then(run);
}

defineWidget('backend-check', mount);
