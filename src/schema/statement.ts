import * as z from "zod";
import { ControlLinkSchema, ScopeRuleSchema } from "./control.js";
import { ConfidenceSchema, DayBoundarySchema, IdSchema, ProseSchema, text } from "./primitives.js";
import { RegionConditionSchema } from "./region.js";
import { PLANS, VISIBILITIES } from "../vocabulary/plans.js";
import { CitationsSchema } from "./source.js";

/**
 * What a statement says about the data: it is used, it is not used, or whether it is used is unknown
 * (undisclosed, ambiguous or disputed).
 *
 * @category Validate
 */
export const EffectSchema = z
  .enum(["used", "not-used", "unknown"])
  .meta({ id: "Effect", description: "used, not-used, or unknown (undisclosed, ambiguous or disputed)." });

/**
 * The plans (account types) a statement can be limited to.
 *
 * @category Validate
 */
export const PlanSchema = z
  .enum(PLANS)
  .meta({ id: "Plan", description: "An account type: free, paid, business, enterprise or education." });

/**
 * Whether a piece of data is visible to the public.
 *
 * @category Validate
 */
export const VisibilitySchema = z
  .enum(VISIBILITIES)
  .meta({ id: "Visibility", description: "public, or non-public (private, friends-only, protected)." });

/**
 * The consent model of a `used` statement: the default, and the controls that change it. A statement
 * without `consent` has no control at all.
 *
 * @category Validate
 */
export const ConsentSchema = z
  .strictObject({
    default: z
      .enum(["on", "off", "undisclosed"])
      .meta({
        description:
          "on: used unless the user opts out (opt-out); off: used only if the user opts in (opt-in); undisclosed: the sources do not say which, so only a choice settles it.",
      }),
    controls: z.array(ControlLinkSchema).min(1),
  })
  .meta({ id: "Consent", description: "The default, and the controls that change it." });

/**
 * A reading of a statement that differs from the platform's, by a regulator, a court or another credible
 * source. Where the readings give different answers, the answer is `unknown` (disputed).
 *
 * @category Validate
 */
export const DisputeSchema = z
  .strictObject({
    id: IdSchema,
    claim: ProseSchema.meta({ description: "The differing reading, in one or two sentences." }),
    by: text(200).meta({ description: "Who holds it: a regulator, a court, an outlet." }),
    where: z
      .strictObject({
        regions: RegionConditionSchema.optional(),
        categories: z.array(IdSchema).min(1).optional(),
        from: DayBoundarySchema.optional(),
        until: DayBoundarySchema.optional(),
      })
      .optional()
      .meta({ description: "Narrows the cases the dispute concerns; it concerns every case of the statement if omitted." }),
    reading: z
      .strictObject({
        effect: EffectSchema.optional(),
        scopes: z.array(ScopeRuleSchema).min(1).optional().meta({ description: "Scopes of the statement's controls under this reading." }),
      })
      .meta({ description: "What the statement would say under this reading." }),
    confidence: ConfidenceSchema,
    sources: CitationsSchema,
  })
  .meta({ id: "Dispute", description: "A differing reading of a statement, with its sources." });

/**
 * The smallest unit of a policy: for these purposes and data categories, in these regions, during these
 * days, for these users and data, by these recipients, the data is used (under this consent model), not
 * used, or unknown.
 *
 * @category Validate
 */
export const StatementSchema = z
  .strictObject({
    id: IdSchema,
    summary: ProseSchema.meta({ description: "What the statement says, in one plain sentence." }),
    effect: EffectSchema,
    unknownBecause: z
      .enum(["undisclosed", "ambiguous", "disputed", "unverified"])
      .optional()
      .meta({ description: "Why an `unknown` statement is unknown. Required when effect is unknown." }),
    purposes: z.array(IdSchema).min(1),
    categories: z.array(IdSchema).min(1),
    regions: RegionConditionSchema.optional(),
    from: DayBoundarySchema.meta({ description: "First day the statement holds (inclusive)." }),
    until: DayBoundarySchema.optional().meta({ description: "Day the statement stops holding (exclusive). Omit if it still holds." }),
    age: z
      .strictObject({
        atLeast: z.int().min(0).max(150).optional(),
        below: z.int().min(1).max(150).optional(),
      })
      .optional()
      .meta({ description: "Ages (in whole years) of users the statement applies to: atLeast <= age < below." }),
    plans: z.array(PlanSchema).min(1).optional().meta({ description: "Plans the statement applies to; all plans if omitted." }),
    data: z
      .strictObject({
        createdFrom: DayBoundarySchema.optional().meta({ description: "Applies to data created on or after this day." }),
        createdUntil: DayBoundarySchema.optional().meta({ description: "Applies to data created before this day." }),
        visibility: VisibilitySchema.optional(),
      })
      .optional()
      .meta({ description: "Which data the statement applies to, by creation day and visibility." }),
    recipients: z
      .array(IdSchema)
      .min(1)
      .optional()
      .meta({ description: "Who uses the data. A used statement without recipients is about the platform itself; a not-used or unknown one concerns every recipient." }),
    consent: ConsentSchema.optional(),
    confidence: ConfidenceSchema,
    sources: CitationsSchema,
    disputes: z.array(DisputeSchema).min(1).optional(),
    note: ProseSchema.optional(),
  })
  .meta({ id: "Statement", description: "A sourced statement of whether data is used for purposes, with its conditions." });
