import { describe, expect, it } from "vitest";
import { type Policy, type Question, SCOPE_EFFECTS, type Statement, actionsFor } from "../../src/index.js";
import { SOURCE_ID, control, policy, statement } from "../support/builders.js";

// actionsFor(): how a control is described, when it is offered, what choosing it would give, and the
// day after which choosing it reaches less.

const s = (id: string, o: Partial<Statement> = {}) => statement({ id, ...o });
const ask = (p: Policy, q: Partial<Question> = {}) =>
  actionsFor(p, { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 }, ...q });
const linked = (c: Parameters<typeof control>[0], o: Partial<Policy> = {}) =>
  policy({ name: "Acme", controls: [control(c)], statements: [s("u", { consent: { default: "on", controls: [{ control: c.id }] } })], ...o });

describe("how a control is described", () => {
  it("a plain setting: its latest label, its scope's effect, and nothing else", () => {
    const p = linked({
      id: "c",
      labels: [
        { text: "Old name", sources: [{ source: SOURCE_ID, quote: "q" }] },
        { text: "New name", sources: [{ source: SOURCE_ID, quote: "q" }] },
      ],
    });
    expect(ask(p)).toStrictEqual([
      {
        control: {
          platform: "test",
          id: "c",
          label: "New name",
          kind: "setting",
          purposes: ["generative-ai-training"],
          scope: "future-only",
          withdrawal: "future-only",
          decidedBy: "user",
          advisory: false,
          mayBeRefused: false,
          effect: SCOPE_EFFECTS["future-only"],
        },
        answerIfChosen: "not-used",
      },
    ]);
  });

  it("every optional field, and every note, in order", () => {
    const p = linked({
      id: "form",
      kind: "email",
      scope: "removal-requested",
      enforcement: "advisory",
      mayBeRefused: true,
      requiresReason: true,
      decidedBy: "workspace-owner",
      location: "Settings > Privacy",
      url: "https://example.com/form",
      contact: { email: "privacy@example.com", subject: "Opt out" },
      note: "Takes a week.",
    });
    const [action] = ask(p, { data: { createdAt: "2025-01-01" } });
    expect(action?.control).toStrictEqual({
      platform: "test",
      id: "form",
      label: "Setting form",
      kind: "email",
      location: "Settings > Privacy",
      url: "https://example.com/form",
      contact: { email: "privacy@example.com", subject: "Opt out" },
      purposes: ["generative-ai-training"],
      scope: "removal-requested",
      withdrawal: "future-only",
      decidedBy: "workspace-owner",
      advisory: true,
      mayBeRefused: true,
      effect: `${SCOPE_EFFECTS["removal-requested"]} It binds only those who choose to honour it. Acme may refuse it. It asks for a reason. It is decided by the workspace owner, not by each user.`,
      note: "Takes a week.",
    });
  });

  it.each([
    ["account-admin", "It is decided by the account admin, not by each user."],
    ["site-owner", "It is decided by the site owner, not by each user."],
    ["parent", "It is decided by the parent, not by each user."],
  ] as const)("decided by %s", (decidedBy, words) => {
    // A parent's control is offered for a minor's account only.
    const user = decidedBy === "parent" ? { region: "US", age: 15 } : undefined;
    expect(ask(linked({ id: "c", decidedBy }), user && { user })[0]?.control.effect).toBe(`${SCOPE_EFFECTS["future-only"]} ${words}`);
  });

  it("a parent's control is not offered to an adult", () => {
    expect(ask(linked({ id: "c", decidedBy: "parent" }))).toEqual([]);
  });

  it("the words of every scope", () => {
    expect(SCOPE_EFFECTS).toEqual({
      "future-only": "Stops uses from the day you choose, for all your data; training already done is not undone.",
      "new-data-only": "Covers only data created after you choose; earlier data may still be used.",
      "earlier-data-undisclosed": "Covers data created after you choose; whether earlier data is still used is not said.",
      "reach-undisclosed": "Whether a choice made then stops this use is not said.",
      removal: "Stops uses from the day you choose and removes your past data from the data sets.",
      "removal-requested": "Stops sharing from the day you choose; recipients are asked to remove earlier data, without guarantee.",
    });
  });
});

