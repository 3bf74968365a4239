import type { Control, Policy, Statement } from "../schema/types.js";
import type { CitedSource } from "../evaluate/decision.js";
import { summarizeControl } from "../evaluate/actions.js";
import { InputError } from "../evaluate/InputError.js";
import { showValue } from "../util/suggest.js";
import { coveredRegionsText } from "../util/coveredRegions.js";
import { addDays, boundaryDays, boundaryText, inWindow } from "./days.js";
import { type PolicyChanges, changes, describeChanges } from "./changes.js";
import { type Block, FootnoteList, type Inline } from "./document.js";
import { htmlDocument, toHtmlBody } from "./html.js";
import { toMarkdown } from "./markdown.js";
import { categoryLabel, purposeLabel } from "./representatives.js";
import { citedSources } from "./sources.js";
import { type TimelineChartModel, drawChart, timelineChartModel } from "./timelineChart.js";

/**
 * Options for {@link renderPolicyPage} and {@link renderIndexPage}.
 *
 * @category Docs
 */
export interface PageOptions {
  /** `html` (a complete, self-contained document) or `md` (GitHub-flavoured Markdown). Default `html`. */
  readonly format?: "md" | "html";
  /** Markdown only: link the chart as this image file instead of inlining the SVG. */
  readonly chartHref?: string;
  /** Where the index page is, relative to the page (default `index.html` or `index.md`). */
  readonly indexHref?: string;
  /** Where the API reference is, relative to the page; no link when omitted. */
  readonly apiHref?: string;
}

const EFFECT_WORDS = { used: "Used", "not-used": "Not used", unknown: "Unknown" } as const;

function when(s: { from?: Statement["from"] | undefined; until?: Statement["until"] | undefined }): string {
  return `${s.from === undefined ? "always" : `from ${boundaryText(s.from)}`}${s.until === undefined ? "" : ` until ${boundaryText(s.until)}`}`;
}

function where(s: { readonly regions?: Statement["regions"] }): string {
  const include = s.regions?.include?.join(", ") ?? "everywhere";
  const exclude = s.regions?.exclude?.length ? ` except ${s.regions.exclude.join(", ")}` : "";
  return `${include}${exclude}`;
}

function who(s: Statement): string {
  const parts: string[] = [];
  if (s.age?.atLeast !== undefined && s.age.below !== undefined) parts.push(`aged ${s.age.atLeast} to ${s.age.below - 1}`);
  else if (s.age?.atLeast !== undefined) parts.push(`aged ${s.age.atLeast} and over`);
  else if (s.age?.below !== undefined) parts.push(`under ${s.age.below}`);
  if (s.plans) parts.push(`plans: ${s.plans.join(", ")}`);
  if (s.data?.visibility) parts.push(`${s.data.visibility} data`);
  if (s.data?.createdFrom !== undefined) parts.push(`data created from ${boundaryText(s.data.createdFrom)}`);
  if (s.data?.createdUntil !== undefined) parts.push(`data created before ${boundaryText(s.data.createdUntil)}`);
  return parts.length > 0 ? parts.join("; ") : "everyone";
}

function choice(policy: Policy, s: Statement): string {
  if (!s.consent) return s.effect === "used" ? "no control" : "";
  const labels = s.consent.controls.map((link) => {
    const control = policy.controls?.find((c) => c.id === link.control);
    return `“${control?.labels.at(-1)?.text ?? link.control}”`;
  });
  const model = s.consent.default === "on" ? "on by default (opt-out)" : s.consent.default === "off" ? "off by default (opt-in)" : "default not stated";
  return `${model}: ${labels.join(", ")}`;
}

/** Days on which something in the policy may change, within what it covers, oldest first. @internal */
export function changeDays(policy: Policy, model: TimelineChartModel): string[] {
  const days = new Set<string>(model.boundaries.map((b) => b.day));
  const add = (boundary: Statement["from"] | undefined) => {
    for (const d of boundaryDays(boundary)) {
      days.add(d);
      if (typeof boundary === "object") days.add(addDays(d, 1));
    }
  };
  for (const s of policy.statements) {
    add(s.from);
    add(s.until);
    for (const d of s.disputes ?? []) [d.where?.from, d.where?.until].forEach(add);
    for (const link of s.consent?.controls ?? []) for (const rule of link.scopes ?? []) [rule.chosenFrom, rule.chosenUntil].forEach(add);
  }
  for (const c of policy.controls ?? []) {
    for (const l of c.labels) [l.from, l.until].forEach(add);
    for (const w of c.availability ?? []) [w.from, w.until].forEach(add);
  }
  return [...days].filter((d) => d > model.from && d < model.until).sort();
}

