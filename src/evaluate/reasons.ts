import type { CompiledControl, CompiledStatement } from "./compile.js";
import type { Reason, ReasonCode } from "./decision.js";

// Reasons are built once per statement (and control) and shared by every decision that uses them: a
// decision allocates its answer and a list, never the explanation itself.

function statementRef(s: CompiledStatement) {
  return { id: s.statement.id, summary: s.statement.summary, effect: s.statement.effect };
}

function cached(s: CompiledStatement, key: string, build: () => Reason): Reason {
  let reason = s.reasonCache.get(key);
  if (!reason) {
    reason = build();
    s.reasonCache.set(key, reason);
  }
  return reason;
}

/** A reason that is the statement itself: used with no control, excluded, or undisclosed. @internal */
export function statementReason(s: CompiledStatement, code: "used" | "excluded" | "undisclosed", partial: boolean): Reason {
  if (s.minimumAge !== undefined) return cached(s, "below-minimum-age", () => minimumAgeReason(s));
  return cached(s, `${code}/${partial}`, () => {
    const because = s.statement.unknownBecause ? ` (${s.statement.unknownBecause})` : "";
    const part = partial ? "Part of this data: " : "";
    const prefix = code === "undisclosed" ? `Unknown${because}: ` : "";
    return {
      code,
      message: `${part}${prefix}${s.statement.summary}`,
      statement: statementRef(s),
      ...(partial && { partial: true }),
      confidence: s.confidence,
      sources: s.sources,
    };
  });
}

// The statement a minimum age is compiled to is not one of the policy's: its reason names no statement.
function minimumAgeReason(s: CompiledStatement): Reason {
  return {
    code: "below-minimum-age",
    message: `${s.statement.summary} The user is younger than ${s.minimumAge}, and the policy does not say how such a user's data is used.`,
    confidence: s.confidence,
    sources: s.sources,
  };
}

const CONTROL_MESSAGES: Record<
  Exclude<
    ReasonCode,
    | "used"
    | "excluded"
    | "undisclosed"
    | "below-minimum-age"
    | "disputed"
    | "uncertain-date"
    | "policy-silent"
    | "outside-coverage"
    | "after-last-review"
    | "not-yet-created"
    | "objection-outcome"
  >,
  (label: string) => string
> = {
  "used-by-default": (label) => `It is on by default, and no opt-out with “${label}” reaches this use.`,
  "opted-in": (label) => `The user opted in with “${label}”, and the opt-in reaches this data.`,
  "opted-out": (label) => `The user opted out with “${label}” before this use, and the opt-out reaches this data.`,
  "not-opted-in": (label) => `It needs an opt-in with “${label}”, which the user has not given for this data.`,
  "withdrawal-not-retroactive": (label) =>
    `The user opted in with “${label}” and later switched it off, which covers only data created afterwards; this data is older and stays in use.`,
  "withdrawal-undisclosed": (label) =>
    `The user opted in with “${label}” and later switched it off; the policy says data created afterwards is not used, but not whether older data the opt-in reached stays in use.`,
  "advisory-control": (label) => `The user chose “${label}”, but it binds only those who choose to honour it.`,
  "removal-requested": (label) => `The user opted out with “${label}”; the platform asks recipients to remove data shared earlier, without guarantee.`,
  "default-undisclosed": (label) =>
    `The sources do not say whether it is on or off until a choice is made with “${label}”, and no choice of the user's settles it.`,
  "reach-undisclosed": (label) => `The user made a choice with “${label}”, but the sources do not say whether a choice made then reaches this use.`,
  "choice-not-available": (label) =>
    `A choice the user made with “${label}” is not counted: the policy records the control as not open to them on the day of that choice (not yet offered in their region, or withdrawn, or a parent's control for a minor's account while they are an adult).`,
};

/**
 * The name a control was shown under on day `t`: the latest of its labels surely in use then; where a
 * renaming around `t` is undisclosed, the older name that may still have been in use; its latest label
 * when none was.
 *
 * @internal
 */
export function labelOn(control: CompiledControl, t: number): string {
  let sure: string | undefined;
  let maybe: string | undefined;
  for (const l of control.labels) {
    if (l.from.hi <= t && l.until.lo > t) sure = l.text;
    else if (l.from.lo <= t && l.until.hi > t) maybe ??= l.text;
  }
  return sure ?? maybe ?? control.label;
}

// A summary that already says the use is on by default is not told so twice ("… on by default. It is on
// by default, and …").
const SAYS_BY_DEFAULT = /\bby default\b/i;

function controlMessage(s: CompiledStatement, code: keyof typeof CONTROL_MESSAGES, label: string): string {
  if (code === "used-by-default" && SAYS_BY_DEFAULT.test(s.statement.summary)) return `No opt-out with “${label}” reaches this use.`;
  return CONTROL_MESSAGES[code](label);
}

/** A reason about a control's effect on a statement, naming the control as it was called on day `t`. @internal */
export function controlReason(s: CompiledStatement, control: CompiledControl, code: keyof typeof CONTROL_MESSAGES, partial: boolean, t: number): Reason {
  const label = control.labels.length > 1 ? labelOn(control, t) : control.label;
  return cached(s, `${code}/${control.id}/${partial}/${label}`, () => ({
    code,
    message: `${partial ? "Part of this data: " : ""}${s.statement.summary} ${controlMessage(s, code, label)}`,
    statement: statementRef(s),
    control: { id: control.id, label },
    ...(partial && { partial: true }),
    confidence: s.confidence,
    sources: s.sources,
  }));
}

/** Reason given when the data did not exist yet on the day asked about. @internal */
export const NOT_YET_CREATED: Reason = {
  code: "not-yet-created",
  message: "The data had not been created yet on that day, so it cannot have been used.",
  confidence: "high",
  sources: [],
};
