import type { Plan, Visibility } from "../schema/types.js";
import { toDayNumber, toInstant } from "../time/calendarDay.js";
import { PLANS, VISIBILITIES } from "../vocabulary/plans.js";
import { normalizeRegionCode } from "../vocabulary/regions.js";
import type { CompiledControl, CompiledPolicy } from "./compile.js";
import { didYouMean, showValue } from "../util/suggest.js";
import { InputError } from "./InputError.js";
import type { Choice, Question, QuestionWithoutDay } from "./question.js";

/** A user's choice, resolved against the policy. @internal */
export interface NormalizedChoice {
  readonly control: CompiledControl;
  readonly day: number;
  readonly kind: "out" | "in";
  readonly outcome: "accepted" | "refused" | undefined;
  /** Position among all the question's choices: the key of its outcome when the outcome is unknown. */
  readonly index: number;
  /** Where it was in the question, for messages. */
  readonly field: string;
  /** The instant, when the question gave a time of day (a date-time or a `Date`). */
  readonly time?: number | undefined;
  /** Made on the day of use, after the use's own time (both times given): not in force for it. */
  afterUse?: true;
  /**
   * Set on every choice of a day on which the user made opposite choices with this control in an
   * order the question does not give: the day's choices as listed (opt-ins, then opt-outs), which
   * stay together in the control's list. Which kind came last is then split on.
   */
  run?: ChoiceRun;
}

/** Opposite choices made with one control on one day, in an order not given. @internal */
export interface ChoiceRun {
  readonly ins: readonly NormalizedChoice[];
  readonly outs: readonly NormalizedChoice[];
  /** `ins` then `outs`: the order of the control's list. */
  readonly listed: readonly NormalizedChoice[];
}

/** Orders one control's choices: by day, by time where both are given, else opt-ins first. */
function byDay(a: NormalizedChoice, b: NormalizedChoice): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time - b.time;
  return a.kind === b.kind ? 0 : a.kind === "out" ? 1 : -1;
}

/**
 * Marks the days on which opposite choices were made in an order that is not known: some choice of the
 * day has no time, or two share one. Their choices are put opt-ins first, opt-outs after.
 */
function markRuns(list: NormalizedChoice[]): void {
  for (let start = 0; start < list.length; ) {
    const day = (list[start] as NormalizedChoice).day;
    let end = start;
    while (end < list.length && (list[end] as NormalizedChoice).day === day) end++;
    const run = list.slice(start, end);
    const mixed = run.some((c) => c.kind === "in") && run.some((c) => c.kind === "out");
    const times = run.map((c) => c.time);
    const ordered = times.every((t) => t !== undefined) && new Set(times).size === times.length;
    if (mixed && !ordered) {
      const ins = run.filter((c) => c.kind === "in");
      const outs = run.filter((c) => c.kind === "out");
      const mark: ChoiceRun = { ins, outs, listed: [...ins, ...outs] };
      mark.listed.forEach((c, k) => {
        c.run = mark;
        list[start + k] = c;
      });
    }
    start = end;
  }
}

/** A question checked against the policy, with days as numbers. @internal */
export interface NormalizedQuestion {
  readonly purpose: string;
  readonly category: string;
  readonly at: number;
  readonly region: string | undefined;
  readonly age: number | undefined;
  readonly plan: Plan | undefined;
  readonly createdAt: number | undefined;
  /** Created on the day of use, after the use's own time (both times given): not yet there. */
  readonly createdAfterUse?: true;
  readonly visibility: Visibility | undefined;
  /** Recipient index, or -1 for uses by anyone. */
  readonly recipient: number;
  /** Choices per control index, oldest first. */
  readonly choices: readonly (readonly NormalizedChoice[])[];
  readonly choiceCount: number;
  /**
   * Ask only about the data of the category that lies in none of its finer categories (statements
   * about a part of the category are left out). Used by {@link actionsFor}.
   */
  readonly remainder?: boolean;
}

const NO_CHOICES: readonly NormalizedChoice[] = [];

