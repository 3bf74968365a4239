import type { Plan, Visibility } from "../schema/types.js";
import { formatDay } from "../time/calendarDay.js";
import { PLANS, VISIBILITIES } from "../vocabulary/plans.js";
import { regionCodes } from "../vocabulary/regions.js";
import type { CompiledControl, CompiledGroup, CompiledPolicy, Moment, RegionTest } from "./compile.js";
import type { Need, Reason } from "./decision.js";
import type { NormalizedChoice, NormalizedQuestion } from "./normalizeQuestion.js";
import { labelOn } from "./reasons.js";

/**
 * Thrown (not as an `Error`: no stack is captured) when a check cannot be decided in the current world:
 * a missing input, or an undisclosed date. Each part is a change to apply to a copy of a world; the
 * evaluator decides every part separately and compares. Splits on inputs can be applied to any world
 * with the same inputs, which lets the evaluator split on inputs before it splits on undisclosed dates.
 *
 * @internal
 */
export class Branch {
  constructor(
    readonly parts: readonly { readonly label: string; readonly apply: (world: World) => void }[],
    /** The missing input the split is on; `null` for a split on an undisclosed date. */
    readonly need: Need | null,
    /** The reason to give when the parts disagree, for splits on undisclosed dates and refusable requests. */
    readonly reason: Reason | null,
    /**
     * Where the split sorts among the splits a world could make: from what is split on, never from
     * where in the policy it was met, so that the order of statements in a file changes nothing.
     */
    readonly order: readonly (number | string)[],
  ) {}

  /** Whether this split comes before `other`: splits on inputs first, then on undisclosed dates. */
  before(other: Branch): boolean {
    const a = this.order;
    const b = other.order;
    for (let i = 0; i < a.length && i < b.length; i++) {
      const x = a[i] as number | string;
      const y = b[i] as number | string;
      if (x !== y) return x < y;
    }
    return a.length < b.length;
  }

  /** The worlds of the parts, made from `world`. */
  worlds(world: World): World[] {
    return this.parts.map((part) => {
      const copy = world.fork();
      part.apply(copy);
      return copy;
    });
  }
}

type Outcome = "accepted" | "refused";
const OUTCOMES: readonly Outcome[] = ["accepted", "refused"];
const NEED_ORDER: Record<Need, number> = { region: 0, age: 1, plan: 2, "data.createdAt": 3, "data.visibility": 4, "optOut.outcome": 5, "choice.time": 6 };
const needOrder = (need: Need, ...rest: (number | string)[]) => [0, NEED_ORDER[need], ...rest];

function day(n: number): string {
  return formatDay(n);
}

/**
 * Everything that may still be unknown while deciding a question: missing inputs (as the values they may
 * take) and undisclosed dates (as the bounds they lie within). A world in which every check can be
 * decided gives one answer; a {@link Branch} splits a world into worlds that can.
 *
 * @internal
 */
export class World {
  ageLo: number;
  ageHi: number;
  createdLo: number;
  createdHi: number;
  regions: readonly string[] | null;
  plans: readonly Plan[];
  visibilities: readonly Visibility[];
  /** Possible outcomes per choice index, for choices whose outcome was not given. */
  outcomes: (readonly Outcome[] | undefined)[];
  varLo: number[];
  varHi: number[];
  /** For uncertain days compared with an unknown creation day: whether the day is on or before it. */
  createdRelation: (boolean | undefined)[];
  /** For days of opposite choices in an unknown order, by the run's first choice: whether an opt-out came last. */
  outLast: (boolean | undefined)[];

  constructor(
    readonly policy: CompiledPolicy,
    readonly q: NormalizedQuestion,
    source?: World,
  ) {
    if (source) {
      this.ageLo = source.ageLo;
      this.ageHi = source.ageHi;
      this.createdLo = source.createdLo;
      this.createdHi = source.createdHi;
      this.regions = source.regions;
      this.plans = source.plans;
      this.visibilities = source.visibilities;
      this.outcomes = source.outcomes.slice();
      this.varLo = source.varLo.slice();
      this.varHi = source.varHi.slice();
      this.createdRelation = source.createdRelation.slice();
      this.outLast = source.outLast.slice();
      this.reasons = source.reasons;
      return;
    }
    // A user whose age is not given is taken to meet the platform's minimum age (see MinimumAgeSchema).
    this.ageLo = q.age ?? policy.presumedAge;
    this.ageHi = q.age ?? 150;
    // Data used on a day exists on that day: an unknown creation day lies on or before it.
    this.createdLo = q.createdAt ?? -Infinity;
    this.createdHi = q.createdAt ?? q.at;
    this.regions = q.region === undefined ? null : [q.region];
    this.plans = q.plan === undefined ? PLANS : [q.plan];
    this.visibilities = q.visibility === undefined ? VISIBILITIES : [q.visibility];
    this.outcomes = [];
    this.varLo = policy.variables.map((v) => v.lo);
    this.varHi = policy.variables.map((v) => v.hi);
    this.createdRelation = [];
    this.outLast = [];
  }

