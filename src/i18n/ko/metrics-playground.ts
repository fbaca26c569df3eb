/** Korean strings of the metrics-playground widget (src/widgets/metrics-playground/): the keys of ../en/metrics-playground.ts. */
import type { metricsPlayground as en } from '../en/metrics-playground';

export const metricsPlayground: Record<keyof typeof en, string> = {};
