import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answer, type Choice, type Policy, type Question, type Reason, controlsFor, evaluate, timeline } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { compilePolicy } from "../../src/index.js";
import { AGES, DAYS, PLANS, REGIONS, anyDay, policyArb, questionArb } from "../support/arbitraries.js";

const RUNS = { numRuns: 400 };
const RANK: Record<Answer, number> = { "not-used": 0, unknown: 1, used: 2 };

type Input = "age" | "region" | "plan" | "data.visibility" | "data.createdAt" | "optOut.outcome";

function withoutInput(q: Question, input: Input): Question {
  const user = { ...q.user };
  const data = { ...q.data };
  if (input === "age") delete (user as { age?: number }).age;
  if (input === "region") delete (user as { region?: string }).region;
  if (input === "plan") delete (user as { plan?: string }).plan;
  if (input === "data.visibility") delete (data as { visibility?: string }).visibility;
  if (input === "data.createdAt") delete (data as { createdAt?: string }).createdAt;
  if (input === "optOut.outcome") user.optOuts = (user.optOuts ?? []).map(({ control, at }) => ({ control, at }));
  return { ...q, user, data };
}

function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** Every value of an input that can lead to a different answer, for the generated vocabulary. */
function valuesOf(q: Question, input: Input, policy: Policy): Question[] {
  const base = withoutInput(q, input);
  switch (input) {
    case "age":
      return AGES.map((age) => ({ ...base, user: { ...base.user, age } }));
    case "region":
      return [...REGIONS, "JP", "HR"].map((region) => ({ ...base, user: { ...base.user, region } }));
    case "plan":
      return PLANS.map((plan) => ({ ...base, user: { ...base.user, plan } }));
    case "data.visibility":
      return (["public", "non-public"] as const).map((visibility) => ({ ...base, data: { ...base.data, visibility } }));
    case "data.createdAt": {
      const at = String(q.at);
      const pivots = [...DAYS, ...(q.user?.optOuts ?? []).map((c) => String(c.at)), ...(q.user?.optIns ?? []).map((c) => String(c.at))];
      const days = new Set(["2000-01-01", at]);
      for (const p of pivots) for (const d of [shiftDay(p, -1), p, shiftDay(p, 1)]) if (d <= at) days.add(d);
      return [...days].map((createdAt) => ({ ...base, data: { ...base.data, createdAt } }));
    }
    case "optOut.outcome": {
      const choices = base.user?.optOuts ?? [];
      let combos: Choice[][] = [[]];
      // A request the platform cannot refuse was accepted: refusal is a possible value only where it may refuse.
      const refusable = (id: string) => policy.controls?.find((c) => c.id === id)?.mayBeRefused === true;
      for (const c of choices) {
        const outcomes = refusable(c.control) ? (["accepted", "refused"] as const) : (["accepted"] as const);
        combos = combos.flatMap((combo) => outcomes.map((outcome) => [...combo, { ...c, outcome }]));
      }
      return combos.map((optOuts) => ({ ...base, user: { ...base.user, optOuts } }));
    }
  }
}

