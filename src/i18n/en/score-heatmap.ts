/** English strings of the score-heatmap widget (src/widgets/score-heatmap/); keys start with 'scoreHeatmap.'. */
export const scoreHeatmap = {} as const;
