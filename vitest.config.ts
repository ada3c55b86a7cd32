import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // No test waits for a fixed time: each waits for the state or request it expects, so on a busy
    // machine it is slower, not failed. These limits only end a test that would never finish.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
