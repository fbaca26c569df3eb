/** English strings of the checkerboard widget (src/widgets/checkerboard/); keys start with 'checkerboard.'. */
export const checkerboard = {} as const;
