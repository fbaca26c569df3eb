/** English strings of the backend-check widget (src/widgets/backend-check/); keys start with 'backendCheck.'. */
export const backendCheck = {} as const;
