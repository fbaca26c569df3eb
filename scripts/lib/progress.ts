// A one-line progress bar for long Node jobs: bar, step, loss, steps/s and ETA. On a terminal it redraws in
// place; otherwise (nohup, CI) it prints a plain line every `everySteps` steps.
export interface ProgressFields {
  step: number;
  total: number;
  loss: number;
  stepsPerSecond: number;
  label: string;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`
    : `${m}:${String(r).padStart(2, '0')}`;
}

export function progressLine(f: ProgressFields, width = 24): string {
  const done = Math.min(width, Math.round((f.step / Math.max(1, f.total)) * width));
  const eta = f.stepsPerSecond > 0 ? (f.total - f.step) / f.stepsPerSecond : NaN;
  return `${f.label} [${'#'.repeat(done)}${'-'.repeat(width - done)}] ${f.step}/${f.total} loss ${f.loss.toFixed(4)} ${f.stepsPerSecond.toFixed(2)} steps/s ETA ${formatDuration(eta)}`;
}

export class ProgressBar {
  private readonly tty = Boolean(process.stderr.isTTY);
  constructor(private readonly everySteps = 25) {}

  update(fields: ProgressFields): void {
    const line = progressLine(fields);
    if (this.tty) process.stderr.write(`\r${line}\x1b[K`);
    else if (fields.step % this.everySteps === 0 || fields.step === fields.total) console.log(line);
  }

  /** Prints a message on its own line without breaking the bar. */
  log(message: string): void {
    if (this.tty) process.stderr.write(`\r\x1b[K`);
    console.log(message);
  }
}
