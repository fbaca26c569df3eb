/** English strings of the matrix-view widget (src/widgets/matrix-view/); keys start with 'matrixView.'. */
export const matrixView = {} as const;
