import { describe, expect, it } from "vitest";
import { getPolicy, policies } from "../../src/catalog/index.js";
import { InputError, actionsFor, controlsFor, evaluate, evaluateAll } from "../../src/index.js";
import { control, policy, statement } from "../support/builders.js";

const linkedin = getPolicy("linkedin");
const SETTING = "data-for-generative-ai-improvement";

describe("actionsFor", () => {
  it("offers the setting before a start date, with the start as the deadline", () => {
    const actions = actionsFor(linkedin, {
      purpose: "generative-ai-training",
      category: "posts",
      at: "2025-10-01",
      user: { region: "DE", age: 30 },
      data: { createdAt: "2025-10-01" },
    });
    expect(actions.map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([
      [SETTING, "not-used", "2025-11-03"],
      ["data-processing-objection-form", "not-used", "2025-11-03"],
    ]);
    expect(actions[0]?.control.effect).toBe("Stops uses from the day you choose, for all your data; training already done is not undone.");
    expect(actions[1]?.control.effect).toContain("LinkedIn may refuse it.");
  });

  it("offers the setting where the answer is unknown for want of an input, if it reaches some of the cases", () => {
    // A German member in December 2025 who gives no creation day: whether her data is used turns on
    // it (the look-back cut-off, the Garante's reading); opting out still reaches the later cases.
    const q = { purpose: "generative-ai-training", category: "posts", at: "2025-12-15", user: { region: "DE", age: 30 } } as const;
    expect(actionsFor(linkedin, q).map((a) => [a.control.id, a.answerIfChosen])).toEqual([
      [SETTING, "unknown"],
      ["data-processing-objection-form", "unknown"],
    ]);
    // Data created after the choice is out of reach of no reading: then the answer itself drops.
    expect(actionsFor(linkedin, { ...q, data: { createdAt: "2025-12-15" } }).map((a) => [a.control.id, a.answerIfChosen])).toEqual([
      [SETTING, "not-used"],
      ["data-processing-objection-form", "not-used"],
    ]);
  });

  it("offers a control that reaches part of the data asked about, where another part stays in use", () => {
    // Chats are used unless the user switches training off; flagged chats, a part of them, are used
    // whatever the user does. "Are my chats used?" stays "used", but the setting still reaches most of them.
    const chats = policy({
      categories: [{ id: "flagged-chats", label: "Flagged chats", description: "Chats flagged for review.", parent: "ai-interactions" }],
      controls: [control({ id: "toggle" })],
      statements: [
        statement({ id: "chats", categories: ["ai-interactions"], consent: { default: "on", controls: [{ control: "toggle" }] } }),
        statement({ id: "flagged", categories: ["flagged-chats"] }),
      ],
    });
    const q = { purpose: "generative-ai-training", category: "ai-interactions", at: "2025-01-01", user: { region: "US" } } as const;
    expect(evaluateAll([chats], q)[0]?.decision.answer).toBe("used");
    expect(actionsFor(chats, q).map((a) => [a.control.id, a.answerIfChosen])).toEqual([["toggle", "used"]]);
    expect(actionsFor(chats, { ...q, category: "flagged-chats" })).toEqual([]);
  });

  it("does not offer a control that has closed, nor count a choice made with it afterwards", () => {
    // Meta's 2024 objection form for Europe closed on 26 June 2024; the 2025 form replaced it.
    const meta = getPolicy("meta");
    const q = {
      purpose: "generative-ai-training",
      category: "posts",
      at: "2025-06-01",
      user: { region: "DE", age: 30 },
      data: { createdAt: "2025-06-01", visibility: "public" },
    } as const;
    expect(actionsFor(meta, q).map((a) => a.control.id)).toEqual(["ai-objection-form"]);
    const late = evaluate(meta, { ...q, user: { ...q.user, optOuts: [{ control: "objection-form-2024", at: "2025-01-10" }] } });
    expect(late.reasons.map((r) => r.code)).toContain("choice-not-available");
  });

  it("offers only the objection form for other machine learning", () => {
    const actions = actionsFor(linkedin, { purpose: "non-generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 } });
    expect(actions.map((a) => a.control.id)).toEqual(["data-processing-objection-form"]);
  });

  it("offers nothing once the user has opted out", () => {
    const user = { region: "US", age: 30, optOuts: [{ control: SETTING, at: "2025-01-01" }] };
    expect(actionsFor(linkedin, { purpose: "generative-ai-training", category: "posts", at: "2025-06-01", user })).toEqual([]);
  });

  it("offers nothing against an exclusion or a use without a control", () => {
    expect(actionsFor(linkedin, { purpose: "generative-ai-training", category: "private-messages", at: "2025-12-01", user: { region: "US" } })).toEqual([]);
    expect(actionsFor(linkedin, { purpose: "ai-inference", category: "profile", at: "2025-12-01", user: { region: "US" } })).toEqual([]);
  });
});

describe("evaluateAll", () => {
  const p2 = policy({
    id: "other",
    name: "Other",
    controls: [control({ id: "toggle" })],
    statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "toggle" }] } })],
  });

  it("answers for every platform, giving each only its own choices", () => {
    const answers = evaluateAll([linkedin, p2], {
      purpose: "generative-ai-training",
      category: "posts",
      at: "2025-12-15",
      user: {
        region: "US",
        age: 30,
        optOuts: [
          { control: SETTING, at: "2025-01-01" },
          { control: "other:toggle", at: "2025-12-01" },
        ],
      },
    });
    expect(answers.map((a) => [a.platform, a.decision.answer, a.actions.length])).toEqual([
      ["linkedin", "not-used", 0],
      ["other", "not-used", 0],
    ]);
    const open = evaluateAll([linkedin, p2], { purpose: "generative-ai-training", category: "posts", at: "2025-12-15", user: { region: "US", age: 30 } });
    expect(open.map((a) => [a.platform, a.decision.answer, a.actions.map((x) => x.control.id)])).toEqual([
      ["linkedin", "used", [SETTING]],
      ["other", "used", ["toggle"]],
    ]);
  });

  it("refuses a control no platform has, and a recipient", () => {
    const q = {
      purpose: "generative-ai-training",
      category: "posts",
      at: "2025-12-15",
      user: { region: "US", optOuts: [{ control: "nope", at: "2025-01-01" }] },
    };
    expect(() => evaluateAll([linkedin, p2], q)).toThrow(InputError);
    expect(() => evaluateAll([linkedin], { purpose: "generative-ai-training", category: "posts", at: "2025-12-15", recipient: "microsoft" })).toThrow(
      /recipients differ/,
    );
  });
});

