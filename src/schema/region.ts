import * as z from "zod";
import { CitationsSchema } from "./source.js";
import { DayBoundarySchema, IdSchema, ProseSchema, text } from "./primitives.js";

/**
 * A region: an ISO 3166-1 alpha-2 country code (`DE`, `GB`; `UK` is accepted as an alias of `GB`), a
 * built-in group (`EU`, `EEA`), or the id of a group the policy defines (`designated-countries`).
 *
 * @category Validate
 */
export const RegionRefSchema = z
  .string()
  .regex(/^(?:[A-Z]{2,3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, {
    error: "must be an ISO 3166-1 alpha-2 code (DE), a built-in group (EU, EEA) or a group id (designated-countries)",
  })
  .meta({
    id: "RegionRef",
    description: "An ISO 3166-1 alpha-2 code, a built-in group (EU, EEA), or the id of a group defined by the policy.",
    examples: ["DE", "GB", "EU", "EEA", "designated-countries"],
  });

/**
 * One member of a region group, with the days it belonged to the group.
 *
 * @category Validate
 */
export const RegionGroupMemberSchema = z
  .strictObject({
    member: RegionRefSchema.meta({ description: "A country code or another group." }),
    from: DayBoundarySchema.optional().meta({ description: "First day of membership (inclusive). Omit if always a member." }),
    until: DayBoundarySchema.optional().meta({ description: "Day membership ended (exclusive). Omit if still a member." }),
    note: ProseSchema.optional(),
  })
  .meta({ id: "RegionGroupMember", description: "A member of a region group and the days it belonged." });

/**
 * A named set of regions whose membership may change over time, such as LinkedIn's "Designated Countries".
 *
 * @category Validate
 */
export const RegionGroupSchema = z
  .strictObject({
    id: IdSchema,
    label: text(200),
    members: z.array(RegionGroupMemberSchema).min(1),
    note: ProseSchema.optional(),
    sources: CitationsSchema,
  })
  .meta({ id: "RegionGroup", description: "A named group of regions with dated membership." });

/**
 * Where a statement applies: in the `include` regions (everywhere if omitted) except the `exclude` ones.
 * Group membership is taken on the day of the use.
 *
 * @category Validate
 */
export const RegionConditionSchema = z
  .strictObject({
    include: z.array(RegionRefSchema).min(1).optional().meta({ description: "Regions where it applies; everywhere if omitted." }),
    exclude: z.array(RegionRefSchema).min(1).optional().meta({ description: "Regions where it does not apply." }),
  })
  .meta({ id: "RegionCondition", description: "Regions a statement applies in." });