  /** A copy that can be narrowed without changing this world. */
  fork(): World {
    return new World(this.policy, this.q, this);
  }

  /** The reasons of this question's undisclosed days, looked up once per world. */
  private reasons: ((v: number) => Reason) | undefined;

  /** The reason for a split on undisclosed day `v`. */
  private reasonOf(v: number): Reason {
    this.reasons ??= this.policy.variableReasons(this.q.purpose, this.q.category);
    return this.reasons(v);
  }

  /**
   * A split on the first (in a fixed order) of the given undisclosed days that is still open on day
   * `t`, or `undefined` if none is.
   */
  firstOpenVariable(variables: readonly number[], t: number): Branch | undefined {
    for (const v of variables) {
      if ((this.varLo[v] as number) <= t && t < (this.varHi[v] as number) && this.createdRelation[v] === undefined) {
        return this.splitVariable(v, t);
      }
    }
    return undefined;
  }

  private splitVariable(v: number, t: number): Branch {
    return new Branch(
      [
        {
          label: `the undisclosed date is on or before ${day(t)}`,
          apply: (w) => {
            w.varHi[v] = t;
          },
        },
        {
          label: `the undisclosed date is after ${day(t)}`,
          apply: (w) => {
            w.varLo[v] = t + 1;
          },
        },
      ],
      null,
      this.reasonOf(v),
      this.variableOrder(v, 0, t),
    );
  }

  /** Undisclosed days sort by their bounds (unique per variable), then by what is compared with them. */
  private variableOrder(v: number, kind: number, day: number): number[] {
    const variable = this.policy.variables[v] as { lo: number; hi: number };
    return [1, variable.lo, variable.hi, kind, day];
  }

  /** Whether the event at moment `m` had happened by day `t` (`m <= t`). */
  happenedBy(m: Moment, t: number): boolean {
    if (m.v < 0) return m.lo <= t;
    const relation = this.createdRelation[m.v];
    if (relation === true && t >= this.createdHi) return true;
    if (relation === false && t <= this.createdLo) return false;
    const lo = this.varLo[m.v] as number;
    const hi = this.varHi[m.v] as number;
    if (hi <= t) return true;
    if (lo > t) return false;
    throw this.splitVariable(m.v, t);
  }

  /** Whether the data was created on or after the moment `m` (`m <= createdAt`). */
  createdOnOrAfter(m: Moment): boolean {
    const cLo = this.createdLo;
    const cHi = this.createdHi;
    let xLo = m.lo;
    let xHi = m.hi;
    if (m.v >= 0) {
      const relation = this.createdRelation[m.v];
      if (relation !== undefined) return relation;
      xLo = this.varLo[m.v] as number;
      xHi = this.varHi[m.v] as number;
    }
    if (xHi <= cLo) return true;
    if (xLo > cHi) return false;
    // Split the creation day where the moment's bounds fall inside it.
    if (cLo < xLo) return this.splitCreated(xLo);
    if (xHi !== Infinity && cHi >= xHi && cLo < xHi) return this.splitCreated(xHi);
    // The creation day lies within the undisclosed date's bounds: either order is possible.
    throw new Branch(
      [
        {
          label: "the undisclosed date is on or before the data's creation",
          apply: (w) => {
            w.createdRelation[m.v] = true;
          },
        },
        {
          label: "the undisclosed date is after the data's creation",
          apply: (w) => {
            w.createdRelation[m.v] = false;
          },
        },
      ],
      null,
      this.reasonOf(m.v),
      this.variableOrder(m.v, 1, 0),
    );
  }

