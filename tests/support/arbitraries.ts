import fc from "fast-check";
import type { Control, DayBoundary, Policy, Question, Statement } from "../../src/index.js";
import { cite, policy } from "./builders.js";

// Generated policies and questions for property tests: small vocabularies, so that generated
// statements overlap, collide and exercise every rule of the evaluator.

export const DAYS = ["2024-01-01", "2024-06-01", "2024-09-18", "2025-01-01", "2025-06-01", "2025-11-03", "2026-03-01"] as const;
export const REGIONS = ["US", "DE", "GB", "CA", "FR", "CH", "NO"] as const;
export const AGES = [0, 12, 13, 15, 16, 17, 18, 19, 30, 70, 150] as const;
export const PURPOSES = ["generative-ai-training", "non-generative-ai-training"] as const;
export const CATEGORIES = ["posts", "profile", "feedback"] as const;
export const CONTROL_IDS = ["c1", "c2", "c3"] as const;
export const PLANS = ["free", "paid", "business", "enterprise", "education"] as const;

const day = fc.constantFrom(...DAYS);

/** Any day from 2023-06-01 to 2026-06-30, to land between the policy's boundaries too. */
export const anyDay = fc.integer({ min: 0, max: 1000 }).map((n) => new Date(Date.UTC(2023, 11, 1 + n)).toISOString().slice(0, 10));

const boundary: fc.Arbitrary<DayBoundary> = fc.oneof(
  { weight: 4, arbitrary: day },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.option(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 1, max: 6 }))
      .filter(([a, b]) => a === null || a < b)
      .map(([a, b]) => (a === null ? { latest: DAYS[b] as string } : { earliest: DAYS[a] as string, latest: DAYS[b] as string })),
  },
);

/** `arb` one time in `1 + absent` (so conditions stay rare enough for statements to apply). */
function sometimes<T>(arb: fc.Arbitrary<T>, absent = 6): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: absent, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

function nonEmptySubset<T>(values: readonly T[]) {
  return fc.subarray([...values], { minLength: 1 });
}

const regionRef = fc.constantFrom("US", "DE", "GB", "CA", "EU", "EEA", "group");

const scope = fc.constantFrom("future-only", "new-data-only", "removal", "removal-requested") as fc.Arbitrary<Control["scope"]>;

export interface PolicyOptions {
  /** Leave out scope rules that depend on when a choice was made (some properties only hold without them). */
  readonly withoutScopeRules?: boolean;
  /** Leave out controls' windows of availability (a choice on a day its control is closed counts for nothing). */
  readonly withoutAvailability?: boolean;
}

function statementArb(index: number, options: PolicyOptions): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect: fc.constantFrom("used", "used", "not-used", "unknown") as fc.Arbitrary<Statement["effect"]>,
      purposes: fc.oneof({ weight: 3, arbitrary: fc.constant([...PURPOSES]) }, { weight: 2, arbitrary: nonEmptySubset(PURPOSES) }),
      categories: fc.oneof({ weight: 3, arbitrary: fc.constant([...CATEGORIES]) }, { weight: 2, arbitrary: nonEmptySubset(CATEGORIES) }),
      from: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(DAYS[0], DAYS[1], DAYS[2]) }, { weight: 2, arbitrary: boundary }),
      until: sometimes(boundary, 1),
      include: sometimes(fc.uniqueArray(regionRef, { minLength: 1, maxLength: 2 })),
      exclude: sometimes(fc.uniqueArray(regionRef, { minLength: 1, maxLength: 2 })),
      age: sometimes(fc.oneof(fc.record({ below: fc.constantFrom(13, 16, 18) }), fc.record({ atLeast: fc.constantFrom(16, 18) }))),
      plans: sometimes(nonEmptySubset(PLANS)),
      createdFrom: sometimes(boundary),
      createdUntil: sometimes(boundary),
      visibility: sometimes(fc.constantFrom("public", "non-public") as fc.Arbitrary<"public" | "non-public">),
      recipients: sometimes(nonEmptySubset(["p", "partner"]), 1),
      consent: sometimes(
        fc.record({
          default: fc.constantFrom("on", "on", "off") as fc.Arbitrary<"on" | "off">,
          controls: fc.uniqueArray(
            fc.record({
              control: fc.constantFrom(...CONTROL_IDS),
              scopes: options.withoutScopeRules
                ? fc.constant(null)
                : sometimes(fc.array(fc.record({ chosenFrom: day, scope }), { minLength: 1, maxLength: 2 })),
            }),
            { minLength: 1, maxLength: 2, selector: (c) => c.control },
          ),
        }),
        1,
      ),
      dispute: options.withoutScopeRules
        ? fc.constant(null)
        : sometimes(
            fc.record({
              region: sometimes(regionRef),
              effect: sometimes(fc.constantFrom("used", "not-used", "unknown") as fc.Arbitrary<Statement["effect"]>),
              chosenFrom: day,
            }),
          ),
    })
    .map((g) => {
      const s: Record<string, unknown> = {
        id: `s${index}`,
        summary: `Generated statement ${index}.`,
        effect: g.effect,
        purposes: g.purposes,
        categories: g.categories,
        from: g.from,
        confidence: "high",
        sources: cite(),
      };
      if (g.effect === "unknown") s.unknownBecause = "undisclosed";
      if (g.until !== null) s.until = g.until;
      if (g.include !== null || g.exclude !== null) {
        s.regions = { ...(g.include !== null && { include: g.include }), ...(g.exclude !== null && { exclude: g.exclude }) };
      }
      if (g.age !== null) s.age = g.age;
      if (g.plans !== null) s.plans = g.plans;
      if (g.createdFrom !== null || g.createdUntil !== null || g.visibility !== null) {
        s.data = {
          ...(g.createdFrom !== null && { createdFrom: g.createdFrom }),
          ...(g.createdUntil !== null && { createdUntil: g.createdUntil }),
          ...(g.visibility !== null && { visibility: g.visibility }),
        };
      }
      if (g.recipients !== null && g.effect !== "not-used") s.recipients = g.recipients;
      if (g.consent !== null && g.effect === "used") {
        s.consent = {
          default: g.consent.default,
          controls: g.consent.controls.map((c) => (c.scopes === null ? { control: c.control } : { control: c.control, scopes: c.scopes })),
        };
      }
      if (g.dispute !== null) {
        s.disputes = [
          {
            id: "d",
            claim: "A differing reading.",
            by: "A regulator",
            ...(g.dispute.region !== null && { where: { regions: { include: [g.dispute.region] } } }),
            reading: g.dispute.effect !== null ? { effect: g.dispute.effect } : { scopes: [{ chosenFrom: g.dispute.chosenFrom, scope: "new-data-only" }] },
            confidence: "medium",
            sources: cite(),
          },
        ];
      }
      return s as unknown as Statement;
    });
}

