import * as z from "zod";
import { CalendarDaySchema, HttpsUrlSchema, IdSchema, ProseSchema, text } from "./primitives.js";

/**
 * A document that facts are taken from: a platform's legal text, a regulator's statement, a news report.
 *
 * @remarks Listed once per policy and cited by id, so that a statement's citation carries only its quote.
 * A source needs at least one date: when it was published, captured or accessed; the validator checks that.
 * @category Validate
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    url: HttpsUrlSchema.meta({ description: "Where the document can be read (an archive snapshot is best)." }),
    title: text(300),
    publisher: text(200).meta({ description: "Who published it: the platform, a regulator, an outlet." }),
    published: CalendarDaySchema.optional().meta({ description: "When the document was published or took effect." }),
    captured: CalendarDaySchema.optional().meta({ description: "When the copy that was read was captured or recorded (an archive's recording date)." }),
    accessed: CalendarDaySchema.optional().meta({ description: "When this project read it, for copies whose own date is unknown." }),
    kind: z
      .enum(["primary", "regulator", "court", "news", "secondary"])
      .meta({ description: "primary: the platform's own text; regulator; court; news; secondary: blogs, copies, summaries." }),
    archiveOf: HttpsUrlSchema.optional().meta({ description: "The original URL when `url` is an archive or a mirror." }),
    note: ProseSchema.optional(),
  })
  .meta({ id: "Source", description: "A document that facts are taken from." });

/**
 * A citation of a source by a fact: which source, and the words in it that support the fact.
 *
 * @category Validate
 */
export const CitationSchema = z
  .strictObject({
    source: IdSchema.meta({ description: "The id of a source listed in the policy's `sources`." }),
    quote: text(600).meta({ description: "A short verbatim quote (under about 40 words) that supports the fact." }),
    locator: text(200).optional().meta({ description: "Where in the document: a section, a table row." }),
  })
  .meta({ id: "Citation", description: "A source cited for a fact, with the quote that supports it." });

/**
 * At least one citation.
 *
 * @category Validate
 */
export const CitationsSchema = z.array(CitationSchema).min(1, { error: "every fact needs at least one source" });
