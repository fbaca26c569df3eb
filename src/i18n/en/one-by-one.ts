/** English strings of the one-by-one widget (src/widgets/one-by-one/); keys start with 'oneByOne.'. */
export const oneByOne = {} as const;