function controlArb(id: string, options: PolicyOptions): fc.Arbitrary<Control> {
  const withdrawal = fc.constantFrom(undefined, "future-only", "new-data-only", "earlier-data-undisclosed") as fc.Arbitrary<Control["withdrawal"]>;
  // Where and when it could be used, sometimes: a window of days, in some regions or outside them.
  const window = fc.record({
    from: boundary,
    until: sometimes(boundary, 2),
    include: sometimes(fc.uniqueArray(regionRef, { minLength: 1, maxLength: 2 }), 2),
    exclude: sometimes(fc.uniqueArray(regionRef, { minLength: 1, maxLength: 2 }), 2),
  });
  const availability = options.withoutAvailability ? fc.constant(null) : sometimes(fc.array(window, { minLength: 1, maxLength: 2 }), 1);
  // Sometimes renamed on a day (exact or undisclosed): reasons name it as it was called on the day.
  const renamed = sometimes(boundary, 2);
  return fc.record({ scope, withdrawal, mayBeRefused: fc.boolean(), advisory: fc.boolean(), availability, renamed }).map(
    (g) =>
      ({
        id,
        labels:
          g.renamed === null
            ? [{ text: `Control ${id}`, sources: cite() }]
            : [
                { text: `Old ${id}`, until: g.renamed, sources: cite() },
                { text: `Control ${id}`, from: g.renamed, sources: cite() },
              ],
        ...(g.availability !== null && {
          availability: g.availability.map((w) => ({
            from: w.from,
            ...(w.until !== null && { until: w.until }),
            ...((w.include !== null || w.exclude !== null) && {
              regions: { ...(w.include !== null && { include: w.include }), ...(w.exclude !== null && { exclude: w.exclude }) },
            }),
            sources: cite(),
          })),
        }),
        kind: "setting",
        purposes: [...PURPOSES],
        scope: g.scope,
        ...(g.withdrawal !== undefined && { withdrawal: g.withdrawal }),
        decidedBy: "user",
        enforcement: g.advisory ? "advisory" : "enforced",
        ...(g.mayBeRefused && { mayBeRefused: true }),
        sources: cite(),
      }) as Control,
  );
}

/** A small random policy with three controls, two recipients and a dated region group. */
export function policyArb(options: PolicyOptions = {}): fc.Arbitrary<Policy> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => statementArb(i, options)))),
      fc.tuple(...CONTROL_IDS.map((id) => controlArb(id, options))),
      boundary,
    )
    .map(([statements, controls, groupStart]) =>
      policy({
        coverage: { from: "2024-01-01" },
        recipients: [
          { id: "p", label: "Platform", kind: "platform" },
          { id: "partner", label: "Partner", kind: "affiliate", sources: cite() },
        ],
        regionGroups: [{ id: "group", label: "Group", members: [{ member: "EEA" }, { member: "GB", from: groupStart }], sources: cite() }],
        controls,
        statements,
      }),
    );
}

/** A question with every input given. */
export function questionArb(): fc.Arbitrary<Question> {
  const choice = fc.record({
    control: fc.constantFrom(...CONTROL_IDS),
    at: anyDay,
    outcome: fc.constantFrom("accepted", "refused") as fc.Arbitrary<"accepted" | "refused">,
  });
  return fc
    .record({
      purpose: fc.constantFrom(...PURPOSES),
      category: fc.constantFrom(...CATEGORIES),
      at: fc.oneof(day, anyDay),
      region: fc.constantFrom(...REGIONS),
      age: fc.constantFrom(...AGES),
      plan: fc.constantFrom(...PLANS),
      optOuts: fc.array(choice, { maxLength: 2 }),
      optIns: fc.array(choice, { maxLength: 1 }),
      createdAt: fc.oneof(day, anyDay),
      visibility: fc.constantFrom("public", "non-public") as fc.Arbitrary<"public" | "non-public">,
      recipient: sometimes(fc.constantFrom("p", "partner")),
    })
    .map((g) => ({
      purpose: g.purpose,
      category: g.category,
      at: g.at,
      user: { region: g.region, age: g.age, plan: g.plan, optOuts: g.optOuts, optIns: g.optIns },
      // biome-ignore lint/complexity/useMathMinMax: the days are ISO strings, not numbers
      data: { createdAt: g.createdAt < g.at ? g.createdAt : g.at, visibility: g.visibility },
      ...(g.recipient !== null && { recipient: g.recipient }),
    }));
}
