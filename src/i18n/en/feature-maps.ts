/** English strings of the feature-maps widget (src/widgets/feature-maps/); keys start with 'featureMaps.'. */
export const featureMaps = {} as const;
