/** Korean strings of the backend-check widget (src/widgets/backend-check/): the keys of ../en/backend-check.ts. */
import type { backendCheck as en } from '../en/backend-check';

export const backendCheck: Record<keyof typeof en, string> = {};
