import type {
  Citation,
  Confidence,
  ControlScope,
  DayBoundary,
  Dispute,
  Plan,
  Policy,
  ScopeRule,
  Statement,
  Visibility,
  WithdrawalScope,
} from "../schema/types.js";
import { formatDay, parseIsoDay } from "../time/calendarDay.js";
import { CORE_CATEGORY_IDS } from "../vocabulary/categories.js";
import { PLANS, VISIBILITIES } from "../vocabulary/plans.js";
import { CORE_PURPOSE_IDS } from "../vocabulary/purposes.js";
import { BUILT_IN_REGION_GROUPS, type BuiltInRegionGroup } from "../vocabulary/regionGroups.js";
import { normalizeRegionCode } from "../vocabulary/regions.js";
import type { CitedSource, Reason } from "./decision.js";
import type { FastPath } from "./fastPath.js";
import { coveredRegionsText } from "../util/coveredRegions.js";
import { showValue } from "../util/suggest.js";
import { PolicyError } from "./PolicyError.js";

/**
 * A day an event happened on, known exactly (`lo === hi`) or within inclusive bounds. Open ends of
 * intervals are `-Infinity` / `Infinity`. Uncertain moments share a variable (`v`) with every other
 * uncertain moment that has the same bounds: the same undisclosed event, written twice.
 *
 * @internal
 */
export interface Moment {
  readonly lo: number;
  readonly hi: number;
  /** Index of the uncertain-day variable, or -1 when exact. */
  readonly v: number;
}

/**
 * An undisclosed day, shared by every moment with the same bounds. The reason shown when an answer
 * turns on it is {@link CompiledPolicy.variableReasons}'s, built when first needed. @internal
 */
export interface UncertainVariable {
  readonly index: number;
  readonly lo: number;
  readonly hi: number;
}

/** @internal */
export interface CompiledGroupEntry {
  readonly code?: string;
  readonly group?: CompiledGroup;
  readonly from: Moment;
  readonly until: Moment;
}

/** @internal */
export interface CompiledGroup {
  readonly id: string;
  readonly label: string;
  readonly entries: readonly CompiledGroupEntry[];
}

/** A region in a statement's condition: one country, or a group. @internal */
export type RegionTest = { readonly code: string; readonly group?: undefined } | { readonly code?: undefined; readonly group: CompiledGroup };

/** @internal */
export interface CompiledControl {
  readonly index: number;
  readonly id: string;
  /** The latest label. */
  readonly label: string;
  /**
   * The names it was shown under, oldest first, with the bounds of their first and last days (an
   * undisclosed day as its bounds; -Infinity and Infinity where the policy gives none).
   */
  readonly labels: readonly { readonly text: string; readonly from: { lo: number; hi: number }; readonly until: { lo: number; hi: number } }[];
  readonly scope: ControlScope;
  /** For an opt-in: what switching it off again reaches. */
  readonly withdrawal: WithdrawalScope;
  readonly advisory: boolean;
  /**
   * Deleting the data (kind `deletion`): a choice concerns the data that existed when it was made,
   * never data created after it (deleting a post does not opt later posts out).
   */
  readonly deletion: boolean;
  /**
   * Decided by a parent (`decidedBy: "parent"`): a choice made for a minor's account, which changes
   * nothing for an adult (no adult account is linked to a parent).
   */
  readonly parental: boolean;
  readonly mayBeRefused: boolean;
  readonly purposes: readonly string[];
  /** When and where it could be used; `null` when the policy does not say. */
  readonly availability:
    | readonly {
        readonly from: Moment;
        readonly until: Moment;
        readonly include: readonly RegionTest[] | null;
        readonly exclude: readonly RegionTest[] | null;
      }[]
    | null;
  /** Reason shown when an objection's outcome matters and is not given. */
  readonly outcomeReason: Reason;
}

/** @internal */
export interface CompiledScopeRule {
  readonly chosenFrom: Moment;
  readonly chosenUntil: Moment;
  readonly scope: ControlScope;
}

/** @internal */
export interface CompiledLink {
  readonly control: CompiledControl;
  readonly scopes: readonly CompiledScopeRule[] | null;
}

/** @internal */
export interface CompiledDispute {
  readonly dispute: Dispute;
  readonly include: readonly RegionTest[] | null;
  readonly exclude: readonly RegionTest[] | null;
  readonly categories: ReadonlySet<string> | null;
  readonly from: Moment;
  readonly until: Moment;
  readonly scopes: readonly CompiledScopeRule[] | null;
  readonly reason: Reason;
}

/** @internal */
export interface CompiledStatement {
  readonly index: number;
  readonly statement: Statement;
  readonly effect: Statement["effect"];
  readonly from: Moment;
  readonly until: Moment;
  readonly include: readonly RegionTest[] | null;
  readonly exclude: readonly RegionTest[] | null;
  readonly ageAtLeast: number | undefined;
  readonly ageBelow: number | undefined;
  /**
   * Set on the statement a policy's minimum age is compiled to: it applies to a user the question says
   * is younger than this, and never splits on a missing age.
   */
  readonly minimumAge: number | undefined;
  readonly plans: readonly Plan[] | null;
  readonly visibility: Visibility | undefined;
  readonly createdFrom: Moment | null;
  readonly createdUntil: Moment | null;
  /** Recipient indexes; `null` for a not-used or unknown statement without recipients (it applies to all). */
  readonly recipients: readonly number[] | null;
  readonly defaultOn: boolean;
  /** The sources do not say whether it is on or off before a choice (`consent.default: "undisclosed"`). */
  readonly defaultUndisclosed: boolean;
  readonly links: readonly CompiledLink[] | null;
  readonly disputes: readonly CompiledDispute[];
  readonly confidence: Confidence;
  readonly sources: readonly CitedSource[];
  /** Reasons built on first use and shared by every later decision. */
  readonly reasonCache: Map<string, Reason>;
}

