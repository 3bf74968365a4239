import { parseIsoDay } from "../time/calendarDay.js";
import { didYouMean, showValue } from "../util/suggest.js";
import { CORE_CATEGORY_IDS } from "../vocabulary/categories.js";
import { CORE_PURPOSE_IDS } from "../vocabulary/purposes.js";
import { BUILT_IN_REGION_GROUPS } from "../vocabulary/regionGroups.js";
import { normalizeRegionCode } from "../vocabulary/regions.js";
import type { PolicyIssue, PolicyIssueCode } from "./PolicyIssue.js";

// The checks JSON Schema cannot express: identifiers, references, intervals, sources, consistency. They
// read the document defensively (a value of the wrong type is skipped: the structural check reports it),
// so that a document with structural problems still gets all its other problems reported at once.

type Path = readonly (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
/**
 * Whether the document being checked is `JSON.parse`'s, and nothing has been added to
 * `Object.prototype`: then every object in it has only its own data properties over a prototype that
 * has none of the keys read here, and a plain read is an own read, without the cost of `Object.hasOwn`.
 */
let plainJson = false;
const own = (o: Obj, key: string): unknown => (plainJson || Object.hasOwn(o, key) ? o[key] : undefined);

/** What `Object.prototype` has of its own in every engine: none of them is a key the checks read. */
const STANDARD_PROTOTYPE = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

const prototypeIsStandard = (): boolean =>
  Object.getOwnPropertyNames(Object.prototype).every((name) => STANDARD_PROTOTYPE.has(name)) && Object.getOwnPropertySymbols(Object.prototype).length === 0;

/** A day boundary as numbers: exact (lo = hi) or uncertain; undefined when malformed. */
function bounds(v: unknown): { lo: number; hi: number } | undefined {
  if (typeof v === "string") {
    const d = parseIsoDay(v);
    return d === undefined ? undefined : { lo: d, hi: d };
  }
  if (!isObj(v)) return undefined;
  const e = str(own(v, "earliest"));
  const l = str(own(v, "latest"));
  const lo = e === undefined ? -Infinity : parseIsoDay(e);
  const hi = l === undefined ? Infinity : parseIsoDay(l);
  if (lo === undefined || hi === undefined) return undefined;
  return { lo, hi };
}

const QUOTE_WORDS = 60;

/** `base` with up to two more segments. */
const extend = (base: Path, a?: string | number, b?: string | number): Path => (a === undefined ? base : b === undefined ? [...base, a] : [...base, a, b]);

/**
 * Checks what the schema cannot: ids, references, intervals, sources and consistency.
 *
 * @internal
 */
export function lintPolicy(doc: unknown, parsedFromJson = false): PolicyIssue[] {
  plainJson = parsedFromJson && prototypeIsStandard();
  try {
    return lintDocument(doc);
  } finally {
    plainJson = false;
  }
}

function lintDocument(doc: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (code: PolicyIssueCode, message: string, path: Path, value?: unknown, severity: "error" | "warning" = "error") => {
    issues.push(value === undefined ? { code, severity, message, path } : { code, severity, message, path, value: showValue(value) });
  };
  if (!isObj(doc)) return issues;

  /** Collects ids, reporting duplicates. */
  const ids = (key: string, what: string): Map<string, number> => {
    const seen = new Map<string, number>();
    arr(own(doc, key)).forEach((item, i) => {
      const id = isObj(item) ? str(own(item, "id")) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined)
        add("duplicate_id", `${what} id ${JSON.stringify(id)} is already used by ${key}[${first}]; ids must be unique`, [key, i, "id"], id);
      else seen.set(id, i);
    });
    return seen;
  };
  const sources = ids("sources", "source");
  ids("statements", "statement");
  const controls = ids("controls", "control");
  const recipients = ids("recipients", "recipient");
  const groups = ids("regionGroups", "region group");
  const purposeDefs = ids("purposes", "purpose");
  const categoryDefs = ids("categories", "category");

  // Purposes and categories: the core ones and the declared ones, whose parents must exist without cycles.
  const purposeIds = new Set<string>([...CORE_PURPOSE_IDS, ...purposeDefs.keys()]);
  const categoryIds = new Set<string>([...CORE_CATEGORY_IDS, ...categoryDefs.keys()]);
  const checkTaxonomy = (key: string, core: readonly string[], known: Set<string>, what: string) => {
    const parents = new Map<string, string | undefined>();
    arr(own(doc, key)).forEach((item, i) => {
      if (!isObj(item)) return;
      const id = str(own(item, "id"));
      const parent = str(own(item, "parent"));
      if (id !== undefined && core.includes(id))
        add("duplicate_id", `${JSON.stringify(id)} is already a core ${what}; declare only new ones`, [key, i, "id"], id);
      if (parent !== undefined && !known.has(parent))
        add("unknown_reference", `unknown parent ${what} ${JSON.stringify(parent)}${didYouMean(parent, known)}`, [key, i, "parent"], parent);
      if (id !== undefined) parents.set(id, parent);
    });
    arr(own(doc, key)).forEach((item, i) => {
      const id = isObj(item) ? str(own(item, "id")) : undefined;
      if (id === undefined) return;
      const chain = new Set([id]);
      for (let p = parents.get(id); p !== undefined; p = parents.get(p)) {
        if (chain.has(p)) {
          add("reference_cycle", `${what} ${JSON.stringify(id)} is its own ancestor`, [key, i, "parent"], id);
          break;
        }
        chain.add(p);
      }
    });
  };
  checkTaxonomy("purposes", CORE_PURPOSE_IDS, purposeIds, "purpose");
  checkTaxonomy("categories", CORE_CATEGORY_IDS, categoryIds, "category");

  const checkIds = (list: unknown, known: Set<string>, what: string, path: Path) => {
    arr(list).forEach((id, i) => {
      if (typeof id === "string" && !known.has(id))
        add("unknown_reference", `unknown ${what} ${JSON.stringify(id)}${didYouMean(id, known)} (known: ${[...known].join(", ")})`, [...path, i], id);
    });
  };

  // Sources: at least one date; citations must name a listed source.
  arr(own(doc, "sources")).forEach((source, i) => {
    if (!isObj(source)) return;
    if (own(source, "published") === undefined && own(source, "captured") === undefined && own(source, "accessed") === undefined) {
      add("source_without_date", "a source needs a date: published, captured or accessed", ["sources", i]);
    }
  });
  const checkCitations = (list: unknown, path: Path, confidence?: unknown) => {
    // The sources cited are collected only when they are counted.
    const cited = confidence === "low" ? new Set<string>() : undefined;
    arr(list).forEach((citation, i) => {
      if (!isObj(citation)) return;
      const id = str(own(citation, "source"));
      if (id !== undefined) {
        cited?.add(id);
        if (!sources.has(id))
          add(
            "unknown_reference",
            `no source with id ${JSON.stringify(id)}${didYouMean(id, sources.keys())}; list it in "sources"`,
            [...path, i, "source"],
            id,
          );
      }
      // Words are counted only for quotes long enough to have too many (about five characters a word).
      const quote = str(own(citation, "quote"));
      const words = quote !== undefined && quote.length > QUOTE_WORDS * 5 ? quote.trim().split(/\s+/).length : 0;
      if (words > QUOTE_WORDS) {
        add("long_quote", `a quote of ${words} words; quote the words that carry the fact (under about 40)`, [...path, i, "quote"], undefined, "warning");
      }
    });
    if (cited !== undefined && cited.size < 2) {
      add("weak_source", "low confidence with a single source: add a second source, or say in a note why there is none", path, undefined, "warning");
    }
  };

  // Region references: ISO codes (or UK), built-in groups, the policy's groups.
  const builtIn = new Set(BUILT_IN_REGION_GROUPS.map((g) => g.id));
  const regionNames = [...builtIn, ...groups.keys()];
  // Paths are made only for a problem found: `base` and up to two segments more.
  const checkRegion = (ref: unknown, base: Path, a?: string | number, b?: string | number) => {
    if (typeof ref !== "string") return;
    if (ref.length === 2 && ref !== "EU") {
      const code = normalizeRegionCode(ref);
      if (code !== undefined && ref !== code) {
        add("unknown_region", `${JSON.stringify(ref)} is not how the code is written; did you mean "${code}"?`, extend(base, a, b), ref);
      } else if (code === undefined) {
        // Every two-letter string is close to some code: suggest the rule rather than a code.
        add(
          "unknown_region",
          `${JSON.stringify(ref)} is not an ISO 3166-1 alpha-2 code or a known region group (codes are two capital letters, such as DE, GB or US; groups: ${regionNames.join(", ")})`,
          extend(base, a, b),
          ref,
        );
      }
      return;
    }
    if (!builtIn.has(ref) && !groups.has(ref)) {
      add(
        "unknown_region",
        `${JSON.stringify(ref)} is not an ISO 3166-1 alpha-2 code or a known region group${didYouMean(ref, regionNames)} (groups: ${regionNames.join(", ")})`,
        extend(base, a, b),
        ref,
      );
    }
  };
  const checkRegionCondition = (cond: unknown, path: Path) => {
    if (!isObj(cond)) return;
    const include = arr(own(cond, "include"));
    for (let i = 0; i < include.length; i++) checkRegion(include[i], path, "include", i);
    const exclude = arr(own(cond, "exclude"));
    for (let i = 0; i < exclude.length; i++) checkRegion(exclude[i], path, "exclude", i);
  };

  // Intervals: uncertain days need ordered bounds; from must come before until.
  const checkDay = (v: unknown, base: Path, key: string) => {
    if (!isObj(v)) return;
    const e = str(own(v, "earliest"));
    const l = str(own(v, "latest"));
    if (e === undefined && l === undefined) add("invalid_uncertain_day", 'an uncertain day needs "earliest", "latest" or both', extend(base, key));
    else if (e !== undefined && l !== undefined && e > l) add("invalid_uncertain_day", `earliest (${e}) is after latest (${l})`, extend(base, key), v);
    else if (e !== undefined && e === l)
      add("invalid_uncertain_day", `earliest and latest are the same day (${e}); write the day itself`, extend(base, key), v, "warning");
  };
  const checkInterval = (o: Obj, fromKey: string, untilKey: string, path: Path) => {
    const from = own(o, fromKey);
    const until = own(o, untilKey);
    checkDay(from, path, fromKey);
    checkDay(until, path, untilKey);
    const f = bounds(from);
    const u = bounds(until);
    if (f && u && !(f.lo < u.hi)) {
      add("invalid_interval", `${untilKey} must be after ${fromKey}: the interval is empty`, [...path, untilKey], until);
    } else if (f && u && f.hi > u.lo && (f.hi !== Infinity || u.lo !== -Infinity)) {
      // Possible but worth a look: the uncertain ends overlap.
      if (f.hi >= u.hi && f.lo >= u.lo) add("invalid_interval", `${untilKey} may come before ${fromKey}`, [...path, untilKey], until, "warning");
    }
  };

  // Coverage and review.
  const coverage = own(doc, "coverage");
  if (isObj(coverage)) checkInterval(coverage, "from", "until", ["coverage"]);
  const coverageFrom = isObj(coverage) ? str(own(coverage, "from")) : undefined;
  const reviewed = str(own(doc, "lastReviewed"));
  if (coverageFrom && reviewed && reviewed < coverageFrom)
    add("invalid_interval", `lastReviewed (${reviewed}) is before the coverage starts (${coverageFrom})`, ["lastReviewed"], reviewed);

  const regionBasis = own(doc, "regionBasis");
  if (isObj(regionBasis)) checkCitations(own(regionBasis, "sources"), ["regionBasis", "sources"]);

  // Region groups: ids that cannot be mistaken for codes; members that exist; no cycles.
  const members = new Map<string, string[]>();
  arr(own(doc, "regionGroups")).forEach((group, i) => {
    if (!isObj(group)) return;
    const id = str(own(group, "id"));
    if (id !== undefined && builtIn.has(id.toUpperCase()))
      add("duplicate_id", `${JSON.stringify(id)} is a built-in region group`, ["regionGroups", i, "id"], id);
    const list: string[] = [];
    arr(own(group, "members")).forEach((member, j) => {
      if (!isObj(member)) return;
      const ref = own(member, "member");
      checkRegion(ref, ["regionGroups", i, "members", j, "member"]);
      if (typeof ref === "string") list.push(ref);
      checkInterval(member, "from", "until", ["regionGroups", i, "members", j]);
    });
    if (id !== undefined) members.set(id, list);
    checkCitations(own(group, "sources"), ["regionGroups", i, "sources"]);
  });
  arr(own(doc, "regionGroups")).forEach((group, i) => {
    const id = isObj(group) ? str(own(group, "id")) : undefined;
    if (id === undefined) return;
    const seen = new Set<string>();
    const visit = (g: string): boolean => {
      if (g === id && seen.size > 0) return true;
      if (seen.has(g)) return false;
      seen.add(g);
      return (members.get(g) ?? []).some(visit);
    };
    if (visit(id)) add("reference_cycle", `region group ${JSON.stringify(id)} contains itself`, ["regionGroups", i, "members"]);
  });

  // Recipients: exactly one is the platform; the others need sources.
  const platforms: number[] = [];
  arr(own(doc, "recipients")).forEach((recipient, i) => {
    if (!isObj(recipient)) return;
    if (own(recipient, "kind") === "platform") platforms.push(i);
    else if (own(recipient, "sources") === undefined)
      add("recipient_without_source", "every recipient but the platform itself needs sources", ["recipients", i]);
    checkCitations(own(recipient, "sources"), ["recipients", i, "sources"]);
  });
  if (isObj(doc) && Array.isArray(own(doc, "recipients"))) {
    if (platforms.length === 0) add("platform_recipient", 'one recipient must be the platform itself (kind "platform")', ["recipients"]);
    for (const i of platforms.slice(1)) add("platform_recipient", 'only one recipient can be of kind "platform"', ["recipients", i, "kind"], "platform");
  }

  // Controls.
  const controlPurposes = new Map<string, Set<string>>();
  arr(own(doc, "controls")).forEach((control, i) => {
    if (!isObj(control)) return;
    checkIds(own(control, "purposes"), purposeIds, "purpose", ["controls", i, "purposes"]);
    const id = str(own(control, "id"));
    if (id !== undefined) controlPurposes.set(id, new Set(arr(own(control, "purposes")).filter((p): p is string => typeof p === "string")));
    arr(own(control, "labels")).forEach((label, j) => {
      if (!isObj(label)) return;
      checkInterval(label, "from", "until", ["controls", i, "labels", j]);
      checkCitations(own(label, "sources"), ["controls", i, "labels", j, "sources"]);
    });
    arr(own(control, "availability")).forEach((window, j) => {
      if (!isObj(window)) return;
      checkInterval(window, "from", "until", ["controls", i, "availability", j]);
      checkRegionCondition(own(window, "regions"), ["controls", i, "availability", j, "regions"]);
      checkCitations(own(window, "sources"), ["controls", i, "availability", j, "sources"]);
    });
    checkCitations(own(control, "sources"), ["controls", i, "sources"]);
  });

  const checkScopes = (list: unknown, path: Path) => {
    arr(list).forEach((rule, k) => {
      if (isObj(rule)) checkInterval(rule, "chosenFrom", "chosenUntil", [...path, k]);
    });
  };

  // Statements.
  const recipientIds = new Set(recipients.keys());
  const statements = arr(own(doc, "statements"));
  // Controls some statement needs an opt-in with: only they can be switched off "again".
  const optIns = new Set<string>();
  statements.forEach((statement, i) => {
    if (!isObj(statement)) return;
    const path = ["statements", i];
    const effect = own(statement, "effect");
    const purposes = arr(own(statement, "purposes")).filter((p): p is string => typeof p === "string");
    checkIds(own(statement, "purposes"), purposeIds, "purpose", [...path, "purposes"]);
    checkIds(own(statement, "categories"), categoryIds, "category", [...path, "categories"]);
    checkIds(own(statement, "recipients"), recipientIds, "recipient", [...path, "recipients"]);
    checkRegionCondition(own(statement, "regions"), [...path, "regions"]);
    checkInterval(statement, "from", "until", path);
    const data = own(statement, "data");
    if (isObj(data)) checkInterval(data, "createdFrom", "createdUntil", [...path, "data"]);
    const age = own(statement, "age");
    if (
      isObj(age) &&
      typeof own(age, "atLeast") === "number" &&
      typeof own(age, "below") === "number" &&
      (own(age, "atLeast") as number) >= (own(age, "below") as number)
    ) {
      add("invalid_interval", "age.below must be greater than age.atLeast: no age matches", [...path, "age"], age);
    }
    if (effect === "unknown" && own(statement, "unknownBecause") === undefined) {
      add("unknown_without_reason", 'an unknown statement needs "unknownBecause": undisclosed, ambiguous, disputed or unverified', path);
    }
    if (effect !== "unknown" && effect !== undefined && own(statement, "unknownBecause") !== undefined) {
      add(
        "reason_without_unknown",
        `"unknownBecause" applies only to statements whose effect is "unknown"`,
        [...path, "unknownBecause"],
        own(statement, "unknownBecause"),
      );
    }
    const consent = own(statement, "consent");
    if (consent !== undefined && effect !== "used" && effect !== undefined) {
      add("consent_on_non_use", `only a "used" statement has a consent model; this one is ${JSON.stringify(effect)}`, [...path, "consent"]);
    }
    if (isObj(consent)) {
      arr(own(consent, "controls")).forEach((link, j) => {
        if (!isObj(link)) return;
        const id = str(own(link, "control"));
        if (id !== undefined && own(consent, "default") === "off") optIns.add(id);
        if (id !== undefined && !controls.has(id)) {
          add(
            "unknown_reference",
            `unknown control ${JSON.stringify(id)}${didYouMean(id, controls.keys())}; define it in "controls"`,
            [...path, "consent", "controls", j, "control"],
            id,
          );
        } else if (id !== undefined) {
          const covers = controlPurposes.get(id) ?? new Set();
          if (!purposes.some((p) => covers.has(p))) {
            add(
              "control_does_not_cover",
              `control ${JSON.stringify(id)} covers ${[...covers].join(", ")}, none of this statement's purposes (${purposes.join(", ")})`,
              [...path, "consent", "controls", j, "control"],
              id,
            );
          }
        }
        checkScopes(own(link, "scopes"), [...path, "consent", "controls", j, "scopes"]);
      });
    }
    const disputeIds = new Map<string, number>();
    arr(own(statement, "disputes")).forEach((dispute, j) => {
      if (!isObj(dispute)) return;
      const dpath = [...path, "disputes", j];
      const id = str(own(dispute, "id"));
      if (id !== undefined) {
        if (disputeIds.has(id)) add("duplicate_id", `dispute id ${JSON.stringify(id)} is already used in this statement`, [...dpath, "id"], id);
        disputeIds.set(id, j);
      }
      const where = own(dispute, "where");
      if (isObj(where)) {
        checkRegionCondition(own(where, "regions"), [...dpath, "where", "regions"]);
        checkIds(own(where, "categories"), categoryIds, "category", [...dpath, "where", "categories"]);
        checkInterval(where, "from", "until", [...dpath, "where"]);
      }
      const reading = own(dispute, "reading");
      if (isObj(reading)) checkScopes(own(reading, "scopes"), [...dpath, "reading", "scopes"]);
      checkCitations(own(dispute, "sources"), [...dpath, "sources"], own(dispute, "confidence"));
    });
    checkCitations(own(statement, "sources"), [...path, "sources"], own(statement, "confidence"));
    const covered = coverageFrom ? parseIsoDay(coverageFrom) : undefined;
    const until = bounds(own(statement, "until"));
    if (covered !== undefined && until && until.hi <= covered) {
      add(
        "outside_coverage",
        `the statement ends before the history's coverage starts (${coverageFrom}), so it never applies`,
        [...path, "until"],
        own(statement, "until"),
        "warning",
      );
    }
  });

  arr(own(doc, "controls")).forEach((control, i) => {
    const id = isObj(control) ? str(own(control, "id")) : undefined;
    const withdrawal = isObj(control) ? own(control, "withdrawal") : undefined;
    if (id !== undefined && withdrawal !== undefined && !optIns.has(id)) {
      add(
        "withdrawal_without_opt_in",
        `"withdrawal" says what switching an opt-in off again reaches, but no statement needs an opt-in with ${JSON.stringify(id)} (consent default "off"), so it changes nothing`,
        ["controls", i, "withdrawal"],
        withdrawal,
        "warning",
      );
    }
  });

  checkContradictions(statements, add);
  return issues;
}

