// The test run: one config instead of timeouts scattered over the files. Browser, build and
// property tests take tens of seconds on a 2-core machine; each file runs in its own process.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
