/**
 * Platforms' AI-data policies as typed, versioned, sourced data, and pure functions that answer: is this
 * user's data used for this purpose?
 *
 * This entry point holds the vocabulary, the model's types and the evaluator. It loads neither zod nor
 * the catalogue: policies come from `ai-data-policy/catalog`, schemas and validation from
 * `ai-data-policy/validate`.
 *
 * @packageDocumentation
 */
export { CORE_CATEGORIES, CORE_CATEGORY_IDS, type CoreCategory } from "./vocabulary/categories.js";
export { CORE_PURPOSES, CORE_PURPOSE_IDS, type CorePurpose } from "./vocabulary/purposes.js";
export { PLANS, VISIBILITIES } from "./vocabulary/plans.js";
export { BUILT_IN_REGION_GROUPS, EEA, EU, type BuiltInRegionGroup } from "./vocabulary/regionGroups.js";
export { REGION_ALIASES, normalizeRegionCode, regionCodes } from "./vocabulary/regions.js";
export type {
  CategoryDefinition,
  Citation,
  Confidence,
  Consent,
  Control,
  ControlLink,
  ControlScope,
  DayBoundary,
  Dispute,
  Effect,
  MinimumAge,
  Plan,
  Policy,
  PurposeDefinition,
  Recipient,
  RegionCondition,
  RegionGroup,
  RegionGroupMember,
  ScopeRule,
  Source,
  Statement,
  UncertainDay,
  Visibility,
  WithdrawalScope,
} from "./schema/types.js";
export * from "./evaluate/index.js";
