/** English strings of the training-curves widget (src/widgets/training-curves/); keys start with 'trainingCurves.'. */
export const trainingCurves = {} as const;
