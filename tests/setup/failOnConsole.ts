import { afterEach, vi } from "vitest";

// A test that prints is either debugging left behind or a library that logs: both are failures.
const calls: string[] = [];
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    calls.push(`console.${method}: ${args.map(String).join(" ")}`);
  });
}
afterEach(() => {
  if (calls.length > 0) {
    const printed = calls.splice(0).join("\n");
    throw new Error(`The test printed to the console:\n${printed}`);
  }
});
