import { parseIsoDay, toDayNumber } from "../time/calendarDay.js";
import { PLANS, VISIBILITIES } from "../vocabulary/plans.js";
import { regionCodes } from "../vocabulary/regions.js";
import type {
  CompiledControl,
  CompiledDispute,
  CompiledGroup,
  CompiledLink,
  CompiledPolicy,
  CompiledScopeRule,
  CompiledStatement,
  Moment,
  RegionTest,
} from "./compile.js";
import type { Decision } from "./decision.js";
import type { NormalizedQuestion } from "./normalizeQuestion.js";
import type { Question } from "./question.js";
import { Branch, World } from "./world.js";

// The fast path answers questions without the general machinery. For each (purpose,
// category, region) asked, the days are cut once into epochs over which the statements that apply by
// day and by region do not change (for each way an undisclosed day still open could fall). A question
// then costs: reading its inputs, finding its epoch, and checking the few statements of that epoch
// against the user and the data, which gives each statement a small outcome code. The codes together
// key a decision that the general evaluator computed the first time that combination was seen, and
// that is shared (frozen) from then on: the fast path decides which decision applies, never what it
// says. A question may leave out the age, the plan, the data's visibility or its creation day: a
// statement that tests one is open (it applies for some of its values), which its code says, and the
// inputs left out key the decision too. Anything unusual (a choice whose effect turns on an input left
// out, more open days than it tries, a date given as a `Date`) goes to the general evaluator, which
// also gives every error message.

/** A statement that applies, by day and region, throughout an epoch. */
interface Entry {
  readonly s: CompiledStatement;
  /** Its disputes that apply throughout the epoch, with their index in the statement. */
  readonly disputes: readonly { readonly d: CompiledDispute; readonly index: number }[];
  /** Whether a fact about the user, the data or their choices can change its code. */
  readonly varies: boolean;
}

// Disputes alone do not make a code vary: without links both readings' codes are fixed by the
// statement, and the recipient that could exclude it keys the decision anyway.
function varies(s: CompiledStatement): boolean {
  return (
    s.ageAtLeast !== undefined ||
    s.ageBelow !== undefined ||
    s.minimumAge !== undefined ||
    s.plans !== null ||
    s.visibility !== undefined ||
    s.createdFrom !== null ||
    s.createdUntil !== null ||
    s.links !== null
  );
}

/** A decision the general path gave, and the outcome codes that key it. */
interface Memo {
  readonly codes: Uint8Array;
  /** The controls the question's choices were passed over for (made while closed), as bits. */
  readonly closed: number;
  /** With an open statement, the inputs the question left out (see `missing`), else 0. */
  readonly missing: number;
  readonly decision: Decision;
}

interface Epoch {
  /** Too many statements or open days: use the general path. */
  readonly general: boolean;
  /** Decisions keyed by the codes packed into one number, when there are few enough. */
  readonly packed: Map<number, Decision>;
  /** The same for questions with an open statement, their key led by the inputs left out. */
  readonly packedOpen: Map<number, Decision>;
  /** Undisclosed days open throughout the epoch (each could fall either side of it). */
  readonly openVars: readonly number[];
  /**
   * The statements that apply in each way the open days could fall (bit i: open day i has happened),
   * less those whose code is constant.
   */
  readonly worlds: readonly (readonly Entry[])[];
  /**
   * Per world, how many of its entries (the first ones) are not minimum ages: those come last, and are
   * read only for a user younger than `youngBelow`, the highest of them (0 for none). For everyone
   * else their codes are 0 whatever the question, so they neither cost a check nor key a decision.
   */
  readonly adultEntries: readonly number[];
  readonly youngBelow: number;
  readonly memo: Map<number, Memo[]>;
  /**
   * Per open day (as in `openVars`): the controls (as bits; -1 for all) that statements link in the
   * ways where that day has not come yet. A choice made while such a control's opening still turns on
   * that day was, in those ways, made while the control was closed.
   */
  readonly linkedBefore: readonly number[];
}

interface Plan {
  /** The first day of each epoch after the first (which starts at -Infinity). */
  readonly starts: readonly number[];
  /** Built on first ask, like the plan: a question needs one epoch, and a policy may have dozens. */
  readonly epochs: (Epoch | undefined)[];
  readonly purpose: string;
  readonly category: string;
  /** The region of the class, to build the epochs with. */
  readonly region: string;
  readonly candidates: ReturnType<CompiledPolicy["candidates"]>;
}

/** The fast path's state for one compiled policy. @internal */
export interface FastPath {
  readonly purposes: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, number>;
  /** One region of each class, to build its plans with. */
  readonly regionList: readonly string[];
  /**
   * The class of each upper-case two-letter code (regions every region test of the policy treats
   * alike), by (first letter × 26 + second); -1 for none.
   */
  readonly regionTable: Int16Array;
  /** By (purpose, category, region), built on first ask. */
  readonly plans: (Plan | undefined)[];
  /** By (control, region): when the control was open, for controls whose availability is recorded; built on first ask. */
  readonly openings: (Openings | undefined)[];
}

/** When a control was open to the users of one region class. */
interface Openings {
  /** The first day of each span after the first (which starts at -Infinity). */
  readonly starts: readonly number[];
  /** Per span: 1 open, 0 closed, 2 turns on an undisclosed day. */
  readonly open: Uint8Array;
  /**
   * Per span: the undisclosed days of the windows (and of their regions' memberships) that may fall
   * either side of it, or null. Whether a choice made then counted turns on them where the question
   * also splits on one of them; elsewhere the general path reads the control as it may have been open.
   */
  readonly vars: (readonly number[] | null)[];
}

