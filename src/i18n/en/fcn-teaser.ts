/** English strings of the fcn-teaser widget (src/widgets/fcn-teaser/); keys start with 'fcnTeaser.'. */
export const fcnTeaser = {} as const;