/** A statement that may answer a (purpose, category) pair; `partial` when it covers only part of the category. @internal */
export interface Candidate {
  readonly statement: CompiledStatement;
  readonly partial: boolean;
}

/**
 * A policy prepared for fast evaluation: dates turned into day numbers once, references resolved, and
 * statements indexed by purpose and category. Build it with {@link compilePolicy}; {@link evaluate}
 * accepts either form and caches the prepared one per policy object.
 *
 * @category Evaluate
 */
export interface CompiledPolicy {
  /** The policy it was compiled from. */
  readonly policy: Policy;
  /** @internal */ readonly coverageFrom: number;
  /** @internal */ readonly coverageUntil: number;
  /** @internal */ readonly purposeAncestors: ReadonlyMap<string, readonly string[]>;
  /** Purposes only others than the platform can have (and their sub-purposes). @internal */
  readonly thirdPartyPurposes: ReadonlySet<string>;
  /** @internal */ readonly categoryAncestors: ReadonlyMap<string, readonly string[]>;
  /** @internal */ readonly controls: ReadonlyMap<string, CompiledControl>;
  /** @internal */ readonly controlList: readonly CompiledControl[];
  /** @internal */ readonly recipientIds: readonly string[];
  /** @internal */ readonly recipientIndex: ReadonlyMap<string, number>;
  /** @internal */ readonly platformRecipient: number;
  /** @internal */ readonly groups: ReadonlyMap<string, CompiledGroup>;
  /** @internal */ readonly statements: readonly CompiledStatement[];
  /** @internal */ readonly variables: readonly UncertainVariable[];
  /**
   * For a (purpose, category): the reason for an undisclosed day, naming the facts that turn on it
   * among those a question about the pair is about. @internal
   */
  readonly variableReasons: (purpose: string, category: string) => (v: number) => Reason;
  /** @internal */ readonly silentReason: Reason;
  /**
   * For a (purpose, category): the reason when no statement answers it, naming the narrower purposes or
   * categories the policy does speak of (a statement about a part says nothing of the whole), if any.
   * @internal
   */
  readonly silentReasonFor: (purpose: string, category: string) => Reason;
  /** Per recipient: the reason when the policy speaks of other recipients but not of this one. @internal */
  readonly recipientSilentReasons: readonly Reason[];
  /** @internal */ readonly outsideCoverageReason: Reason;
  /** The regions the history covers (`coverage.regions`); `null` for everywhere. @internal */
  readonly coverageInclude: readonly RegionTest[] | null;
  /** @internal */ readonly coverageExclude: readonly RegionTest[] | null;
  /** The reason for a user outside the regions the history covers. @internal */
  readonly outsideRegionsReason: Reason;
  /** The day the history was last checked against its sources. @internal */
  readonly lastReviewed: number;
  /** The caveat on an answer for a day after it. @internal */
  readonly afterReviewReason: Reason;
  /** @internal */ readonly candidates: (purpose: string, category: string) => readonly Candidate[];
  /** Undisclosed days the candidates turn on at the day of use, in a fixed order. @internal */
  readonly candidateVariables: (purpose: string, category: string) => readonly number[];
  /**
   * The age a question without one takes the user to have at least: the lowest minimum age that holds
   * everywhere, always and on every plan (0 when none does). @internal
   */
  readonly presumedAge: number;
  /** @internal */ readonly compiled: true;
  /** The fast path's plans, built from the second question on. @internal */
  fastPath?: FastPath;
  /** Whether a question has been answered without the fast path yet. @internal */
  askedOnce?: boolean;
}

const EXACT_NEGATIVE: Moment = { lo: -Infinity, hi: -Infinity, v: -1 };
const EXACT_POSITIVE: Moment = { lo: Infinity, hi: Infinity, v: -1 };

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/** The lower of two confidences. @internal */
export function minConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

/** The higher of two confidences. @internal */
export function maxConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

function describeUncertain(lo: number, hi: number): string {
  if (lo === -Infinity) return `no later than ${formatDay(hi)}`;
  if (hi === Infinity) return `no earlier than ${formatDay(lo)}`;
  return `between ${formatDay(lo)} and ${formatDay(hi)}`;
}

/**
 * Prepares a policy for fast evaluation. Pure: the policy is not modified.
 *
 * @param policy - A policy that has passed validation (catalogue policies always have).
 * @returns The prepared policy, accepted by {@link evaluate} and {@link timeline}.
 * @throws {@link PolicyError} If the policy refers to a control, group, recipient, purpose, category or source it does not define.
 * @example
 * ```ts
 * import { compilePolicy, evaluate } from "ai-data-policy";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const linkedin = compilePolicy(getPolicy("linkedin"));
 * const decision = evaluate(linkedin, {
 *   purpose: "generative-ai-training", category: "posts", at: "2025-12-15",
 *   user: { region: "US", age: 30 },
 * });
 * decision.answer; //=> "used"
 * ```
 * @category Evaluate
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  try {
    return compileChecked(policy);
  } catch (error) {
    // A policy that never passed validation can be of any shape: what the checks here do not foresee
    // surfaces as the engine's own error, which says neither where nor what to do.
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new PolicyError(
        "(policy)",
        `is not a valid policy (${error.message}); validatePolicy from ai-data-policy/validate, or ai-data-policy validate FILE, says where`,
      );
    }
    throw error;
  }
}

const EFFECTS: ReadonlySet<unknown> = new Set(["used", "not-used", "unknown"]);
const CONFIDENCES: ReadonlySet<unknown> = new Set(["high", "medium", "low"]);
const DEFAULTS: ReadonlySet<unknown> = new Set(["on", "off", "undisclosed"]);
const PLAN_IDS: ReadonlySet<unknown> = new Set(PLANS);
const VISIBILITY_IDS: ReadonlySet<unknown> = new Set(VISIBILITIES);

/** The values a statement's answer turns on, checked: a policy that skipped validation could spell
 * `"OFF"` for `"off"`, read as on by default, or give an age as text. */