describe("evaluateAll with a platform's own vocabulary", () => {
  const q = { at: "2025-06-01", user: { region: "US", age: 30 } } as const;
  const all = Object.values(policies);

  it("answers unknown, with the reason, where another platform declares the purpose or category", () => {
    const answers = evaluateAll(all, { ...q, purpose: "human-review", category: "posts" });
    const adobe = answers.find((a) => a.platform === "adobe");
    expect(adobe?.decision).toMatchObject({ answer: "unknown", reasons: [{ code: "policy-silent" }] });
    expect(adobe?.decision.reasons[0]?.message).toBe("Adobe's policy has no purpose \"human-review\": another platform's policy declares it.");
    expect(answers.find((a) => a.platform === "google")?.decision.reasons[0]?.code).not.toBe("policy-silent");
  });

  it("refuses a word no platform asked knows, naming the words they know", () => {
    expect(() => evaluateAll(all, { ...q, purpose: "humn-review", category: "posts" })).toThrow(
      /not a purpose of any of the platforms asked; did you mean "human-review"\?/,
    );
    expect(() => evaluateAll(all, { ...q, purpose: "human-review", category: "drafts" })).toThrow(/no platform asked has both/);
  });

  it.each([
    // Google's platforms know human review; LinkedIn, whose control the bad choice names, does not.
    [
      {
        optOuts: [
          { control: "google-extended", at: "2025-01-01" },
          { control: SETTING, at: "2025-02-30" },
        ],
      },
      "user.optOuts[1].at",
      "invalid-date",
    ],
    [{ optOuts: [{ control: SETTING, at: "2025-01-01", outcome: "maybe" }] }, "user.optOuts[0].outcome", "invalid-outcome"],
    [{ optIns: [null] }, "user.optIns[0]", "invalid-question"],
    [
      {
        optOuts: [
          { control: "google-extended", at: "2025-01-01" },
          { control: SETTING, at: "2025-01-01", when: "later" },
        ],
      },
      "user.optOuts[1].when",
      "unknown-field",
    ],
  ])("refuses a bad choice even where no platform asked knows the purpose, naming it by its own place: %j", (choices, field, code) => {
    const error = (() => {
      try {
        evaluateAll(all, { ...q, purpose: "human-review", category: "posts", user: { region: "US", age: 30, ...choices } as never });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ field, code });
  });
});

it("evaluateAll refuses policies that are not a list, with an InputError", () => {
  expect(() => evaluateAll(null as never, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01" })).toThrow(
    new InputError("invalid-question", "policies", null, "must be an iterable of policies (an array; policies from getPolicy or parsePolicy)"),
  );
});

describe("controlsFor", () => {
  it.each([
    ["US", "2024-10-01", "available"],
    ["DE", "2024-10-01", "not-available"],
    // Before the first window's undisclosed first day, but that window is for other regions.
    ["DE", "2024-06-01", "not-available"],
    ["US", "2024-06-01", "unknown"],
    ["DE", "2025-09-18", "available"],
    ["GB", "2025-01-01", "not-available"],
    ["GB", "2025-10-01", "available"],
  ])("LinkedIn's setting in %s on %s is %s", (region, at, availability) => {
    expect(controlsFor(linkedin, { region, at })[0]).toMatchObject({ id: SETTING, availability });
  });

  it("says who decides a control when it is not the user, a parent included", () => {
    const summary = (decidedBy: "user" | "account-admin" | "parent") =>
      controlsFor(policy({ controls: [control({ id: "c", decidedBy })] }), { region: "US", at: "2025-01-01" })[0];
    expect(summary("parent")).toMatchObject({ decidedBy: "parent" });
    expect(summary("parent")?.effect).toContain("It is decided by the parent, not by each user.");
    expect(summary("account-admin")?.effect).toContain("It is decided by the account admin, not by each user.");
    expect(summary("user")?.effect).not.toContain("decided by");
  });

  it("reads a window's regions before its days: Meta's form in Germany before the EEA window", () => {
    const meta = getPolicy("meta");
    const form = (at: string) => controlsFor(meta, { region: "DE", at }).find((c) => c.id === "ai-objection-form")?.availability;
    expect(form("2024-06-01")).toBe("not-available");
    expect(form("2025-04-14")).toBe("available");
  });

  it("reports unknown availability where the policy records none", () => {
    expect(controlsFor(policy({ controls: [control({ id: "c" })] }), { region: "US", at: "2025-01-01" })[0]?.availability).toBe("unknown");
  });
});
