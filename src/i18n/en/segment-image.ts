/** English strings of the segment-image widget (src/widgets/segment-image/); keys start with 'segmentImage.'. */
export const segmentImage = {} as const;