function checkStatementValues(statement: Policy["statements"][number], path: string): void {
  const bad = (field: string, value: unknown, expected: string) => new PolicyError(`${path}.${field}`, `${showValue(value)} is not ${expected}`);
  if (!EFFECTS.has(statement.effect)) throw bad("effect", statement.effect, "an effect (used, not-used, unknown)");
  if (!CONFIDENCES.has(statement.confidence)) throw bad("confidence", statement.confidence, "a confidence (high, medium, low)");
  if (statement.consent !== undefined && !DEFAULTS.has(statement.consent.default))
    throw bad("consent.default", statement.consent.default, '"on", "off" or "undisclosed"');
  for (const key of ["atLeast", "below"] as const) {
    const age = statement.age?.[key];
    if (age !== undefined && !(Number.isInteger(age) && age >= 0)) throw bad(`age.${key}`, age, "a whole number of years");
  }
  statement.plans?.forEach((plan, i) => {
    if (!PLAN_IDS.has(plan)) throw bad(`plans[${i}]`, plan, `a plan (${PLANS.join(", ")})`);
  });
  const visibility = statement.data?.visibility;
  if (visibility !== undefined && !VISIBILITY_IDS.has(visibility)) throw bad("data.visibility", visibility, "a visibility (public, non-public)");
}