  private splitCreated(pivot: number): never {
    throw new Branch(
      [
        {
          label: `data created before ${day(pivot)}`,
          apply: (w) => {
            w.createdHi = Math.min(w.createdHi, pivot - 1);
          },
        },
        {
          label: `data created on or after ${day(pivot)}`,
          apply: (w) => {
            w.createdLo = Math.max(w.createdLo, pivot);
          },
        },
      ],
      "data.createdAt",
      null,
      needOrder("data.createdAt", pivot),
    );
  }

  /** Whether the data was created on or after an exact day. */
  createdOnOrAfterDay(d: number): boolean {
    if (this.createdLo >= d) return true;
    if (this.createdHi < d) return false;
    return this.splitCreated(d);
  }

  /** Whether the user's age is at least `k`. */
  ageAtLeast(k: number): boolean {
    if (this.ageLo >= k) return true;
    if (this.ageHi < k) return false;
    throw new Branch(
      [
        {
          // Below an age a question without one is not taken to be, the case is the range it covers.
          label: this.q.age === undefined && this.ageLo > 0 && this.ageLo === this.policy.presumedAge ? `age ${this.ageLo} to ${k - 1}` : `age under ${k}`,
          apply: (w) => {
            w.ageHi = Math.min(w.ageHi, k - 1);
          },
        },
        {
          label: `age ${k} or over`,
          apply: (w) => {
            w.ageLo = Math.max(w.ageLo, k);
          },
        },
      ],
      "age",
      null,
      needOrder("age", k),
    );
  }

  planIn(plans: readonly Plan[]): boolean {
    const inside = this.plans.filter((p) => plans.includes(p));
    if (inside.length === this.plans.length) return true;
    if (inside.length === 0) return false;
    const outside = this.plans.filter((p) => !plans.includes(p));
    throw new Branch(
      [
        {
          label: `plan is ${inside.join(" or ")}`,
          apply: (w) => {
            w.plans = w.plans.filter((p) => inside.includes(p));
          },
        },
        {
          label: `plan is ${outside.join(" or ")}`,
          apply: (w) => {
            w.plans = w.plans.filter((p) => outside.includes(p));
          },
        },
      ],
      "plan",
      null,
      needOrder("plan", inside.join(" ")),
    );
  }

  visibilityIs(visibility: Visibility): boolean {
    if (this.visibilities.length === 1) return this.visibilities[0] === visibility;
    const parts = this.visibilities.map((v) => ({
      label: `data is ${v}`,
      apply: (w: World) => {
        w.visibilities = [v];
      },
    }));
    throw new Branch(parts, "data.visibility", null, needOrder("data.visibility"));
  }

  /**
   * Whether, of the opposite choices made on one day in an order the question does not give, an
   * opt-out came last; `first` is the run's first choice.
   */
  outCameLast(first: NormalizedChoice): boolean {
    const known = this.outLast[first.index];
    if (known !== undefined) return known;
    const label = `“${labelOn(first.control, first.day)}” on ${day(first.day)}`;
    throw new Branch(
      [
        {
          label: `the last choice with ${label} was an opt-out`,
          apply: (w) => {
            w.outLast[first.index] = true;
          },
        },
        {
          label: `the last choice with ${label} was an opt-in`,
          apply: (w) => {
            w.outLast[first.index] = false;
          },
        },
      ],
      "choice.time",
      null,
      needOrder("choice.time", first.day, first.control.index),
    );
  }

  /** The outcome of a choice the platform may refuse. */
  outcome(choice: NormalizedChoice): Outcome {
    if (choice.outcome !== undefined) return choice.outcome;
    const possible = this.outcomes[choice.index] ?? OUTCOMES;
    if (possible.length === 1) return possible[0] as Outcome;
    const parts = possible.map((o) => ({
      label: `the request made on ${day(choice.day)} was ${o}`,
      apply: (w: World) => {
        w.outcomes[choice.index] = [o];
      },
    }));
    throw new Branch(parts, "optOut.outcome", choice.control.outcomeReason, needOrder("optOut.outcome", choice.index));
  }

