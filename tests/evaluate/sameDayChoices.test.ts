import { describe, expect, it } from "vitest";
import { type Choice, type Question, compilePolicy, evaluate, timeline } from "../../src/index.js";
import { decideNormalized } from "../../src/evaluate/evaluate.js";
import { normalizeQuestion } from "../../src/evaluate/normalizeQuestion.js";
import { control, policy, statement } from "../support/builders.js";

// Opposite choices with one control on one day: which came last decides the rest of the day and
// after. Given times order them; without them the order is a missing input (`choice.time`), and the
// answer is unknown where the two orders differ.

const onByDefault = compilePolicy(
  policy({
    controls: [control({ id: "c" })],
    statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "c" }] } })],
  }),
);

const ask = (optOuts: Choice[], optIns: Choice[], at = "2025-06-01"): Question => ({
  purpose: "generative-ai-training",
  category: "posts",
  at,
  user: { region: "US", age: 30, optOuts, optIns },
  data: { createdAt: "2024-06-01" },
});

/** The general path's decision, checked against what `evaluate` gives twice (the fast path's memo answers the second time). */
function decide(q: Question) {
  const general = decideNormalized(onByDefault, normalizeQuestion(onByDefault, q, true));
  expect(evaluate(onByDefault, q)).toEqual(general);
  expect(evaluate(onByDefault, q)).toEqual(general);
  return general;
}

describe("opposite choices on one day", () => {
  it("without times: the order is a missing input, and the answer unknown", () => {
    const d = decide(ask([{ control: "c", at: "2025-05-01" }], [{ control: "c", at: "2025-05-01" }]));
    expect(d.answer).toBe("unknown");
    expect(d.needs).toEqual(["choice.time"]);
    expect(d.cases).toEqual([
      { when: ["the last choice with “Setting c” on 2025-05-01 was an opt-out"], answer: "not-used" },
      { when: ["the last choice with “Setting c” on 2025-05-01 was an opt-in"], answer: "used" },
    ]);
  });

  it("with times: the later one decides", () => {
    const out = { control: "c", at: "2025-05-01T10:00:00Z" };
    const inAt = (at: string) => [{ control: "c", at }];
    expect(decide(ask([out], inAt("2025-05-01T09:30:00Z"))).answer).toBe("not-used");
    expect(decide(ask([out], inAt("2025-05-01T10:30:00Z"))).answer).toBe("used");
    // Offsets count: 11:30 in Paris (UTC+2) is 09:30 UTC, before the opt-out.
    expect(decide(ask([out], inAt("2025-05-01T11:30:00+02:00"))).answer).toBe("not-used");
    // A time on one of them only, or the same time on both, orders nothing.
    expect(decide(ask([out], inAt("2025-05-01"))).needs).toEqual(["choice.time"]);
    expect(decide(ask([out], inAt("2025-05-01T10:00:00Z"))).needs).toEqual(["choice.time"]);
  });

  it("does not matter for a use before that day, nor when an earlier choice settles it", () => {
    const same = ask([{ control: "c", at: "2025-05-01" }], [{ control: "c", at: "2025-05-01" }], "2025-04-30");
    expect(decide(same)).toMatchObject({ answer: "used", needs: [] });
    // Two opt-outs and one opt-in that day: still, whichever kind came last decides.
    const three = ask(
      [
        { control: "c", at: "2025-05-01" },
        { control: "c", at: "2025-05-01" },
      ],
      [{ control: "c", at: "2025-05-01" }],
    );
    expect(decide(three).cases?.map((c) => c.answer)).toEqual(["not-used", "used"]);
  });

  it("a use with a time: a choice or a creation later that day is not in force for it", () => {
    const at = "2025-05-01T08:00:00Z";
    const out = (time: string) => [{ control: "c", at: time }];
    expect(decide(ask(out("2025-05-01T09:00:00Z"), [], at)).answer).toBe("used");
    expect(decide(ask(out("2025-05-01T07:00:00Z"), [], at)).answer).toBe("not-used");
    // Without a time on either side, a choice on the day of use is in force for it.
    expect(decide(ask(out("2025-05-01"), [], at)).answer).toBe("not-used");
    expect(decide(ask(out("2025-05-01T09:00:00Z"), [], "2025-05-01")).answer).toBe("not-used");
    // With a Date for the day of use, too.
    expect(decide(ask(out("2025-05-01T09:00:00Z"), [], new Date(Date.UTC(2025, 4, 1, 8)) as unknown as string)).answer).toBe("used");
    const created = (time: string) => ({ ...ask([], [], at), data: { createdAt: time } });
    expect(decide(created("2025-05-01T09:00:00Z"))).toMatchObject({ answer: "not-used", reasons: [{ code: "not-yet-created" }] });
    expect(decide(created("2025-05-01T07:00:00Z")).answer).toBe("used");
  });

  it("a timeline splits on it from that day on", () => {
    const runs = timeline(onByDefault, {
      purpose: "generative-ai-training",
      category: "posts",
      user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2025-05-01" }], optIns: [{ control: "c", at: "2025-05-01" }] },
    }).map((r) => `${r.from} ${r.answer}`);
    // The last run starts the day after the fixture's last review.
    expect(runs).toEqual(["2020-01-01 unknown", "2024-01-01 used", "2025-05-01 unknown", "2100-01-01 unknown"]);
  });
});

describe("times of day with fractions of a second", () => {
  it.each([
    ["an opt-out 200 ms after the use", "2025-06-01T10:00:00.500Z", "2025-06-01T10:00:00.700Z", "used"],
    ["an opt-out 200 ms before the use", "2025-06-01T10:00:00.700Z", "2025-06-01T10:00:00.500Z", "not-used"],
  ])("orders %s, as the same instants given as Dates are ordered", (_, at, outAt, answer) => {
    expect(decide(ask([{ control: "c", at: outAt }], [], at)).answer).toBe(answer);
    expect(decide(ask([{ control: "c", at: new Date(outAt) }], [], new Date(at) as never)).answer).toBe(answer);
  });

  it("orders instants a microsecond apart, finer than a Date holds", () => {
    expect(decide(ask([{ control: "c", at: "2025-06-01T10:00:00.000002Z" }], [], "2025-06-01T10:00:00.000001Z")).answer).toBe("used");
  });
});
