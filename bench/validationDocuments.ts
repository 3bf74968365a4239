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
