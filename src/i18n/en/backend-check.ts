/** English strings of the backend-check widget (src/widgets/backend-check/); keys start with 'backendCheck.'. */
export const backendCheck = {
  'backendCheck.title': 'Your browser’s tfjs backends',
  'backendCheck.run': 'Run the check again',
  'backendCheck.caption': 'tfjs backends compared with the CPU backend',
  'backendCheck.backend': 'backend',
  'backendCheck.started': 'started',
  'backendCheck.time': 'median time (ms)',
  'backendCheck.difference': 'largest difference from CPU',
  'backendCheck.yes': 'yes',
  'backendCheck.no': 'no: {error}',
  'backendCheck.unknownError': 'unknown error',
  'backendCheck.waiting': 'Waiting until this figure is on screen…',
  'backendCheck.running': 'Running the same computation on each backend…',
  'backendCheck.agree': '{started} of {total} backends started; all agree with the CPU backend to within {tolerance}.',
  'backendCheck.disagree': '{started} of {total} backends started; some disagree with the CPU backend (see the table).',
  'backendCheck.failed': 'The check could not run: {error}',
} as const;
