/** English strings of the train-skip widget (src/widgets/train-skip/); keys start with 'trainSkip.'. */
export const trainSkip = {} as const;
