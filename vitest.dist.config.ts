import { defineConfig } from 'vitest/config';

// Checks of the built site (dist/) that need no browser: links and anchors, page metadata, references to other
// hosts, the JavaScript budget, the 404 pages. `npm test` runs them after `astro build`, before the e2e tests.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
