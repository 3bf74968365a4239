import fc from "fast-check";

/** A random structural change somewhere in a document. */
export function mutation(): fc.Arbitrary<(doc: unknown) => void> {
  const replacement = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("2025-02-30", "UK", "XX", "EU", "designated-countries", "used", "on", "future-only", "", "https://x.org", "http://x.org", "__proto__"),
    fc.constant([]),
    fc.constant({}),
  );
  return fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom("replace", "delete", "add-key", "empty-array"), replacement, fc.string({ maxLength: 10 }))
    .map(([pick, pick2, op, shared, key]) => (doc: unknown) => {
      // A copy for each use: fc.constant hands every run the same [] and {}, and once one is inside a
      // document a later mutation may write into it, or put it inside itself.
      const value = structuredClone(shared);
      // Collect every container and walk to one of them.
      const containers: (Record<string, unknown> | unknown[])[] = [];
      const visit = (v: unknown) => {
        if (v && typeof v === "object") {
          containers.push(v as Record<string, unknown>);
          for (const child of Object.values(v)) visit(child);
        }
      };
      visit(doc);
      const target = containers[pick % containers.length];
      if (!target) return;
      const keys = Object.keys(target);
      const k = keys[pick2 % Math.max(1, keys.length)];
      if (op === "add-key" && !Array.isArray(target))
        Object.defineProperty(target, key || "x", { value, enumerable: true, configurable: true, writable: true });
      else if (k === undefined) return;
      else if (op === "delete") Array.isArray(target) ? target.splice(Number(k), 1) : delete (target as Record<string, unknown>)[k];
      else if (op === "empty-array") (target as Record<string, unknown>)[k] = [];
      else (target as Record<string, unknown>)[k] = value;
    });
}
