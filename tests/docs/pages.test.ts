import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policies, getPolicy } from "../../src/catalog/index.js";
import { InputError } from "../../src/evaluate/InputError.js";
import { timeline } from "../../src/evaluate/timeline.js";
import {
  changes,
  renderIndexPage,
  renderPolicyPage,
  representativeFacts,
  representativeRegions,
  timelineChart,
  timelineChartModel,
} from "../../src/docs/index.js";
import { addDays } from "../../src/docs/days.js";

/** Checks that a document is well-formed XML: tags balance, attributes are quoted, entities are known. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  for (const m of text.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#39|#\d+);)/g)) {
    if (m[0] === "<") problems.push(`stray < at ${m.index}`);
    else if (m[0] === "&") problems.push(`bare & at ${m.index}`);
    else if (m[1]) {
      if (stack.pop() !== m[2]) problems.push(`unbalanced </${m[2]}> at ${m.index}`);
    } else if (!m[4]) stack.push(m[2] as string);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(", ")}`);
  return problems;
}

const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** The lanes an SVG draws, read back from the SVG itself. */
function lanesOf(svg: string) {
  return [...svg.matchAll(/<g class="lane"([^>]*)>([\s\S]*?)<\/text>((?:<g class="segment"[\s\S]*?<\/g>)*)<\/g>/g)].map((m) => ({
    purpose: attrs(m[1] as string)["data-purpose"],
    category: attrs(m[1] as string)["data-category"],
    region: attrs(m[1] as string)["data-region"],
    segments: [...(m[3] as string).matchAll(/<g class="segment"([^>]*)>/g)].map((s) => attrs(s[1] as string)),
  }));
}

const catalogue = Object.values(policies);

describe.each(catalogue.map((p) => [p.id, p] as const))("the %s page", (_id, policy) => {
  const svg = timelineChart(policy);
  const html = renderPolicyPage(policy, { apiHref: "api/index.html" });
  const md = renderPolicyPage(policy, { format: "md" });

  it("draws a well-formed SVG", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toEqual([]);
  });

  it("draws the lanes and dates that timeline() gives for the same inputs", () => {
    const facts = representativeFacts(policy);
    const range = { from: policy.coverage.from, until: policy.coverage.until ?? addDays(policy.lastReviewed, 1) };
    const drawn = lanesOf(svg);
    const model = timelineChartModel(policy);
    expect(drawn).toHaveLength(model.lanes.length);
    expect(new Set(drawn.map((l) => l.region))).toEqual(new Set(representativeRegions(policy).map((r) => r.code)));
    const starts = new Set<string>();
    for (const lane of drawn) {
      const question = {
        purpose: lane.purpose as string,
        category: lane.category as string,
        user: { ...facts.user, region: lane.region as string },
        data: facts.data,
      };
      const expected = timeline(policy, question, range);
      expect(lane.segments).toEqual(expected.map((s) => ({ "data-from": s.from, "data-until": s.until ?? "", "data-answer": s.answer })));
      for (const s of expected.slice(1)) starts.add(s.from);
    }
    const dates = [...svg.matchAll(/<g class="boundary" data-date="([^"]+)"/g)].map((m) => m[1]);
    expect(dates).toEqual([...starts].sort());
    // Every date is written out and, where the change has a source, linked to it: to the source's URL
    // in the standalone chart, to the source's footnote on the page.
    for (const date of dates) expect(svg).toContain(`>${date}</text>`);
    const linked = [...svg.matchAll(/<g class="boundary" data-date="[^"]+">(?:<line[^>]*\/>)+<a href="([^"]+)">/g)].map((m) => m[1]);
    expect(linked.length).toBe(model.boundaries.filter((b) => b.source).length);
    for (const href of linked) expect(href).toMatch(/^https:\/\//);
    const pageLinks = [...html.matchAll(/<g class="boundary" data-date="[^"]+">(?:<line[^>]*\/>)+<a href="([^"]+)">/g)].map((m) => m[1]);
    expect(pageLinks).toHaveLength(linked.length);
    for (const href of pageLinks) expect(href).toMatch(/^#fn-\d+$/);
  });

  it("is a well-formed HTML page whose every footnote resolves to a source with URL, date and quote", () => {
    expect(
      wellFormed(
        html
          .replace(/^<!doctype html>/, "")
          .replace(/<meta [^>]*>/g, "")
          .replace(/<style>[\s\S]*?<\/style>/, ""),
      ),
    ).toEqual([]);
    const refs = new Set([...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1])));
    const notes = [...html.matchAll(/<li id="fn-(\d+)">([\s\S]*?)<\/li>/g)];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.map((n) => Number(n[1]))).toEqual(notes.map((_, i) => i + 1));
    for (const ref of refs) expect(ref).toBeLessThanOrEqual(notes.length);
    for (const [, n, body] of notes) {
      expect(refs.has(Number(n)), `footnote ${n} is cited`).toBe(true);
      expect(body).toMatch(/<a href="https:\/\/[^"]+">/);
      expect(body).toMatch(/(published|captured|accessed) \d{4}-\d{2}-\d{2}/);
      expect(body).toMatch(/<blockquote>“[^”]+/);
    }
  });

  it("has no empty section", () => {
    const sections = html.split(/<h2[^>]*>/).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(9);
    for (const section of sections) {
      const [title, rest] = section.split("</h2>") as [string, string];
      expect(rest.replace(/<[^>]+>/g, "").trim().length, `section ${title}`).toBeGreaterThan(20);
    }
    for (const section of md.split(/\n## /).slice(1)) expect(section.split("\n").slice(1).join("").trim().length).toBeGreaterThan(20);
  });

  it("in Markdown, defines every footnote it cites", () => {
    const cited = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defined = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]));
    expect(cited).toEqual(defined);
  });
});