const MAX_ENTRIES = 12;
const MAX_OPEN = 2; // undisclosed days open at once, per epoch and per question: up to 16 ways to try
const MAX_CODES = 256;
// Three links at most, so that every code stays below 32 (see ANSWER_OF): the catalogue's statements
// have at most three.
const MAX_LINKS = 3;
const MAX_CHOICES = 16;
const PLAN_SET: ReadonlySet<unknown> = new Set(PLANS);
const VISIBILITY_SET: ReadonlySet<unknown> = new Set(VISIBILITIES);

/** How each region's membership of a group is written, entry by entry with the days of each. */
function membershipByCode(group: CompiledGroup, memo: Map<CompiledGroup, Map<string, string>>): Map<string, string> {
  const known = memo.get(group);
  if (known) return known;
  const out = new Map<string, string>();
  memo.set(group, out);
  for (const entry of group.entries) {
    const { from, until } = entry;
    const days = `@${from.lo},${from.hi},${from.v}-${until.lo},${until.hi},${until.v};`;
    if (entry.code !== undefined) out.set(entry.code, `${out.get(entry.code) ?? ""}c${days}`);
    else for (const [code, inner] of membershipByCode(entry.group as CompiledGroup, memo)) out.set(code, `${out.get(code) ?? ""}(${inner})${days}`);
  }
  return out;
}

/** @internal */
export function createFastPath(policy: CompiledPolicy): FastPath {
  // Regions that every region test of the policy treats alike, on every day, share their plans (and
  // the decisions memoised in them): for most policies a few classes instead of 249 codes, so that
  // fewer plans are built and the few that are stay in the cache.
  const groups = new Set<CompiledGroup>();
  const named = new Set<string>();
  const addTest = (test: RegionTest) => {
    if (test.code !== undefined) named.add(test.code);
    else groups.add(test.group);
  };
  for (const s of policy.statements) {
    for (const test of [...(s.include ?? []), ...(s.exclude ?? []), ...s.disputes.flatMap((d) => [...(d.include ?? []), ...(d.exclude ?? [])])]) addTest(test);
  }
  // The regions the history covers, and controls' regions: a choice counts only where and when its
  // control was open.
  for (const test of [...(policy.coverageInclude ?? []), ...(policy.coverageExclude ?? [])]) addTest(test);
  for (const control of policy.controlList) {
    for (const w of control.availability ?? []) for (const test of [...(w.include ?? []), ...(w.exclude ?? [])]) addTest(test);
  }
  const memo = new Map<CompiledGroup, Map<string, string>>();
  const memberships = [...groups].map((group) => membershipByCode(group, memo));
  const classOf = new Map<string, number>();
  const regionList: string[] = [];
  const regions = new Map<string, number>();
  for (const code of regionCodes()) {
    const key = `${named.has(code) ? code : ""}|${memberships.map((m) => m.get(code) ?? "").join("|")}`;
    let index = classOf.get(key);
    if (index === undefined) {
      index = regionList.length;
      classOf.set(key, index);
      regionList.push(code);
    }
    regions.set(code, index);
  }
  regions.set("UK", regions.get("GB") as number);
  const regionTable = new Int16Array(26 * 26).fill(-1);
  for (const [code, index] of regions) regionTable[(code.charCodeAt(0) - 65) * 26 + (code.charCodeAt(1) - 65)] = index;
  const purposes = new Map([...policy.purposeAncestors.keys()].map((id, i) => [id, i]));
  const categories = new Map([...policy.categoryAncestors.keys()].map((id, i) => [id, i]));
  // Dense, so that a look-up is an indexed load.
  const plans = new Array<Plan | undefined>(purposes.size * categories.size * regionList.length).fill(undefined);
  const openings = new Array<Openings | undefined>(policy.controlList.length * regionList.length).fill(undefined);
  return { purposes, categories, regionList, regionTable, plans, openings };
}

function buildOpenings(policy: CompiledPolicy, control: CompiledControl, region: string): Openings {
  // The moments of the windows and of their regions' memberships: the spans' bounds, and the
  // undisclosed days each span may still turn on.
  const moments: Moment[] = [];
  for (const w of control.availability ?? []) {
    moments.push(w.from, w.until);
    testMoments(w.include, (m) => moments.push(m));
    testMoments(w.exclude, (m) => moments.push(m));
  }
  const days = new Set<number>();
  for (const m of moments) addMoment(days, m);
  const starts = [...days].sort((a, b) => a - b);
  const open = new Uint8Array(starts.length + 1);
  const vars: (readonly number[] | null)[] = [];
  for (let i = 0; i <= starts.length; i++) {
    const day = i === 0 ? (starts[0] ?? 0) - 1 : (starts[i - 1] as number);
    const undisclosed = [...new Set(moments.filter((m) => m.v >= 0 && m.lo <= day && day < m.hi).map((m) => m.v))];
    vars.push(undisclosed.length > 0 ? undisclosed : null);
    const q = { purpose: "", category: "", at: day, region, recipient: -1, choices: [], choiceCount: 0 } as unknown as NormalizedQuestion;
    try {
      open[i] = new World(policy, q).controlOpen(control, day) ? 1 : 0;
    } catch (error) {
      if (!(error instanceof Branch)) throw error;
      open[i] = 2;
    }
  }
  return { starts, open, vars };
}