function compileChecked(policy: Policy): CompiledPolicy {
  checkShape(policy);
  const sourceById = new Map(policy.sources.map((source) => [source.id, source]));
  const cite = (citations: readonly Citation[], path: string): CitedSource[] =>
    citations.map((citation, i) => {
      const source = sourceById.get(citation.source);
      if (!source) throw new PolicyError(`${path}[${i}].source`, `no source with id "${citation.source}"`);
      return {
        id: source.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        ...(source.published !== undefined && { published: source.published }),
        ...(source.captured !== undefined && { captured: source.captured }),
        ...(source.accessed !== undefined && { accessed: source.accessed }),
        kind: source.kind,
        quote: citation.quote,
        ...(citation.locator !== undefined && { locator: citation.locator }),
      };
    });

  // Uncertain days: one variable per distinct (earliest, latest) pair. Its reason names every fact that
  // uses it, in a fixed order, so that it does not depend on the order of the policy's statements.
  // A fact's key says whose it is: `s<index>` a statement's (its disputes' and scope rules' days too),
  // `g<id>` a region group's membership, `c<index>` a control's availability.
  type Fact = { sources: readonly CitedSource[]; confidence: Confidence; note: string | undefined; keys: Set<string> };
  const owners: { lo: number; hi: number; facts: Map<string, Fact> }[] = [];
  const variableByKey = new Map<string, number>();
  // A day's bounds: an exact day as itself, an undisclosed one as its earliest and latest.
  const bounds = (boundary: DayBoundary, path: string): { lo: number; hi: number } => {
    if (typeof boundary === "string") {
      const day = parseIsoDay(boundary);
      if (day === undefined) throw new PolicyError(path, `"${boundary}" is not a calendar day`);
      return { lo: day, hi: day };
    }
    const lo = boundary.earliest === undefined ? -Infinity : parseIsoDay(boundary.earliest);
    const hi = boundary.latest === undefined ? Infinity : parseIsoDay(boundary.latest);
    if (lo === undefined || hi === undefined) throw new PolicyError(path, "an uncertain day's bounds must be calendar days");
    if (lo === -Infinity && hi === Infinity) throw new PolicyError(path, "an uncertain day needs at least one bound");
    if (lo > hi) throw new PolicyError(path, "earliest is after latest");
    return { lo, hi };
  };
  const moment = (
    boundary: DayBoundary | undefined,
    open: Moment,
    path: string,
    what: () => { key: string; label: string; sources: readonly CitedSource[]; confidence: Confidence },
  ): Moment => {
    if (boundary === undefined) return open;
    const { lo, hi } = bounds(boundary, path);
    if (typeof boundary === "string" || lo === hi) return { lo, hi, v: -1 };
    const key = `${lo}/${hi}`;
    let index = variableByKey.get(key);
    if (index === undefined) {
      index = owners.length;
      owners.push({ lo, hi, facts: new Map() });
      variableByKey.set(key, index);
    }
    const owner = what();
    const facts = (owners[index] as (typeof owners)[number]).facts;
    const known = facts.get(owner.label);
    if (known) known.keys.add(owner.key);
    else facts.set(owner.label, { sources: owner.sources, confidence: owner.confidence, note: boundary.note, keys: new Set([owner.key]) });
    return { lo, hi, v: index };
  };
  // A label's days need no undisclosed-day variable: nothing splits on them, they only pick a name.
  const labelBounds = (boundary: DayBoundary | undefined, open: number, path: string) =>
    boundary === undefined ? { lo: open, hi: open } : bounds(boundary, path);
  // The reason of an undisclosed day, naming the facts given (all that turn on it, or those a question
  // is about): their notes first, which say what the day is, then the facts themselves, whose
  // summaries can run to a paragraph.
  const variableReasonOf = (lo: number, hi: number, facts: ReadonlyMap<string, Fact>): Reason => {
    const labels = [...facts.keys()].sort();
    const entries = labels.map((label) => facts.get(label) as Fact);
    const notes = [...new Set(entries.map((e) => e.note).filter((n): n is string => n !== undefined))];
    const sources = new Map<string, CitedSource>();
    for (const e of entries) for (const source of e.sources) sources.set(`${source.id}\u0000${source.quote}`, source);
    // Every variable has at least one fact: the moment that made it named one.
    const confidence = entries.map((e) => e.confidence).reduce(minConfidence);
    const what = labels.map((l) => l.replace(/\.$/, "")).join("; ");
    return {
      code: "uncertain-date",
      message: `The answer turns on a date known only to lie ${describeUncertain(lo, hi)}.${notes.length > 0 ? ` ${notes.join(" ")}` : ""} Facts that turn on it: ${what}.`,
      confidence,
      sources: [...sources.values()],
    };
  };
  const buildVariables = (): UncertainVariable[] => owners.map(({ lo, hi }, index) => ({ index, lo, hi }));

  // Purposes and categories: the core ones plus the policy's own, each with its ancestors (self first).
  const purposeParent = new Map<string, string | undefined>(CORE_PURPOSE_IDS.map((id) => [id, undefined]));
  for (const p of policy.purposes ?? []) purposeParent.set(p.id, p.parent);
  const categoryParent = new Map<string, string | undefined>(CORE_CATEGORY_IDS.map((id) => [id, undefined]));
  for (const c of policy.categories ?? []) categoryParent.set(c.id, c.parent);
  const ancestors = (parents: Map<string, string | undefined>, kind: string) => {
    const result = new Map<string, string[]>();
    for (const id of parents.keys()) {
      const chain = [id];
      let parent = parents.get(id);
      while (parent !== undefined) {
        if (chain.includes(parent)) throw new PolicyError(kind, `"${id}" is its own ancestor`);
        if (!parents.has(parent)) throw new PolicyError(kind, `"${id}" has an unknown parent "${parent}"`);
        chain.push(parent);
        parent = parents.get(parent);
      }
      result.set(id, chain);
    }
    return result;
  };
  const purposeAncestors = ancestors(purposeParent, "purposes");
  const othersOnly = new Set((policy.purposes ?? []).filter((p) => p.thirdPartiesOnly).map((p) => p.id));
  const thirdPartyPurposes = new Set([...purposeAncestors].filter(([, chain]) => chain.some((p) => othersOnly.has(p))).map(([id]) => id));
  const categoryAncestors = ancestors(categoryParent, "categories");

  // Region groups: built-in ones first, then the policy's, resolved lazily so that groups may refer to
  // groups defined later in the file.
  const groups = new Map<string, CompiledGroup>();
  const rawGroups = new Map<string, { group: BuiltInRegionGroup | NonNullable<Policy["regionGroups"]>[number]; path: string; sources: () => CitedSource[] }>();
  for (const group of BUILT_IN_REGION_GROUPS) {
    rawGroups.set(group.id, {
      group,
      path: `built-in group ${group.id}`,
      sources: () =>
        group.sources.map((s, i) => ({
          id: `${group.id.toLowerCase()}-${i}`,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          kind: "primary",
          quote: s.quote,
        })),
    });
  }
  for (const [i, group] of (policy.regionGroups ?? []).entries()) {
    rawGroups.set(group.id, { group, path: `regionGroups[${i}]`, sources: () => cite(group.sources, `regionGroups[${i}].sources`) });
  }
  const resolving = new Set<string>();
  const resolveGroup = (id: string, path: string): CompiledGroup => {
    const done = groups.get(id);
    if (done) return done;
    const raw = rawGroups.get(id);
    if (!raw) throw new PolicyError(path, `"${id}" is neither a country code nor a known region group`);
    if (resolving.has(id)) throw new PolicyError(path, `region group "${id}" contains itself`);
    resolving.add(id);
    const owner = () => ({ key: `g${id}`, label: `membership of ${raw.group.label}`, sources: raw.sources(), confidence: "high" as Confidence });
    const entries = raw.group.members.map((member, i) => {
      const memberPath = `${raw.path}.members[${i}]`;
      const test = resolveRegion(member.member, `${memberPath}.member`);
      return {
        ...(test.code !== undefined ? { code: test.code } : { group: test.group }),
        from: moment(member.from, EXACT_NEGATIVE, `${memberPath}.from`, owner),
        until: moment(member.until, EXACT_POSITIVE, `${memberPath}.until`, owner),
      } as CompiledGroupEntry;
    });
    const compiled: CompiledGroup = { id, label: raw.group.label, entries };
    resolving.delete(id);
    groups.set(id, compiled);
    return compiled;
  };
  const resolveRegion = (ref: string, path: string): RegionTest => {
    if (ref.length === 2 && ref !== "EU") {
      const code = normalizeRegionCode(ref);
      if (code === undefined) throw new PolicyError(path, `"${ref}" is not an ISO 3166-1 alpha-2 code`);
      return { code };
    }
    return { group: resolveGroup(ref, path) };
  };
  for (const id of rawGroups.keys()) resolveGroup(id, "regionGroups");

  // Recipients.
  const recipientIds = policy.recipients.map((r) => r.id);
  const recipientIndex = new Map(recipientIds.map((id, i) => [id, i]));
  const platformRecipient = policy.recipients.findIndex((r) => r.kind === "platform");
  if (platformRecipient < 0) throw new PolicyError("recipients", 'no recipient of kind "platform"');

  const regionTests = (refs: readonly string[] | undefined, path: string) =>
    refs === undefined ? null : refs.map((ref, i) => resolveRegion(ref, `${path}[${i}]`));

  // Controls.
  const controlList: CompiledControl[] = (policy.controls ?? []).map((control, index) => {
    const label = control.labels[control.labels.length - 1]?.text ?? control.id;
    const owner = () => ({
      key: `c${index}`,
      label: `availability of “${label}”`,
      sources: cite(control.sources, `controls[${index}].sources`),
      confidence: "high" as Confidence,
    });
    return {
      availability:
        control.availability?.map((window, j) => ({
          from: moment(window.from, EXACT_NEGATIVE, `controls[${index}].availability[${j}].from`, owner),
          until: moment(window.until, EXACT_POSITIVE, `controls[${index}].availability[${j}].until`, owner),
          include: regionTests(window.regions?.include, `controls[${index}].availability[${j}].regions.include`),
          exclude: regionTests(window.regions?.exclude, `controls[${index}].availability[${j}].regions.exclude`),
        })) ?? null,
      index,
      id: control.id,
      label,
      labels: control.labels.map((l, j) => ({
        text: l.text,
        from: labelBounds(l.from, -Infinity, `controls[${index}].labels[${j}].from`),
        until: labelBounds(l.until, Infinity, `controls[${index}].labels[${j}].until`),
      })),
      scope: control.scope,
      withdrawal: control.withdrawal ?? "future-only",
      advisory: control.enforcement === "advisory",
      deletion: control.kind === "deletion",
      parental: control.decidedBy === "parent",
      mayBeRefused: control.mayBeRefused === true,
      purposes: control.purposes,
      outcomeReason: {
        code: "objection-outcome",
        message: `“${label}” is a request ${policy.name} may refuse; the answer depends on whether it was accepted.`,
        control: { id: control.id, label },
        confidence: "high",
        sources: cite(control.sources, `controls[${index}].sources`),
      },
    };
  });
  const controls = new Map(controlList.map((c) => [c.id, c]));

  // A minimum age is compiled as a statement of its own, after the policy's: for a user younger than
  // it, the use of anything, for any purpose, is unknown (the policy does not speak of such users),
  // which an exclusion that applies to them still beats (see decideInWorld). Its age test differs
  // from a statement's: a question without an age takes the user to meet it, rather than splitting on
  // it (see presumedAge).
  const minimumAges = policy.minimumAge ?? [];
  const roots = (parents: ReadonlyMap<string, string | undefined>) => [...parents].filter(([, parent]) => parent === undefined).map(([id]) => id);
  const everyPurpose = roots(purposeParent);
  const everyCategory = roots(categoryParent);
  const ageRuleStatements = minimumAges.map((rule, i): Statement => {
    if (!(Number.isInteger(rule.age) && rule.age > 0)) throw new PolicyError(`minimumAge[${i}].age`, `${showValue(rule.age)} is not a whole number of years`);
    if (typeof rule.summary !== "string") throw new PolicyError(`minimumAge[${i}].summary`, `must be a sentence, got ${showValue(rule.summary)}`);
    return {
      id: `minimum-age-${i + 1}`,
      summary: rule.summary,
      effect: "unknown",
      unknownBecause: "undisclosed",
      purposes: everyPurpose,
      categories: everyCategory,
      ...(rule.regions !== undefined && { regions: rule.regions }),
      ...(rule.plans !== undefined && { plans: rule.plans }),
      // Without a first day it holds from the start (before the coverage every answer is unknown anyway).
      ...(rule.from !== undefined && { from: rule.from }),
      ...(rule.until !== undefined && { until: rule.until }),
      confidence: rule.confidence,
      sources: rule.sources,
    } as Statement;
  });
  const statementPath = (index: number) => (index < policy.statements.length ? `statements[${index}]` : `minimumAge[${index - policy.statements.length}]`);

  const statements: CompiledStatement[] = [...policy.statements, ...ageRuleStatements].map((statement, index) => {
    const path = statementPath(index);
    const minimumAge = index < policy.statements.length ? undefined : (minimumAges[index - policy.statements.length]?.age as number);
    checkStatementValues(statement, path);
    const sources = cite(statement.sources, `${path}.sources`);
    const owner = () => ({ key: `s${index}`, label: statement.summary, sources, confidence: statement.confidence });
    for (const [i, purpose] of statement.purposes.entries()) {
      if (!purposeParent.has(purpose)) throw new PolicyError(`${path}.purposes[${i}]`, `unknown purpose "${purpose}"`);
    }
    for (const [i, category] of statement.categories.entries()) {
      if (!categoryParent.has(category)) throw new PolicyError(`${path}.categories[${i}]`, `unknown category "${category}"`);
    }
    // A use without recipients is the platform's own; an exclusion or an unknown without recipients
    // concerns everyone who might use the data.
    const recipients =
      statement.recipients === undefined
        ? statement.effect !== "used"
          ? null
          : [platformRecipient]
        : statement.recipients.map((id, i) => {
            const r = recipientIndex.get(id);
            if (r === undefined) throw new PolicyError(`${path}.recipients[${i}]`, `unknown recipient "${id}"`);
            return r;
          });
    const scopeRules = (rules: readonly ScopeRule[] | undefined, rulePath: string): CompiledScopeRule[] | null =>
      rules === undefined
        ? null
        : rules.map((rule, i) => ({
            chosenFrom: moment(rule.chosenFrom, EXACT_NEGATIVE, `${rulePath}[${i}].chosenFrom`, owner),
            chosenUntil: moment(rule.chosenUntil, EXACT_POSITIVE, `${rulePath}[${i}].chosenUntil`, owner),
            scope: rule.scope,
          }));
    const links =
      statement.consent?.controls.map((link, i) => {
        const control = controls.get(link.control);
        if (!control) throw new PolicyError(`${path}.consent.controls[${i}].control`, `unknown control "${link.control}"`);
        return { control, scopes: scopeRules(link.scopes, `${path}.consent.controls[${i}].scopes`) };
      }) ?? null;
    const disputes = (statement.disputes ?? []).map((dispute, i) => {
      const disputePath = `${path}.disputes[${i}]`;
      const disputeSources = cite(dispute.sources, `${disputePath}.sources`);
      return {
        dispute,
        include: regionTests(dispute.where?.regions?.include, `${disputePath}.where.regions.include`),
        exclude: regionTests(dispute.where?.regions?.exclude, `${disputePath}.where.regions.exclude`),
        categories: dispute.where?.categories ? new Set(dispute.where.categories) : null,
        from: moment(dispute.where?.from, EXACT_NEGATIVE, `${disputePath}.where.from`, owner),
        until: moment(dispute.where?.until, EXACT_POSITIVE, `${disputePath}.where.until`, owner),
        scopes: scopeRules(dispute.reading.scopes, `${disputePath}.reading.scopes`),
        reason: {
          code: "disputed",
          message: `Disputed: ${dispute.by} reads it differently. ${dispute.claim}`,
          statement: { id: statement.id, summary: statement.summary, effect: statement.effect },
          dispute: { id: dispute.id, by: dispute.by, claim: dispute.claim },
          confidence: dispute.confidence,
          sources: [...disputeSources, ...sources],
        } satisfies Reason,
      } satisfies CompiledDispute;
    });
    return {
      index,
      statement,
      effect: statement.effect,
      from: moment(statement.from, EXACT_NEGATIVE, `${path}.from`, owner),
      until: moment(statement.until, EXACT_POSITIVE, `${path}.until`, owner),
      include: regionTests(statement.regions?.include, `${path}.regions.include`),
      exclude: regionTests(statement.regions?.exclude, `${path}.regions.exclude`),
      ageAtLeast: statement.age?.atLeast,
      ageBelow: statement.age?.below,
      minimumAge,
      plans: statement.plans ?? null,
      visibility: statement.data?.visibility,
      createdFrom: statement.data?.createdFrom === undefined ? null : moment(statement.data.createdFrom, EXACT_NEGATIVE, `${path}.data.createdFrom`, owner),
      createdUntil: statement.data?.createdUntil === undefined ? null : moment(statement.data.createdUntil, EXACT_POSITIVE, `${path}.data.createdUntil`, owner),
      recipients,
      defaultOn: statement.consent?.default !== "off",
      defaultUndisclosed: statement.consent?.default === "undisclosed",
      links,
      disputes,
      confidence: statement.confidence,
      sources,
      reasonCache: new Map(),
    } satisfies CompiledStatement;
  });

  // Index: for each (purpose, category) asked, the statements that may answer it, and the undisclosed
  // days they turn on at the day of use, computed on first ask.
  type CandidateSet = {
    list: readonly Candidate[];
    variables: readonly number[];
    facts: ReadonlySet<string>;
    /** The reason for each undisclosed day, named by this pair's facts; filled on first use. */
    reasons: (Reason | undefined)[];
    /** The labels of the narrower purposes and categories that statements speak of without answering the pair. */
    narrower: readonly string[];
    /** The silent reason naming them, built on first use. */
    silent?: Reason;
  };
  const candidateCache = new Map<string, CandidateSet>();
  const candidateSet = (purpose: string, category: string) => {
    const key = `${purpose}\u0000${category}`;
    let set = candidateCache.get(key);
    if (set) return set;
    const purposeChain = purposeAncestors.get(purpose) ?? [purpose];
    const categoryChain = categoryAncestors.get(category) ?? [category];
    const list: Candidate[] = [];
    const narrower = new Set<string>();
    for (const s of statements) {
      const purposeFull = s.statement.purposes.some((p) => purposeChain.includes(p));
      const purposePart = !purposeFull && s.statement.purposes.some((p) => (purposeAncestors.get(p) ?? []).includes(purpose));
      const categoryFull = s.statement.categories.some((c) => categoryChain.includes(c));
      const categoryPart = !categoryFull && s.statement.categories.some((c) => (categoryAncestors.get(c) ?? []).includes(category));
      if (purposeFull && categoryFull) list.push({ statement: s, partial: false });
      // A statement about part of what is asked counts only when it says the part is used.
      else if ((purposeFull || purposePart) && (categoryFull || categoryPart)) {
        if (s.effect === "used") list.push({ statement: s, partial: true });
        else {
          // It does not answer the whole, but a silent answer can say what the policy speaks of.
          if (purposePart)
            for (const p of s.statement.purposes)
              if ((purposeAncestors.get(p) ?? []).includes(purpose) && p !== purpose) narrower.add(labelOf(policy.purposes, p));
          if (categoryPart)
            for (const c of s.statement.categories)
              if ((categoryAncestors.get(c) ?? []).includes(category) && c !== category) narrower.add(labelOf(policy.categories, c));
        }
      }
    }
    const found = new Set<number>();
    const seen = new Set<CompiledGroup>();
    // The facts (as their owners' keys) a question about this pair can turn on: the candidates, the
    // groups they test, and the controls they link, with the groups of those controls' availability.
    const facts = new Set<string>();
    const addMoment = (m: Moment) => m.v >= 0 && found.add(m.v);
    const addTests = (tests: readonly RegionTest[] | null) => {
      for (const test of tests ?? []) if (test.group) addGroup(test.group);
    };
    // A group's membership and its members' groups, as facts only: the days of a control's regions
    // are not among the days a question splits on.
    const addGroupFacts = (group: CompiledGroup) => {
      if (facts.has(`g${group.id}`)) return;
      facts.add(`g${group.id}`);
      for (const entry of group.entries) if (entry.group) addGroupFacts(entry.group);
    };
    const addGroup = (group: CompiledGroup) => {
      if (seen.has(group)) return;
      seen.add(group);
      facts.add(`g${group.id}`);
      for (const entry of group.entries) {
        addMoment(entry.from);
        addMoment(entry.until);
        if (entry.group) addGroup(entry.group);
      }
    };
    for (const { statement: s } of list) {
      facts.add(`s${s.index}`);
      for (const { control } of s.links ?? []) {
        facts.add(`c${control.index}`);
        for (const w of control.availability ?? []) for (const test of [...(w.include ?? []), ...(w.exclude ?? [])]) if (test.group) addGroupFacts(test.group);
      }
      addMoment(s.from);
      addMoment(s.until);
      addTests(s.include);
      addTests(s.exclude);
      for (const d of s.disputes) {
        addMoment(d.from);
        addMoment(d.until);
        addTests(d.include);
        addTests(d.exclude);
      }
    }
    // A fixed order (by bounds), so that how a question is split does not depend on the file's order.
    const variables = [...found].sort((a, b) => {
      const x = owners[a] as { lo: number; hi: number };
      const y = owners[b] as { lo: number; hi: number };
      return x.lo - y.lo || x.hi - y.hi;
    });
    set = { list, variables, facts, reasons: [], narrower: [...narrower] };
    candidateCache.set(key, set);
    return set;
  };

  const uncertainVariables = buildVariables();
  // A question's reason for an undisclosed day names only the facts it is about (LinkedIn's start of
  // training in 2024 shares its undisclosed day with uses of other purposes), from the same owners.
  // Built on first use (most questions never turn on an undisclosed day), and shared from then on: per
  // pair and day, and the same reason object for pairs that name the same facts.
  const wholeReasons: (Reason | undefined)[] = [];
  const narrowedReasons = new Map<string, Reason>();
  const buildVariableReason = (v: number, relevant: ReadonlySet<string>): Reason => {
    const owner = owners[v] as (typeof owners)[number];
    const picked = new Map([...owner.facts].filter(([, fact]) => [...fact.keys].some((k) => relevant.has(k))));
    if (picked.size === 0 || picked.size === owner.facts.size) {
      let reason = wholeReasons[v];
      if (reason === undefined) {
        reason = variableReasonOf(owner.lo, owner.hi, owner.facts);
        wholeReasons[v] = reason;
      }
      return reason;
    }
    const key = `${v}\u0000${[...picked.keys()].sort().join("\u0001")}`;
    let reason = narrowedReasons.get(key);
    if (reason === undefined) {
      reason = variableReasonOf(owner.lo, owner.hi, picked);
      narrowedReasons.set(key, reason);
    }
    return reason;
  };
  const variableReasons = (purpose: string, category: string): ((v: number) => Reason) => {
    const set = candidateSet(purpose, category);
    return (v) => {
      let reason = set.reasons[v];
      if (reason === undefined) {
        reason = buildVariableReason(v, set.facts);
        set.reasons[v] = reason;
      }
      return reason;
    };
  };

  const silentReason: Reason = {
    code: "policy-silent",
    message: `${policy.name}'s policy says nothing about this purpose and data category on that day.`,
    confidence: "high",
    sources: [],
  };
  const coverageFrom = parseIsoDay(policy.coverage.from);
  const coverageUntil = policy.coverage.until === undefined ? Infinity : parseIsoDay(policy.coverage.until);
  if (coverageFrom === undefined) throw new PolicyError("coverage.from", `"${policy.coverage.from}" is not a calendar day`);
  if (coverageUntil === undefined) throw new PolicyError("coverage.until", `"${policy.coverage.until}" is not a calendar day`);
  const lastReviewed = parseIsoDay(policy.lastReviewed);
  if (lastReviewed === undefined) throw new PolicyError("lastReviewed", `"${policy.lastReviewed}" is not a calendar day`);
  const coverageText = `${policy.coverage.from}${policy.coverage.until ? ` to ${policy.coverage.until}` : " onwards"}`;
  const coverageInclude = regionTests(policy.coverage.regions?.include, "coverage.regions.include");
  const coverageExclude = regionTests(policy.coverage.regions?.exclude, "coverage.regions.exclude");

  return {
    policy,
    presumedAge: presumedAge(minimumAges),
    coverageFrom,
    coverageUntil,
    purposeAncestors,
    thirdPartyPurposes,
    categoryAncestors,
    controls,
    controlList,
    recipientIds,
    recipientIndex,
    platformRecipient,
    groups,
    statements,
    variables: uncertainVariables,
    variableReasons,
    recipientSilentReasons: policy.recipients.map((r, i) => ({
      code: "policy-silent",
      message:
        i === platformRecipient
          ? `${policy.name}'s policy speaks of other recipients here, but says nothing about ${r.label}'s own use of this data for this purpose on that day.`
          : `${policy.name}'s policy says nothing about use of this data by ${r.label} for this purpose on that day.`,
      recipient: r.id,
      confidence: "high",
      sources: [],
    })),
    silentReason,
    silentReasonFor: (purpose, category) => {
      const set = candidateSet(purpose, category);
      if (set.narrower.length === 0) return silentReason;
      set.silent ??= {
        code: "policy-silent",
        message: `${policy.name}'s policy says nothing about this purpose and data category as a whole on that day; it speaks only of narrower ones: ${set.narrower.join("; ")}.`,
        confidence: "high",
        sources: [],
      };
      return set.silent;
    },
    outsideCoverageReason: {
      code: "outside-coverage",
      message: `This history of ${policy.name}'s policy covers ${coverageText}; the day asked about lies outside it.`,
      confidence: "high",
      sources: [],
    },
    coverageInclude,
    coverageExclude,
    // High: that the history does not cover the region is certain; what the policy there says is not known.
    outsideRegionsReason: {
      code: "outside-coverage",
      message: `This history of ${policy.name}'s policy covers users in ${
        coveredRegionsText({ include: coverageInclude?.map(regionName), exclude: coverageExclude?.map(regionName) }) ?? "every region"
      } only; the policy for the user's region was not read.`,
      confidence: "high",
      sources: [],
    },
    lastReviewed,
    // Medium: the answer is the policy as it was last seen, carried forward, not a fact a source gives
    // for that day. Platforms change these policies quietly (the reason this catalogue exists).
    afterReviewReason: {
      code: "after-last-review",
      message: `This history of ${policy.name}'s policy was last checked against its sources on ${policy.lastReviewed}; for a later day it gives the policy as it stood then, and a change since would not be known.`,
      confidence: "medium",
      sources: [],
    },
    candidates: (purpose, category) => candidateSet(purpose, category).list,
    candidateVariables: (purpose, category) => candidateSet(purpose, category).variables,
    compiled: true,
  };
}

