import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PolicySchema } from "../../src/schema/policy.js";
import { documentShape } from "../../src/validate/documentShape.js";
import { validatePolicy } from "../../src/validate/index.js";
import { findSpan } from "../../src/validate/json/findSpan.js";
import { LineIndex } from "../../src/validate/json/lineIndex.js";
import { lintPolicy } from "../../src/validate/lintPolicy.js";
import type { PolicyIssue } from "../../src/validate/PolicyIssue.js";
import { structuralIssues } from "../../src/validate/structuralIssues.js";

// A document that has the policy's structure but for some items of its lists is not checked by zod as
// a whole: the compiled shape check names the items it rejects (documentShape), and zod checks those
// alone, each against its own schema, with the item's path put before its issues' paths. What
// validatePolicy reports must be what zod run over the whole document gives: the same issues, at the
// same places, in the same order.

type Doc = Record<string, unknown> & {
  statements: Record<string, unknown>[];
  controls: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  regionGroups: Record<string, unknown>[];
};

const linkedin = readFileSync(new URL("../../policies/linkedin.json", import.meta.url), "utf8");

/** LinkedIn's policy with `count` statements: copies of its own, under new ids. */
function large(count: number): Doc {
  const doc = JSON.parse(linkedin) as Doc;
  const originals = doc.statements;
  doc.statements = Array.from({ length: count }, (_, i) => {
    const s = originals[i % originals.length] as Record<string, unknown>;
    return { ...structuredClone(s), id: `${String(s.id)}-${Math.floor(i / originals.length)}` };
  });
  return doc;
}

/**
 * What validatePolicy would report if zod checked the whole document: zod's issues, then the
 * semantic checks', each where findSpan finds it, in the order of the text.
 */
function wholeDocument(text: string): PolicyIssue[] {
  const value = JSON.parse(text) as unknown;
  const parsed = PolicySchema.safeParse(value);
  const issues = [...(parsed.success ? [] : structuralIssues(parsed.error.issues, PolicySchema, value)), ...lintPolicy(value, true)];
  const lines = new LineIndex(text);
  return issues
    .map((issue) => {
      const span = findSpan(text, issue.code === "missing_property" ? issue.path.slice(0, -1) : issue.path);
      const onKey = issue.code === "unrecognized_keys" && span.keyOffset !== undefined;
      const offset = onKey ? (span.keyOffset as number) : span.offset;
      const length = onKey ? (span.keyLength as number) : span.length;
      return { ...issue, location: { ...lines.locate(offset), offset, length } };
    })
    .sort((a, b) => a.location.offset - b.location.offset);
}

/** The items documentShape says the compiled check rejects, as `list[index]`. */
const rejected = (text: string) => (documentShape(JSON.parse(text), 64).shape.rejected ?? []).map(({ list, index }) => `${list}[${index}]`);

/** Checks `doc` printed on one line and pretty-printed: the items rejected are `items`, and the issues zod's over the whole document. */
function expectAsWholeDocument(doc: unknown, items: string[]): PolicyIssue[] {
  let issues: PolicyIssue[] = [];
  for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
    expect(rejected(text)).toEqual(items);
    const result = validatePolicy(text);
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual(wholeDocument(text));
    issues = [...result.issues];
  }
  return issues;
}

