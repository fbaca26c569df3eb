/** English strings of the fc-equals-conv widget (src/widgets/fc-equals-conv/); keys start with 'fcEqualsConv.'. */
export const fcEqualsConv = {} as const;
