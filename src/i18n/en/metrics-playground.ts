/** English strings of the metrics-playground widget (src/widgets/metrics-playground/); keys start with 'metricsPlayground.'. */
export const metricsPlayground = {} as const;
