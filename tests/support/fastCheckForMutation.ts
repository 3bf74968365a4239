// fast-check for mutation runs only (vitest.stryker.config.ts aliases "fast-check" to this file): the same
// library, with each property's number of runs capped, so that a surviving mutant costs seconds, not a
// minute, and no shrinking once a property fails (a mutant is killed by the first failure). `npm test`
// always runs the full counts.
import real from "../../node_modules/fast-check/lib/fast-check.js";

const CAP = Number(process.env.MUTATION_FC_RUNS ?? 25);

type Assert = typeof real.assert;

const assert = ((property: Parameters<Assert>[0], params?: Parameters<Assert>[1]) =>
  real.assert(property as never, { ...params, numRuns: Math.min(params?.numRuns ?? 100, CAP), endOnFailure: true } as never)) as Assert;

export default { ...real, assert };
