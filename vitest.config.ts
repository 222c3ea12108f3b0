import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{api,core,db,server,cli,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['cli/test-support/built-cli.ts'],
  },
});
