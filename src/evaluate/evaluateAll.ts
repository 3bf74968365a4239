import type { Control, Policy } from "../schema/types.js";
import { didYouMean, showValue } from "../util/suggest.js";
import { type Action, type ControlSummary, actionsForNormalized, summarizeControl } from "./actions.js";
import { type CompiledPolicy, prepare } from "./compile.js";
import type { Decision } from "./decision.js";
import { decideNormalized } from "./evaluate.js";
import { InputError } from "./InputError.js";
import { CHOICE_FIELDS, day, normalizeQuestion, onlyFields } from "./normalizeQuestion.js";
import type { Choice, Question } from "./question.js";
import { Branch, World } from "./world.js";

/**
 * One platform's answer to a question asked of many, and what the user can still do there.
 *
 * @category Evaluate
 */
export interface PlatformAnswer {
  readonly platform: string;
  readonly name: string;
  readonly decision: Decision;
  readonly actions: readonly Action[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Splits `platform:control` into its parts; a plain id has no platform. */
function address(control: string): { platform: string | undefined; id: string } {
  const colon = control.indexOf(":");
  return colon < 0 ? { platform: undefined, id: control } : { platform: control.slice(0, colon), id: control.slice(colon + 1) };
}

/**
 * Answers one question for every policy given: "which of the services I use train AI on my data, and
 * what can I still do about it?"
 *
 * @remarks
 * Choices name a control by its id (`data-for-generative-ai-improvement`) or by `platform:id`; each
 * policy sees only the choices made with its own controls. A choice whose control no policy has is an
 * error. A question for one recipient is refused: recipients are platform-specific.
 *
 * @param policies - The policies (for the catalogue: `Object.values(policies)` from `ai-data-policy/catalog`).
 * @param question - The question, asked of each policy.
 * @returns One answer per policy, in the order given, each with the actions still open to the user.
 * @throws {@link InputError} For a bad question, or a choice whose control no policy defines.
 * @example
 * ```ts
 * import { evaluateAll } from "ai-data-policy";
 * import { policies } from "ai-data-policy/catalog";
 * const answers = evaluateAll(Object.values(policies), {
 *   purpose: "generative-ai-training", category: "posts", at: "2025-12-15", user: { region: "DE", age: 30 },
 * });
 * answers.map((a) => `${a.platform}: ${a.decision.answer}`);
 * ```
 * @category Evaluate
 */
export function evaluateAll(policies: Iterable<Policy | CompiledPolicy>, question: Question): PlatformAnswer[] {
  if (!isObject(question)) throw new InputError("invalid-question", "question", question, "must be an object");
  if (question.recipient !== undefined) {
    throw new InputError(
      "invalid-question",
      "recipient",
      question.recipient,
      "recipients differ between platforms; ask one platform about a recipient (evaluate(), or check <platform> --recipient ID)",
    );
  }
  if (policies === null || typeof (policies as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== "function")
    throw new InputError("invalid-question", "policies", policies, "must be an iterable of policies (an array; policies from getPolicy or parsePolicy)");
  const compiled = [...policies].map(prepare);
  const lists = { optOuts: question.user?.optOuts ?? [], optIns: question.user?.optIns ?? [] };
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) continue;
    list.forEach((choice: Choice, i) => {
      // Checked here, once, with the index the caller gave: each platform sees only the choices made
      // with its controls, and would name a bad one by its place in that shorter list, or never see it.
      const field = `user.${key}[${i}]`;
      if (!isObject(choice)) throw new InputError("invalid-question", field, choice, "must be an object { control, at }");
      onlyFields(choice as unknown as Record<string, unknown>, CHOICE_FIELDS, field, "a choice");
      day(choice.at, `${field}.at`);
      if (choice.outcome !== undefined && choice.outcome !== "accepted" && choice.outcome !== "refused") {
        throw new InputError("invalid-outcome", `${field}.outcome`, choice.outcome, `must be "accepted" or "refused"`);
      }
      const { platform, id } = address(typeof choice.control === "string" ? choice.control : "");
      const known = typeof choice.control === "string" && compiled.some((p) => (platform === undefined || p.policy.id === platform) && p.controls.has(id));
      if (!known) {
        throw new InputError(
          "unknown-control",
          `${field}.control`,
          choice.control,
          `${showValue(choice.control)} is not a control of any of the platforms asked (write platform:control to name one)`,
        );
      }
    });
  }
  // A purpose or category one platform declares is another's silence, not an error; one that no
  // platform asked knows is refused, with the words they know.
  for (const [field, known] of [
    ["purpose", (p: CompiledPolicy) => p.purposeAncestors],
    ["category", (p: CompiledPolicy) => p.categoryAncestors],
  ] as const) {
    const value = question[field];
    if (typeof value !== "string" || compiled.length === 0 || compiled.some((p) => known(p).has(value))) continue;
    const words = [...new Set(compiled.flatMap((p) => [...known(p).keys()]))];
    throw new InputError(
      field === "purpose" ? "unknown-purpose" : "unknown-category",
      field,
      value,
      `${showValue(value)} is not a ${field === "purpose" ? "purpose" : "data category"} of any of the platforms asked${didYouMean(value, words)} (${words.join(", ")})`,
    );
  }
  const knowsBoth = (p: CompiledPolicy) => p.purposeAncestors.has(question.purpose) && p.categoryAncestors.has(question.category);
  if (compiled.length > 0 && !compiled.some(knowsBoth)) {
    throw new InputError(
      "unknown-category",
      "category",
      question.category,
      `no platform asked has both the purpose ${showValue(question.purpose)} and the data category ${showValue(question.category)}`,
    );
  }
  return compiled.map((policy) => {
    if (!policy.purposeAncestors.has(question.purpose) || !policy.categoryAncestors.has(question.category)) {
      const which = policy.purposeAncestors.has(question.purpose) ? `data category "${question.category}"` : `purpose "${question.purpose}"`;
      const silent: Decision = {
        answer: "unknown",
        reasons: [
          {
            code: "policy-silent",
            message: `${policy.policy.name}'s policy has no ${which}: another platform's policy declares it.`,
            confidence: "high",
            sources: [],
          },
        ],
        needs: [],
        confidence: "high",
      };
      return { platform: policy.policy.id, name: policy.policy.name, decision: silent, actions: [] };
    }
    // A list that is not an array is passed on as it is, for normalizeQuestion to refuse.
    const mine = (list: readonly Choice[]) =>
      !Array.isArray(list)
        ? list
        : list
            .map((choice) => ({ choice, ...address(choice.control) }))
            .filter(({ platform, id }) => (platform === undefined || platform === policy.policy.id) && policy.controls.has(id))
            .map(({ choice, id }) => ({ ...choice, control: id }));
    // A user that is not an object is passed on as it is, for normalizeQuestion to refuse.
    const user =
      question.user === undefined || isObject(question.user) ? { ...question.user, optOuts: mine(lists.optOuts), optIns: mine(lists.optIns) } : question.user;
    const own = { ...question, user } as Question;
    const q = normalizeQuestion(policy, own, true);
    return { platform: policy.policy.id, name: policy.policy.name, decision: decideNormalized(policy, q), actions: actionsForNormalized(policy, q) };
  });
}

/**
 * Whether a control could be used in a region on a day: `available`, `not-available`, or `unknown`
 * when the policy does not record where and when it could be used (or that turns on an undisclosed day).
 *
 * @category Evaluate
 */
export type Availability = "available" | "not-available" | "unknown";

/**
 * A control with its availability to one person.
 *
 * @category Evaluate
 */
export interface ControlAvailability extends ControlSummary {
  readonly availability: Availability;
}

/**
 * The controls of a policy, and whether a person in a region could use each on a day: "what can I
 * switch off, where, and what will it undo?"
 *
 * @param policy - A policy or its compiled form.
 * @param options - The person's region (ISO code) and the day.
 * @returns Every control, with what it covers, what it undoes and whether it is available.
 * @throws {@link InputError} For an unknown region or an impossible day.
 * @example
 * ```ts
 * import { controlsFor } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * controlsFor(getPolicy("linkedin"), { region: "DE", at: "2024-10-01" })[0]?.availability;
 * //=> "not-available": LinkedIn did not offer the setting in the EU until September 2025
 * ```
 * @category Evaluate
 */
export function controlsFor(policy: Policy | CompiledPolicy, options: { readonly region: string; readonly at: string | Date }): ControlAvailability[] {
  const compiled = prepare(policy);
  if (!isObject(options)) throw new InputError("invalid-question", "options", options, "must be an object { region, at }");
  let q: ReturnType<typeof normalizeQuestion>;
  try {
    q = normalizeQuestion(compiled, { purpose: "generative-ai-training", category: "posts", at: options.at, user: { region: options.region } }, true);
  } catch (error) {
    // The options' own names, not those of the question they are read through.
    if (error instanceof InputError && error.field === "user.region")
      throw new InputError(error.code, "region", error.value, error.message.slice(error.field.length + 2));
    throw error;
  }
  if (q.region === undefined) throw new InputError("unknown-region", "region", options.region, "a region is required");
  return compiled.controlList.map((control) => {
    const raw = (compiled.policy.controls ?? [])[control.index] as Control;
    let availability: Availability = "unknown";
    if (control.availability) {
      const world = new World(compiled, q);
      try {
        // The region first: a window for other regions says nothing, even if its days are undisclosed.
        const open = control.availability.some(
          (w) =>
            (w.include === null || w.include.some((t) => world.regionIs(t, q.at))) &&
            !(w.exclude ?? []).some((t) => world.regionIs(t, q.at)) &&
            world.happenedBy(w.from, q.at) &&
            !world.happenedBy(w.until, q.at),
        );
        availability = open ? "available" : "not-available";
      } catch (error) {
        if (!(error instanceof Branch)) throw error;
      }
    }
    return { ...summarizeControl(compiled.policy, raw), availability };
  });
}