describe("the index page", () => {
  it("lists every policy with its coverage window and last review", () => {
    const html = renderIndexPage(catalogue, { apiHref: "api/index.html" });
    for (const p of catalogue) {
      expect(html).toContain(`<a href="${p.id}.html">${p.name}</a>`);
      expect(html).toContain(p.lastReviewed);
      expect(html).toContain(`${p.coverage.from} ${p.coverage.until ? `to ${p.coverage.until}` : "onwards"}`);
    }
    expect(html).toContain('href="api/index.html"');
  });
});

describe("changes()", () => {
  const linkedin = getPolicy("linkedin");

  it("names the answers that changed, by purpose, category and region", () => {
    const diff = changes(linkedin, "2025-11-02", "2025-11-03");
    const gb = diff.answers.find((a) => a.purpose === "generative-ai-training" && a.regions.some((r) => r.code === "GB") && a.categories.includes("posts"));
    expect(gb).toMatchObject({ before: "not-used", after: "used", users: ["18 and over"] });
    expect(gb?.reasons.some((r) => r.sources.length > 0)).toBe(true);
  });

  it("asks about Switzerland with the EEA: LinkedIn Ireland's members, whose look-back cut-off is undisclosed", () => {
    const diff = changes(linkedin, "2025-11-02", "2025-11-03");
    const row = (code: string) =>
      diff.answers.find((a) => a.purpose === "generative-ai-training" && a.categories.includes("posts") && a.regions.some((r) => r.code === code));
    expect(row("DE")).toMatchObject({ before: "not-used", after: "unknown" });
    expect(row("CH")).toMatchObject({ before: "not-used", after: "unknown" });
    expect(row("GB")).toMatchObject({ before: "not-used", after: "used" });
    // The same row as the EEA's: the row's first region is the EEA one.
    expect(row("CH")).toBe(row("DE"));
    expect(row("CH")?.regions.map((r) => r.code)).toEqual(["DE", "CH"]);
  });

  it("names controls that appeared and changed availability", () => {
    const diff = changes(linkedin, "2025-09-17", "2025-09-18");
    expect(diff.controls).toEqual([
      expect.objectContaining({ control: "data-for-generative-ai-improvement", change: "availability", before: "not-available", after: "available" }),
    ]);
    expect(diff.controls[0]?.regions?.map((r) => r.code)).toEqual(["DE", "CH", "GB"]);
  });

  it("is empty when nothing changed, and refuses a range that does not go forward", () => {
    expect(changes(linkedin, "2025-06-01", "2025-06-02")).toMatchObject({ answers: [], controls: [] });
    expect(() => changes(linkedin, "2025-06-02", "2025-06-01")).toThrow(InputError);
    expect(() => changes(linkedin, "2025-02-30", "2025-06-01")).toThrow(InputError);
  });
});

describe("the README chart", () => {
  it("is the chart the library draws today (run npm run docs:chart after changing the LinkedIn policy or the chart)", () => {
    const committed = readFileSync(new URL("../../docs/linkedin-generative-ai-training.svg", import.meta.url), "utf8");
    expect(committed).toBe(timelineChart(linkedin(), { purposes: ["generative-ai-training"] }));
  });
  function linkedin() {
    return getPolicy("linkedin");
  }
});

describe("the README's Docs section", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  it("links to the site, the API reference and a chart image that exists", () => {
    expect(readme).toContain("(docs/site/index.html)");
    expect(readme).toContain("(docs/api/index.html)");
    const image = /!\[[^\]]*\]\((docs\/[^)]+\.svg)\)/.exec(readme)?.[1];
    expect(image).toBe("docs/linkedin-generative-ai-training.svg");
    expect(readFileSync(new URL(`../../${image}`, import.meta.url), "utf8").startsWith("<svg")).toBe(true);
  });
});

describe("a page of a policy that skipped validation", () => {
  it("keeps a source URL with quotes and angle brackets a link, in Markdown as in HTML", () => {
    const zoom = structuredClone(getPolicy("zoom"));
    const url = 'https://example.com/"><script>alert(2)</script>';
    for (const source of zoom.sources) (source as { url: string }).url = url;
    const md = renderPolicyPage(zoom, { format: "md" });
    expect(md).not.toContain("<script>");
    expect(md).toContain("<https://example.com/%22%3E%3Cscript%3Ealert(2)%3C/script%3E>");
    expect(renderPolicyPage(zoom)).not.toContain("<script>alert");
  });
});

describe("options the renderers refuse", () => {
  it("a format other than html or md, and a purpose the chart has no lane for", () => {
    expect(() => renderPolicyPage(getPolicy("zoom"), { format: "pdf" as never })).toThrow(
      new InputError("invalid-question", "options.format", "pdf", '"pdf" is not a format (html, md)'),
    );
    expect(() => timelineChart(getPolicy("linkedin"), { purposes: ["generative-ai-trainin"] })).toThrow(
      /^purposes\[0\]: "generative-ai-trainin": no statement of LinkedIn's policy is about it; did you mean "generative-ai-training"\?/,
    );
  });
});
