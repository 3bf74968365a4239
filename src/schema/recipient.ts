import * as z from "zod";
import { IdSchema, ProseSchema, text } from "./primitives.js";
import { CitationsSchema } from "./source.js";

/**
 * Who uses or receives the data: the platform itself, an affiliate (Microsoft for LinkedIn), a licensee
 * (an AI company buying content), a service provider, crawlers, the public.
 *
 * @category Validate
 */
export const RecipientSchema = z
  .strictObject({
    id: IdSchema,
    label: text(200),
    kind: z
      .enum(["platform", "affiliate", "service-provider", "licensee", "crawler", "public"])
      .meta({ description: "platform: the platform itself; affiliate; service-provider; licensee; crawler; public." }),
    note: ProseSchema.optional(),
    sources: CitationsSchema.optional().meta({ description: "Required for every recipient but the platform itself." }),
  })
  .meta({ id: "Recipient", description: "Who uses or receives the data." });
