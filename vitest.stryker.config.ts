import { defineConfig } from "vitest/config";

// The suite Stryker runs for each mutant: everything that exercises the evaluator and the model, without
// the tests that only drive the CLI, the built package, the README or the JSON scanner's fuzzing.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/cli/**", "tests/e2e/**", "tests/validate/fuzz.test.ts", "tests/validate/countMembers.test.ts"],
    setupFiles: ["tests/setup/failOnConsole.ts"],
    testTimeout: 60_000,
  },
});
