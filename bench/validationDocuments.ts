import { random } from "./questions.js";

/**
 * A policy document of `count` statements, made from LinkedIn's real ones (copied under new ids), so
 * that its shape and sizes are those of real policies; and the same document with one defect deep
 * inside: a region that does not exist, or a day that does not exist.
 */
export function generatedPolicyText(linkedinText: string, count: number): { valid: string; badRegion: string; badDate: string } {
  const linkedin = JSON.parse(linkedinText) as {
    statements: { id: string; regions?: { include?: string[]; exclude?: string[] }; from: unknown }[];
  };
  const originals = linkedin.statements;
  const statements = Array.from({ length: count }, (_, i) => {
    const s = originals[i % originals.length] as (typeof originals)[number];
    return { ...structuredClone(s), id: `${s.id}-${Math.floor(i / originals.length)}` };
  });
  const valid = { ...linkedin, statements };
  const deep = Math.floor(count * 0.65);
  const badRegion = structuredClone(valid);
  const target = badRegion.statements[deep] as (typeof statements)[number];
  target.regions = { ...target.regions, include: ["XX"] };
  const badDate = structuredClone(valid);
  (badDate.statements[deep] as (typeof statements)[number]).from = "2025-02-30";
  const text = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
  return { valid: text(valid), badRegion: text(badRegion), badDate: text(badDate) };
}

/**
 * A policy document of `count` statements the size of the research's (200 rules in 77 KB of JSON):
 * statements written for the purpose, with short summaries, quotes and ids, a few sources and two
 * controls, printed on one line (as the research's document was: pretty-printed, it would be 60%
 * larger). They vary as real ones do (effects, purposes, categories, regions included or excluded,
 * ended or not, a consent model on uses), made from a fixed seed so that every run measures the same
 * text; and the same two defects deep inside.
 */
export function researchSizedPolicyText(count: number): { valid: string; badRegion: string; badDate: string } {
  const next = random(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const purposes = ["generative-ai-training", "non-generative-ai-training", "ai-inference"] as const;
  const categories = ["profile", "posts", "ai-interactions", "usage-data", "preferences", "feedback", "private-messages", "job-data"];
  const codes = ["DE", "FR", "GB", "US", "CA", "BR", "IN", "JP", "KR", "AU", "CH", "NO", "HK", "CN", "MX", "ZA"];
  const days = ["2023-03-01", "2023-09-15", "2024-01-10", "2024-06-26", "2024-09-18", "2025-02-01", "2025-06-30", "2025-11-03"];
  const sourceIds = Array.from({ length: 12 }, (_, i) => `src-${i + 1}`);
  const citation = () => ({
    source: pick(sourceIds),
    quote: pick(["We use your posts to train models.", "You can opt out in settings.", "Data of users in the EU is excluded.", "Chats may be reviewed."]),
  });
  const statements = Array.from({ length: count }, (_, i) => {
    const effect = pick(["used", "used", "not-used", "unknown"] as const);
    const from = days[Math.floor(next() * 5)] as string;
    const until = next() < 0.3 ? days[5 + Math.floor(next() * 3)] : undefined;
    const region = next();
    const purpose = pick(purposes);
    const statement: Record<string, unknown> = {
      id: `s-${i + 1}`,
      summary: `Statement ${i + 1} says the data is ${effect} for ${purpose}.`,
      effect,
      ...(effect === "unknown" ? { unknownBecause: pick(["undisclosed", "ambiguous"]) } : {}),
      purposes: [purpose],
      categories: [...new Set([pick(categories), pick(categories)])],
      ...(region < 1 / 3
        ? { regions: { include: [...new Set([pick(codes), pick(codes), pick(codes)])] } }
        : region < 2 / 3
          ? { regions: { exclude: ["eu-and-uk"] } }
          : {}),
      from,
      ...(until === undefined ? {} : { until }),
      ...(effect === "used" ? { consent: { default: "on", controls: [{ control: pick(["ai-setting", "objection-form"]) }] } } : {}),
      confidence: pick(["high", "medium"]),
      sources: [citation()],
    };
    return statement;
  });
  const policy = {
    formatVersion: 1,
    id: "generated",
    name: "Generated",
    homepage: "https://example.com",
    summary: "A generated policy of the size the research measured.",
    coverage: { from: "2023-01-01" },
    lastReviewed: "2026-11-01",
    regionGroups: [{ id: "eu-and-uk", label: "The EU and the UK", members: [{ member: "EU" }, { member: "GB" }], sources: [citation()] }],
    recipients: [{ id: "generated", label: "Generated", kind: "platform" }],
    controls: ["ai-setting", "objection-form"].map((id) => ({
      id,
      kind: id === "ai-setting" ? "setting" : "form",
      labels: [{ text: id, sources: [citation()] }],
      purposes: [...purposes],
      scope: "future-only",
      decidedBy: "user",
      enforcement: "enforced",
      sources: [citation()],
    })),
    sources: sourceIds.map((id, i) => ({
      id,
      url: `https://example.com/${id}`,
      title: `Source ${i + 1}`,
      publisher: "Example",
      published: days[i % days.length],
      kind: i < 6 ? "primary" : "news",
    })),
    statements,
  };
  const deep = Math.floor(count * 0.65);
  const badRegion = structuredClone(policy);
  (badRegion.statements[deep] as Record<string, unknown>).regions = { include: ["XX"] };
  const badDate = structuredClone(policy);
  (badDate.statements[deep] as Record<string, unknown>).from = "2025-02-30";
  const text = (doc: unknown) => `${JSON.stringify(doc)}\n`;
  return { valid: text(policy), badRegion: text(badRegion), badDate: text(badDate) };
}
