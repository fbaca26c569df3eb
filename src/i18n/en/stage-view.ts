/** English strings of the stage-view widget (src/widgets/stage-view/); keys start with 'stageView.'. */
export const stageView = {} as const;
