import { parseIsoDay } from "../time/calendarDay.js";
import { didYouMean, showValue } from "../util/suggest.js";
import { CORE_CATEGORY_IDS } from "../vocabulary/categories.js";
import { CORE_PURPOSE_IDS } from "../vocabulary/purposes.js";
import { BUILT_IN_REGION_GROUPS } from "../vocabulary/regionGroups.js";
import { REGION_ALIASES, normalizeRegionCode, regionCodes } from "../vocabulary/regions.js";
import type { PolicyIssue, PolicyIssueCode } from "./PolicyIssue.js";

// The checks JSON Schema cannot express: identifiers, references, intervals, sources, consistency. They
// read the document defensively (a value of the wrong type is skipped: the structural check reports it),
// so that a document with structural problems still gets all its other problems reported at once.

type Path = readonly (string | number)[];
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** What {@link arr} gives for a value that is not an array: one shared empty list, which nothing writes to. */
const NONE: unknown[] = [];
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : NONE);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
/**
 * Whether the document being checked is `JSON.parse`'s, and nothing has been added to
 * `Object.prototype`: then every object in it has only its own data properties over a prototype that
 * has none of the keys read here, and a plain read is an own read, without the cost of `Object.hasOwn`.
 */
let plainJson = false;

/** Reads of an object's own properties only, for {@link view}. */
const OWN_READS: ProxyHandler<Obj> = {
  get: (target, key) => (Object.hasOwn(target, key) ? (target as Record<PropertyKey, unknown>)[key] : undefined),
};

/**
 * The object to read a document object's properties from, each read as `Object.hasOwn(o, key) ? o[key]
 * : undefined`: for `JSON.parse`'s objects ({@link plainJson}) the object itself, else a view that reads
 * only its own properties. Why not a helper `own(o, key)`, as before: its one property read, shared by
 * every key of every object, was a megamorphic keyed load, a fifth of the checks' time on a 200-statement
 * document; a read written `o.key` has its own inline cache. Values read through a view are the
 * object's own (never views), so what is reported is unchanged.
 */
const view = (o: Obj): Obj => (plainJson ? o : new Proxy(o, OWN_READS));

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

/** The bounds {@link readBounds} read last. */
let boundLo = 0;
let boundHi = 0;

/**
 * Reads a day boundary as numbers, exact (lo = hi) or uncertain, into {@link boundLo} and
 * {@link boundHi}; false when malformed. (Into two variables rather than a new object: it runs for
 * every statement.)
 */
function readBounds(v: unknown): boolean {
  if (typeof v === "string") {
    const d = parseIsoDay(v);
    if (d === undefined) return false;
    boundLo = d;
    boundHi = d;
    return true;
  }
  if (!isObj(v)) return false;
  const o = view(v);
  const e = str(o.earliest);
  const l = str(o.latest);
  const lo = e === undefined ? -Infinity : parseIsoDay(e);
  const hi = l === undefined ? Infinity : parseIsoDay(l);
  if (lo === undefined || hi === undefined) return false;
  boundLo = lo;
  boundHi = hi;
  return true;
}

/** A day boundary as numbers: exact (lo = hi) or uncertain; undefined when malformed. */
function bounds(v: unknown): { lo: number; hi: number } | undefined {
  return readBounds(v) ? { lo: boundLo, hi: boundHi } : undefined;
}

const QUOTE_WORDS = 60;

let asWritten: Set<string> | undefined;
/** The ISO codes that {@link normalizeRegionCode} leaves as they are: all but any that is an alias. */
const codesAsWritten = (): Set<string> => {
  asWritten ??= new Set([...regionCodes()].filter((code) => !Object.hasOwn(REGION_ALIASES, code)));
  return asWritten;
};

type Segment = string | number;

/**
 * A set of ids whose lookup compares a string with those of its length, rather than hashing it: the
 * strings looked up are JSON.parse's, new ones (it interns only short strings), which a Set hashes at
 * each one's first lookup, at three or four times the cost (a 200-statement document refers to its
 * purposes, categories, recipients and sources a thousand times or more).
 */
