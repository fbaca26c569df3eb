/** English strings of the receptive-field widget (src/widgets/receptive-field/); keys start with 'receptiveField.'. */
export const receptiveField = {} as const;