/** A day of a question, or an {@link InputError} naming `field`. @internal */
export function day(value: unknown, field: string): number {
  const result = toDayNumber(value);
  if (result === undefined) {
    throw new InputError(
      "invalid-date",
      field,
      value,
      `${showValue(value)} is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)`,
    );
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields of each part of a question. A field not listed is refused: see {@link onlyFields}. @internal */
export const QUESTION_FIELDS: readonly string[] = ["purpose", "category", "at", "user", "data", "recipient"];
const TIMELINE_FIELDS: readonly string[] = QUESTION_FIELDS.filter((f) => f !== "at");
/** @internal */
export const USER_FIELDS: readonly string[] = ["region", "age", "plan", "optOuts", "optIns"];
/** @internal */
export const DATA_FIELDS: readonly string[] = ["createdAt", "visibility"];
/** @internal */
export const CHOICE_FIELDS: readonly string[] = ["control", "at", "outcome"];

/**
 * Refuses a field the question's part does not have, unless it is undefined: a misspelt `optOut` or
 * `Region` read as absent would answer for a user with no choices, or in an unknown region, without a
 * word.
 *
 * @internal
 */
export function onlyFields(value: Record<string, unknown>, fields: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(value)) {
    // An unknown field left undefined (an object spread, an optional value not given) says nothing.
    if (fields.includes(key) || value[key] === undefined) continue;
    const hint =
      key === "at" && fields === TIMELINE_FIELDS ? "; a timeline covers a range of days: give them as its range, { from, until }" : didYouMean(key, fields);
    throw new InputError(
      "unknown-field",
      path === "" ? key : `${path}.${key}`,
      value[key],
      `${JSON.stringify(key)} is not a field of ${what}${hint} (its fields: ${fields.join(", ")})`,
    );
  }
}

function choices(policy: CompiledPolicy, list: unknown, kind: "out" | "in", field: string, into: NormalizedChoice[][], counter: { n: number }): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new InputError("invalid-question", field, list, "must be an array of { control, at } choices");
  list.forEach((raw: unknown, i) => {
    const itemField = `${field}[${i}]`;
    if (!isObject(raw)) throw new InputError("invalid-question", itemField, raw, "must be an object { control, at }");
    onlyFields(raw, CHOICE_FIELDS, itemField, "a choice");
    const choice = raw as unknown as Choice;
    const control = typeof choice.control === "string" ? policy.controls.get(choice.control) : undefined;
    if (!control) {
      const ids = [...policy.controls.keys()];
      throw new InputError(
        "unknown-control",
        `${itemField}.control`,
        choice.control,
        `${showValue(choice.control)} is not a control of ${policy.policy.name}${didYouMean(String(choice.control), ids)} (controls: ${ids.join(", ") || "none"})`,
      );
    }
    if (choice.outcome !== undefined && choice.outcome !== "accepted" && choice.outcome !== "refused") {
      throw new InputError("invalid-outcome", `${itemField}.outcome`, choice.outcome, `must be "accepted" or "refused"`);
    }
    const normalized: NormalizedChoice = {
      control,
      day: day(choice.at, `${itemField}.at`),
      kind,
      outcome: choice.outcome,
      index: counter.n++,
      field: itemField,
      time: toInstant(choice.at),
    };
    const list = into[control.index];
    if (list === undefined) into[control.index] = [normalized];
    else list.push(normalized);
  });
}

/**
 * Checks a question against a policy and converts its dates, or throws an {@link InputError} naming the
 * field and the bad value.
 *
 * @internal
 */