describe("when a control is offered", () => {
  it("not for a control no statement about the use links to, and in the policy's order", () => {
    const p = policy({
      controls: [control({ id: "other", purposes: ["ai-inference"] }), control({ id: "b" }), control({ id: "a" })],
      statements: [
        s("u", { consent: { default: "on", controls: [{ control: "a" }, { control: "b" }] } }),
        s("i", { purposes: ["ai-inference"], consent: { default: "on", controls: [{ control: "other" }] } }),
      ],
    });
    expect(ask(p).map((a) => a.control.id)).toEqual(["b", "a"]);
  });

  it("not once the user has opted out", () => {
    const p = linked({ id: "c" });
    expect(ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2024-06-01" }] } })).toEqual([]);
    expect(ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2025-01-01" }] } })).toEqual([]);
    expect(ask(p, { user: { region: "US", age: 30, optOuts: [{ control: "c", at: "2025-01-02" }] } }).length).toBe(1);
  });

  it("an advisory control that would reach the use is offered though the answer stays unknown", () => {
    const [action] = ask(linked({ id: "c", enforcement: "advisory" }));
    expect(action?.answerIfChosen).toBe("unknown");
  });

  it("a new-data-only control is offered for data not yet created, not for older data", () => {
    const p = linked({ id: "c", scope: "new-data-only" });
    expect(ask(p, { data: { createdAt: "2024-06-01" } })).toEqual([]);
    // For data created on the day: choosing now reaches it.
    expect(ask(p, { data: { createdAt: "2025-01-01" } }).map((a) => a.answerIfChosen)).toEqual(["not-used"]);
  });

  it("a control for a use that starts later is offered, and answerIfChosen is for the day asked", () => {
    const p = policy({
      controls: [control({ id: "c", scope: "new-data-only" })],
      statements: [s("u", { from: "2025-06-01", consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    const [action] = ask(p, { data: { createdAt: "2025-01-01" } });
    expect(action?.answerIfChosen).toBe("unknown");
    expect(action?.control.id).toBe("c");
  });
});

describe("deadlines", () => {
  it("a new-data-only opt-out made before a use starts reaches data it would miss after: the start is the deadline", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          from: "2025-06-01",
          consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2025-06-01", scope: "new-data-only" }] }] },
        }),
      ],
    });
    const [action] = ask(p, { data: { createdAt: "2024-01-01" } });
    expect(action).toMatchObject({ answerIfChosen: "unknown", deadline: "2025-06-01" });
    // Asked on the start day itself, it is too late: nothing is offered.
    expect(ask(p, { at: "2025-06-01", data: { createdAt: "2024-01-01" } })).toEqual([]);
    // Asked the day before, the deadline is the next day.
    expect(ask(p, { at: "2025-05-31", data: { createdAt: "2024-01-01" } })[0]?.deadline).toBe("2025-06-01");
  });

  it("no deadline when choosing later reaches as much", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [s("u", { from: "2025-06-01", consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    const [action] = ask(p, { data: { createdAt: "2024-01-01" } });
    expect(action?.deadline).toBeUndefined();
    expect(Object.keys(action ?? {})).toEqual(["control", "answerIfChosen"]);
  });

  it("the first day on which choosing reaches less, among several", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          consent: {
            default: "on",
            controls: [
              {
                control: "c",
                scopes: [
                  { chosenFrom: "2025-03-01", scope: "removal-requested" },
                  { chosenFrom: "2025-09-01", scope: "new-data-only" },
                ],
              },
            ],
          },
        }),
        s("v", { from: "2025-09-01", summary: "Later use.", consent: { default: "on", controls: [{ control: "c" }] } }),
      ],
    });
    expect(ask(p, { data: { createdAt: "2024-01-01" } })[0]?.deadline).toBe("2025-03-01");
  });
});

// Cases found by surviving mutants of actions.ts.
describe("what an opt-out reaches where the answer stays unknown", () => {
  // Without a region, the use is used in the US and silent elsewhere: unknown before and after.
  const inUs = (c: Parameters<typeof control>[0]) =>
    policy({ controls: [control(c)], statements: [s("u", { regions: { include: ["US"] }, consent: { default: "on", controls: [{ control: c.id }] } })] });

  it("an enforced opt-out that reaches some of the cases is offered", () => {
    expect(ask(inUs({ id: "c" }), { user: { age: 30 } }).map((a) => [a.control.id, a.answerIfChosen])).toEqual([["c", "unknown"]]);
  });

  it("a removal request that reaches some of the cases is offered", () => {
    expect(
      ask(inUs({ id: "c", scope: "removal-requested" }), { user: { age: 30 }, data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen]),
    ).toEqual([["c", "unknown"]]);
  });

  it("an advisory control that reaches some of the cases is offered", () => {
    expect(ask(inUs({ id: "c", enforcement: "advisory" }), { user: { age: 30 } }).map((a) => [a.control.id, a.answerIfChosen])).toEqual([["c", "unknown"]]);
  });
});