/** The "What changed" entries of a page: one per day on which something changed. @internal */
export function pageChanges(policy: Policy, model: TimelineChartModel): PolicyChanges[] {
  return changeDays(policy, model)
    .map((d) => changes(policy, addDays(d, -1), d))
    .filter((c) => c.answers.length > 0 || c.controls.length > 0);
}

function statementRows(policy: Policy, list: readonly Statement[], notes: FootnoteList): Inline[][][] {
  return list.map((s) => [
    [s.summary, ...notes.cite(citedSources(policy, s.sources))],
    [s.purposes.map((p) => purposeLabel(policy, p)).join(", ")],
    [s.categories.map((c) => categoryLabel(policy, c)).join(", ")],
    [where(s)],
    [when(s)],
    [who(s)],
    [choice(policy, s) || "—"],
  ]);
}

const STATEMENT_HEAD = ["What the policy says", "Purposes", "Data", "Where", "When", "Who", "Choice"];

function controlRow(policy: Policy, control: Control, notes: FootnoteList): Inline[][] {
  const summary = summarizeControl(policy, control);
  const place: Inline[] = [];
  if (summary.location) place.push(summary.location);
  if (summary.url) place.push(place.length ? "; " : "", { link: summary.url, text: summary.url });
  if (summary.contact)
    place.push(place.length ? "; " : "", `e-mail ${summary.contact.email}${summary.contact.subject ? ` (subject “${summary.contact.subject}”)` : ""}`);
  const labels = control.labels.map((l) => `“${l.text}”${l.from !== undefined ? ` (${when(l)})` : ""}`).join(", then ");
  return [
    [{ strong: summary.label }, ` (${control.kind}, ${control.id}); shown as ${labels}`, ...notes.cite(citedSources(policy, control.sources))],
    place.length > 0 ? place : ["not recorded"],
    [summary.purposes.map((p) => purposeLabel(policy, p)).join(", ")],
    [summary.effect, ...(control.note ? [` ${control.note}`] : [])],
    [control.decidedBy.replace(/-/g, " "), control.enforcement === "advisory" ? " (advisory)" : ""],
  ];
}

