import * as z from "zod";
import { ConfidenceSchema, DayBoundarySchema, ProseSchema } from "./primitives.js";
import { RegionConditionSchema } from "./region.js";
import { CitationsSchema } from "./source.js";
import { PlanSchema } from "./statement.js";

/**
 * The youngest age a platform's terms allow its users to be, where and when they say so. A user the
 * question gives a younger age is outside what the policy speaks of: the answer is `unknown` (the
 * policy does not say how such a user's data is used) unless a statement that applies to them
 * excludes the use (one that names their age, or one that excludes everyone). A question without an
 * age takes the user to meet it, as using the platform requires, and its cases by age start there.
 *
 * @category Validate
 */
export const MinimumAgeSchema = z
  .strictObject({
    age: z.int().min(1).max(150).meta({ description: "The minimum age in whole years: a user younger than this may not use the platform." }),
    summary: ProseSchema.meta({ description: "What the terms say, in one plain sentence: “X's terms do not allow anyone under 13 to use it.”" }),
    regions: RegionConditionSchema.optional().meta({ description: "Where this minimum holds; everywhere if omitted." }),
    plans: z.array(PlanSchema).min(1).optional().meta({ description: "The plans (account types) it holds for; all plans if omitted." }),
    from: DayBoundarySchema.optional().meta({ description: "First day it holds (inclusive); from the start of the history if omitted." }),
    until: DayBoundarySchema.optional().meta({ description: "Day it stops holding (exclusive). Omit if it still holds." }),
    confidence: ConfidenceSchema,
    sources: CitationsSchema,
    note: ProseSchema.optional(),
  })
  .meta({ id: "MinimumAge", description: "The youngest age the platform's terms allow, with where and when, and its sources." });
