import * as z from "zod";

/**
 * Text a person reads: at least one character that is not a space (a name of three spaces would
 * print as nothing), and at most `max`.
 *
 * @internal
 */
export function text(max: number) {
  // Empty text matches here, so that it is reported once, by min(1).
  return z
    .string()
    .min(1)
    .max(max)
    .regex(/^$|\S/, { error: "must have some text, not only spaces" });
}

/**
 * A calendar day, `YYYY-MM-DD`, that exists (`2025-02-30` does not). Days are UTC calendar days.
 *
 * @category Validate
 */
export const CalendarDaySchema = z.iso
  .date({ error: "must be a real calendar day written YYYY-MM-DD" })
  .meta({ id: "CalendarDay", description: "A calendar day (UTC), YYYY-MM-DD.", examples: ["2025-11-03"] });

/**
 * A date that is only known to lie within bounds: "no later than 2024-12-10" is `{ "latest": "2024-12-10" }`.
 *
 * @remarks Both bounds are inclusive: the event happened on some day `d` with `earliest <= d <= latest`.
 * @category Validate
 */
export const UncertainDaySchema = z
  .strictObject({
    earliest: CalendarDaySchema.optional().meta({
      description: "The first day the event can have happened on. Omit when there is no known lower bound.",
    }),
    latest: CalendarDaySchema.optional().meta({
      description: "The last day the event can have happened on. Omit when there is no known upper bound.",
    }),
    note: text(2000).optional().meta({ description: "Why the date is uncertain, in one sentence." }),
  })
  .meta({
    id: "UncertainDay",
    description: "A date known only within bounds (both inclusive); at least one bound is required.",
  });

/**
 * A boundary of a validity interval: an exact calendar day or an uncertain one.
 *
 * @category Validate
 */
export const DayBoundarySchema = z
  .union([CalendarDaySchema, UncertainDaySchema])
  .meta({ id: "DayBoundary", description: "An exact calendar day, or an uncertain one given by bounds." });

/**
 * A stable, lower-case, kebab-case identifier.
 *
 * @category Validate
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case id: lower-case letters, digits and single hyphens" })
  .max(80)
  .meta({ id: "Id", description: "A stable kebab-case identifier.", examples: ["data-for-generative-ai-improvement"] });

/**
 * An `https` URL.
 *
 * @category Validate
 */
export const HttpsUrlSchema = z
  .string()
  // No space, quote or angle bracket (nor the other characters a URL may not hold unescaped): a page
  // prints the URL as a link, and a quote or a bracket in it would end the link and start markup.
  .regex(/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s"<>\\^`{|}]*)?$/, { error: "must be an https URL (with no space, quote or angle bracket; escape them as %20, %22, %3C, %3E)" })
  .max(2000)
  .meta({ id: "HttpsUrl", description: "An https URL.", examples: ["https://www.linkedin.com/legal/privacy-policy"] });

/**
 * How far a fact can be trusted.
 *
 * @remarks `high`: a primary platform or regulator text, or several independent outlets quoting the same
 * primary text. `medium`: a single secondary source, or an inference from primary texts. `low`: an
 * allegation, a weak source, or a date inferred indirectly.
 * @category Validate
 */
export const ConfidenceSchema = z
  .enum(["high", "medium", "low"])
  .meta({ id: "Confidence", description: "How far the fact can be trusted: high, medium or low." });

/**
 * One sentence or short paragraph of prose.
 *
 * @category Validate
 */
export const ProseSchema = text(2000);