/**
 * Whether a control was open to users of region class `r` on day `d`: 1 yes (or it may have been), 0
 * no, 2 undisclosed. The undisclosed days that may turn it are noted in `choiceVars`.
 */
function openOn(policy: CompiledPolicy, fast: FastPath, control: CompiledControl, r: number, d: number): number {
  if (control.availability === null) return 1;
  const slot = control.index * fast.regionList.length + r;
  let found = fast.openings[slot];
  if (found === undefined) {
    found = buildOpenings(policy, control, fast.regionList[r] as string);
    fast.openings[slot] = found;
  }
  const span = spanOf(found.starts, d);
  const vars = found.vars[span];
  // Only a choice made by the day of use can count, or not.
  if (vars && d <= at) {
    for (const v of vars) {
      if (choiceVarCount >= MAX_CHOICE_VARS) break;
      choiceVarControl[choiceVarCount] = control.index;
      choiceVars[choiceVarCount++] = v;
    }
  }
  return found.open[span] as number;
}

// The undisclosed days the question's choices' controls were open on turns on (see Openings.vars).
const MAX_CHOICE_VARS = 8;
const choiceVars = new Int32Array(MAX_CHOICE_VARS);
const choiceVarControl = new Int32Array(MAX_CHOICE_VARS);
let choiceVarCount = 0;

