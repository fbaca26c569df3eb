/** English strings of the scatter-stepper widget (src/widgets/scatter-stepper/); keys start with 'scatterStepper.'. */
export const scatterStepper = {} as const;