describe("the parts of the data asked about", () => {
  const categories: Policy["categories"] = [
    { id: "feedback", label: "Feedback", description: "Feedback.", parent: "posts" },
    { id: "drafts", label: "Drafts", description: "Drafts.", parent: "posts" },
  ];

  it("a control that reaches only one finer category, while another stays in use", () => {
    const p = policy({
      categories,
      controls: [control({ id: "b" })],
      statements: [s("dr", { categories: ["drafts"] }), s("fb", { categories: ["feedback"], consent: { default: "on", controls: [{ control: "b" }] } })],
    });
    expect(ask(p).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["b", "used", undefined]]);
  });

  it("not for a category outside the one asked about", () => {
    const p = policy({
      categories,
      controls: [control({ id: "c" })],
      statements: [
        s("w"),
        s("u", { consent: { default: "on", controls: [{ control: "c" }] } }),
        s("v", { categories: ["profile"], consent: { default: "on", controls: [{ control: "c" }] } }),
      ],
    });
    expect(ask(p)).toEqual([]);
    expect(ask(p, { category: "profile" }).map((a) => a.control.id)).toEqual(["c"]);
  });

  it("the earliest deadline of all the parts: an earlier one of a later part replaces a later one", () => {
    // Drafts are used whatever the user does, so the data as a whole sets no deadline; the rest of the
    // posts has one on 1 September, feedback on 1 March.
    const p = policy({
      categories,
      controls: [control({ id: "c" })],
      statements: [
        s("dr", { categories: ["drafts"] }),
        s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2025-09-01", scope: "new-data-only" }] }] } }),
        s("fb", {
          categories: ["feedback"],
          consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2025-03-01", scope: "new-data-only" }] }] },
        }),
      ],
    });
    expect(ask(p, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "used", "2025-03-01"]]);
  });

  it("the earliest deadline of all the parts: a later one of another part does not replace it", () => {
    const p = policy({
      categories,
      controls: [control({ id: "c" })],
      statements: [
        s("u", { consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2025-09-01", scope: "new-data-only" }] }] } }),
        s("fb", {
          categories: ["feedback"],
          consent: { default: "on", controls: [{ control: "c", scopes: [{ chosenFrom: "2025-03-01", scope: "new-data-only" }] }] },
        }),
      ],
    });
    expect(ask(p, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "not-used", "2025-03-01"]]);
  });
});

describe("the days on which the answer may change", () => {
  type Dispute = NonNullable<Statement["disputes"]>[number];
  const dispute = (o: Pick<Dispute, "reading"> & Partial<Dispute>): Dispute => ({
    id: "d",
    claim: "Another reading.",
    by: "A court",
    confidence: "high",
    sources: [{ source: SOURCE_ID, quote: "q" }],
    ...o,
  });

  it("a dispute without scopes, and one whose scopes start later", () => {
    const plain = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          consent: { default: "on", controls: [{ control: "c" }] },
          disputes: [dispute({ reading: { effect: "not-used" }, where: { from: "2025-06-01" } })],
        }),
      ],
    });
    expect(ask(plain).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "not-used", undefined]]);
    const scoped = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          consent: { default: "on", controls: [{ control: "c" }] },
          disputes: [dispute({ reading: { scopes: [{ chosenFrom: "2025-06-01", scope: "new-data-only" }] } })],
        }),
      ],
    });
    expect(ask(scoped, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([
      ["c", "not-used", "2025-06-01"],
    ]);
  });

  it("the earliest day of an undisclosed start", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          consent: {
            default: "on",
            controls: [{ control: "c", scopes: [{ chosenFrom: { earliest: "2025-03-01", latest: "2025-06-01" }, scope: "new-data-only" }] }],
          },
        }),
      ],
    });
    expect(ask(p, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "not-used", "2025-03-01"]]);
    const late = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          from: { earliest: "2025-03-01", latest: "2025-06-01" },
          consent: {
            default: "on",
            controls: [{ control: "c", scopes: [{ chosenFrom: { earliest: "2025-03-01", latest: "2025-06-01" }, scope: "new-data-only" }] }],
          },
        }),
      ],
    });
    expect(ask(late, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "unknown", "2025-03-01"]]);
  });

  it("the latest day of an undisclosed start, asked about between its bounds", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("u", {
          consent: {
            default: "on",
            controls: [{ control: "c", scopes: [{ chosenFrom: { earliest: "2025-03-01", latest: "2025-06-01" }, scope: "new-data-only" }] }],
          },
        }),
      ],
    });
    const at = (day: string) => ask(p, { at: day, data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline]);
    expect(at("2025-03-01")).toEqual([["c", "unknown", "2025-06-01"]]);
    expect(at("2025-05-31")).toEqual([["c", "unknown", "2025-06-01"]]);
    expect(at("2025-06-01")).toEqual([]);
  });

  it("the days in order, whatever the order of the statements", () => {
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [
        s("v", { from: "2025-09-01", summary: "Later use.", consent: { default: "on", controls: [{ control: "c" }] } }),
        s("u", {
          consent: {
            default: "on",
            controls: [
              {
                control: "c",
                scopes: [
                  { chosenFrom: "2025-03-01", scope: "removal-requested" },
                  { chosenFrom: "2025-09-01", scope: "new-data-only" },
                ],
              },
            ],
          },
        }),
      ],
    });
    expect(ask(p, { data: { createdAt: "2024-01-01" } }).map((a) => [a.control.id, a.answerIfChosen, a.deadline])).toEqual([["c", "not-used", "2025-03-01"]]);
  });

  it("an opt-out now, before an opt-in the user has already planned, is in order of days", () => {
    // The use starts after the opt-in: choosing now changes nothing, since the later opt-in prevails.
    const p = policy({
      controls: [control({ id: "c" })],
      statements: [s("v", { from: "2025-09-01", consent: { default: "on", controls: [{ control: "c" }] } })],
    });
    expect(ask(p, { user: { region: "US", age: 30, optIns: [{ control: "c", at: "2025-06-01" }] } })).toEqual([]);
    expect(ask(p).map((a) => [a.control.id, a.answerIfChosen])).toEqual([["c", "unknown"]]);
  });
});
