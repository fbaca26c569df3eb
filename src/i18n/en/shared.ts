/** English strings of the widgets' shared parts (src/widgets/shared/); keys start with 'shared.'. */
export const shared = {} as const;
