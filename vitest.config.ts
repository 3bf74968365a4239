import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/failOnConsole.ts"],
    // Property tests run thousands of cases; keep the whole suite well under a minute on 2 cores.
    testTimeout: 60_000,
  },
});