/** What the overlap test reads of a statement, read once: a statement is compared with every other. */
interface Use {
  readonly s: Obj;
  readonly i: number;
  readonly consentDefault: unknown;
  readonly purposes: unknown[];
  readonly categories: unknown[];
  readonly recipients: unknown[];
  readonly from: { lo: number; hi: number } | undefined;
  readonly until: { lo: number; hi: number } | undefined;
  readonly include: unknown[];
  readonly exclude: unknown[];
  /** JSON text of parts compared whole, made when first compared. */
  readonly json: Map<string, string | undefined>;
}

function use(s: Obj, i: number): Use {
  const regions = own(s, "regions");
  return {
    s,
    i,
    consentDefault: own(own(s, "consent") as Obj, "default"),
    purposes: arr(own(s, "purposes")),
    categories: arr(own(s, "categories")),
    recipients: arr(own(s, "recipients")),
    from: bounds(own(s, "from")),
    until: own(s, "until") === undefined ? { lo: Infinity, hi: Infinity } : bounds(own(s, "until")),
    include: isObj(regions) ? arr(own(regions, "include")) : [],
    exclude: isObj(regions) ? arr(own(regions, "exclude")) : [],
    json: new Map(),
  };
}

function jsonOf(u: Use, part: string, value: () => unknown): string | undefined {
  if (u.json.has(part)) return u.json.get(part);
  const text = JSON.stringify(value());
  u.json.set(part, text);
  return text;
}