// The few fields compiling reads first: anything that is not a policy (a platform's id, `{}`, a
// policy's JSON text) gets an error that says so, rather than a TypeError from deep inside.
function checkShape(policy: unknown): void {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) {
    throw new PolicyError(
      "(policy)",
      `expected a policy object (getPolicy("linkedin") from ai-data-policy/catalog, or parsePolicy(text) from ai-data-policy/validate), got ${showValue(policy)}`,
    );
  }
  const doc = policy as Record<string, unknown>;
  for (const key of ["statements", "sources", "recipients"]) {
    if (!Array.isArray(doc[key]))
      throw new PolicyError(key, `must be an array, got ${showValue(doc[key])} (is this a policy? validate it with validatePolicy)`);
  }
  for (const key of ["controls", "purposes", "categories", "regionGroups", "minimumAge"]) {
    if (doc[key] !== undefined && !Array.isArray(doc[key])) throw new PolicyError(key, `must be an array, got ${showValue(doc[key])}`);
  }
  const coverage = doc.coverage as Record<string, unknown> | undefined;
  if (typeof coverage !== "object" || coverage === null) throw new PolicyError("coverage", `must be an object { from, until? }, got ${showValue(coverage)}`);
  if (typeof coverage.from !== "string") throw new PolicyError("coverage.from", `must be a calendar day, got ${showValue(coverage.from)}`);
  if (typeof doc.lastReviewed !== "string") throw new PolicyError("lastReviewed", `must be a calendar day, got ${showValue(doc.lastReviewed)}`);
}

