import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { matcherSnapshot } from './scripts/matcher-snapshot-plugin';

export default defineConfig({
  plugins: [WxtVitest(), matcherSnapshot()],
  test: {
    environment: 'happy-dom',
    // One locale for every run: dates and numbers follow the person's locale, tests assert en-GB.
    setupFiles: ['tests/core/i18n/setup-locale.ts', 'tests/platform/annotations/local-writer-setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