class Ids extends Set<string> {
  private readonly byLength: string[][] = [];
  constructor(ids: Iterable<string>) {
    super();
    for (const id of ids) {
      this.add(id);
      const same = this.byLength[id.length];
      if (same) same.push(id);
      else this.byLength[id.length] = [id];
    }
  }
  override has(id: string): boolean {
    return this.byLength[id.length]?.includes(id) === true;
  }
}

/**
 * `base` with up to three more segments. Paths are made only for a problem found: the checks pass a
 * base and the segments after it, rather than building a path for every part they look at.
 */
const extend = (base: Path, a?: Segment, b?: Segment, c?: Segment): Path =>
  a === undefined ? base : b === undefined ? [...base, a] : c === undefined ? [...base, a, b] : [...base, a, b, c];

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

// The checks below run once per part of a document (a 200-statement one has a few thousand parts), so
// they are written as plain loops over arrays, read each property once, and allocate nothing (no path,
// no closure, no filtered copy) unless there is a problem to report.

/** The id of the recipient of kind "platform", when there is exactly one. */
function platformRecipientId(list: unknown): string | undefined {
  let found: string | undefined;
  for (const item of arr(list)) {
    if (!isObj(item)) continue;
    const recipient = view(item);
    if (recipient.kind !== "platform") continue;
    if (found !== undefined) return undefined;
    found = str(recipient.id);
  }
  return found;
}