describe("evaluate: properties", () => {
  it.each(["age", "region", "plan", "data.visibility", "data.createdAt", "optOut.outcome"] as const)(
    "a missing %s gives unknown only when two of its values would give different answers",
    (input) => {
      fc.assert(
        fc.property(policyArb(), questionArb(), (policy, q) => {
          const decision = evaluate(policy, withoutInput(q, input));
          const answers = new Set(valuesOf(q, input, policy).map((v) => evaluate(policy, v).answer));
          if (decision.needs.includes(input)) {
            expect(answers.size).toBeGreaterThan(1);
            expect(decision.answer).toBe("unknown");
          } else {
            expect([...answers]).toEqual([decision.answer]);
          }
        }),
        RUNS,
      );
    },
  );

  it("an opt-out never gives more use than no opt-out", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), fc.constantFrom("c1", "c2", "c3"), fc.constantFrom(...DAYS), (policy, q, control, at) => {
        const before = evaluate(policy, q).answer;
        const user = { ...q.user, optOuts: [...(q.user?.optOuts ?? []), { control, at, outcome: "accepted" as const }] };
        const after = evaluate(policy, { ...q, user }).answer;
        // Switching a setting back on after the new opt-out would undo it; compare only when it stays last.
        if ((q.user?.optIns ?? []).some((c) => c.control === control && String(c.at) >= at)) return;
        expect(RANK[after]).toBeLessThanOrEqual(RANK[before]);
      }),
      RUNS,
    );
  });

  it("an earlier opt-out never gives more use than a later one, where scopes do not depend on the day of the choice", () => {
    fc.assert(
      fc.property(
        // Controls open on every day: a choice on a day its control is closed counts for nothing.
        policyArb({ withoutScopeRules: true, withoutAvailability: true }),
        questionArb(),
        fc.constantFrom("c1", "c2", "c3"),
        fc.integer({ min: 0, max: 5 }),
        (policy, q, control, i) => {
          const plain = { ...q, user: { ...q.user, optOuts: [], optIns: [] } };
          const ask = (at: string) => evaluate(policy, { ...plain, user: { ...plain.user, optOuts: [{ control, at, outcome: "accepted" }] } }).answer;
          expect(RANK[ask(DAYS[i] as string)]).toBeLessThanOrEqual(RANK[ask(DAYS[i + 1] as string)]);
        },
      ),
      RUNS,
    );
  });

  it("a choice made on a day its control is closed to the user changes no answer", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), fc.constantFrom("c1", "c2", "c3"), anyDay, (policy, q, control, day) => {
        const region = String(q.user?.region);
        const closed = controlsFor(policy, { region, at: day }).find((c) => c.id === control)?.availability === "not-available";
        fc.pre(closed);
        const before = evaluate(policy, q);
        const user = { ...q.user, optOuts: [...(q.user?.optOuts ?? []), { control, at: day, outcome: "accepted" as const }] };
        const after = evaluate(policy, { ...q, user });
        expect(after.answer).toBe(before.answer);
        expect(after.needs).toEqual(before.needs);
      }),
      RUNS,
    );
  });

  it("a future-only choice never changes the answer for a day before it", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), fc.constantFrom("c1", "c2", "c3"), (policy, q, control) => {
        const day = shiftDay(String(q.at), 1);
        const before = evaluate(policy, q).answer;
        const user = { ...q.user, optOuts: [...(q.user?.optOuts ?? []), { control, at: day }] };
        expect(evaluate(policy, { ...q, user }).answer).toBe(before);
      }),
      RUNS,
    );
  });

  it("answers the same on the fast path as on the general one", () => {
    fc.assert(
      fc.property(policyArb(), fc.array(questionArb(), { minLength: 1, maxLength: 12 }), (policy, generated) => {
        const compiled = compilePolicy(policy);
        // Each question also asked about each recipient, and with no recipient: the memo must keep them apart.
        const questions: Question[] = generated.flatMap((q) => {
          const { recipient: _, ...anyone } = q;
          return [q, { ...q, recipient: "p" }, { ...q, recipient: "partner" }, anyone];
        });
        for (const q of questions) {
          // Asked twice: the second answer comes from the fast path's memo.
          expect(evaluate(compiled, q)).toEqual(decideNormalized(compiled, normalizeQuestion(compiled, q, true)));
          expect(evaluate(compiled, q)).toEqual(decideNormalized(compiled, normalizeQuestion(compiled, q, true)));
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of statements", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), (policy, q) => {
        const reversed: Policy = { ...policy, statements: [...policy.statements].reverse() };
        const a = evaluate(policy, q);
        const b = evaluate(reversed, q);
        const key = (r: Reason) => `${r.code}|${r.statement?.id}|${r.dispute?.id}|${r.control?.id}|${r.message}`;
        expect(b.answer).toBe(a.answer);
        expect(b.needs).toEqual(a.needs);
        expect(b.confidence).toBe(a.confidence);
        expect(b.reasons.map(key).sort()).toEqual(a.reasons.map(key).sort());
      }),
      RUNS,
    );
  });

  it("gives the same decisions after a JSON round trip of the policy", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), (policy, q) => {
        const copy = JSON.parse(JSON.stringify(policy)) as Policy;
        expect(JSON.parse(JSON.stringify(evaluate(copy, q)))).toEqual(JSON.parse(JSON.stringify(evaluate(policy, q))));
      }),
      RUNS,
    );
  });

  it("timeline() agrees with evaluate() on every day of every run", () => {
    fc.assert(
      fc.property(policyArb(), questionArb(), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 5 }), (policy, q, offsets) => {
        const { at: _at, ...rest } = q;
        const runs = timeline(policy, rest, { from: "2024-01-01", until: "2026-09-01" });
        for (let i = 1; i < runs.length; i++) expect(runs[i]?.from).toBe(runs[i - 1]?.until);
        for (const run of runs) {
          const probes = [run.from, shiftDay(run.until as string, -1), ...offsets.map((o) => shiftDay(run.from, o)).filter((d) => d < (run.until as string))];
          for (const at of probes) {
            // Everything the decision says, its reasons in any order (as in the test of statement order).
            const { reasons, cases, ...decision } = evaluate(policy, { ...rest, at });
            const { from: _from, until: _until, reasons: runReasons, cases: runCases, ...said } = run;
            expect(decision).toEqual(said);
            // A run's cases are its first day's; later days may name themselves in them (data created
            // before the day asked, while an undisclosed date may fall on it).
            if (at === run.from) expect(cases).toEqual(runCases);
            else expect(cases?.map((c) => c.answer)).toEqual(runCases?.map((c) => c.answer));
            const key = (r: Reason) => `${r.code}|${r.statement?.id}|${r.dispute?.id}|${r.control?.id}|${r.message}`;
            // Within days an undisclosed date may fall on, the split is made at the day asked, and the
            // reasons gathered from its two sides can differ from day to day (as the cases' words do):
            // there the run holds its first day's, and the days agree on everything else.
            const open = [...reasons, ...runReasons].some((r) => r.code === "uncertain-date");
            if (at === run.from || !open) expect(reasons.map(key).sort()).toEqual(runReasons.map(key).sort());
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
