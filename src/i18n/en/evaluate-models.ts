/** English strings of the evaluate-models widget (src/widgets/evaluate-models/); keys start with 'evaluateModels.'. */
export const evaluateModels = {} as const;