/** The blocks of a policy page, and its footnotes. @internal */
export function policyPageBlocks(policy: Policy, options: PageOptions = {}): Block[] {
  const notes = new FootnoteList();
  const blocks: Block[] = [];
  const model = timelineChartModel(policy);
  const md = options.format === "md";
  const regions = coveredRegionsText(policy.coverage.regions);
  const covers = `${policy.coverage.from} ${policy.coverage.until ? `to ${policy.coverage.until}` : "onwards"}${regions === undefined ? "" : `, for users in ${regions} only`}`;
  blocks.push({ kind: "heading", level: 1, text: `${policy.name}: what it does with your data for AI` });
  blocks.push({ kind: "paragraph", content: [policy.summary] });
  blocks.push({
    kind: "paragraph",
    content: [
      `This history covers ${covers} and was last checked against its sources on ${policy.lastReviewed}. It is made of ${policy.statements.length} statements from ${policy.sources.length} sources; `,
      { link: policy.homepage, text: policy.homepage },
      ".",
    ],
  });

  blocks.push({ kind: "heading", level: 2, text: "In short", id: "summary" });
  blocks.push({ kind: "paragraph", content: [`On ${policy.lastReviewed}, for ${model.facts}:`] });
  const purposes = [...new Set(model.lanes.map((l) => l.purpose))];
  blocks.push({
    kind: "list",
    items: purposes.map((purpose) => {
      const lanes = model.lanes.filter((l) => l.purpose === purpose);
      const first = lanes[0] as (typeof lanes)[number];
      const byAnswer = new Map<string, string[]>();
      const sources: CitedSource[] = [];
      for (const lane of lanes) {
        const last = lane.segments.at(-1);
        if (!last) continue;
        byAnswer.set(last.answer, [...(byAnswer.get(last.answer) ?? []), lane.region.code]);
        for (const reason of last.reasons) sources.push(...reason.sources.slice(0, 1));
      }
      const parts = (["used", "not-used", "unknown"] as const)
        .filter((a) => byAnswer.has(a))
        .map((a) => `${EFFECT_WORDS[a].toLowerCase()} ${lanes.length === 1 ? "" : `in ${(byAnswer.get(a) as string[]).join(", ")}`}`.trim());
      return [{ strong: `${first.purposeLabel} (${first.categoryLabel.toLowerCase()}):` }, ` ${parts.join("; ")}.`, ...notes.cite(sources)];
    }),
  });
  const current = policy.statements.filter((s) => inWindow(policy.lastReviewed, s.from, s.until));
  const order = { used: 0, unknown: 1, "not-used": 2 } as const;
  const shown = (current.length > 0 ? current : policy.statements).slice().sort((a, b) => order[a.effect] - order[b.effect]);
  blocks.push({
    kind: "paragraph",
    content: [
      current.length > 0
        ? `What the policy says on that day, statement by statement:`
        : "No statement holds on the day of the last review; what the history says:",
    ],
  });
  blocks.push({
    kind: "list",
    items: shown.map((s) => [{ strong: `${EFFECT_WORDS[s.effect]}:` }, ` ${s.summary}`, ...notes.cite(citedSources(policy, s.sources))]),
  });

  blocks.push({ kind: "heading", level: 2, text: "Timeline", id: "timeline" });
  const svg = drawChart(model, { sourceHref: (source: CitedSource) => (md ? source.url : `#fn-${notes.number(source)}`) });
  blocks.push({
    kind: "paragraph",
    content: [
      `Whether data is used, day by day, for ${model.facts}: one lane per purpose and region, each for the kind of data the purpose's statements name most. Each date marks a change and links to its source.`,
    ],
  });
  blocks.push({ kind: "chart", svg, alt: `${policy.name} timeline`, ...(md && options.chartHref !== undefined && { href: options.chartHref }) });
  blocks.push({
    kind: "list",
    items: model.lanes.map((lane) => [
      { strong: `${lane.purposeLabel}, ${lane.categoryLabel}, ${lane.region.label}:` },
      ` ${lane.segments.map((s) => `${EFFECT_WORDS[s.answer].toLowerCase()} from ${s.from}${s.until && s.until !== model.until ? ` until ${s.until}` : ""}`).join("; ")}`,
      ...notes.cite(lane.segments.flatMap((s) => s.reasons.flatMap((r) => r.sources.slice(0, 1)))),
    ]),
  });

  const sections: [string, string, readonly Statement[], string][] = [
    ["Data used", "used", policy.statements.filter((s) => s.effect === "used"), "No statement says data is used."],
    ["Data not used", "not-used", policy.statements.filter((s) => s.effect === "not-used"), "No statement excludes any data."],
    ["Unknown or undisclosed", "unknown", policy.statements.filter((s) => s.effect === "unknown"), "No statement leaves the answer unknown."],
  ];
  for (const [title, id, list, empty] of sections) {
    blocks.push({ kind: "heading", level: 2, text: title, id });
    if (list.length === 0) blocks.push({ kind: "paragraph", content: [empty] });
    else blocks.push({ kind: "table", head: STATEMENT_HEAD, rows: statementRows(policy, list, notes) });
  }
  const disputes = policy.statements.flatMap((s) => (s.disputes ?? []).map((d) => ({ s, d })));
  if (disputes.length > 0) {
    blocks.push({ kind: "heading", level: 3, text: "Disputed readings", id: "disputes" });
    blocks.push({
      kind: "list",
      items: disputes.map(({ s, d }) => [{ strong: `${d.by}:` }, ` ${d.claim} (on “${s.summary}”)`, ...notes.cite(citedSources(policy, d.sources))]),
    });
  }

  blocks.push({ kind: "heading", level: 2, text: "Controls", id: "controls" });
  if (!policy.controls?.length) blocks.push({ kind: "paragraph", content: ["This history records no control: nothing a user can switch off."] });
  else {
    blocks.push({
      kind: "table",
      head: ["Control", "Where it lives", "Covers", "What it does and will not undo", "Who decides"],
      rows: policy.controls.map((c) => controlRow(policy, c, notes)),
    });
  }

  blocks.push({ kind: "heading", level: 2, text: "Age rules", id: "ages" });
  const minimumAges = policy.minimumAge ?? [];
  if (minimumAges.length > 0) {
    blocks.push({
      kind: "paragraph",
      content: [
        "Minimum age: for a younger user the answer is unknown, the policy not saying how their data is used, unless a statement that applies to them excludes the use (one below that names their age, or one that excludes everyone). A question without an age takes the user to meet it.",
      ],
    });
    blocks.push({
      kind: "list",
      items: minimumAges.map((rule) => [
        { strong: `${rule.age}:` },
        ` ${rule.summary} (${where(rule)}${rule.plans ? `, plans: ${rule.plans.join(", ")}` : ""}, ${when({ from: rule.from ?? policy.coverage.from, until: rule.until })}; confidence ${rule.confidence})`,
        ...notes.cite(citedSources(policy, rule.sources)),
      ]),
    });
  }
  const ageRules = policy.statements.filter((s) => s.age);
  if (ageRules.length === 0) blocks.push({ kind: "paragraph", content: ["No statement in this history sets a rule by age."] });
  else blocks.push({ kind: "table", head: STATEMENT_HEAD, rows: statementRows(policy, ageRules, notes) });

  blocks.push({ kind: "heading", level: 2, text: "Recipients", id: "recipients" });
  blocks.push({
    kind: "table",
    head: ["Recipient", "Kind", "Note"],
    rows: policy.recipients.map((r) => [
      [{ strong: r.label }, ` (${r.id})`, ...notes.cite(citedSources(policy, r.sources))],
      [r.kind === "platform" ? "the platform itself" : r.kind],
      [r.note ?? "—"],
    ]),
  });

  blocks.push({ kind: "heading", level: 2, text: "What changed", id: "changes" });
  const history = pageChanges(policy, model);
  if (history.length === 0) blocks.push({ kind: "paragraph", content: [`No answer or control changed between ${model.from} and ${policy.lastReviewed}.`] });
  else {
    blocks.push({
      kind: "paragraph",
      content: [
        `Changes in the answers for ${model.facts.replace(/, with .*$/, "")} (and for other ages, plans and visibilities the policy distinguishes), and in the controls, day by day.`,
      ],
    });
    for (const diff of history) {
      blocks.push({ kind: "heading", level: 3, text: diff.to });
      const lines = describeChanges(diff, { purpose: (id) => purposeLabel(policy, id), category: (id) => categoryLabel(policy, id) });
      const refs = [...diff.answers.map((a) => a.reasons.flatMap((r) => r.sources)), ...diff.controls.map((c) => c.sources)];
      blocks.push({ kind: "list", items: lines.map((line, i) => [line, ...notes.cite(refs[i] ?? [])]) });
    }
  }

  blocks.push({ kind: "heading", level: 2, text: "Sources", id: "sources" });
  blocks.push({ kind: "footnotes", notes: notes.notes });
  return blocks;
}

