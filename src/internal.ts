/**
 * Every module of the core layers (vocabulary, time, evaluate and their helpers), as one module.
 *
 * The build makes this the one file of the core that every entry shares (`dist/internal.js`, see
 * tsup.config.ts): `ai-data-policy` re-exports its public part, and the catalogue, validation and docs
 * entries import what they need of it, so that importing the evaluator loads two files rather than a
 * chunk for each combination of entries that shares a module, and every entry sees the same classes
 * (an `InputError` thrown by the catalogue is an `InputError` of the core). Not a public entry: the
 * package's `exports` do not list it.
 *
 * @internal
 * @packageDocumentation
 */
export * from "./evaluate/InputError.js";
export * from "./evaluate/PolicyError.js";
export * from "./evaluate/actions.js";
export * from "./evaluate/compile.js";
export * from "./evaluate/decideInWorld.js";
export * from "./evaluate/decision.js";
export * from "./evaluate/evaluate.js";
export * from "./evaluate/evaluateAll.js";
export * from "./evaluate/evaluateMany.js";
export * from "./evaluate/fastPath.js";
export * from "./evaluate/normalizeQuestion.js";
export * from "./evaluate/question.js";
export * from "./evaluate/reasons.js";
export * from "./evaluate/timeline.js";
export * from "./evaluate/world.js";
export * from "./time/calendarDay.js";
export * from "./util/suggest.js";
export * from "./vocabulary/categories.js";
export * from "./vocabulary/plans.js";
export * from "./vocabulary/purposes.js";
export * from "./vocabulary/regionGroups.js";
export * from "./vocabulary/regions.js";
