import * as z from "zod";
import { ControlSchema } from "./control.js";
import { MinimumAgeSchema } from "./minimumAge.js";
import { CalendarDaySchema, HttpsUrlSchema, IdSchema, ProseSchema, text } from "./primitives.js";
import { RecipientSchema } from "./recipient.js";
import { RegionConditionSchema, RegionGroupSchema } from "./region.js";
import { CitationsSchema, SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";

/**
 * A purpose a policy declares beside the core ones, optionally under one of them.
 *
 * @category Validate
 */
export const PurposeDefinitionSchema = z
  .strictObject({
    id: IdSchema,
    label: text(200),
    description: ProseSchema,
    parent: IdSchema.optional().meta({ description: "A core purpose this one is a kind of." }),
    thirdPartiesOnly: z
      .literal(true)
      .optional()
      .meta({
        description:
          "The purpose is something only others than the platform do (licensing content to them, say): a question about it leaves the platform's own use out, instead of finding it unsaid.",
      }),
  })
  .meta({ id: "PurposeDefinition", description: "A platform-specific purpose." });

/**
 * A data category a policy declares under a core one (or under another declared one).
 *
 * @category Validate
 */
export const CategoryDefinitionSchema = z
  .strictObject({
    id: IdSchema,
    label: text(200),
    description: ProseSchema,
    parent: IdSchema.meta({ description: "The category this one is part of." }),
  })
  .meta({ id: "CategoryDefinition", description: "A platform-specific data category under a core one." });

/**
 * A platform's AI-data policy history: every statement it has made, each with its days of validity and
 * its sources.
 *
 * @category Validate
 */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "The JSON Schema this file follows, for editors." }),
    formatVersion: z.literal(1).meta({ description: "The version of this format." }),
    id: IdSchema.meta({ description: "The platform id, a lower-case word: linkedin, meta, openai." }),
    name: text(200),
    homepage: HttpsUrlSchema,
    summary: ProseSchema.meta({ description: "What the platform does with users' data for AI, in plain words." }),
    coverage: z
      .strictObject({
        from: CalendarDaySchema,
        until: CalendarDaySchema.optional(),
        regions: RegionConditionSchema.optional().meta({
          description:
            "The users this history covers, by region (everyone if omitted): where only some regions' policies were read, a question about a user elsewhere is answered unknown, as outside the coverage, rather than as a policy that says nothing.",
        }),
      })
      .meta({ description: "The days (and, where given, the regions) this history covers; questions outside it are answered unknown." }),
    lastReviewed: CalendarDaySchema.meta({ description: "When the history was last checked against its sources." }),
    regionBasis: z
      .strictObject({
        basis: z.enum(["profile-location", "residence", "account-country", "ip-location", "unspecified"]),
        note: ProseSchema.optional(),
        sources: CitationsSchema,
      })
      .optional()
      .meta({ description: "How the platform decides which region a user is in." }),
    purposes: z.array(PurposeDefinitionSchema).min(1).optional(),
    categories: z.array(CategoryDefinitionSchema).min(1).optional(),
    regionGroups: z.array(RegionGroupSchema).min(1).optional(),
    recipients: z.array(RecipientSchema).min(1),
    minimumAge: z
      .array(MinimumAgeSchema)
      .min(1)
      .optional()
      .meta({ description: "The youngest age the terms allow users to be, by region, plan and day; a younger user's data is unknown unless a statement that applies to them excludes it (one naming their age, or one excluding everyone)." }),
    controls: z.array(ControlSchema).min(1).optional(),
    sources: z.array(SourceSchema).min(1),
    statements: z.array(StatementSchema).min(1),
  })
  .meta({ id: "Policy", description: "A platform's AI-data policy history, statement by statement, each sourced." });
