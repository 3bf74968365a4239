import type * as z from "zod";
import type { CitationSchema, SourceSchema } from "./source.js";
import type { ControlLinkSchema, ControlSchema, ControlScopeSchema, ScopeRuleSchema, WithdrawalScopeSchema } from "./control.js";
import type { DayBoundarySchema, ConfidenceSchema, UncertainDaySchema } from "./primitives.js";
import type { RegionConditionSchema, RegionGroupMemberSchema, RegionGroupSchema } from "./region.js";
import type { MinimumAgeSchema } from "./minimumAge.js";
import type { RecipientSchema } from "./recipient.js";
import type { ConsentSchema, DisputeSchema, EffectSchema, PlanSchema, StatementSchema, VisibilitySchema } from "./statement.js";
import type { CategoryDefinitionSchema, PolicySchema, PurposeDefinitionSchema } from "./policy.js";

// The model's types, inferred from the schemas. Imported with `import type` everywhere outside
// `schema/`, so that the evaluator never loads zod at run time.

/** A platform's AI-data policy history. @category Model */
export type Policy = z.output<typeof PolicySchema>;
/** A sourced statement of whether data is used, with its conditions. @category Model */
export type Statement = z.output<typeof StatementSchema>;
/** used, not-used or unknown. @category Model */
export type Effect = z.output<typeof EffectSchema>;
/** A control: a setting, form, e-mail or signal. @category Model */
export type Control = z.output<typeof ControlSchema>;
/** What a user's choice reaches. @category Model */
export type ControlScope = z.output<typeof ControlScopeSchema>;
/** For an opt-in: what switching it off again reaches. @category Model */
export type WithdrawalScope = z.output<typeof WithdrawalScopeSchema>;
/** A scope for choices made within a window of days. @category Model */
export type ScopeRule = z.output<typeof ScopeRuleSchema>;
/** A reference from a statement to a control. @category Model */
export type ControlLink = z.output<typeof ControlLinkSchema>;
/** The default and the controls of a used statement. @category Model */
export type Consent = z.output<typeof ConsentSchema>;
/** A differing reading of a statement. @category Model */
export type Dispute = z.output<typeof DisputeSchema>;
/** A document facts are taken from. @category Model */
export type Source = z.output<typeof SourceSchema>;
/** A source cited with a quote. @category Model */
export type Citation = z.output<typeof CitationSchema>;
/** The youngest age the terms allow, where and when. @category Model */
export type MinimumAge = z.output<typeof MinimumAgeSchema>;
/** Who uses or receives the data. @category Model */
export type Recipient = z.output<typeof RecipientSchema>;
/** A named group of regions with dated membership. @category Model */
export type RegionGroup = z.output<typeof RegionGroupSchema>;
/** A member of a region group. @category Model */
export type RegionGroupMember = z.output<typeof RegionGroupMemberSchema>;
/** Regions a statement applies in. @category Model */
export type RegionCondition = z.output<typeof RegionConditionSchema>;
/** An exact or uncertain calendar day. @category Model */
export type DayBoundary = z.output<typeof DayBoundarySchema>;
/** A day known only within bounds. @category Model */
export type UncertainDay = z.output<typeof UncertainDaySchema>;
/** high, medium or low. @category Model */
export type Confidence = z.output<typeof ConfidenceSchema>;
/** An account type. @category Model */
export type Plan = z.output<typeof PlanSchema>;
/** public or non-public. @category Model */
export type Visibility = z.output<typeof VisibilitySchema>;
/** A platform-specific purpose. @category Model */
export type PurposeDefinition = z.output<typeof PurposeDefinitionSchema>;
/** A platform-specific data category. @category Model */
export type CategoryDefinition = z.output<typeof CategoryDefinitionSchema>;