  /**
   * Whether a choice made on day `d` with a control can count: `false` only when the policy records the
   * control as closed to the user then (not yet offered in their region, or withdrawn). Where that turns
   * on an undisclosed day, the user's choice is the evidence that it was open, so it counts; an unknown
   * region is split on, since the answer depends on it.
   */
  controlOpen(control: CompiledControl, d: number): boolean {
    const windows = control.availability;
    if (windows === null) return true;
    for (const w of windows) {
      if (this.tri(w.from, d) === 0 || this.tri(w.until, d) === 1) continue;
      if (w.include !== null && !w.include.some((test) => this.regionMaybe(test, d))) continue;
      if (w.exclude?.some((test) => !this.regionMaybe(test, d, true))) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether the user's region may be in `test` on day `d` (`inverse`: may be outside it), without
   * splitting on undisclosed membership days; an unknown region is split on.
   */
  private regionMaybe(test: RegionTest, d: number, inverse = false): boolean {
    const regions = this.regions;
    if (regions === null || regions.length !== 1) return this.regionIs(test, d) !== inverse;
    const code = regions[0] as string;
    const state = test.code !== undefined ? (test.code === code ? 1 : 0) : this.probeMember(test.group, code, d);
    return state === 2 || (state === 1) !== inverse;
  }

  /** Whether the user's region is in `test` on day `t`. */
  regionIs(test: RegionTest, t: number): boolean {
    const regions = this.regions;
    if (regions !== null && regions.length === 1) {
      const code = regions[0] as string;
      return test.code !== undefined ? test.code === code : this.memberOf(test.group, code, t);
    }
    // The region is unknown: split the possible regions by their answer to this test.
    const possible = regions ?? [...regionCodes()];
    const yes: string[] = [];
    const no: string[] = [];
    const maybe: string[] = [];
    for (const code of possible) {
      const state = test.code !== undefined ? (test.code === code ? 1 : 0) : this.probeMember(test.group, code, t);
      (state === 1 ? yes : state === 0 ? no : maybe).push(code);
    }
    if (maybe.length === 0 && no.length === 0) return true;
    if (maybe.length === 0 && yes.length === 0) return false;
    const label = test.code ?? test.group.label;
    const parts: { label: string; apply: (w: World) => void }[] = [];
    const add = (codes: string[], text: string) => {
      if (codes.length === 0) return;
      parts.push({
        label: text,
        apply: (w) => {
          w.regions = (w.regions ?? [...regionCodes()]).filter((c) => codes.includes(c));
        },
      });
    };
    add(yes, `region in ${label}`);
    add(no, `region not in ${label}`);
    // Regions whose membership turns on an undisclosed date are decided one by one.
    for (const code of maybe) add([code], `region is ${code}`);
    // At least two parts: one region alone is decided above, and all in one of yes or no returned.
    throw new Branch(parts, "region", null, needOrder("region", label, t));
  }

  /** Membership of a known region, splitting on undisclosed membership dates. */
  private memberOf(group: CompiledGroup, code: string, t: number): boolean {
    let undecided: { from: Moment; until: Moment } | undefined;
    for (const entry of group.entries) {
      const hit = entry.code !== undefined ? entry.code === code : this.memberOf(entry.group as CompiledGroup, code, t);
      if (!hit) continue;
      const started = this.tri(entry.from, t);
      const ended = this.tri(entry.until, t);
      if (started === 1 && ended === 0) return true;
      if (started !== 0 && ended !== 1) undecided ??= entry;
    }
    if (!undecided) return false;
    // Decide the membership's undisclosed start or end; after the split the entry is decided.
    return this.happenedBy(undecided.from, t) && !this.happenedBy(undecided.until, t);
  }

  /** Membership of a region without splitting: 1 yes, 0 no, 2 turns on an undisclosed date. */
  private probeMember(group: CompiledGroup, code: string, t: number): 0 | 1 | 2 {
    let result: 0 | 1 | 2 = 0;
    for (const entry of group.entries) {
      const hit = entry.code !== undefined ? (entry.code === code ? 1 : 0) : this.probeMember(entry.group as CompiledGroup, code, t);
      if (hit === 0) continue;
      const started = this.tri(entry.from, t);
      const ended = this.tri(entry.until, t);
      if (hit === 1 && started === 1 && ended === 0) return 1;
      if (started !== 0 && ended !== 1) result = 2;
    }
    return result;
  }

  /** Whether moment `m` had happened by day `t`, without splitting: 0 no, 1 yes, 2 undecided. */
  private tri(m: Moment, t: number): 0 | 1 | 2 {
    if (m.v < 0) return m.lo <= t ? 1 : 0;
    const lo = this.varLo[m.v] as number;
    const hi = this.varHi[m.v] as number;
    return hi <= t ? 1 : lo > t ? 0 : 2;
  }
}