/** Which span of days `d` falls in: the number of span starts (after the first span's) on or before it. */
function spanOf(starts: readonly number[], d: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addMoment(days: Set<number>, m: { readonly lo: number; readonly hi: number }): void {
  if (Number.isFinite(m.lo)) days.add(m.lo);
  if (Number.isFinite(m.hi)) days.add(m.hi);
}

/** Calls `each` with the membership moments of every group the tests name, nested groups included. */
function testMoments(tests: readonly RegionTest[] | null, each: (m: Moment) => void): void {
  for (const test of tests ?? []) {
    if (!test.group) continue;
    const stack = [test.group];
    const seen = new Set(stack);
    while (stack.length > 0) {
      const group = stack.pop();
      for (const entry of group?.entries ?? []) {
        each(entry.from);
        each(entry.until);
        if (entry.group && !seen.has(entry.group)) {
          seen.add(entry.group);
          stack.push(entry.group);
        }
      }
    }
  }
}

function addTests(days: Set<number>, tests: readonly RegionTest[] | null): void {
  testMoments(tests, (m) => addMoment(days, m));
}

function buildPlan(policy: CompiledPolicy, purpose: string, category: string, region: string): Plan {
  const candidates = policy.candidates(purpose, category);
  const days = new Set<number>([policy.coverageFrom]);
  if (Number.isFinite(policy.coverageUntil)) days.add(policy.coverageUntil);
  // From the day after the last review, decisions carry its caveat.
  days.add(policy.lastReviewed + 1);
  addTests(days, policy.coverageInclude);
  addTests(days, policy.coverageExclude);
  for (const { statement: s } of candidates) {
    addMoment(days, s.from);
    addMoment(days, s.until);
    // The name a reason gives a control is the one it had on the day: a renaming starts an epoch.
    for (const link of s.links ?? []) {
      if (link.control.labels.length < 2) continue;
      for (const l of link.control.labels) {
        addMoment(days, l.from);
        addMoment(days, l.until);
      }
    }
    addTests(days, s.include);
    addTests(days, s.exclude);
    for (const d of s.disputes) {
      addMoment(days, d.from);
      addMoment(days, d.until);
      addTests(days, d.include);
      addTests(days, d.exclude);
    }
  }
  const starts = [...days].sort((a, b) => a - b);
  return { starts, epochs: new Array<Epoch | undefined>(starts.length + 1).fill(undefined), purpose, category, region, candidates };
}

const GENERAL: Epoch = {
  general: true,
  packed: new Map(),
  packedOpen: new Map(),
  openVars: [],
  worlds: [],
  adultEntries: [],
  youngBelow: 0,
  memo: new Map(),
  linkedBefore: [],
};

/**
 * Whether the history covers users of `region` on `day` (`coverage.regions`), or `undefined` when that
 * turns on an undisclosed day of a group's membership.
 */
function coversRegion(policy: CompiledPolicy, region: string, day: number): boolean | undefined {
  if (policy.coverageInclude === null && policy.coverageExclude === null) return true;
  const world = new World(policy, { purpose: "", category: "", at: day, region, recipient: -1, choices: [], choiceCount: 0 } as unknown as NormalizedQuestion);
  try {
    return (
      (policy.coverageInclude === null || policy.coverageInclude.some((t) => world.regionIs(t, day))) &&
      !(policy.coverageExclude ?? []).some((t) => world.regionIs(t, day))
    );
  } catch (error) {
    if (!(error instanceof Branch)) throw error;
    return undefined;
  }
}

/** Epoch `i` of a plan: the statements that apply throughout it, in each way its open days could fall. */
function buildEpoch(policy: CompiledPolicy, plan: Plan, i: number): Epoch {
  const { starts, purpose, category, region, candidates } = plan;
  const day = i === 0 ? (starts[0] ?? 0) - 1 : (starts[i - 1] as number);
  // Outside the coverage, by day or by region, every question has the same answer: one world where
  // nothing applies.
  const covered = coversRegion(policy, region, day);
  if (covered === undefined) return GENERAL;
  if (day < policy.coverageFrom || day >= policy.coverageUntil || !covered)
    return {
      general: false,
      packed: new Map(),
      packedOpen: new Map(),
      openVars: [],
      worlds: [[]],
      adultEntries: [0],
      youngBelow: 0,
      memo: new Map(),
      linkedBefore: [],
    };
  const categoryChain = policy.categoryAncestors.get(category) ?? [category];
  const q = { purpose, category, at: day, region, recipient: -1, choices: [], choiceCount: 0 } as unknown as NormalizedQuestion;
  // The undisclosed days this epoch's statements turn on that are still open on its days.
  const probe = new World(policy, q);
  const openVars = policy.candidateVariables(purpose, category).filter((v) => (probe.varLo[v] as number) <= day && day < (probe.varHi[v] as number));
  if (openVars.length > MAX_OPEN) return GENERAL;
  const worlds: Entry[][] = [];
  const adultEntries: number[] = [];
  let youngBelow = 0;
  for (let mask = 0; mask < 1 << openVars.length; mask++) {
    const world = new World(policy, q);
    openVars.forEach((v, bit) => {
      if (mask & (1 << bit)) world.varHi[v] = day;
      else world.varLo[v] = day + 1;
    });
    const regionMatches = (include: readonly RegionTest[] | null, exclude: readonly RegionTest[] | null) =>
      (include === null || include.some((t) => world.regionIs(t, day))) && !(exclude ?? []).some((t) => world.regionIs(t, day));
    try {
      const entries: Entry[] = [];
      for (const { statement: s } of candidates) {
        if (!world.happenedBy(s.from, day) || world.happenedBy(s.until, day) || !regionMatches(s.include, s.exclude)) continue;
        const disputes = s.disputes
          .map((d, index) => ({ d, index }))
          .filter(
            ({ d }) =>
              world.happenedBy(d.from, day) &&
              !world.happenedBy(d.until, day) &&
              (d.categories === null || categoryChain.some((c) => d.categories?.has(c))) &&
              regionMatches(d.include, d.exclude),
          );
        entries.push({ s, disputes, varies: varies(s) });
      }
      if (entries.length > MAX_ENTRIES) return GENERAL;
      // A statement whose code no fact can change has the same code for every question in this world
      // (given the recipient, which keys the decision too): only the others need checking per question.
      const varying = entries.filter((entry) => entry.varies);
      const adult = varying.filter((entry) => entry.s.minimumAge === undefined);
      adultEntries.push(adult.length);
      for (const entry of varying) if (entry.s.minimumAge !== undefined) youngBelow = Math.max(youngBelow, entry.s.minimumAge);
      worlds.push([...adult, ...varying.filter((entry) => entry.s.minimumAge !== undefined)]);
    } catch (error) {
      // A day the statements turn on that is not among the candidates' own (it should not happen).
      if (!(error instanceof Branch)) throw error;
      return GENERAL;
    }
  }
  const linkedBefore = openVars.map((_, bit) => {
    let controls = 0;
    worlds.forEach((entries, mask) => {
      if (mask & (1 << bit)) return;
      for (const entry of entries) for (const link of entry.s.links ?? []) controls |= link.control.index > 30 ? -1 : 1 << link.control.index;
    });
    return controls;
  });
  return { general: false, packed: new Map(), packedOpen: new Map(), openVars, worlds, adultEntries, youngBelow, memo: new Map(), linkedBefore };
}

// The question's inputs, read into slots reused by every call (the fast path allocates nothing).
let at = 0;
let age = -1;
let plan: string | undefined;
let visibility: string | undefined;
let created = Number.NaN;
let recipient = -1;
/** Whether the day of use was given with a time of day (a date-time, or a `Date`). */
let atTimed = false;
/** Whether a day was given with a time of day. */
const timed = (value: unknown): boolean => typeof value !== "string" || value.length !== 10;
let choiceCount = 0;
/** Bit i: a choice with control i, made by the day of use, was made while the control was closed. */
let closedMask = 0;
const choiceControl: number[] = [];
const choiceDay: number[] = [];
const choiceIn: boolean[] = [];
const choiceOutcome: (string | undefined)[] = [];

const UNDECIDED = -1;

/** Adds a choice, keeping the list in the order the general path sorts it: by day, opt-ins first. */
function addChoice(control: number, day: number, isIn: boolean, outcome: string | undefined): void {
  let i = choiceCount++;
  while (i > 0) {
    const prev = i - 1;
    const prevDay = choiceDay[prev] as number;
    if (prevDay < day || (prevDay === day && ((choiceIn[prev] as boolean) || !isIn))) break;
    choiceControl[i] = choiceControl[prev] as number;
    choiceDay[i] = choiceDay[prev] as number;
    choiceIn[i] = choiceIn[prev] as boolean;
    choiceOutcome[i] = choiceOutcome[prev];
    i = prev;
  }
  choiceControl[i] = control;
  choiceDay[i] = day;
  choiceIn[i] = isIn;
  choiceOutcome[i] = outcome;
}

// A choice made when its control was closed to the user is passed over by every statement, and the
// decision says so once per statement linked to the control: it is left out here, and the controls
// such choices were made with by the day of use key the decision too.
function readChoices(policy: CompiledPolicy, fast: FastPath, r: number, list: unknown, isIn: boolean): boolean {
  if (list === undefined) return true;
  if (!Array.isArray(list)) return false;
  for (const raw of list) {
    if (typeof raw !== "object" || raw === null || choiceCount >= MAX_CHOICES || !choiceFieldsKnown(raw)) return false;
    const { control, at: day, outcome } = raw as { control?: unknown; at?: unknown; outcome?: unknown };
    const compiled = typeof control === "string" ? policy.controls.get(control) : undefined;
    const d = dayOf(day);
    // A parent's choice turns on the user's age (see CompiledControl.parental): the general path's.
    if (compiled === undefined || d === undefined || compiled.parental) return false;
    if (outcome !== undefined && outcome !== "accepted" && outcome !== "refused") return false;
    if (atTimed && d === at && timed(day)) return false;
    if (compiled.availability !== null) {
      const open = openOn(policy, fast, compiled, r, d);
      if (open === 2 || choiceVarCount >= MAX_CHOICE_VARS) return false;
      if (open === 0) {
        if (compiled.index > 30) return false;
        if (d <= at) closedMask |= 1 << compiled.index;
        continue;
      }
    }
    // Opposite choices with one control on one day: their order (given by times, or not) is the general path's.
    for (let k = 0; k < choiceCount; k++) if (choiceControl[k] === compiled.index && choiceDay[k] === d && choiceIn[k] !== isIn) return false;
    addChoice(compiled.index, d, isIn, outcome);
  }
  return true;
}

// Whether each part of a question has only the fields it may have; a question with any other (a
// misspelt `optOut`) goes to the general path, which names it. Comparisons with literals, not a look-up
// in the lists of normalizeQuestion: most keys are the same interned strings, compared by identity.
function questionFieldsKnown(q: object): boolean {
  for (const k in q) if (k !== "purpose" && k !== "category" && k !== "at" && k !== "user" && k !== "data" && k !== "recipient") return false;
  return true;
}
function userFieldsKnown(u: object): boolean {
  for (const k in u) if (k !== "region" && k !== "age" && k !== "optOuts" && k !== "plan" && k !== "optIns") return false;
  return true;
}
function dataFieldsKnown(d: object): boolean {
  for (const k in d) if (k !== "createdAt" && k !== "visibility") return false;
  return true;
}
function choiceFieldsKnown(c: object): boolean {
  for (const k in c) if (k !== "control" && k !== "at" && k !== "outcome") return false;
  return true;
}

/**
 * A day of a question as the general path reads it (`toDayNumber`): `YYYY-MM-DD` directly, as most
 * are; a date-time or a `Date` too, so that a question asked with `new Date()` is not sent the slow way.
 */
function dayOf(value: unknown): number | undefined {
  return typeof value === "string" && value.length === 10 ? parseIsoDay(value) : toDayNumber(value);
}

/** Whether an event at `m` happened by day `d`: 1 yes, 0 no, -1 undisclosed. */
function by(m: Moment, d: number): number {
  if (m.hi <= d) return 1;
  if (m.lo > d) return 0;
  return UNDECIDED;
}

// Undisclosed days compared with the data's creation day, opened by this question, and what is assumed
// of each in the way being tried (bit i: the day is on or before the creation).
const dims = new Int32Array(MAX_OPEN);
let dimCount = 0;
let assumed = 0;
/** Set when a comparison needs an undisclosed day that is not yet among `dims`. */
let needVar = -1;

/** Whether the data was created on or after `m`: 1 yes, 0 no, -1 unknown (or a new open day). */
function createdOnOrAfter(m: Moment): number {
  if (Number.isNaN(created)) return UNDECIDED;
  const known = by(m, created);
  if (known !== UNDECIDED) return known;
  for (let i = 0; i < dimCount; i++) if (dims[i] === m.v) return assumed & (1 << i) ? 1 : 0;
  needVar = m.v;
  return UNDECIDED;
}

/** The scope for a choice made on day `d`, or undefined when it turns on an undisclosed day. */
function scopeOf(link: CompiledLink, override: readonly CompiledScopeRule[] | null, d: number) {
  const rules = override ?? link.scopes;
  if (rules !== null) {
    for (const rule of rules) {
      const from = by(rule.chosenFrom, d);
      const until = by(rule.chosenUntil, d);
      if (from === UNDECIDED || until === UNDECIDED) return undefined;
      if (from === 1 && until === 0) return rule.scope;
    }
  }
  return link.control.scope;
}

// Link states, ordered by strength as the general path orders them.
const ON = 0;
const OFF = 1;
const OPTED_OUT = 5;
const OPTED_IN = 4;
const ADVISORY = 3;
const REMOVAL = 2;
// An opt-in switched off later, by a switch that covers only newer data: still used, or unsaid.
const KEPT = 6;
const UNSAID = 7;
// A choice whose reach the sources leave unsaid (scope reach-undisclosed).
const REACH = 8;

function linkState(s: CompiledStatement, link: CompiledLink, override: readonly CompiledScopeRule[] | null): number {
  const control = link.control.index;
  let state = s.defaultOn ? ON : OFF;
  let withdrawn = false;
  let reachUnsaid = false;
  for (let i = choiceCount - 1; i >= 0; i--) {
    if (choiceControl[i] !== control) continue;
    const day = choiceDay[i] as number;
    if (day > at) continue;
    // A deletion concerns what existed when it was made (see CompiledControl.deletion).
    if (link.control.deletion) {
      if (Number.isNaN(created)) return UNDECIDED;
      if (created > day) continue;
    }
    if (s.defaultOn) {
      if (choiceIn[i]) break;
      const outcome = choiceOutcome[i];
      if (outcome === "refused") continue;
      if (outcome === undefined && link.control.mayBeRefused) return UNDECIDED;
      const scope = scopeOf(link, override, day);
      if (scope === undefined) return UNDECIDED;
      let reached: number;
      if (scope === "reach-undisclosed") reached = REACH;
      else if (scope === "new-data-only" || scope === "removal-requested" || scope === "earlier-data-undisclosed") {
        if (Number.isNaN(created)) return UNDECIDED;
        reached =
          created >= day ? (link.control.advisory ? ADVISORY : OPTED_OUT) : scope === "new-data-only" ? ON : scope === "removal-requested" ? REMOVAL : REACH;
      } else {
        reached = link.control.advisory ? ADVISORY : OPTED_OUT;
      }
      // Strength: opted out beats advisory and removal-requested, which beat on.
      if (reached === OPTED_OUT) return OPTED_OUT;
      if (reached !== ON && state === ON) state = reached;
    } else {
      if (!choiceIn[i]) {
        if (link.control.withdrawal === "future-only") break;
        if (Number.isNaN(created)) return UNDECIDED;
        if (created >= day) break;
        withdrawn = true;
        continue;
      }
      const scope = scopeOf(link, override, day);
      if (scope === undefined) return UNDECIDED;
      if (scope === "reach-undisclosed") {
        reachUnsaid = true;
        continue;
      }
      if (scope === "earlier-data-undisclosed") {
        if (Number.isNaN(created)) return UNDECIDED;
        if (created < day) {
          reachUnsaid = true;
          continue;
        }
      }
      if (scope === "new-data-only") {
        if (Number.isNaN(created)) return UNDECIDED;
        if (created < day) continue;
      }
      return !withdrawn ? OPTED_IN : link.control.withdrawal === "new-data-only" ? KEPT : UNSAID;
    }
  }
  return reachUnsaid ? REACH : state;
}

/** Added to the code of a statement open on an input the question leaves out (codes 32-63). */
const OPEN = 32;
/** Whether a statement of this question was open (see entryCode). */
let anyOpen = false;
/**
 * The inputs the question leaves out that a statement may test, as bits (1 age, 2 plan, 4 visibility,
 * 8 creation day): with the codes, they say which input each open statement turns on.
 */
let missing = 0;

// Outcome codes of one statement (each names the reasons the general path gives for it):
// 1 excluded, 2 unknown, 3 used, 4 used by default, 5+k opted out with link k, 9 not opted in,
// 10+k opted in with link k, 14+k advisory, 18+k removal requested, 22+k opted in and switched off
// for newer data only, 26+k the same where the policy leaves older data unsaid, 29+k a choice whose
// reach is unsaid (k below MAX_LINKS, so every code is below 32); 64 + 32 * dispute + code
// when a dispute applies and its reading answers differently; 32 + code for a statement that applies
// only for some values of an input the question leaves out (see entryCode). 0: the statement does not apply.
const ANSWER_OF = (code: number): number =>
  code === 1 || code === 9 || (code >= 5 && code <= 8) ? 0 : code === 3 || code === 4 || (code >= 10 && code <= 13) || (code >= 22 && code <= 25) ? 2 : 1;

function effectCode(s: CompiledStatement, effect: string, override: readonly CompiledScopeRule[] | null): number {
  if (effect === "not-used") return 1;
  if (effect === "unknown") return 2;
  const links = s.links;
  if (links === null) return 3;
  // An undisclosed default is tried both ways by the general path; such statements are rare.
  if (links.length > MAX_LINKS || s.defaultUndisclosed) return UNDECIDED;
  let soft = 0;
  let yes = 0;
  let kept = 0;
  let unsaid = 0;
  // A deletion against an opt-in with another control: the general path's (decideInWorld's useAnswerWith).
  if (!s.defaultOn) {
    for (let k = 0; k < links.length; k++) {
      const control = (links[k] as CompiledLink).control;
      if (!control.deletion) continue;
      for (let i = 0; i < choiceCount; i++) if (choiceControl[i] === control.index) return UNDECIDED;
    }
  }
  for (let k = 0; k < links.length; k++) {
    const state = linkState(s, links[k] as CompiledLink, override);
    if (state === UNDECIDED) return UNDECIDED;
    if (s.defaultOn) {
      if (state === OPTED_OUT) return 5 + k;
      if (soft === 0 && state === ADVISORY) soft = 14 + k;
      else if (soft === 0 && state === REMOVAL) soft = 18 + k;
      else if (soft === 0 && state === REACH) soft = 29 + k;
    } else if (state === OPTED_IN) {
      if (yes === 0) yes = 10 + k;
    } else if (state === KEPT) {
      if (kept === 0) kept = 22 + k;
    } else if (state === UNSAID && unsaid === 0) {
      unsaid = 26 + k;
    } else if (state === REACH && unsaid === 0) {
      unsaid = 29 + k;
    }
  }
  if (soft !== 0) return soft;
  if (s.defaultOn) return 4;
  return yes !== 0 ? yes : kept !== 0 ? kept : unsaid !== 0 ? unsaid : 9;
}

function entryCode(entry: Entry): number {
  const s = entry.s;
  if (recipient >= 0 && s.recipients !== null && !s.recipients.includes(recipient)) return 0;
  // A test on an input the question leaves out leaves the statement open: it applies for some of the
  // input's values. Every test on a given input is still made (one that fails settles it), and the
  // effect is coded as if it applied; the inputs left out key the decision too (see `missing`).
  let open = false;
  if (s.ageAtLeast !== undefined) {
    if (age < 0) open = true;
    else if (age < s.ageAtLeast) return 0;
  }
  if (s.ageBelow !== undefined) {
    if (age < 0) open = true;
    else if (age >= s.ageBelow) return 0;
  }
  if (s.minimumAge !== undefined && (age < 0 || age >= s.minimumAge)) return 0;
  if (s.plans !== null) {
    if (plan === undefined) open = true;
    else if (!s.plans.includes(plan as never)) return 0;
  }
  if (s.visibility !== undefined) {
    if (visibility === undefined) open = true;
    else if (visibility !== s.visibility) return 0;
  }
  // Without a creation day the data may have been created on any day up to the day of use, which is
  // not fixed within an epoch: where a statement's bound lies from that day is part of its code.
  if (s.createdFrom !== null) {
    const m = s.createdFrom;
    if (!Number.isNaN(created)) {
      const after = createdOnOrAfter(m);
      if (after === UNDECIDED) return UNDECIDED;
      if (after === 0) return 0;
    } else if (m.lo > at) return 0;
    else if (m.hi > at) return UNDECIDED;
    else open = true;
  }
  if (s.createdUntil !== null) {
    const m = s.createdUntil;
    if (!Number.isNaN(created)) {
      const after = createdOnOrAfter(m);
      if (after === UNDECIDED) return UNDECIDED;
      if (after === 1) return 0;
    } else if (m.hi <= at) open = true;
    else if (m.lo <= at) return UNDECIDED;
  }
  const main = effectCode(s, s.effect, null);
  if (main === UNDECIDED) return UNDECIDED;
  for (const { d, index } of entry.disputes) {
    const other = effectCode(s, d.dispute.reading.effect ?? s.effect, d.scopes);
    if (other === UNDECIDED) return UNDECIDED;
    // An open statement with a dispute that answers differently: the general path's (rare).
    if (ANSWER_OF(other) !== ANSWER_OF(main)) return index < 6 && !open ? 64 + 32 * index + main : UNDECIDED;
  }
  if (!open) return main;
  anyOpen = true;
  return OPEN + main;
}

/**
 * Answers a question from the prepared plans, or returns `undefined` for the general path.
 * `decide` computes (and this function then shares) the decision the first time a combination is seen.
 *
 * @internal
 */
export function evaluateFast(
  policy: CompiledPolicy,
  fast: FastPath,
  question: Question,
  decide: (policy: CompiledPolicy, question: Question) => Decision,
): Decision | undefined {
  if (typeof question !== "object" || question === null) return undefined;
  const p = fast.purposes.get(question.purpose);
  const c = fast.categories.get(question.category);
  const user = question.user;
  if (p === undefined || c === undefined || typeof user !== "object" || user === null) return undefined;
  if (!questionFieldsKnown(question) || !userFieldsKnown(user)) return undefined;
  const region = user.region;
  if (typeof region !== "string" || region.length !== 2) return undefined;
  // An indexed load rather than a hash look-up; lower case is read as upper case, as the general path
  // reads it (normalizeRegionCode), and anything else that is not a letter goes there.
  let hi0 = region.charCodeAt(0) - 65;
  let lo0 = region.charCodeAt(1) - 65;
  if (hi0 >>> 0 > 25) hi0 -= 32;
  if (lo0 >>> 0 > 25) lo0 -= 32;
  if (hi0 >>> 0 > 25 || lo0 >>> 0 > 25) return undefined;
  const r = fast.regionTable[hi0 * 26 + lo0] as number;
  if (r < 0) return undefined;
  const day = dayOf(question.at);
  if (day === undefined) return undefined;
  at = day;
  // A use with a time of day: a choice or a creation that day with its own time goes to the general path, which orders them.
  atTimed = typeof question.at !== "string" || question.at.length !== 10;
  const userAge = user.age;
  if (userAge === undefined) age = -1;
  else if (typeof userAge === "number" && Number.isInteger(userAge) && userAge >= 0 && userAge <= 150) age = userAge;
  else return undefined;
  plan = user.plan;
  if (plan !== undefined && !PLAN_SET.has(plan)) return undefined;
  const data = question.data;
  created = Number.NaN;
  visibility = undefined;
  if (data !== undefined) {
    if (typeof data !== "object" || data === null || !dataFieldsKnown(data)) return undefined;
    if (data.createdAt !== undefined) {
      const d = dayOf(data.createdAt);
      if (d === undefined || d > at || (atTimed && d === at && timed(data.createdAt))) return undefined;
      created = d;
    }
    visibility = data.visibility;
    if (visibility !== undefined && !VISIBILITY_SET.has(visibility)) return undefined;
  }
  if (question.recipient === undefined) recipient = -1;
  else {
    const index = typeof question.recipient === "string" ? policy.recipientIndex.get(question.recipient) : undefined;
    if (index === undefined) return undefined;
    recipient = index;
  }
  choiceCount = 0;
  closedMask = 0;
  choiceVarCount = 0;
  anyOpen = false;
  missing = (age < 0 ? 1 : 0) | (plan === undefined ? 2 : 0) | (visibility === undefined ? 4 : 0) | (Number.isNaN(created) ? 8 : 0);
  if (!readChoices(policy, fast, r, user.optOuts, false) || !readChoices(policy, fast, r, user.optIns, true)) return undefined;

  const slot = (p * fast.categories.size + c) * fast.regionList.length + r;
  let found = fast.plans[slot];
  if (found === undefined) {
    found = buildPlan(policy, question.purpose, question.category, fast.regionList[r] as string);
    fast.plans[slot] = found;
  }
  const span = spanOf(found.starts, at);
  let epoch = found.epochs[span];
  if (epoch === undefined) {
    epoch = buildEpoch(policy, found, span);
    found.epochs[span] = epoch;
  }
  if (epoch.general) return undefined;

  // Outcome codes for every way the open days could fall; a comparison with the creation day that turns
  // on an undisclosed day opens it too, and everything is tried again.
  dimCount = 0;
  let count = 0;
  const worlds = epoch.worlds;
  const young = age >= 0 && age < epoch.youngBelow;
  // Most questions first: one way the days fall, and no comparison that opens another (at most
  // MAX_ENTRIES codes, so within MAX_CODES).
  let settled = worlds.length === 1;
  if (settled) {
    const entries = worlds[0] as readonly Entry[];
    const n = young ? entries.length : (epoch.adultEntries[0] as number);
    assumed = 0;
    for (let e = 0; e < n; e++) {
      const code = entryCode(entries[e] as Entry);
      if (code === UNDECIDED) {
        settled = false;
        break;
      }
      codes[count++] = code;
    }
  }
  while (!settled) {
    count = 0;
    needVar = -1;
    let complete = true;
    for (let w = 0; w < worlds.length && complete; w++) {
      const entries = worlds[w] as readonly Entry[];
      const n = young ? entries.length : (epoch.adultEntries[w] as number);
      for (assumed = 0; assumed < 1 << dimCount && complete; assumed++) {
        for (let e = 0; e < n; e++) {
          const code = entryCode(entries[e] as Entry);
          if (code === UNDECIDED) {
            complete = false;
            break;
          }
          if (count >= MAX_CODES) return undefined;
          codes[count++] = code;
        }
      }
    }
    if (complete) settled = true;
    else if (needVar < 0 || dimCount >= MAX_OPEN || epoch.openVars.includes(needVar)) return undefined;
    else dims[dimCount++] = needVar;
  }
  // A choice made on a day its control's opening turns on an undisclosed day that this question also
  // splits on: in one of the ways the day could fall the choice was made while closed, which the
  // general path finds and says.
  for (let i = 0; i < choiceVarCount; i++) {
    const v = choiceVars[i] as number;
    const bit = epoch.openVars.indexOf(v);
    const control = choiceVarControl[i] as number;
    if (bit >= 0 && ((epoch.linkedBefore[bit] as number) & (control > 30 ? -1 : 1 << control)) !== 0) return undefined;
    for (let k = 0; k < dimCount; k++) if (dims[k] === v) return undefined;
  }
  // Few codes and no open day: the codes packed into one number key the decision directly. A user
  // younger than a minimum age has more codes than the epoch's others (see Epoch.adultEntries), which
  // a packed key would not tell apart from a recipient: such keys are compared in full, below. With an
  // open statement the inputs left out lead the key (four bits more, so one code fewer fits), in a map
  // of their own.
  if (dimCount === 0 && count <= (anyOpen ? 5 : 6) && recipient < 30 && closedMask === 0 && !young) {
    let key = anyOpen ? (recipient + 1) * 16 + missing : recipient + 1;
    for (let i = 0; i < count; i++) key = key * 256 + (codes[i] as number);
    const map = anyOpen ? epoch.packedOpen : epoch.packed;
    let decision = map.get(key);
    if (decision === undefined) {
      decision = freeze(decide(policy, question));
      map.set(key, decision);
    }
    return decision;
  }
  // Otherwise the key is the recipient asked about, the open days this question opened, then the codes
  // (and, with an open statement, the inputs left out); rows with the same hash are compared in full.
  const left = anyOpen ? missing : 0;
  let hash = (((recipient + 1) * 64 + dimCount) ^ closedMask) + left * 0x1000003;
  for (let i = 0; i < dimCount; i++) hash = (Math.imul(hash, 31) + (dims[i] as number) + 1) | 0;
  for (let i = 0; i < count; i++) hash = (Math.imul(hash, 31) + (codes[i] as number)) | 0;
  const rows = epoch.memo.get(hash);
  if (rows) {
    for (const row of rows) if (row.closed === closedMask && row.missing === left && matches(row.codes, count)) return row.decision;
  }
  const decision = freeze(decide(policy, question));
  const stored = new Uint8Array(2 + dimCount * 2 + count);
  stored[0] = recipient + 1;
  stored[1] = dimCount;
  for (let i = 0; i < dimCount; i++) {
    stored[2 + 2 * i] = (dims[i] as number) & 0xff;
    stored[3 + 2 * i] = (dims[i] as number) >> 8;
  }
  stored.set(codes.subarray(0, count), 2 + dimCount * 2);
  const row = { codes: stored, closed: closedMask, missing: left, decision };
  if (rows) rows.push(row);
  else epoch.memo.set(hash, [row]);
  return decision;
}

const codes = new Uint8Array(MAX_CODES);

function matches(row: Uint8Array, count: number): boolean {
  const offset = 2 + dimCount * 2;
  if (row[0] !== recipient + 1 || row[1] !== dimCount || row.length !== offset + count) return false;
  for (let i = 0; i < dimCount; i++) {
    const v = dims[i] as number;
    if (row[2 + 2 * i] !== (v & 0xff) || row[3 + 2 * i] !== v >> 8) return false;
  }
  for (let i = 0; i < count; i++) if (row[offset + i] !== codes[i]) return false;
  return true;
}

/** Freezes a decision and its lists, so that it can be shared between calls. @internal */
export function freeze(decision: Decision): Decision {
  Object.freeze(decision.reasons);
  Object.freeze(decision.needs);
  if (decision.cases) Object.freeze(decision.cases);
  return Object.freeze(decision);
}
