import { loadTfModule, whenNear } from '../shared/lazy';
import type { BackendResult } from '../../tf/backend-check';

const TOLERANCE = 1e-3;

function formatRow(row: HTMLTableRowElement, result: BackendResult): void {
  const [started, time, difference] = Array.from(row.querySelectorAll('td'));
  started.textContent = result.ok ? 'yes' : `no: ${result.error ?? 'unknown error'}`;
  time.textContent = result.milliseconds === null ? '—' : result.milliseconds.toFixed(1);
  difference.textContent = result.maxDifference === null ? '—' : result.maxDifference.toExponential(1);
  row.dataset.agrees = String(result.ok && (result.maxDifference ?? Infinity) <= TOLERANCE);
}

class BackendCheck extends HTMLElement {
  connectedCallback(): void {
    const status = this.querySelector<HTMLElement>('.status');
    const button = this.querySelector<HTMLButtonElement>('button.run');
    if (!status || !button) return;
    const run = async (): Promise<void> => {
      button.disabled = true;
      status.textContent = 'Running the same computation on each backend…';
      try {
        const module = await loadTfModule(() => import('../../tf/backend-check'));
        const results = await module.checkBackends();
        for (const result of results) {
          const row = this.querySelector<HTMLTableRowElement>(`tr[data-backend="${result.name}"]`);
          if (row) formatRow(row, result);
        }
        const started = results.filter((r) => r.ok);
        const agree = started.every((r) => (r.maxDifference ?? Infinity) <= TOLERANCE);
        status.textContent = `${started.length} of ${results.length} backends started; ` +
          (agree ? `all agree with the CPU backend to within ${TOLERANCE}.` : 'some disagree with the CPU backend (see the table).');
      } catch (error) {
        status.textContent = `The check could not run: ${String(error)}`;
      } finally {
        button.disabled = false;
      }
    };
    button.addEventListener('click', () => void run());
    void whenNear(this).then(run);
  }
}

if (!customElements.get('backend-check')) customElements.define('backend-check', BackendCheck);