/** Overlap tests for pairs of statements, on what can be decided without a question. */
function overlaps(a: Use, b: Use): boolean {
  const shared = (x: unknown[], y: unknown[]) => x.some((v) => y.includes(v));
  if (!shared(a.purposes, b.purposes) || !shared(a.categories, b.categories)) return false;
  const ra = a.recipients;
  const rb = b.recipients;
  if (ra.length > 0 && rb.length > 0 && !ra.some((r) => rb.includes(r))) return false;
  if ((ra.length === 0) !== (rb.length === 0)) return false;
  const fa = a.from;
  const fb = b.from;
  const ua = a.until;
  const ub = b.until;
  if (!fa || !fb || !ua || !ub) return false;
  // Certainly overlapping days: both certainly started before both certainly ended.
  if (!(Math.max(fa.hi, fb.hi) < Math.min(ua.lo, ub.lo))) return false;
  // Conditions that certainly separate them.
  if (a.include.length > 0 && b.include.length > 0 && !a.include.some((r) => b.include.includes(r))) return false;
  if (a.exclude.length > 0 || b.exclude.length > 0 || a.include.length !== b.include.length) {
    // Different region conditions: they may still overlap, but only a full region model could tell.
    const same =
      jsonOf(a, "include", () => a.include) === jsonOf(b, "include", () => b.include) &&
      jsonOf(a, "exclude", () => a.exclude) === jsonOf(b, "exclude", () => b.exclude);
    if (!same) return false;
  }
  for (const key of ["age", "plans", "data"]) {
    if (jsonOf(a, key, () => own(a.s, key)) !== jsonOf(b, key, () => own(b.s, key))) return false;
  }
  return true;
}

/**
 * Statements that give contradictory answers for the same case: a "used unless you opt out" and a "used
 * only if you opt in" for the same purpose, data, days, regions, users and recipients. (An exclusion
 * overriding a use is not a contradiction: that is how exclusions are written.)
 */
function checkContradictions(statements: readonly unknown[], add: (code: PolicyIssueCode, message: string, path: Path) => void): void {
  const uses: Use[] = [];
  statements.forEach((s, i) => {
    if (isObj(s) && own(s, "effect") === "used" && isObj(own(s, "consent"))) uses.push(use(s, i));
  });
  for (let a = 0; a < uses.length; a++) {
    for (let b = a + 1; b < uses.length; b++) {
      const x = uses[a] as Use;
      const y = uses[b] as Use;
      if (x.consentDefault === y.consentDefault || !overlaps(x, y)) continue;
      add(
        "contradictory_statements",
        `statements ${JSON.stringify(own(x.s, "id"))} and ${JSON.stringify(own(y.s, "id"))} cover the same cases, one used unless the user opts out (default on), the other only if the user opts in (default off)`,
        ["statements", y.i, "consent", "default"],
      );
    }
  }
}
