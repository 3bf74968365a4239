import { describe, expect, it } from "vitest";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { type CompiledPolicy, type Policy, type Question, compilePolicy, evaluate } from "../../src/index.js";
import { cite, control, dispute, policy, statement } from "../support/builders.js";

// The fast path shares plans between regions that every region test of the policy treats alike, and
// starts a new epoch on every day a candidate statement, its disputes or the groups they name (nested
// groups too) could change. Each case here is a policy where a slip in either would hand one region or
// day the plan of another: every question, asked on a warm policy in turn, must get the general path's
// decision, and the questions must not all get the same answer (or the case proves nothing).

const general = (compiled: CompiledPolicy, q: Question) => decideNormalized(compiled, normalizeQuestion(compiled, q, true));

function answers(p: Policy, questions: Question[]): string[] {
  const compiled = compilePolicy(p);
  evaluate(compiled, questions[0] as Question);
  const out: string[] = [];
  for (const q of questions) {
    const expected = general(compiled, q);
    expect(evaluate(compiled, q), JSON.stringify(q)).toEqual(expected);
    expect(evaluate(compiled, q), JSON.stringify(q)).toEqual(expected);
    out.push(expected.answer);
  }
  return out;
}

const q = (region: string, at: string, category = "posts"): Question => ({ purpose: "generative-ai-training", category, at, user: { region, age: 30 } });
const group = (id: string, members: { member: string; from?: string; until?: string }[]) => ({ id, label: id.toUpperCase(), members, sources: cite() });

describe("region classes", () => {
  it("two countries that came back to a group on the same day, after different stints, are told apart", () => {
    const p = policy({
      regionGroups: [
        group("g", [
          { member: "NO", from: "2021-01-01", until: "2022-01-01" },
          { member: "NO", from: "2023-01-01" },
          { member: "SE", from: "2020-01-01", until: "2020-06-01" },
          { member: "SE", from: "2023-01-01" },
        ]),
      ],
      statements: [statement({ id: "s", from: "2020-01-01", regions: { include: ["g"] } })],
    });
    expect(answers(p, [q("SE", "2021-06-01"), q("NO", "2021-06-01"), q("NO", "2020-03-01"), q("SE", "2020-03-01"), q("NO", "2023-06-01")])).toEqual([
      "unknown",
      "used",
      "unknown",
      "used",
      "used",
    ]);
  });

  it("two countries in a group through nested groups keep all their memberships", () => {
    const p = policy({
      regionGroups: [
        group("outer", [{ member: "early" }, { member: "other" }, { member: "late" }]),
        group("early", [{ member: "NO", until: "2022-01-01" }]),
        group("other", [{ member: "SE", until: "2021-01-01" }]),
        group("late", [
          { member: "NO", from: "2023-01-01" },
          { member: "SE", from: "2023-01-01" },
        ]),
      ],
      statements: [statement({ id: "s", from: "2020-01-01", regions: { include: ["outer"] } })],
    });
    expect(answers(p, [q("SE", "2021-06-01"), q("NO", "2021-06-01"), q("SE", "2023-06-01"), q("NO", "2023-06-01")])).toEqual([
      "unknown",
      "used",
      "used",
      "used",
    ]);
  });

  it("members of two different groups with the same days are told apart", () => {
    const p = policy({
      regionGroups: [group("grp1", [{ member: "MX" }]), group("grp2", [{ member: "CA" }])],
      statements: [statement({ id: "s", regions: { include: ["grp1"] } }), statement({ id: "t", effect: "not-used", regions: { include: ["grp2"] } })],
    });
    expect(answers(p, [q("CA", "2024-06-01"), q("MX", "2024-06-01"), q("US", "2024-06-01")])).toEqual(["not-used", "used", "unknown"]);
  });

  it("a region a dispute names is told apart from the rest", () => {
    const p = policy({
      statements: [
        statement({
          id: "s",
          disputes: [
            dispute({ claim: "Not here.", where: { regions: { include: ["FR"] } }, confidence: "low", sources: cite() }),
            dispute({
              id: "e",
              by: "A court",
              claim: "Nowhere but here.",
              where: { regions: { exclude: ["group-de"] } },
              reading: { effect: "unknown" },
              confidence: "low",
              sources: cite(),
            }),
          ],
        }),
      ],
      regionGroups: [group("group-de", [{ member: "DE" }, { member: "AT" }])],
    });
    const at = "2024-06-01";
    const list = answers(p, [q("AD", at), q("FR", at), q("DE", at), q("AT", at), q("US", at)]);
    expect(list).toEqual(["unknown", "unknown", "used", "used", "unknown"]);
  });
});

