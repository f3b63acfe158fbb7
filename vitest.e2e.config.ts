import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers, one file at a time: two cores
// cannot run several browsers side by side without making every test slow.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
