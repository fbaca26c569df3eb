/** English strings of the output-size widget (src/widgets/output-size/); keys start with 'outputSize.'. */
export const outputSize = {} as const;