/**
 * Renders the page of one policy: a summary in plain words, the timeline chart, tables of the data
 * used and excluded, controls (where they live, what they cover, what they will not undo), age rules
 * and recipients, what changed and when, and numbered footnotes giving every claim's source (URL,
 * date, quote).
 *
 * @param policy - A policy.
 * @param options - The format (`html` by default, or `md`) and the links to the index and API pages.
 * @returns The page.
 * @throws `InputError` (from `ai-data-policy`) for a format other than html or md, or if the policy itself is inconsistent.
 * @example
 * ```ts
 * import { renderPolicyPage } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const html = renderPolicyPage(getPolicy("zoom"));
 * html.startsWith("<!doctype html>"); //=> true
 * const md = renderPolicyPage(getPolicy("zoom"), { format: "md" });
 * md.includes("\n# Zoom: what it does with your data for AI\n"); //=> true
 * ```
 * @category Docs
 */
export function renderPolicyPage(policy: Policy, options: PageOptions = {}): string {
  if (options.format !== undefined && options.format !== "html" && options.format !== "md")
    throw new InputError("invalid-question", "options.format", options.format, `${showValue(options.format)} is not a format (html, md)`);
  const blocks = policyPageBlocks(policy, options);
  if (options.format === "md") {
    const nav = `[All policies](${options.indexHref ?? "index.md"})${options.apiHref ? ` · [API reference](${options.apiHref})` : ""}`;
    return `${nav}\n\n${toMarkdown(blocks)}`;
  }
  const nav = [
    { href: options.indexHref ?? "index.html", text: "All policies" },
    ...(options.apiHref ? [{ href: options.apiHref, text: "API reference" }] : []),
  ];
  return htmlDocument(`${policy.name}: AI and your data (ai-data-policy)`, nav, toHtmlBody(blocks));
}