export function normalizeQuestion(policy: CompiledPolicy, question: Question | QuestionWithoutDay, withDay: boolean): NormalizedQuestion {
  if (!isObject(question)) throw new InputError("invalid-question", "question", question, "must be an object");
  onlyFields(question, withDay ? QUESTION_FIELDS : TIMELINE_FIELDS, "", withDay ? "a question" : "a question without a day");
  const { purpose, category } = question;
  if (typeof purpose !== "string" || !policy.purposeAncestors.has(purpose)) {
    const ids = [...policy.purposeAncestors.keys()];
    throw new InputError(
      "unknown-purpose",
      "purpose",
      purpose,
      `${showValue(purpose)} is not a known purpose${typeof purpose === "string" ? didYouMean(purpose, ids) : ""} (purposes: ${ids.join(", ")})`,
    );
  }
  if (typeof category !== "string" || !policy.categoryAncestors.has(category)) {
    const ids = [...policy.categoryAncestors.keys()];
    throw new InputError(
      "unknown-category",
      "category",
      category,
      `${showValue(category)} is not a known data category${typeof category === "string" ? didYouMean(category, ids) : ""} (categories: ${ids.join(", ")})`,
    );
  }
  const at = withDay ? day((question as Question).at, "at") : 0;

  const user = question.user;
  if (user !== undefined && !isObject(user as unknown)) throw new InputError("invalid-question", "user", user, "must be an object");
  if (user !== undefined) onlyFields(user as Record<string, unknown>, USER_FIELDS, "user", "the user's facts");
  let region: string | undefined;
  if (user?.region !== undefined) {
    region = typeof user.region === "string" ? normalizeRegionCode(user.region) : undefined;
    if (region === undefined) {
      const isGroup = typeof user.region === "string" && policy.groups.has(user.region);
      throw new InputError(
        "unknown-region",
        "user.region",
        user.region,
        isGroup
          ? `${showValue(user.region)} is a region group; give the user's country as an ISO 3166-1 alpha-2 code (DE, FR, GB...)`
          : typeof user.region === "string" && user.region.toUpperCase() === "EL"
            ? `"${user.region}" is the EU's abbreviation for Greece, not its ISO 3166-1 alpha-2 code; give GR`
            : `${showValue(user.region)} is not an ISO 3166-1 alpha-2 country code (such as US, DE, GB; UK is accepted for GB)`,
      );
    }
  }
  const age = user?.age;
  if (age !== undefined && (typeof age !== "number" || !Number.isInteger(age) || age < 0 || age > 150)) {
    throw new InputError("invalid-age", "user.age", age, `${showValue(age)} is not an age; give whole years from 0 to 150`);
  }
  const plan = user?.plan;
  if (plan !== undefined && !(PLANS as readonly unknown[]).includes(plan)) {
    throw new InputError("invalid-plan", "user.plan", plan, `${showValue(plan)} is not a plan (plans: ${PLANS.join(", ")})`);
  }
  const counter = { n: 0 };
  const perControl: NormalizedChoice[][] = [];
  choices(policy, user?.optOuts, "out", "user.optOuts", perControl, counter);
  choices(policy, user?.optIns, "in", "user.optIns", perControl, counter);
  for (const list of perControl) {
    if (list === undefined) continue;
    list.sort(byDay);
    if (list.length > 1) markRuns(list);
  }
  const byControl = policy.controlList.map((c) => perControl[c.index] ?? NO_CHOICES);

  const data = question.data;
  if (data !== undefined && !isObject(data as unknown)) throw new InputError("invalid-question", "data", data, "must be an object");
  if (data !== undefined) onlyFields(data as Record<string, unknown>, DATA_FIELDS, "data", "the data's facts");
  const createdAt = data?.createdAt === undefined ? undefined : day(data.createdAt, "data.createdAt");
  // Times of day order what happened on the day of use itself, where both are given.
  const atTime = withDay ? toInstant((question as Question).at) : undefined;
  const later = (d: number, time: number | undefined) => atTime !== undefined && time !== undefined && d === at && time > atTime;
  const createdAfterUse = createdAt !== undefined && later(createdAt, toInstant(data?.createdAt));
  if (atTime !== undefined) for (const list of perControl) for (const c of list ?? []) if (later(c.day, c.time)) c.afterUse = true;
  const visibility = data?.visibility;
  if (visibility !== undefined && !(VISIBILITIES as readonly unknown[]).includes(visibility)) {
    throw new InputError("invalid-visibility", "data.visibility", visibility, `${showValue(visibility)} is not a visibility (public, non-public)`);
  }

  let recipient = -1;
  if (question.recipient !== undefined) {
    const index = typeof question.recipient === "string" ? policy.recipientIndex.get(question.recipient) : undefined;
    if (index === undefined) {
      const ids = policy.recipientIds;
      throw new InputError(
        "unknown-recipient",
        "recipient",
        question.recipient,
        `${showValue(question.recipient)} is not a recipient in ${policy.policy.name}'s policy${didYouMean(String(question.recipient), ids)} (recipients: ${ids.join(", ")})`,
      );
    }
    recipient = index;
  }

  return {
    purpose,
    category,
    at,
    region,
    age,
    plan,
    createdAt,
    ...(createdAfterUse && { createdAfterUse: true as const }),
    visibility,
    recipient,
    choices: byControl,
    choiceCount: counter.n,
  };
}
