import { describe, expect, it } from "vitest";
import { type Policy, evaluate } from "../../src/index.js";
import { CORE_CATEGORIES, CORE_CATEGORY_IDS } from "../../src/vocabulary/categories.js";
import { PLANS, VISIBILITIES } from "../../src/vocabulary/plans.js";
import { CORE_PURPOSES, CORE_PURPOSE_IDS } from "../../src/vocabulary/purposes.js";
import { BUILT_IN_REGION_GROUPS, EEA, EU } from "../../src/vocabulary/regionGroups.js";
import { REGION_ALIASES, normalizeRegionCode, regionCodes } from "../../src/vocabulary/regions.js";
import { policy, statement } from "../support/builders.js";

// The vocabulary: its ids, its words, the ISO codes, and the EU's and the EEA's membership on both
// sides of every accession and exit.

const prose = /^[A-Z(].*[a-z).]$/;

describe("purposes, categories, plans", () => {
  it("the core purposes, each with a label and a sentence", () => {
    expect(CORE_PURPOSE_IDS).toEqual(["generative-ai-training", "non-generative-ai-training", "ai-inference"]);
    expect(Object.values(CORE_PURPOSES).map((p) => p.label)).toEqual(["Generative-AI training", "Other machine-learning training", "AI-feature inference"]);
    for (const p of Object.values(CORE_PURPOSES)) {
      expect(p.description).toMatch(prose);
      expect(p.description.endsWith(".")).toBe(true);
      expect(p.description.length).toBeGreaterThan(40);
    }
  });

  it("the core categories, each with a label and a sentence", () => {
    expect(CORE_CATEGORY_IDS).toEqual([
      "profile",
      "posts",
      "private-messages",
      "group-content",
      "ai-interactions",
      "usage-data",
      "feedback",
      "preferences",
      "job-data",
      "job-applications",
      "salary-data",
      "payment-data",
      "credentials",
    ]);
    const labels = Object.values(CORE_CATEGORIES).map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const c of Object.values(CORE_CATEGORIES)) {
      expect(c.label).toMatch(/^[A-Z][A-Za-z]/);
      expect(c.description).toMatch(prose);
      expect(c.description.endsWith(".")).toBe(true);
      expect(c.description.length).toBeGreaterThan(20);
    }
    expect(CORE_CATEGORIES.posts.label).toBe("Posts and other published content");
    expect(CORE_CATEGORIES["private-messages"].label).toBe("Private messages");
  });

  it("plans and visibilities", () => {
    expect(PLANS).toEqual(["free", "paid", "business", "enterprise", "education"]);
    expect(VISIBILITIES).toEqual(["public", "non-public"]);
  });
});

describe("region codes", () => {
  it("the 249 ISO 3166-1 alpha-2 codes, each two capital letters", () => {
    const codes = [...regionCodes()];
    expect(codes.length).toBe(249);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(codes[0]).toBe("AD");
    expect(codes[codes.length - 1]).toBe("ZW");
    for (const code of ["US", "GB", "DE", "FR", "CA", "HK", "AX", "YT", "ZA", "UM"]) expect(regionCodes().has(code)).toBe(true);
    expect(regionCodes()).toBe(regionCodes());
  });

  it.each([
    ["US", "US"],
    ["us", "US"],
    ["De", "DE"],
    ["UK", "GB"],
    ["uk", "GB"],
    ["GB", "GB"],
    ["XX", undefined],
    ["EU", undefined],
    ["USA", undefined],
    ["U", undefined],
    ["", undefined],
    // Letters that upper-case to A-Z without being A-Z: the Turkish dotless ı, the long s.
    ["\u0131t", undefined],
    ["\u017fe", undefined],
  ])("normalizeRegionCode(%j) is %j", (input, code) => {
    expect(normalizeRegionCode(input)).toBe(code);
  });

  it("knows one alias", () => {
    expect(REGION_ALIASES).toEqual({ UK: "GB" });
  });
});

