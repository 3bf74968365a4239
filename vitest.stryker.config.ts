import { fileURLToPath } from "node:url";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

// Cheap, precise tests first, the properties and the differential tests last: a run stops at the first
// failure, so a killed mutant is usually found by a table test in milliseconds.
const LAST = ["tests/validate/", "tests/mutation/fastPath.test.ts", "tests/evaluate/differential.test.ts", "tests/evaluate/properties.test.ts"];
const rank = (file: string) => {
  const i = LAST.findIndex((part) => file.includes(part));
  return i < 0 ? (file.includes("tests/mutation/") ? -1 : 0) : i + 1;
};
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId));
  }
}

// The suite Stryker runs for each mutant (npm run test:mutation): everything that exercises the evaluator
// and the model, without the tests that only drive the CLI, the built package, the README or the JSON
// scanner, or LinkedIn's rules written by hand. Two changes keep a surviving mutant to seconds: fast-check properties run at most
// MUTATION_FC_RUNS times (25 by default; tests/support/fastCheckForMutation.ts), and the 12-second
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
      // LinkedIn's rules by hand over 60,000 questions: seconds per mutant; the fast path is checked
      // against the general one by tests/mutation/fastPath.test.ts and the properties instead.
      "tests/evaluate/differential.test.ts",
    ],
    setupFiles: ["tests/setup/failOnConsole.ts"],
    // One module graph for all test files: re-importing the library per file costs more than the tests.
    isolate: false,
    testTimeout: 60_000,
    sequence: { sequencer: CheapFirst },
  },
});
