import { describe, expect, it } from "vitest";
import type { Choice, Question, timeline } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, answerRuns, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("x"); // validates the file and fails with file:line:col issues if invalid

// X's rules (with Grok, xAI, third-party collaborators and API licensees) as questions and answers.
// Every statement, the Grok setting and both sides of every boundary day are asked here; the reason
// column says which fact decides.

const GENAI = "generative-ai-training";
const NONGEN = "non-generative-ai-training";
const FOUNDATION = "foundation-model-training";
const LICENSING = "content-licensing";
const SETTING = "grok-data-sharing";

interface Extra {
  readonly category?: string;
  readonly purpose?: string;
  readonly region?: string;
  /** 30 by default; null leaves it out of the question. */
  readonly age?: number | null;
  readonly optOuts?: Choice[];
  readonly created?: string;
  /** public by default; null leaves it out of the question. */
  readonly visibility?: "public" | "non-public" | null;
  readonly recipient?: string;
}

function ask(at: string, extra: Extra = {}): Question {
  const visibility = extra.visibility === undefined ? "public" : extra.visibility;
  const age = extra.age === undefined ? 30 : extra.age;
  return {
    purpose: extra.purpose ?? GENAI,
    category: extra.category ?? "posts",
    at,
    user: {
      region: extra.region ?? "US",
      ...(age !== null && { age }),
      ...(extra.optOuts && { optOuts: extra.optOuts }),
    },
    data: {
      ...(extra.created !== undefined && { createdAt: extra.created }),
      ...(visibility !== null && { visibility }),
    },
    ...(extra.recipient !== undefined && { recipient: extra.recipient }),
  };
}

