import { describe, expect, it } from "vitest";
import { InputError, type Policy, actionsFor, evaluate, timeline } from "../../src/index.js";
import { control, policy, statement } from "../support/builders.js";

// Bad input: the code, the field, the value and the words of every InputError, and the inputs at the
// edge of what is accepted.

const p: Policy = policy({
  name: "Acme",
  recipients: [
    { id: "acme", label: "Acme", kind: "platform" },
    { id: "partner", label: "Partner", kind: "licensee" },
  ],
  controls: [control({ id: "training" }), control({ id: "objection", kind: "form", mayBeRefused: true })],
  statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "training" }, { control: "objection" }] } })],
});
const bare = policy({ name: "Bare" });

const base = { purpose: "generative-ai-training", category: "posts", at: "2025-01-01", user: { region: "US", age: 30 } };

function inputError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.name).toBe("InputError");
    return { code: e.code, field: e.field, value: e.value, message: e.message };
  }
  throw new Error("no InputError");
}
const bad = (q: unknown, on: Policy = p) => inputError(() => evaluate(on, q as never));

// Each bad question, its code, field, value and message.
const BAD: [string, unknown, string, string, unknown, string][] = [
  ["not an object", null, "invalid-question", "question", null, "question: must be an object"],
  ["an array", [], "invalid-question", "question", [], "question: must be an object"],
  [
    "an unknown purpose, with a suggestion",
    { ...base, purpose: "generative-ai-trainng" },
    "unknown-purpose",
    "purpose",
    "generative-ai-trainng",
    'purpose: "generative-ai-trainng" is not a known purpose; did you mean "generative-ai-training"? (purposes: generative-ai-training, non-generative-ai-training, ai-inference)',
  ],
  [
    "a purpose that is not text",
    { ...base, purpose: 7 },
    "unknown-purpose",
    "purpose",
    7,
    "purpose: 7 is not a known purpose (purposes: generative-ai-training, non-generative-ai-training, ai-inference)",
  ],
  [
    "an unknown category",
    { ...base, category: "zzzzzzzzzzzzzzzzzzzzzz" },
    "unknown-category",
    "category",
    "zzzzzzzzzzzzzzzzzzzzzz",
    'category: "zzzzzzzzzzzzzzzzzzzzzz" is not a known data category (categories: profile, posts, private-messages, group-content, ai-interactions, usage-data, feedback, preferences, job-data, job-applications, salary-data, payment-data, credentials)',
  ],
  [
    "an unknown category, with a suggestion",
    { ...base, category: "postz" },
    "unknown-category",
    "category",
    "postz",
    'category: "postz" is not a known data category; did you mean "posts"? (categories: profile, posts, private-messages, group-content, ai-interactions, usage-data, feedback, preferences, job-data, job-applications, salary-data, payment-data, credentials)',
  ],
  [
    "a category that is not text",
    { ...base, category: null },
    "unknown-category",
    "category",
    null,
    "category: null is not a known data category (categories: profile, posts, private-messages, group-content, ai-interactions, usage-data, feedback, preferences, job-data, job-applications, salary-data, payment-data, credentials)",
  ],
  [
    "a day that is not a day",
    { ...base, at: "2025-02-30" },
    "invalid-date",
    "at",
    "2025-02-30",
    'at: "2025-02-30" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)',
  ],
  ["a user that is not an object", { ...base, user: "me" }, "invalid-question", "user", "me", "user: must be an object"],
  ["a user that is null", { ...base, user: null }, "invalid-question", "user", null, "user: must be an object"],
  [
    "a region that is a group",
    { ...base, user: { region: "EU" } },
    "unknown-region",
    "user.region",
    "EU",
    'user.region: "EU" is a region group; give the user\'s country as an ISO 3166-1 alpha-2 code (DE, FR, GB...)',
  ],
  [
    "a region that is no code",
    { ...base, user: { region: "XX" } },
    "unknown-region",
    "user.region",
    "XX",
    'user.region: "XX" is not an ISO 3166-1 alpha-2 country code (such as US, DE, GB; UK is accepted for GB)',
  ],
  [
    "a region that is not text",
    { ...base, user: { region: 49 } },
    "unknown-region",
    "user.region",
    49,
    "user.region: 49 is not an ISO 3166-1 alpha-2 country code (such as US, DE, GB; UK is accepted for GB)",
  ],
  ["an age below 0", { ...base, user: { age: -1 } }, "invalid-age", "user.age", -1, "user.age: -1 is not an age; give whole years from 0 to 150"],
  ["an age above 150", { ...base, user: { age: 151 } }, "invalid-age", "user.age", 151, "user.age: 151 is not an age; give whole years from 0 to 150"],
  ["a fractional age", { ...base, user: { age: 17.5 } }, "invalid-age", "user.age", 17.5, "user.age: 17.5 is not an age; give whole years from 0 to 150"],
  [
    "an age that is not a number",
    { ...base, user: { age: Number.NaN } },
    "invalid-age",
    "user.age",
    Number.NaN,
    "user.age: NaN is not an age; give whole years from 0 to 150",
  ],
  [
    "an infinite age",
    { ...base, user: { age: Number.POSITIVE_INFINITY } },
    "invalid-age",
    "user.age",
    Number.POSITIVE_INFINITY,
    "user.age: Infinity is not an age; give whole years from 0 to 150",
  ],
  ["an age as text", { ...base, user: { age: "30" } }, "invalid-age", "user.age", "30", 'user.age: "30" is not an age; give whole years from 0 to 150'],
  [
    "an unknown plan",
    { ...base, user: { plan: "gold" } },
    "invalid-plan",
    "user.plan",
    "gold",
    'user.plan: "gold" is not a plan (plans: free, paid, business, enterprise, education)',
  ],
  [
    "choices that are not a list",
    { ...base, user: { optOuts: {} } },
    "invalid-question",
    "user.optOuts",
    {},
    "user.optOuts: must be an array of { control, at } choices",
  ],
  [
    "a choice that is not an object",
    { ...base, user: { optIns: ["training"] } },
    "invalid-question",
    "user.optIns[0]",
    "training",
    "user.optIns[0]: must be an object { control, at }",
  ],
  [
    "an unknown control, with a suggestion",
    {
      ...base,
      user: {
        optOuts: [
          { control: "training", at: "2024-01-01" },
          { control: "trainig", at: "2024-01-01" },
        ],
      },
    },
    "unknown-control",
    "user.optOuts[1].control",
    "trainig",
    'user.optOuts[1].control: "trainig" is not a control of Acme; did you mean "training"? (controls: training, objection)',
  ],
  [
    "a control that is not text",
    { ...base, user: { optOuts: [{ control: 3, at: "2024-01-01" }] } },
    "unknown-control",
    "user.optOuts[0].control",
    3,
    "user.optOuts[0].control: 3 is not a control of Acme (controls: training, objection)",
  ],
  [
    "a bad outcome",
    { ...base, user: { optOuts: [{ control: "objection", at: "2024-01-01", outcome: "maybe" }] } },
    "invalid-outcome",
    "user.optOuts[0].outcome",
    "maybe",
    'user.optOuts[0].outcome: must be "accepted" or "refused"',
  ],
  [
    "a choice's day that is not a day",
    { ...base, user: { optIns: [{ control: "training", at: "soon" }] } },
    "invalid-date",
    "user.optIns[0].at",
    "soon",
    'user.optIns[0].at: "soon" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)',
  ],
  ["data that is not an object", { ...base, data: [] }, "invalid-question", "data", [], "data: must be an object"],
  [
    "a creation day that is not a day",
    { ...base, data: { createdAt: "2025-13-01" } },
    "invalid-date",
    "data.createdAt",
    "2025-13-01",
    'data.createdAt: "2025-13-01" is not a real date; give a calendar day as YYYY-MM-DD (or an ISO date-time with an offset)',
  ],
  [
    "an unknown visibility",
    { ...base, data: { visibility: "private" } },
    "invalid-visibility",
    "data.visibility",
    "private",
    'data.visibility: "private" is not a visibility (public, non-public)',
  ],
  [
    "an unknown recipient, with a suggestion",
    { ...base, recipient: "partnr" },
    "unknown-recipient",
    "recipient",
    "partnr",
    'recipient: "partnr" is not a recipient in Acme\'s policy; did you mean "partner"? (recipients: acme, partner)',
  ],
  [
    "a recipient that is not text",
    { ...base, recipient: 1 },
    "unknown-recipient",
    "recipient",
    1,
    "recipient: 1 is not a recipient in Acme's policy (recipients: acme, partner)",
  ],
  [
    "a misspelt field of the user, with a suggestion",
    { ...base, user: { region: "US", age: 30, optOut: [{ control: "training", at: "2024-10-01" }] } },
    "unknown-field",
    "user.optOut",
    [{ control: "training", at: "2024-10-01" }],
    'user.optOut: "optOut" is not a field of the user\'s facts; did you mean "optOuts"? (its fields: region, age, plan, optOuts, optIns)',
  ],
  [
    "a field of the question in the wrong case",
    { ...base, Recipient: "partner" },
    "unknown-field",
    "Recipient",
    "partner",
    'Recipient: "Recipient" is not a field of a question; did you mean "recipient"? (its fields: purpose, category, at, user, data, recipient)',
  ],
  [
    "a field of the data the question does not have",
    { ...base, data: { created: "2024-01-01" } },
    "unknown-field",
    "data.created",
    "2024-01-01",
    'data.created: "created" is not a field of the data\'s facts; did you mean "createdAt"? (its fields: createdAt, visibility)',
  ],
  [
    "a field of a choice the question does not have",
    { ...base, user: { optOuts: [{ control: "training", at: "2024-01-01", result: "accepted" }] } },
    "unknown-field",
    "user.optOuts[0].result",
    "accepted",
    'user.optOuts[0].result: "result" is not a field of a choice (its fields: control, at, outcome)',
  ],
];

