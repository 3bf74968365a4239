import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The suite Stryker runs for each mutant (npm run test:mutation): everything that exercises the evaluator
// and the model, without the tests that only drive the CLI, the built package, the README or the JSON
// scanner. Two changes keep a surviving mutant to seconds: fast-check properties run at most
// MUTATION_FC_RUNS times (50 by default; tests/support/fastCheckForMutation.ts), and the 12-second
// calendar round trip over 10,000 years gives way to tests/mutation/calendarDay.test.ts, which checks the
// same arithmetic at its edges. `npm test` runs everything in full.
export default defineConfig({
  resolve: {
    alias: [{ find: /^fast-check$/, replacement: fileURLToPath(new URL("./tests/support/fastCheckForMutation.ts", import.meta.url)) }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [
      "tests/cli/**",
      "tests/e2e/**",
      "tests/validate/fuzz.test.ts",
      "tests/validate/countMembers.test.ts",
      "tests/time/calendarDay.test.ts",
    ],
    setupFiles: ["tests/setup/failOnConsole.ts"],
    testTimeout: 60_000,
  },
});