describe("EU and EEA membership, as the evaluator sees it", () => {
  const inGroup = (group: string) =>
    policy({ coverage: { from: "1950-01-01" }, statements: [statement({ id: "s", from: "1950-01-01", regions: { include: [group] } })] });
  const member = (p: Policy, region: string, at: string) =>
    evaluate(p, { purpose: "generative-ai-training", category: "posts", at, user: { region, age: 30 } }).answer;
  const eu = inGroup("EU");
  const eea = inGroup("EEA");
  const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  it.each([
    ["BE DE FR IT LU NL", "1958-01-01"],
    ["DK IE GB GL", "1973-01-01"],
    ["GR", "1981-01-01"],
    ["ES PT", "1986-01-01"],
    ["AT FI SE AX", "1995-01-01"],
    ["CY CZ EE HU LV LT MT PL SK SI", "2004-05-01"],
    ["BG RO", "2007-01-01"],
    ["HR", "2013-07-01"],
    ["YT", "2014-01-01"],
  ])("EU: %s from %s", (codes, from) => {
    for (const code of codes.split(" ")) {
      expect(member(eu, code, dayBefore(from)), `${code} before ${from}`).toBe("unknown");
      expect(member(eu, code, from), `${code} on ${from}`).toBe("used");
    }
  });

  it.each([
    ["GB", "2020-02-01"],
    ["GL", "1985-02-01"],
  ])("EU: %s until %s", (code, until) => {
    expect(member(eu, code, dayBefore(until))).toBe("used");
    expect(member(eu, code, until)).toBe("unknown");
  });

  it("EU: the outermost regions from an undisclosed day no later than 2009-12-01", () => {
    for (const code of ["GF", "GP", "MQ", "RE", "MF"]) {
      expect(member(eu, code, "2009-11-30")).toBe("unknown");
      expect(evaluate(eu, { purpose: "generative-ai-training", category: "posts", at: "2009-11-30", user: { region: code, age: 30 } }).reasons[0]?.code).toBe(
        "uncertain-date",
      );
      expect(member(eu, code, "2009-12-01")).toBe("used");
    }
    expect(member(eu, "NO", "2025-01-01")).toBe("unknown");
    expect(member(eu, "CH", "2025-01-01")).toBe("unknown");
    expect(member(eu, "IS", "2025-01-01")).toBe("unknown");
  });

  it.each([
    ["AT BE DE DK ES FI FR GR IE IS IT LU NL NO PT SE GB", "1994-01-01"],
    ["LI", "1995-05-01"],
    ["AX", "1995-01-01"],
    ["CY CZ EE HU LV LT MT PL SK SI", "2004-05-01"],
    ["BG RO", "2007-08-01"],
    ["HR", "2014-04-12"],
    ["YT", "2014-01-01"],
  ])("EEA: %s from %s", (codes, from) => {
    for (const code of codes.split(" ")) {
      expect(member(eea, code, dayBefore(from)), `${code} before ${from}`).toBe("unknown");
      expect(member(eea, code, from), `${code} on ${from}`).toBe("used");
    }
  });

  it("EEA: GB until 2021-01-01; the outermost regions; not Switzerland", () => {
    expect(member(eea, "GB", "2020-12-31")).toBe("used");
    expect(member(eea, "GB", "2021-01-01")).toBe("unknown");
    for (const code of ["GF", "GP", "MQ", "RE", "MF"]) {
      expect(member(eea, code, "2009-11-30")).toBe("unknown");
      expect(member(eea, code, "2009-12-01")).toBe("used");
    }
    expect(member(eea, "CH", "2025-01-01")).toBe("unknown");
    expect(member(eea, "GL", "2025-01-01")).toBe("unknown");
  });

  it("the groups' words and sources", () => {
    expect(BUILT_IN_REGION_GROUPS).toEqual([EU, EEA]);
    expect([EU.id, EU.label, EEA.id, EEA.label]).toEqual(["EU", "European Union", "EEA", "European Economic Area"]);
    for (const group of BUILT_IN_REGION_GROUPS) {
      expect(group.sources.length).toBeGreaterThan(1);
      for (const source of group.sources) {
        expect(source.url).toMatch(/^https:\/\/[a-z.]+\.(eu|int|li)\//);
        expect(source.title).toMatch(/^[A-Z].*[a-zA-Z0-9]$/);
        expect(source.publisher).toMatch(/^[A-Z]/);
        expect(source.quote).toMatch(/^[A-Z]/);
        expect(source.quote.length).toBeGreaterThan(30);
      }
      for (const m of group.members) {
        if (m.note !== undefined) expect(m.note).toMatch(prose);
        if (typeof m.from === "object") expect(m.from.note).toMatch(prose);
      }
    }
    // The sources are cited in the reason an undisclosed membership day gives.
    const d = evaluate(eu, { purpose: "generative-ai-training", category: "posts", at: "2009-11-30", user: { region: "RE", age: 30 } });
    expect(d.reasons[0]?.message).toBe(
      "The answer turns on a date known only to lie no later than 2009-12-01. Outermost region under Articles 349 and 355(1) TFEU, in force 1 December 2009. Facts that turn on it: membership of European Union.",
    );
    // The same undisclosed day is the EEA's too (one variable), but the question is about the EU alone:
    // the reason cites the EU's membership and sources, not the EEA's.
    expect(d.reasons[0]?.sources.map((s) => [s.id, s.publisher, s.kind])).toEqual([
      ["eu-0", "European Union", "primary"],
      ["eu-1", "European Commission", "primary"],
    ]);
    expect(d.reasons[0]?.sources[0]).toMatchObject({ url: EU.sources[0]?.url, title: EU.sources[0]?.title, quote: EU.sources[0]?.quote });
  });
});
