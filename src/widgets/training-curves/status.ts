/** The curves' status line: how many logged steps, validation runs and stages the figure draws. */
import type { Messages } from '../../i18n/client';
import type { TrainingLogFile } from '../../figures/training-curves';

export function curvesStatus(log: TrainingLogFile, m: Messages): string {
  const stages = new Set(log.log.map((e) => e.stage)).size;
  return m.t('trainingCurves.status', { steps: log.log.length, runs: log.val.length, stages });
}
