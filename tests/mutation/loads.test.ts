import { expect, it } from "vitest";

// A mutant that breaks a module as it loads (a static table built by a function that returns nothing)
// makes every test file fail to import; Stryker's vitest runner then sees no failing test and counts
// the mutant as surviving. Imported inside a test, the same error fails this test instead.
it("the library and its validator load", async () => {
  const core = await import("../../src/index.js");
  const validate = await import("../../src/validate/index.js");
  expect(typeof core.evaluate).toBe("function");
  expect(typeof validate.validatePolicy).toBe("function");
});
