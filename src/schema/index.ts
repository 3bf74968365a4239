export { ControlAvailabilitySchema, ControlLabelSchema, ControlLinkSchema, ControlSchema, ControlScopeSchema, ScopeRuleSchema, WithdrawalScopeSchema } from "./control.js";
export { MinimumAgeSchema } from "./minimumAge.js";
export { CategoryDefinitionSchema, PolicySchema, PurposeDefinitionSchema } from "./policy.js";
export {
  CalendarDaySchema,
  ConfidenceSchema,
  DayBoundarySchema,
  HttpsUrlSchema,
  IdSchema,
  UncertainDaySchema,
} from "./primitives.js";
export { RecipientSchema } from "./recipient.js";
export { RegionConditionSchema, RegionGroupMemberSchema, RegionGroupSchema, RegionRefSchema } from "./region.js";
export { CitationSchema, CitationsSchema, SourceSchema } from "./source.js";
export { ConsentSchema, DisputeSchema, EffectSchema, PlanSchema, StatementSchema, VisibilitySchema } from "./statement.js";