describe("InputError for each bad input", () => {
  it.each(BAD)("%s", (_, q, code, field, value, message) => {
    expect(bad(q)).toEqual({ code, field, value, message });
  });

  // actionsFor() reads the question without the fast path, which answers complete questions first.
  it.each(BAD)("%s, through actionsFor()", (_, q, code, field, value, message) => {
    expect(inputError(() => actionsFor(p, q as never))).toEqual({ code, field, value, message });
  });

  it("a policy without controls says so", () => {
    expect(bad({ ...base, user: { optOuts: [{ control: "training", at: "2024-01-01" }] } }, bare).message).toBe(
      'user.optOuts[0].control: "training" is not a control of Bare (controls: none)',
    );
  });

  it("timeline() checks the question without a day", () => {
    const { at: _, ...withoutDay } = base;
    expect(inputError(() => timeline(p, { ...withoutDay, user: { region: "XX" } })).code).toBe("unknown-region");
    // A day is not a field of a timeline's question: its days are its range.
    const given = inputError(() => timeline(p, base as never));
    expect([given.code, given.field]).toEqual(["unknown-field", "at"]);
    expect(given.message).toContain("a timeline covers a range of days");
    expect(timeline(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30 } }).length).toBeGreaterThan(0);
  });
});

describe("inputs at the edge of what is accepted", () => {
  it.each([0, 150])("age %i", (age) => {
    expect(evaluate(p, { ...base, user: { region: "US", age } }).answer).toBe("used");
  });

  it("region codes in any case, UK for GB; choices sorted by day, an opt-out after an opt-in the same day", () => {
    expect(evaluate(p, { ...base, user: { region: "uk", age: 30 } }).answer).toBe("used");
    const sameDay = evaluate(p, {
      ...base,
      user: {
        region: "US",
        age: 30,
        optIns: [{ control: "training", at: "2024-06-01" }],
        optOuts: [
          { control: "training", at: "2024-07-01" },
          { control: "training", at: "2024-06-01" },
        ],
      },
    });
    expect(sameDay.answer).toBe("not-used");
    // On one day, an opt-out and an opt-in without times, in either order: which came last is not
    // known, and it decides.
    const tie = evaluate(p, {
      ...base,
      user: { region: "US", age: 30, optOuts: [{ control: "training", at: "2024-06-01" }], optIns: [{ control: "training", at: "2024-06-01" }] },
    });
    expect(tie).toMatchObject({ answer: "unknown", needs: ["choice.time"] });
    const tie2 = evaluate(p, {
      ...base,
      user: { region: "US", age: 30, optIns: [{ control: "training", at: "2024-06-01" }], optOuts: [{ control: "training", at: "2024-06-01" }] },
    });
    expect(tie2).toEqual(tie);
  });

  it("through timeline(), which reads choices without the fast path: an opt-out and an opt-in the same day", () => {
    const runs = (user: object) =>
      timeline(p, { purpose: "generative-ai-training", category: "posts", user: { region: "US", age: 30, ...user } }).map((r) => [r.from, r.answer]);
    const same = [{ control: "training", at: "2024-06-01" }];
    expect(runs({ optOuts: same, optIns: same })).toEqual([
      ["2020-01-01", "unknown"],
      ["2024-01-01", "used"],
      ["2024-06-01", "unknown"],
      ["2100-01-01", "unknown"], // the day after the fixture's last review
    ]);
    expect(runs({ optIns: same, optOuts: same })).toEqual(runs({ optOuts: same, optIns: same }));
  });

  it("each choice whose outcome is not given is split on by itself", () => {
    const two = policy({
      controls: [control({ id: "c", mayBeRefused: true }), control({ id: "d", mayBeRefused: true })],
      statements: [
        statement({ id: "u", consent: { default: "on", controls: [{ control: "c" }] } }),
        statement({ id: "w", consent: { default: "on", controls: [{ control: "d" }] } }),
      ],
    });
    const [run] = timeline(
      two,
      {
        purpose: "generative-ai-training",
        category: "posts",
        user: {
          region: "US",
          age: 30,
          optOuts: [
            { control: "c", at: "2024-06-01" },
            { control: "d", at: "2024-06-01" },
          ],
        },
      },
      { from: "2024-07-01", until: "2024-07-02" },
    );
    expect(run?.needs).toEqual(["optOut.outcome"]);
    expect(run?.cases).toEqual([
      { when: ["the request made on 2024-06-01 was accepted", "the request made on 2024-06-01 was accepted"], answer: "not-used" },
      { when: ["the request made on 2024-06-01 was accepted", "the request made on 2024-06-01 was refused"], answer: "used" },
      { when: ["the request made on 2024-06-01 was refused"], answer: "used" },
    ]);
  });

  it("outcomes given or not", () => {
    const out = (outcome?: "accepted" | "refused") =>
      evaluate(p, { ...base, user: { region: "US", age: 30, optOuts: [{ control: "objection", at: "2024-06-01", ...(outcome ? { outcome } : {}) }] } });
    expect(out("accepted").answer).toBe("not-used");
    expect(out("refused").answer).toBe("used");
    expect(out().needs).toEqual(["optOut.outcome"]);
  });

  it("the recipient asked about", () => {
    expect(evaluate(p, { ...base, recipient: "acme" }).answer).toBe("used");
    expect(evaluate(p, { ...base, recipient: "partner" }).answer).toBe("unknown");
  });
});
