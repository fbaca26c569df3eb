import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (dist/) served on 127.0.0.1, driven in real Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/helpers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