/** The lowest minimum age that holds everywhere, always and on every plan; 0 when none does. */
function presumedAge(rules: NonNullable<Policy["minimumAge"]>): number {
  let lowest = 0;
  for (const rule of rules) {
    if (rule.regions !== undefined || rule.plans !== undefined || rule.from !== undefined || rule.until !== undefined) continue;
    if (lowest === 0 || rule.age < lowest) lowest = rule.age;
  }
  return lowest;
}

const prepared = new WeakMap<Policy, CompiledPolicy>();

/**
 * Returns the compiled form of a policy, compiling it once per policy object.
 *
 * @internal
 */
export function prepare(policy: Policy | CompiledPolicy): CompiledPolicy {
  // The policy asked about last, first: most callers ask many questions of one policy, and a
  // comparison costs less than the WeakMap's look-up (a tenth of a fast answer). It keeps that one
  // policy alive until another is asked about.
  if (policy === lastRaw) return lastCompiled as CompiledPolicy;
  if ((policy as { compiled?: unknown } | null)?.compiled === true) return policy as CompiledPolicy;
  const raw = policy as Policy;
  let compiled = prepared.get(raw);
  if (!compiled) {
    compiled = compilePolicy(raw);
    prepared.set(raw, compiled);
  }
  lastRaw = raw;
  lastCompiled = compiled;
  return compiled;
}

// A private object at first, so that no argument (not even `undefined`) matches before a policy does.
let lastRaw: unknown = {};
let lastCompiled: CompiledPolicy | undefined;

/** A region test as a reason names it: a country by its code, a group by its label. */
function regionName(test: RegionTest): string {
  return test.code ?? test.group.label;
}

/** A declared purpose's or category's label, or its id for a core one (whose labels the evaluator does not carry). */
function labelOf(declared: readonly { readonly id: string; readonly label: string }[] | undefined, id: string): string {
  return declared?.find((d) => d.id === id)?.label ?? id;
}
