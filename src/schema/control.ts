import * as z from "zod";
import { DayBoundarySchema, HttpsUrlSchema, IdSchema, ProseSchema, text } from "./primitives.js";
import { RegionConditionSchema } from "./region.js";
import { CitationsSchema } from "./source.js";

/**
 * What a user's choice reaches.
 *
 * @remarks
 * - `future-only`: uses after the choice follow it, for all the user's data; training already done is not undone.
 * - `new-data-only`: only data created after the choice follows it; earlier data may still be used.
 * - `removal`: uses after the choice follow it, and past data is removed from the data sets.
 * - `removal-requested`: the platform asks recipients to remove past data; whether they do is not guaranteed.
 * - `earlier-data-undisclosed`: data created after the choice follows it; whether data created before
 *   it still is used is not said (unknown), as for a site made private after its posts were shared.
 * - `reach-undisclosed`: whether a choice made then stops the use at all is not said (unknown).
 * @category Validate
 */
export const ControlScopeSchema = z
  .enum(["future-only", "new-data-only", "removal", "removal-requested", "earlier-data-undisclosed", "reach-undisclosed"])
  .meta({
    id: "ControlScope",
    description:
      "What a user's choice reaches: future-only, new-data-only, removal, removal-requested, earlier-data-undisclosed (data created after the choice follows it; for older data the sources do not say: unknown), or reach-undisclosed (the sources do not say whether a choice made then stops the use: unknown).",
  });

/**
 * For an opt-in: what switching it off again reaches.
 *
 * @remarks
 * - `future-only` (the default): every use after the switch, for all the user's data.
 * - `new-data-only`: only data created after the switch; data the opt-in already reached stays in use.
 * - `earlier-data-undisclosed`: data created after the switch is not used; the policy does not say whether
 *   data the opt-in already reached stays in use, so the answer for it is unknown.
 * @category Validate
 */
export const WithdrawalScopeSchema = z
  .enum(["future-only", "new-data-only", "earlier-data-undisclosed"])
  .meta({
    id: "WithdrawalScope",
    description:
      "For an opt-in: what switching it off again reaches. future-only (default): every later use; new-data-only: only data created afterwards, earlier data stays in use; earlier-data-undisclosed: later data is not used, and whether earlier data stays in use is not said.",
  });

/**
 * A scope that applies to choices made within a window: an objection made before a start date may
 * reach further than one made after it.
 *
 * @category Validate
 */
export const ScopeRuleSchema = z
  .strictObject({
    chosenFrom: DayBoundarySchema.optional().meta({ description: "Applies to choices made on or after this day." }),
    chosenUntil: DayBoundarySchema.optional().meta({ description: "Applies to choices made before this day." }),
    scope: ControlScopeSchema,
  })
  .meta({ id: "ScopeRule", description: "The scope of choices made within a window of days." });

/**
 * A name a control was shown under, and when.
 *
 * @category Validate
 */
export const ControlLabelSchema = z
  .strictObject({
    text: text(300),
    from: DayBoundarySchema.optional(),
    until: DayBoundarySchema.optional(),
    sources: CitationsSchema,
  })
  .meta({ id: "ControlLabel", description: "A label a control was shown under, with its dates." });

/**
 * When and where a control could be used.
 *
 * @category Validate
 */
export const ControlAvailabilitySchema = z
  .strictObject({
    from: DayBoundarySchema,
    until: DayBoundarySchema.optional(),
    regions: RegionConditionSchema.optional(),
    sources: CitationsSchema,
  })
  .meta({ id: "ControlAvailability", description: "A window of days, and regions, in which a control could be used." });

/**
 * A way for a user (or someone acting for them) to change whether their data is used: a setting, a form,
 * an e-mail, an advisory signal.
 *
 * @category Validate
 */
export const ControlSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Stable id; labels may change, the id never does." }),
    kind: z
      .enum(["setting", "form", "email", "per-item", "signal", "deletion"])
      .meta({ description: "setting: a switch; form: an objection or request form; email; per-item: a choice per conversation or post; signal: a machine-readable directive; deletion: deleting the data." }),
    labels: z.array(ControlLabelSchema).min(1).meta({ description: "Names it was shown under, oldest first." }),
    location: text(500).optional().meta({ description: "Where it lives, as a path through the product's menus." }),
    url: HttpsUrlSchema.optional(),
    contact: z
      .strictObject({ email: z.email(), subject: text(300).optional() })
      .optional()
      .meta({ description: "For e-mail controls: the address and the subject line to use." }),
    purposes: z.array(IdSchema).min(1).meta({ description: "The purposes it covers." }),
    scope: ControlScopeSchema,
    withdrawal: WithdrawalScopeSchema.optional(),
    decidedBy: z
      .enum(["user", "workspace-owner", "account-admin", "site-owner", "parent"])
      .meta({ description: "Who makes the choice: the user, or someone else on their behalf (a workspace owner, an account admin, a site owner, or a parent or guardian for a minor's account)." }),
    enforcement: z
      .enum(["enforced", "advisory"])
      .meta({ description: "enforced: the platform applies it; advisory: it binds only those who choose to honour it." }),
    mayBeRefused: z.boolean().optional().meta({ description: "Whether the platform may refuse the request (an objection it can overrule)." }),
    requiresReason: z.boolean().optional().meta({ description: "Whether the user must give a reason." }),
    availability: z.array(ControlAvailabilitySchema).min(1).optional(),
    note: ProseSchema.optional(),
    sources: CitationsSchema,
  })
  .meta({ id: "Control", description: "A setting, form, e-mail or signal that changes whether data is used." });

/**
 * A reference from a statement to a control that can switch it, optionally with scopes that depend on
 * when the choice was made.
 *
 * @category Validate
 */
export const ControlLinkSchema = z
  .strictObject({
    control: IdSchema.meta({ description: "The id of a control listed in the policy's `controls`." }),
    scopes: z
      .array(ScopeRuleSchema)
      .min(1)
      .optional()
      .meta({ description: "Scopes by the day the choice was made; the first that matches wins, else the control's own scope." }),
  })
  .meta({ id: "ControlLink", description: "A control that can switch a statement." });

