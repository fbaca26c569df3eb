/** English strings of the vgg-table widget (src/widgets/vgg-table/); keys start with 'vggTable.'. */
export const vggTable = {} as const;
