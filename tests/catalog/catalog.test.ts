import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getPolicy, listPolicies, platformIds, policies } from "../../src/catalog/index.js";
import { InputError, compilePolicy } from "../../src/index.js";
import { PolicySchema } from "../../src/validate/index.js";

const files = readdirSync(new URL("../../policies/", import.meta.url)).filter((f) => f.endsWith(".json"));

describe("catalogue", () => {
  it("bundles every file in policies/, under its own id", () => {
    expect(platformIds()).toEqual(files.map((f) => f.replace(/\.json$/, "")).sort());
    for (const file of files) {
      const json = JSON.parse(readFileSync(new URL(`../../policies/${file}`, import.meta.url), "utf8")) as { id: string };
      expect(json.id).toBe(file.replace(/\.json$/, ""));
      expect(policies[json.id]).toEqual(json);
    }
  });

  it.each(files)("%s matches the schema and compiles", (file) => {
    const json: unknown = JSON.parse(readFileSync(new URL(`../../policies/${file}`, import.meta.url), "utf8"));
    const result = PolicySchema.safeParse(json);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(() => compilePolicy(result.data as never)).not.toThrow();
  });

  it("finds platforms case-insensitively and suggests the closest id for a typo", () => {
    expect(getPolicy("LinkedIn").id).toBe("linkedin");
    expect(() => getPolicy("linkedn")).toThrow(InputError);
    expect(() => getPolicy("linkedn")).toThrow('platform: "linkedn" is not in the catalogue; did you mean "linkedin"?');
    expect(() => getPolicy("__proto__")).toThrow(InputError);
  });

  it("has an entry of its own for every platform, holding the same policy", async () => {
    const modules = readdirSync(new URL("../../src/catalog/platforms/", import.meta.url)).filter((f) => f.endsWith(".ts"));
    expect(modules.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(platformIds());
    for (const id of platformIds()) {
      const module = (await import(`../../src/catalog/platforms/${id}.ts`)) as { policy: unknown; default: unknown };
      expect(module.default).toBe(module.policy);
      expect(module.policy).toEqual(getPolicy(id));
    }
  });

  it("lists every platform with its coverage and last review", () => {
    expect(listPolicies().map((p) => p.id)).toEqual(platformIds());
    for (const p of listPolicies()) expect(p.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is described by the README's table as it is: coverage, last review and statements by confidence", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|/gm)].map((m) =>
      [m[1], m[2], m[3], m[4]].map((c) => c?.trim()).join(" | "),
    );
    const expected = platformIds().map((id) => {
      const policy = getPolicy(id);
      const counts = (["high", "medium", "low"] as const)
        .map((level) => [level, policy.statements.filter((s) => s.confidence === level).length] as const)
        .filter(([, n]) => n > 0)
        .map(([level, n]) => `${n} ${level}`);
      const covers = policy.coverage.until === undefined ? `${policy.coverage.from} onwards` : `${policy.coverage.from} to ${policy.coverage.until}`;
      return `${id} | ${covers} | ${policy.lastReviewed} | ${policy.statements.length} (${counts.join(", ")})`;
    });
    expect(rows).toEqual(expected);
  });
});