describe("epochs", () => {
  it("start on the days a nested group's membership changes", () => {
    const p = policy({
      coverage: { from: "2010-01-01" },
      regionGroups: [group("g", [{ member: "EU" }])],
      statements: [statement({ id: "s", from: "2010-01-01", regions: { include: ["g"] } })],
    });
    // Croatia joined the EU on 1 July 2013; the United Kingdom left it on 1 February 2020.
    expect(answers(p, [q("HR", "2013-06-30"), q("HR", "2013-07-01"), q("GB", "2020-01-31"), q("GB", "2020-02-01")])).toEqual([
      "unknown",
      "used",
      "used",
      "unknown",
    ]);
  });

  it("start on the days of a group named only by a dispute", () => {
    const p = policy({
      regionGroups: [group("g", [{ member: "NO", from: "2024-06-01" }])],
      statements: [
        statement({
          id: "s",
          disputes: [dispute({ claim: "Not there.", where: { regions: { include: ["g"] } }, confidence: "low", sources: cite() })],
        }),
      ],
    });
    expect(answers(p, [q("NO", "2024-05-31"), q("NO", "2024-06-01")])).toEqual(["used", "unknown"]);
  });

  it("a dispute about a parent category applies to its children", () => {
    // Under the regulator's reading the opt-out reaches only newer posts: the two members differ only
    // where the dispute applies.
    const p = policy({
      categories: [{ id: "short-videos", label: "Short videos", description: "Clips.", parent: "posts" }],
      controls: [control({ id: "a", scope: "future-only" })],
      statements: [
        statement({
          id: "s",
          categories: ["posts"],
          consent: { default: "on", controls: [{ control: "a" }] },
          disputes: [
            dispute({
              claim: "Only newer posts.",
              where: { categories: ["posts"] },
              reading: { scopes: [{ chosenFrom: "2024-01-01", scope: "new-data-only" }] },
              confidence: "low",
              sources: cite(),
            }),
          ],
        }),
      ],
    });
    const member = (created: string): Question => ({
      ...q("US", "2024-09-01", "short-videos"),
      user: { region: "US", age: 30, optOuts: [{ control: "a", at: "2024-06-01" }] },
      data: { createdAt: created },
    });
    expect(answers(p, [member("2024-07-01"), member("2024-03-01")])).toEqual(["not-used", "unknown"]);
  });
});

describe("shared decisions", () => {
  it("are frozen, with their reasons, needs and cases, on both paths", () => {
    const p = compilePolicy(policy({ statements: [statement({ id: "s", age: { atLeast: 18 } })] }));
    const unknownAge: Question = { purpose: "generative-ai-training", category: "posts", at: "2024-06-01", user: { region: "US" } };
    const adult = q("US", "2024-06-01");
    for (const d of [evaluate(p, unknownAge), evaluate(p, adult), evaluate(p, adult), evaluate(p, unknownAge)]) {
      expect(Object.isFrozen(d)).toBe(true);
      expect(Object.isFrozen(d.reasons)).toBe(true);
      expect(Object.isFrozen(d.needs)).toBe(true);
    }
    const split = evaluate(p, unknownAge);
    expect(split.needs).toEqual(["age"]);
    expect(split.cases?.length).toBe(2);
    expect(Object.isFrozen(split.cases)).toBe(true);
  });
});

describe("scope rules", () => {
  it("a choice made on a day a rule's undisclosed start could fall either side of is not answered as if the rule did not apply", () => {
    const p = policy({
      controls: [control({ id: "a", scope: "future-only" })],
      statements: [
        statement({
          id: "s",
          consent: {
            default: "on",
            controls: [{ control: "a", scopes: [{ chosenFrom: { earliest: "2024-05-01", latest: "2024-07-01" }, scope: "new-data-only" }] }],
          },
        }),
      ],
    });
    const member = (optedOut: string): Question => ({
      ...q("US", "2024-09-01"),
      user: { region: "US", age: 30, optOuts: [{ control: "a", at: optedOut }] },
      data: { createdAt: "2024-03-01" },
    });
    expect(answers(p, [member("2024-04-01"), member("2024-06-01"), member("2024-08-01")])).toEqual(["not-used", "unknown", "used"]);
  });
});