const optOut = (at: string): Choice[] => [{ control: SETTING, at }];

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("X: its own machine-learning and AI training (privacy policy of 29 Sept 2023)", () => {
  table([
    {
      why: "outside the history's coverage (the May 2023 policy is the first source)",
      q: ask("2023-05-17", { purpose: NONGEN, recipient: "x" }),
      answer: "unknown",
      code: "outside-coverage",
    },
    {
      why: "the May 2023 policy says nothing about training models",
      q: ask("2023-05-18", { purpose: NONGEN, recipient: "x" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "the day before the 29 Sept 2023 policy: still silent",
      q: ask("2023-09-28", { purpose: NONGEN, recipient: "x" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "from 29 Sept 2023 X trains its ML models on what it collects, no control",
      q: ask("2023-09-29", { purpose: NONGEN, recipient: "x" }),
      answer: "used",
      code: "used",
    },
    { why: "profile data too", q: ask("2025-06-01", { purpose: NONGEN, category: "profile", recipient: "x" }), answer: "used" },
    { why: "usage data too", q: ask("2025-06-01", { purpose: NONGEN, category: "usage-data", recipient: "x", visibility: null }), answer: "used" },
    {
      why: "no control: the Grok setting does not reach it",
      q: ask("2025-06-01", { purpose: NONGEN, recipient: "x", optOuts: optOut("2024-09-01") }),
      answer: "used",
    },
    { why: "no regional carve-out for X's own ML", q: ask("2025-06-01", { purpose: NONGEN, recipient: "x", region: "DE" }), answer: "used" },
    {
      why: "X's own generative models beyond Grok: the clause and the Terms reserve it, nothing says more",
      q: ask("2024-01-01", { recipient: "x" }),
      answer: "unknown",
      code: "undisclosed",
    },
    { why: "the same after the Terms of 15 Nov 2024 name generative models", q: ask("2024-11-15", { recipient: "x" }), answer: "unknown", code: "undisclosed" },
    {
      why: "the day before the 29 Sept 2023 policy, X's generative training is not spoken of",
      q: ask("2023-09-28", { recipient: "x", category: "profile" }),
      answer: "unknown",
      code: "policy-silent",
    },
    {
      why: "direct messages: the clause speaks of what X collects, which includes them",
      q: ask("2025-06-01", { purpose: NONGEN, category: "private-messages", recipient: "x", visibility: null }),
      answer: "unknown",
      code: "undisclosed",
    },
  ]);
});

describe("X: Grok training on public posts and the setting (July 2024)", () => {
  table([
    {
      why: "before xAI's policy of 15 March 2024 (recorded 29 April) whether Grok trained on posts is undisclosed",
      q: ask("2024-03-01", { recipient: "xai" }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "from that policy xAI trains on public X posts, with no control yet",
      q: ask("2024-05-06", { recipient: "xai" }),
      answer: "used",
      confidence: "medium",
      code: "used",
    },
    { why: "from 7 May 2024, whether or not the setting had begun: used", q: ask("2024-05-07", { recipient: "xai" }), answer: "used", confidence: "medium" },
    { why: "the day before the setting was found: used", q: ask("2024-07-25", { recipient: "xai" }), answer: "used", confidence: "medium" },
    { why: "from 26 July 2024 public posts train Grok, on by default", q: ask("2024-07-26", { recipient: "xai" }), answer: "used", code: "used-by-default" },
    { why: "X itself uses the posts for Grok too", q: ask("2024-07-26", { recipient: "x", category: "ai-interactions", visibility: null }), answer: "used" },
    { why: "any recipient: Grok's use is enough", q: ask("2024-08-15"), answer: "used" },
    {
      why: "opting out is future-only: a run the day before still used the posts",
      q: ask("2024-08-31", { recipient: "xai", optOuts: optOut("2024-09-01") }),
      answer: "used",
    },
    {
      why: "opting out holds from its own day",
      q: ask("2024-09-01", { recipient: "xai", optOuts: optOut("2024-09-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    { why: "an opt-out of 2024 still holds in 2026", q: ask("2026-06-01", { recipient: "xai", optOuts: optOut("2024-09-01") }), answer: "not-used" },
    {
      why: "protected (private) accounts' posts are not used for Grok",
      q: ask("2025-01-01", { recipient: "xai", visibility: "non-public" }),
      answer: "not-used",
      code: "excluded",
    },
    {
      why: "whether the account is protected decides it",
      q: ask("2025-01-01", { recipient: "xai", visibility: null }),
      answer: "unknown",
      needs: ["data.visibility"],
    },
    { why: "no age limit outside Europe: a 15-year-old's posts", q: ask("2025-06-01", { recipient: "xai", age: 15 }), answer: "used" },
    {
      why: "Grok is a foundation model: the developer bar does not reach xAI",
      q: ask("2025-07-01", { purpose: FOUNDATION, recipient: "xai" }),
      answer: "used",
    },
  ]);
});

describe("X: Grok interactions, in the same checkbox", () => {
  table([
    {
      why: "before the setting: undisclosed",
      q: ask("2024-05-06", { category: "ai-interactions", recipient: "xai", visibility: null }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "from 26 July 2024 Grok interactions train Grok by default",
      q: ask("2024-07-26", { category: "ai-interactions", recipient: "xai", visibility: null }),
      answer: "used",
      code: "used-by-default",
    },
    {
      why: "one checkbox: opting out stops interactions too",
      q: ask("2025-01-01", { category: "ai-interactions", recipient: "xai", visibility: null, optOuts: optOut("2024-09-01") }),
      answer: "not-used",
    },
    {
      why: "the EU undertaking concerns posts, not Grok interactions",
      q: ask("2025-01-01", { category: "ai-interactions", recipient: "xai", visibility: null, region: "DE" }),
      answer: "used",
    },
  ]);
});

describe("X: the EU/EEA undertaking (August 2024, permanent from 4 Sept 2024)", () => {
  const windowPost = "2024-06-01";
  table([
    {
      why: "before the undertaking a German user's June 2024 post trained Grok",
      q: ask("2024-07-30", { region: "DE", recipient: "xai", created: windowPost }),
      answer: "used",
    },
    {
      why: "the last day of the window: still before the undertaking",
      q: ask("2024-08-01", { region: "DE", recipient: "xai", created: windowPost }),
      answer: "used",
    },
    {
      why: "from 2 Aug 2024 the day of the undertaking is uncertain",
      q: ask("2024-08-02", { region: "DE", recipient: "xai", created: windowPost }),
      answer: "unknown",
      code: "uncertain-date",
    },
    {
      why: "the day before the DPC's statement: still uncertain",
      q: ask("2024-08-07", { region: "DE", recipient: "xai", created: windowPost }),
      answer: "unknown",
    },
    {
      why: "from 8 Aug 2024 window posts are no longer processed for Grok",
      q: ask("2024-08-08", { region: "DE", recipient: "xai", created: windowPost }),
      answer: "not-used",
      code: "excluded",
    },
    { why: "made permanent: still excluded in 2026", q: ask("2026-06-01", { region: "DE", recipient: "xai", created: windowPost }), answer: "not-used" },
    {
      why: "X itself does not process window posts for Grok either",
      q: ask("2025-01-01", { region: "FR", recipient: "x", created: windowPost }),
      answer: "not-used",
    },
    {
      why: "the window's first day (7 May 2024) is in it",
      q: ask("2024-10-01", { region: "DE", recipient: "xai", created: "2024-05-07" }),
      answer: "not-used",
    },
    { why: "the window's last day (1 Aug 2024) is in it", q: ask("2024-10-01", { region: "DE", recipient: "xai", created: "2024-08-01" }), answer: "not-used" },
    {
      why: "a post of 6 May 2024: the DPC's wording does not cover it, news reports read it broadly",
      q: ask("2024-10-01", { region: "DE", recipient: "xai", created: "2024-05-06" }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "a post of 2 Aug 2024: the same dispute",
      q: ask("2024-10-01", { region: "DE", recipient: "xai", created: "2024-08-02" }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "an EEA user's post of unknown date: it depends on the day it was made",
      q: ask("2024-10-01", { region: "DE", recipient: "xai" }),
      answer: "unknown",
      needs: ["data.createdAt"],
    },
    { why: "Norway is in the EEA: window posts excluded", q: ask("2024-10-01", { region: "NO", recipient: "xai", created: windowPost }), answer: "not-used" },
    {
      why: "the UK is outside the undertaking: a window post still trains Grok",
      q: ask("2024-10-01", { region: "GB", recipient: "xai", created: windowPost }),
      answer: "used",
    },
    { why: "Switzerland is outside the undertaking too", q: ask("2024-10-01", { region: "CH", recipient: "xai", created: windowPost }), answer: "used" },
    {
      why: "an EEA user who opted out: later posts are not used on either reading",
      q: ask("2025-01-01", { region: "DE", recipient: "xai", created: "2024-09-01", optOuts: optOut("2024-08-20") }),
      answer: "not-used",
    },
  ]);
});

describe("X: xAI's Europe addendum (24 April 2025) and its age rule", () => {
  table([
    {
      why: "a 17-year-old in the UK the day before the addendum: no age rule yet",
      q: ask("2025-04-23", { region: "GB", recipient: "xai", age: 17 }),
      answer: "used",
    },
    {
      why: "from 24 April 2025 under-18s' posts in Europe are not among xAI's data",
      q: ask("2025-04-24", { region: "GB", recipient: "xai", age: 17 }),
      answer: "not-used",
      code: "excluded",
    },
    { why: "an 18-year-old in the UK: used, on legitimate interest", q: ask("2025-04-24", { region: "GB", recipient: "xai", age: 18 }), answer: "used" },
    {
      why: "Switzerland is in xAI's Europe: a 16-year-old's posts excluded",
      q: ask("2025-06-01", { region: "CH", recipient: "xai", age: 16 }),
      answer: "not-used",
    },
    { why: "in the UK the age decides it", q: ask("2025-06-01", { region: "GB", recipient: "xai", age: null }), answer: "unknown", needs: ["age"] },
    {
      why: "an adult in the UK objects in the settings: not used",
      q: ask("2025-06-01", { region: "GB", recipient: "xai", optOuts: optOut("2025-05-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    {
      why: "a German minor's later post: excluded by the addendum whatever the undertaking means",
      q: ask("2025-06-01", { region: "DE", recipient: "xai", age: 16, created: "2024-09-01" }),
      answer: "not-used",
    },
    {
      why: "a German adult's later post: the addendum says used, the broad reading of the undertaking says not",
      q: ask("2025-06-01", { region: "DE", recipient: "xai", created: "2024-09-01" }),
      answer: "unknown",
      code: "disputed",
    },
    {
      why: "a German adult's window post stays excluded after the addendum",
      q: ask("2025-06-01", { region: "DE", recipient: "xai", created: "2024-06-01" }),
      answer: "not-used",
    },
  ]);
});

describe("X: third-party collaborators (privacy policy of 15 Nov 2024)", () => {
  const TP = "third-party-collaborators";
  table([
    { why: "the day before the policy took effect: nothing said", q: ask("2024-11-14", { recipient: TP }), answer: "unknown", code: "policy-silent" },
    {
      why: "from 15 Nov 2024 collaborators may train their own models unless the user opts out",
      q: ask("2024-11-15", { recipient: TP }),
      answer: "used",
      code: "used-by-default",
    },
    { why: 'other machine learning too ("generative or otherwise")', q: ask("2025-06-01", { purpose: NONGEN, recipient: TP }), answer: "used" },
    {
      why: "an opt-out with the Grok setting before its rename: whether it reaches the collaborators is not said",
      q: ask("2025-06-01", { recipient: TP, optOuts: optOut("2024-08-01") }),
      answer: "unknown",
      code: "reach-undisclosed",
    },
    {
      why: "an opt-out on a day the setting may not yet have been renamed: unknown too",
      q: ask("2025-06-01", { recipient: TP, optOuts: optOut("2025-01-01") }),
      answer: "unknown",
    },
    {
      why: "an opt-out with the renamed Grok & Third-party Collaborators setting stops it, going forward",
      q: ask("2026-12-01", { recipient: TP, optOuts: optOut("2026-12-01") }),
      answer: "not-used",
      code: "opted-out",
    },
    { why: "no regional limit: a German user's posts", q: ask("2025-06-01", { recipient: TP, region: "DE", created: "2024-06-01" }), answer: "used" },
    {
      why: "no visibility limit in the clause: a protected account's posts",
      q: ask("2025-06-01", { recipient: TP, visibility: "non-public" }),
      answer: "used",
    },
    {
      why: "all recipients, a user who opted out: X's own generative training is left unclear",
      q: ask("2025-06-01", { optOuts: optOut("2025-01-01") }),
      answer: "unknown",
      code: "undisclosed",
    },
  ]);
});

describe("X: the API, licensing and the developer bar on foundation models", () => {
  const API = "api-licensees";
  table([
    {
      why: "public posts are licensed through the API from the first source",
      q: ask("2023-05-18", { purpose: LICENSING, recipient: API }),
      answer: "used",
      code: "used",
    },
    { why: "public profile data too", q: ask("2025-06-01", { purpose: LICENSING, category: "profile", recipient: API }), answer: "used" },
    {
      why: "a protected account's posts: the API clause speaks only of public information",
      q: ask("2025-06-01", { purpose: LICENSING, recipient: API, visibility: "non-public" }),
      answer: "unknown",
      code: "policy-silent",
    },
    { why: "whether API users train models: undisclosed", q: ask("2024-01-01", { recipient: API }), answer: "unknown", code: "undisclosed" },
    {
      why: "foundation models the day before the bar: undisclosed",
      q: ask("2025-06-03", { purpose: FOUNDATION, recipient: API }),
      answer: "unknown",
      code: "undisclosed",
    },
    {
      why: "from 4 June 2025 API users may not train foundation or frontier models",
      q: ask("2025-06-04", { purpose: FOUNDATION, recipient: API }),
      answer: "not-used",
      code: "excluded",
    },
    { why: "other generative training by API users is still not addressed", q: ask("2025-07-01", { recipient: API }), answer: "unknown", code: "undisclosed" },
  ]);
});

describe("X: the Grok setting as data", () => {
  const control = (policy.controls ?? []).find((c) => c.id === SETTING);

  it("one setting, on by default, future-only, chosen by the user", () => {
    expect(control).toMatchObject({ kind: "setting", scope: "future-only", decidedBy: "user", enforcement: "enforced" });
    const grokPosts = policy.statements.find((s) => s.id === "grok-training-public-posts");
    // X's checkbox, and xAI's own setting and e-mail objection, open in its Europe only.
    expect(grokPosts?.consent).toEqual({
      default: "on",
      controls: [{ control: SETTING }, { control: "xai-email-objection" }, { control: "xai-training-setting" }],
    });
    expect(grokPosts?.from).toMatchObject({ earliest: "2024-05-07", latest: "2024-07-26" });
  });

  it("was renamed Grok & Third-party Collaborators on an undisclosed day, after October 2024", () => {
    const labels = control?.labels ?? [];
    expect(labels.map((l) => l.text)).toEqual([
      'Grok: "Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning."',
      "Grok & Third-party Collaborators",
    ]);
    expect(labels[0]?.from).toMatchObject({ latest: "2024-07-26" });
    expect(labels[1]?.from).toMatchObject({ earliest: "2024-10-17" });
    expect(labels[0]?.until).toEqual(labels[1]?.from);
  });

  it("the third-party clause points to the same setting, and xAI's addendum to xAI's own as well", () => {
    for (const id of ["third-party-collaborators-training", "grok-training-interactions"]) {
      expect(policy.statements.find((s) => s.id === id)?.consent?.controls.map((link) => link.control)).toEqual([SETTING]);
    }
    expect(policy.statements.find((s) => s.id === "xai-europe-adult-public-posts")?.consent?.controls.map((link) => link.control)).toEqual([
      SETTING,
      "xai-training-setting",
    ]);
  });
});

describe("X: timelines", () => {
  // Adjacent runs with the same answer (but other reasons) are merged: these tests are about answers.
  const runs = (q: Parameters<typeof timeline>[1]) => answerRuns(policy, q);
  const grok = (region: string, extra: { age?: number; created?: string; optOuts?: Choice[] } = {}) =>
    runs({
      purpose: GENAI,
      category: "posts",
      recipient: "xai",
      user: { region, age: extra.age ?? 30, ...(extra.optOuts && { optOuts: extra.optOuts }) },
      data: { visibility: "public", ...(extra.created !== undefined && { createdAt: extra.created }) },
    });

  it("a US user's public posts and Grok: undisclosed, then used from xAI's policy of March 2024 (recorded 29 April)", () => {
    expect(grok("US")).toEqual(["2023-05-18 unknown", "2024-04-29 used"]);
  });

  it("a US user who opted out on 1 Sept 2024", () => {
    expect(grok("US", { optOuts: optOut("2024-09-01") })).toEqual(["2023-05-18 unknown", "2024-04-29 used", "2024-09-01 not-used"]);
  });

  it("a German user's post of June 2024: not yet made, used, then withdrawn by the undertaking", () => {
    expect(grok("DE", { created: "2024-06-01" })).toEqual(["2023-05-18 not-used", "2024-06-01 used", "2024-08-02 unknown", "2024-08-08 not-used"]);
  });

  it("a 16-year-old in the UK: used from xAI's policy of March 2024 until its Europe addendum", () => {
    expect(grok("GB", { age: 16 })).toEqual(["2023-05-18 unknown", "2024-04-29 used", "2025-04-24 not-used"]);
  });

  it("X's own non-generative training: silent until the September 2023 policy", () => {
    expect(runs({ purpose: NONGEN, category: "posts", recipient: "x", user: { region: "US" } })).toEqual(["2023-05-18 unknown", "2023-09-29 used"]);
  });
});