function lintDocument(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (code: PolicyIssueCode, message: string, path: Path, value?: unknown, severity: "error" | "warning" = "error") => {
    issues.push(value === undefined ? { code, severity, message, path } : { code, severity, message, path, value: showValue(value) });
  };
  if (!isObj(input)) return issues;
  const doc = view(input);

  /** Collects ids, reporting duplicates. */
  const ids = (key: string, what: string): Map<string, number> => {
    const seen = new Map<string, number>();
    arr(doc[key]).forEach((item, i) => {
      const id = isObj(item) ? str(view(item).id) : undefined;
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
  const purposeIds = new Ids([...CORE_PURPOSE_IDS, ...purposeDefs.keys()]);
  const categoryIds = new Ids([...CORE_CATEGORY_IDS, ...categoryDefs.keys()]);
  const checkTaxonomy = (key: string, core: readonly string[], known: Set<string>, what: string) => {
    const parents = new Map<string, string | undefined>();
    const list = arr(doc[key]);
    list.forEach((item, i) => {
      if (!isObj(item)) return;
      const o = view(item);
      const id = str(o.id);
      const parent = str(o.parent);
      if (id !== undefined && core.includes(id))
        add("duplicate_id", `${JSON.stringify(id)} is already a core ${what}; declare only new ones`, [key, i, "id"], id);
      if (parent !== undefined && !known.has(parent))
        add("unknown_reference", `unknown parent ${what} ${JSON.stringify(parent)}${didYouMean(parent, known)}`, [key, i, "parent"], parent);
      if (id !== undefined) parents.set(id, parent);
    });
    list.forEach((item, i) => {
      const id = isObj(item) ? str(view(item).id) : undefined;
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
  // Purposes only others than the platform have (thirdPartiesOnly), with the purposes declared under them.
  const othersOnly = new Set<string>();
  {
    const parents = new Map<string, string | undefined>();
    const marked = new Set<string>();
    for (const item of arr(doc.purposes)) {
      if (!isObj(item)) continue;
      const o = view(item);
      const id = str(o.id);
      if (id === undefined) continue;
      parents.set(id, str(o.parent));
      if (o.thirdPartiesOnly === true) marked.add(id);
    }
    for (const id of parents.keys()) {
      const chain = new Set<string>();
      for (let p: string | undefined = id; p !== undefined && !chain.has(p); p = parents.get(p)) {
        chain.add(p);
        if (marked.has(p)) {
          othersOnly.add(id);
          break;
        }
      }
    }
  }
  checkTaxonomy("categories", CORE_CATEGORY_IDS, categoryIds, "category");

  /** Every string of `list` is one of `known`; problems at `[...base, a, b, i]`. */
  const checkIds = (list: unknown, known: Set<string>, what: string, base: Path, a: Segment, b?: Segment) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      const id: unknown = list[i];
      if (typeof id === "string" && !known.has(id))
        add(
          "unknown_reference",
          `unknown ${what} ${JSON.stringify(id)}${didYouMean(id, known)} (known: ${[...known].join(", ")})`,
          b === undefined ? extend(base, a, i) : extend(base, a, b, i),
          id,
        );
    }
  };

  // Sources: at least one date; citations must name a listed source.
  arr(doc.sources).forEach((item, i) => {
    const source = isObj(item) ? view(item) : undefined;
    if (source && source.published === undefined && source.captured === undefined && source.accessed === undefined) {
      add("source_without_date", "a source needs a date: published, captured or accessed", ["sources", i]);
    }
  });
  /** The citations of `list`, the `sources` of the part at `base`. */
  const sourceIds = new Ids(sources.keys());
  // Every source cited anywhere, so that a source listed and cited by nothing can be reported: the
  // trace of a fact removed, or of one that was meant to cite it and does not.
  const cited = new Set<string>();
  const checkCitations = (list: unknown, base: Path, confidence?: unknown, note?: unknown) => {
    if (!Array.isArray(list)) return;
    // The sources cited are collected only when they are counted: for a low-confidence part without a
    // note, which is where the warning asks for a second source or a word on why there is none.
    const citedHere = confidence === "low" && (typeof note !== "string" || note.trim() === "") ? new Set<string>() : undefined;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isObj(item)) continue;
      const citation = view(item);
      const id = str(citation.source);
      if (id !== undefined) {
        cited.add(id);
        citedHere?.add(id);
        if (!sourceIds.has(id))
          add(
            "unknown_reference",
            `no source with id ${JSON.stringify(id)}${didYouMean(id, sources.keys())}; list it in "sources"`,
            [...base, "sources", i, "source"],
            id,
          );
      }
      // Words are counted only for quotes long enough to have too many (about five characters a word).
      const quote = str(citation.quote);
      const words = quote !== undefined && quote.length > QUOTE_WORDS * 5 ? quote.trim().split(/\s+/).length : 0;
      if (words > QUOTE_WORDS) {
        add(
          "long_quote",
          `a quote of ${words} words; quote the words that carry the fact (under about 40)`,
          [...base, "sources", i, "quote"],
          undefined,
          "warning",
        );
      }
    }
    if (citedHere !== undefined && citedHere.size < 2) {
      add(
        "weak_source",
        "low confidence with a single source: add a second source, or say in a note why there is none",
        [...base, "sources"],
        undefined,
        "warning",
      );
    }
  };

  // Region references: ISO codes (or UK), built-in groups, the policy's groups.
  const builtIn = new Set(BUILT_IN_REGION_GROUPS.map((g) => g.id));
  const regionNames = [...builtIn, ...groups.keys()];
  const checkRegion = (ref: unknown, base: Path, a?: Segment, b?: Segment, c?: Segment) => {
    if (typeof ref !== "string") return;
    if (ref.length === 2 && ref !== "EU") {
      // A code written as it should be (as nearly all are) is its own normal form.
      const code = codesAsWritten().has(ref) ? ref : normalizeRegionCode(ref);
      if (code !== undefined && ref !== code) {
        add("unknown_region", `${JSON.stringify(ref)} is not how the code is written; did you mean "${code}"?`, extend(base, a, b, c), ref);
      } else if (code === undefined) {
        // Every two-letter string is close to some code: suggest the rule rather than a code.
        add(
          "unknown_region",
          `${JSON.stringify(ref)} is not an ISO 3166-1 alpha-2 code or a known region group (codes are two capital letters, such as DE, GB or US; groups: ${regionNames.join(", ")})`,
          extend(base, a, b, c),
          ref,
        );
      }
      return;
    }
    if (!builtIn.has(ref) && !groups.has(ref)) {
      add(
        "unknown_region",
        `${JSON.stringify(ref)} is not an ISO 3166-1 alpha-2 code or a known region group${didYouMean(ref, regionNames)} (groups: ${regionNames.join(", ")})`,
        extend(base, a, b, c),
        ref,
      );
    }
  };
  /** A region condition at `[...base, key]`. */
  const checkRegionCondition = (value: unknown, base: Path, key: string) => {
    if (!isObj(value)) return;
    const cond = view(value);
    const include = arr(cond.include);
    for (let i = 0; i < include.length; i++) checkRegion(include[i], base, key, "include", i);
    const exclude = arr(cond.exclude);
    for (let i = 0; i < exclude.length; i++) checkRegion(exclude[i], base, key, "exclude", i);
  };

  // Intervals: uncertain days need ordered bounds; from must come before until.
  const checkDay = (v: unknown, base: Path, key: string) => {
    if (!isObj(v)) return;
    const o = view(v);
    const e = str(o.earliest);
    const l = str(o.latest);
    if (e === undefined && l === undefined) add("invalid_uncertain_day", 'an uncertain day needs "earliest", "latest" or both', extend(base, key));
    else if (e !== undefined && l !== undefined && e > l) add("invalid_uncertain_day", `earliest (${e}) is after latest (${l})`, extend(base, key), v);
    else if (e !== undefined && e === l)
      add("invalid_uncertain_day", `earliest and latest are the same day (${e}); write the day itself`, extend(base, key), v, "warning");
  };
  /**
   * The interval of `o` (a view), at `path`; returns the latest day its end can be (undefined when it
   * has none, or a malformed one), for the coverage check.
   */
  const checkInterval = (o: Obj, fromKey: string, untilKey: string, path: Path): number | undefined => {
    const from = o[fromKey];
    const until = o[untilKey];
    checkDay(from, path, fromKey);
    checkDay(until, path, untilKey);
    // An interval with no end (most have none) or a malformed one has nothing more to check.
    if (!readBounds(until)) return undefined;
    const uLo = boundLo;
    const uHi = boundHi;
    if (!readBounds(from)) return uHi;
    const fLo = boundLo;
    const fHi = boundHi;
    if (!(fLo < uHi)) {
      add("invalid_interval", `${untilKey} must be after ${fromKey}: the interval is empty`, [...path, untilKey], until);
    } else if (fHi > uLo && (fHi !== Infinity || uLo !== -Infinity)) {
      // Possible but worth a look: the uncertain ends overlap.
      if (fHi >= uHi && fLo >= uLo) add("invalid_interval", `${untilKey} may come before ${fromKey}`, [...path, untilKey], until, "warning");
    }
    return uHi;
  };

  // Coverage and review.
  const coverageValue = doc.coverage;
  const coverage = isObj(coverageValue) ? view(coverageValue) : undefined;
  if (coverage) checkInterval(coverage, "from", "until", ["coverage"]);
  const coverageFrom = coverage ? str(coverage.from) : undefined;
  const reviewed = str(doc.lastReviewed);
  if (coverageFrom && reviewed && reviewed < coverageFrom)
    add("invalid_interval", `lastReviewed (${reviewed}) is before the coverage starts (${coverageFrom})`, ["lastReviewed"], reviewed);

  const regionBasis = doc.regionBasis;
  if (isObj(regionBasis)) checkCitations(view(regionBasis).sources, ["regionBasis"]);

  // Region groups: ids that cannot be mistaken for codes; members that exist; no cycles.
  const members = new Map<string, string[]>();
  const groupList = arr(doc.regionGroups);
  groupList.forEach((item, i) => {
    if (!isObj(item)) return;
    const group = view(item);
    const id = str(group.id);
    if (id !== undefined && builtIn.has(id.toUpperCase()))
      add("duplicate_id", `${JSON.stringify(id)} is a built-in region group`, ["regionGroups", i, "id"], id);
    const list: string[] = [];
    arr(group.members).forEach((value, j) => {
      if (!isObj(value)) return;
      const member = view(value);
      const ref = member.member;
      checkRegion(ref, ["regionGroups", i, "members", j, "member"]);
      if (typeof ref === "string") list.push(ref);
      checkInterval(member, "from", "until", ["regionGroups", i, "members", j]);
    });
    if (id !== undefined) members.set(id, list);
    checkCitations(group.sources, ["regionGroups", i]);
  });
  groupList.forEach((group, i) => {
    const id = isObj(group) ? str(view(group).id) : undefined;
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
  const recipientList = doc.recipients;
  arr(recipientList).forEach((item, i) => {
    if (!isObj(item)) return;
    const recipient = view(item);
    const recipientSources = recipient.sources;
    if (recipient.kind === "platform") platforms.push(i);
    else if (recipientSources === undefined) add("recipient_without_source", "every recipient but the platform itself needs sources", ["recipients", i]);
    checkCitations(recipientSources, ["recipients", i]);
  });
  if (Array.isArray(recipientList)) {
    if (platforms.length === 0) add("platform_recipient", 'one recipient must be the platform itself (kind "platform")', ["recipients"]);
    for (const i of platforms.slice(1)) add("platform_recipient", 'only one recipient can be of kind "platform"', ["recipients", i, "kind"], "platform");
  }

  // Controls.
  const controlPurposes = new Map<string, Set<string>>();
  const controlList = arr(doc.controls);
  controlList.forEach((item, i) => {
    if (!isObj(item)) return;
    const control = view(item);
    const path = ["controls", i];
    const purposes = control.purposes;
    checkIds(purposes, purposeIds, "purpose", path, "purposes");
    const id = str(control.id);
    if (id !== undefined) controlPurposes.set(id, new Set(arr(purposes).filter((p): p is string => typeof p === "string")));
    arr(control.labels).forEach((value, j) => {
      if (!isObj(value)) return;
      const label = view(value);
      checkInterval(label, "from", "until", ["controls", i, "labels", j]);
      checkCitations(label.sources, ["controls", i, "labels", j]);
    });
    arr(control.availability).forEach((value, j) => {
      if (!isObj(value)) return;
      const window = view(value);
      const windowPath = ["controls", i, "availability", j];
      checkInterval(window, "from", "until", windowPath);
      checkRegionCondition(window.regions, windowPath, "regions");
      checkCitations(window.sources, windowPath);
    });
    checkCitations(control.sources, path);
  });

  /** The scope rules of `list`, at `path`. */
  const checkScopes = (list: readonly unknown[], path: Path) =>
    list.forEach((rule, k) => {
      if (isObj(rule)) checkInterval(view(rule), "chosenFrom", "chosenUntil", [...path, k]);
    });

  // Statements.
  const recipientIds = new Ids(recipients.keys());
  const statements = arr(doc.statements);
  // The day the history's coverage starts, for every statement's (and minimum age's) check that it ends after it.
  const covered = coverageFrom ? parseIsoDay(coverageFrom) : undefined;
  if (coverage) checkRegionCondition(coverage.regions, ["coverage"], "regions");
  // Minimum ages: where and when they hold (after the coverage starts), and their sources.
  arr(doc.minimumAge).forEach((item, i) => {
    if (!isObj(item)) return;
    const rule = view(item);
    const path = ["minimumAge", i];
    checkRegionCondition(rule.regions, path, "regions");
    const untilHi = checkInterval(rule, "from", "until", path);
    checkCitations(rule.sources, path, rule.confidence, rule.note);
    if (covered !== undefined && untilHi !== undefined && untilHi <= covered) {
      add(
        "outside_coverage",
        `the minimum age ends before the history's coverage starts (${coverageFrom}), so it never applies`,
        [...path, "until"],
        rule.until,
        "warning",
      );
    }
  });

  // Controls some statement needs an opt-in with: only they can be switched off "again".
  const optIns = new Set<string>();
  const platformId = platformRecipientId(recipientList);
  for (let i = 0; i < statements.length; i++) {
    const item = statements[i];
    if (!isObj(item)) continue;
    const statement = view(item);
    const path = ["statements", i];
    const effect = statement.effect;
    const purposes = statement.purposes;
    checkIds(purposes, purposeIds, "purpose", path, "purposes");
    checkIds(statement.categories, categoryIds, "category", path, "categories");
    checkIds(statement.recipients, recipientIds, "recipient", path, "recipients");
    if (effect === "used" && othersOnly.size > 0 && Array.isArray(purposes)) {
      // A use without recipients is the platform's own (as the evaluator reads it).
      const statementRecipients = statement.recipients;
      const byPlatform =
        statementRecipients === undefined || (Array.isArray(statementRecipients) && platformId !== undefined && statementRecipients.includes(platformId));
      if (byPlatform) {
        for (let k = 0; k < purposes.length; k++) {
          const purpose = purposes[k];
          if (typeof purpose !== "string" || !othersOnly.has(purpose)) continue;
          add(
            "platform_has_third_party_purpose",
            `${JSON.stringify(purpose)} is a purpose only others than the platform have (thirdPartiesOnly), but this use is ${statementRecipients === undefined ? "the platform's own (it names no recipients)" : `by the platform (${JSON.stringify(platformId)})`}; name the recipients who have it`,
            statementRecipients === undefined ? [...path, "purposes", k] : [...path, "recipients"],
            purpose,
          );
        }
      }
    }
    checkRegionCondition(statement.regions, path, "regions");
    const untilHi = checkInterval(statement, "from", "until", path);
    const data = statement.data;
    if (isObj(data)) checkInterval(view(data), "createdFrom", "createdUntil", [...path, "data"]);
    const age = statement.age;
    if (isObj(age)) {
      const { atLeast, below } = view(age);
      if (typeof atLeast === "number" && typeof below === "number" && atLeast >= below)
        add("invalid_interval", "age.below must be greater than age.atLeast: no age matches", [...path, "age"], age);
    }
    const unknownBecause = statement.unknownBecause;
    if (effect === "unknown" && unknownBecause === undefined) {
      add("unknown_without_reason", 'an unknown statement needs "unknownBecause": undisclosed, ambiguous, disputed or unverified', path);
    }
    if (effect !== "unknown" && effect !== undefined && unknownBecause !== undefined) {
      add("reason_without_unknown", `"unknownBecause" applies only to statements whose effect is "unknown"`, [...path, "unknownBecause"], unknownBecause);
    }
    const consentValue = statement.consent;
    if (consentValue !== undefined && effect !== "used" && effect !== undefined) {
      add("consent_on_non_use", `only a "used" statement has a consent model; this one is ${JSON.stringify(effect)}`, [...path, "consent"]);
    }
    if (isObj(consentValue)) {
      const consent = view(consentValue);
      const links = arr(consent.controls);
      const optIn = links.length > 0 && (consent.default === "off" || consent.default === "undisclosed");
      for (let j = 0; j < links.length; j++) {
        const value = links[j];
        if (!isObj(value)) continue;
        const link = view(value);
        const id = str(link.control);
        if (id !== undefined && optIn) optIns.add(id);
        if (id !== undefined && !controls.has(id)) {
          add(
            "unknown_reference",
            `unknown control ${JSON.stringify(id)}${didYouMean(id, controls.keys())}; define it in "controls"`,
            [...path, "consent", "controls", j, "control"],
            id,
          );
        } else if (id !== undefined) {
          const covers = controlPurposes.get(id) ?? new Set();
          const listed = arr(purposes);
          if (!listed.some((p) => typeof p === "string" && covers.has(p))) {
            add(
              "control_does_not_cover",
              `control ${JSON.stringify(id)} covers ${[...covers].join(", ")}, none of this statement's purposes (${listed.filter((p) => typeof p === "string").join(", ")})`,
              [...path, "consent", "controls", j, "control"],
              id,
            );
          }
        }
        const scopes = link.scopes;
        if (Array.isArray(scopes)) checkScopes(scopes, [...path, "consent", "controls", j, "scopes"]);
      }
    }
    const disputes = statement.disputes;
    if (Array.isArray(disputes)) {
      // Dispute ids are unique within their statement.
      const disputeIds = new Set<string>();
      disputes.forEach((value, j) => {
        if (!isObj(value)) return;
        const dispute = view(value);
        const dpath = [...path, "disputes", j];
        const id = str(dispute.id);
        if (id !== undefined) {
          if (disputeIds.has(id)) add("duplicate_id", `dispute id ${JSON.stringify(id)} is already used in this statement`, [...dpath, "id"], id);
          disputeIds.add(id);
        }
        const whereValue = dispute.where;
        if (isObj(whereValue)) {
          const where = view(whereValue);
          checkRegionCondition(where.regions, [...dpath, "where"], "regions");
          checkIds(where.categories, categoryIds, "category", dpath, "where", "categories");
          checkInterval(where, "from", "until", [...dpath, "where"]);
        }
        const reading = dispute.reading;
        const scopes = isObj(reading) ? view(reading).scopes : undefined;
        if (Array.isArray(scopes)) checkScopes(scopes, [...dpath, "reading", "scopes"]);
        checkCitations(dispute.sources, dpath, dispute.confidence);
      });
    }
    checkCitations(statement.sources, path, statement.confidence, statement.note);
    if (covered !== undefined && untilHi !== undefined && untilHi <= covered) {
      add(
        "outside_coverage",
        `the statement ends before the history's coverage starts (${coverageFrom}), so it never applies`,
        [...path, "until"],
        statement.until,
        "warning",
      );
    }
  }

  controlList.forEach((item, i) => {
    const control = isObj(item) ? view(item) : undefined;
    const id = control ? str(control.id) : undefined;
    const withdrawal = control ? control.withdrawal : undefined;
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

  for (const [id, i] of sources) {
    if (!cited.has(id))
      add(
        "unused_source",
        `source ${JSON.stringify(id)} is listed but no fact cites it; cite it where it is evidence, or remove it`,
        ["sources", i, "id"],
        id,
        "warning",
      );
  }

  checkContradictions(statements, add);
  return issues;
}

/** What the overlap test reads of a statement, read once: a statement is compared with every other. */
interface Use {
  /** The statement, as read ({@link view}). */
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

function use(s: Obj, i: number, consentDefault: unknown): Use {
  const regionsValue = s.regions;
  const regions = isObj(regionsValue) ? view(regionsValue) : undefined;
  const until = s.until;
  return {
    s,
    i,
    consentDefault,
    purposes: arr(s.purposes),
    categories: arr(s.categories),
    recipients: arr(s.recipients),
    from: bounds(s.from),
    until: until === undefined ? { lo: Infinity, hi: Infinity } : bounds(until),
    include: regions ? arr(regions.include) : [],
    exclude: regions ? arr(regions.exclude) : [],
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
    if (jsonOf(a, key, () => a.s[key]) !== jsonOf(b, key, () => b.s[key])) return false;
  }
  return true;
}

/**
 * Statements that give contradictory answers for the same case: a "used unless you opt out" and a "used
 * only if you opt in" for the same purpose, data, days, regions, users and recipients. (An exclusion
 * overriding a use is not a contradiction: that is how exclusions are written.)
 */
function checkContradictions(statements: readonly unknown[], add: (code: PolicyIssueCode, message: string, path: Path) => void): void {
  // Only a pair with different consent defaults can contradict: when every use has the same default
  // (as in most policies), there is no pair to compare, and nothing more is read of them.
  const found: [Obj, number, unknown][] = [];
  statements.forEach((item, i) => {
    const s = isObj(item) ? view(item) : undefined;
    if (s?.effect !== "used") return;
    const consent = s.consent;
    if (isObj(consent)) found.push([s, i, view(consent).default]);
  });
  if (found.every((f) => f[2] === found[0]?.[2])) return;
  const uses = found.map(([s, i, consentDefault]) => use(s, i, consentDefault));
  for (let a = 0; a < uses.length; a++) {
    for (let b = a + 1; b < uses.length; b++) {
      const x = uses[a] as Use;
      const y = uses[b] as Use;
      if (x.consentDefault === y.consentDefault || !overlaps(x, y)) continue;
      add(
        "contradictory_statements",
        `statements ${JSON.stringify(x.s.id)} and ${JSON.stringify(y.s.id)} cover the same cases, one used unless the user opts out (default on), the other only if the user opts in (default off)`,
        ["statements", y.i, "consent", "default"],
      );
    }
  }
}