describe("zod on the rejected items alone", () => {
  it("reports an item deep in 200 statements at its place", () => {
    const doc = large(200);
    (doc.statements[130] as Record<string, unknown>).from = "2025-02-30";
    const issues = expectAsWholeDocument(doc, ["statements[130]"]);
    expect(issues.map((i) => [i.code, i.path.join("."), i.location?.line])).toEqual([["invalid_format", "statements.130.from", expect.any(Number)]]);
    expect(issues[0]?.location?.line).toBeGreaterThan(3000);
  });

  it("reports a control, a source and a region group", () => {
    const doc = large(30);
    doc.controls[0] = { ...doc.controls[0], kind: "telepathy" };
    doc.sources[4] = { ...doc.sources[4], url: "http://example.com/not-https" };
    doc.regionGroups[0] = { ...doc.regionGroups[0], colour: "blue" };
    const issues = expectAsWholeDocument(doc, ["regionGroups[0]", "controls[0]", "sources[4]"]);
    expect(issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "unrecognized_keys regionGroups.0.colour",
      "invalid_value controls.0.kind",
      "invalid_format sources.4.url",
    ]);
  });

  it("reports several rejected items of one list, and of several, in the order of the text", () => {
    const doc = large(120);
    (doc.statements[3] as Record<string, unknown>).effect = "maybe";
    delete (doc.statements[50] as Record<string, unknown>).summary;
    (doc.statements[119] as Record<string, unknown>).confidence = 3;
    (doc.statements[60] as Record<string, unknown>).extra = true;
    doc.sources[0] = { ...doc.sources[0], title: "" };
    const issues = expectAsWholeDocument(doc, ["sources[0]", "statements[3]", "statements[50]", "statements[60]", "statements[119]"]);
    expect(issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "too_small sources.0.title",
      "invalid_value statements.3.effect",
      "reason_without_unknown statements.3.unknownBecause",
      "missing_property statements.50.summary",
      "unrecognized_keys statements.60.extra",
      "invalid_value statements.119.confidence",
    ]);
    // A missing property is shown at its object, an unknown one at its key.
    const text = JSON.stringify(doc, null, 2);
    expect(issues[3]?.location?.offset).toBe(findSpan(text, ["statements", 50]).offset);
    expect(text.slice(issues[4]?.location?.offset, (issues[4]?.location?.offset ?? 0) + (issues[4]?.location?.length ?? 0))).toBe('"extra"');
  });

  it("reports items that fail in arrays nested inside them", () => {
    const doc = large(80);
    const statement = (i: number) => doc.statements[i] as Record<string, unknown> & { sources: Record<string, unknown>[] };
    statement(10).sources[1] = { ...statement(10).sources[1], source: 5 };
    statement(20).regions = { include: ["de", "not a region"] };
    statement(30).categories = [];
    statement(40).sources.push({ source: "x", quote: "a quote", page: 2 });
    expect(statement(40).sources).toHaveLength(2);
    const control = doc.controls[1] as Record<string, unknown> & { labels?: Record<string, unknown>[] };
    control.labels = [{ text: "", from: "2024-01-01" }];
    const group = doc.regionGroups[0] as { members: Record<string, unknown>[] };
    group.members[0] = { ...group.members[0], member: 7 };
    const issues = expectAsWholeDocument(doc, ["regionGroups[0]", "controls[1]", "statements[10]", "statements[20]", "statements[30]", "statements[40]"]);
    expect(issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "invalid_type regionGroups.0.members.0.member",
      "missing_property controls.1.labels.0.sources",
      "too_small controls.1.labels.0.text",
      "invalid_type statements.10.sources.1.source",
      "unknown_region statements.20.regions.include.0",
      "invalid_format statements.20.regions.include.1",
      "unknown_region statements.20.regions.include.1",
      "too_small statements.30.categories",
      "unknown_reference statements.40.sources.1.source",
      "unrecognized_keys statements.40.sources.1.page",
    ]);
  });

  it("reports a rejected item together with the semantic checks' problems elsewhere", () => {
    const doc = large(40);
    (doc.statements[5] as Record<string, unknown>).until = { earliest: "2024-13-01" };
    (doc.statements[25] as Record<string, unknown>).regions = { include: ["XX"] };
    doc.statements[35] = { ...(doc.statements[34] as Record<string, unknown>), summary: 42 };
    const issues = expectAsWholeDocument(doc, ["statements[5]", "statements[35]"]);
    expect(issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "invalid_format statements.5.until.earliest",
      "unknown_region statements.25.regions.include.0",
      "duplicate_id statements.35.id",
      "invalid_type statements.35.summary",
    ]);
  });
});
