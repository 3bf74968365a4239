import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PolicySchema, toPolicyJsonSchema, validatePolicy } from "../../src/validate/index.js";
import { control, policy, statement } from "../support/builders.js";
import { mutation } from "../support/mutation.js";

const committed = JSON.parse(readFileSync(new URL("../../schema/policy.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;
const catalogue = readdirSync(new URL("../../policies/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(new URL(`../../policies/${f}`, import.meta.url), "utf8")) as Record<string, unknown>] as const);

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS: its default export arrives as the module object under Node16 resolution.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv2020) => void;
addFormats(ajv);
const ajvValidate = ajv.compile(committed);

describe("the JSON Schema", () => {
  it("is committed as generated from the zod schemas (run `npm run schema` after changing them)", () => {
    expect(committed).toEqual(toPolicyJsonSchema());
  });

  it("has a stable $id and is draft 2020-12", () => {
    expect(committed.$id).toBe("https://unpkg.com/ai-data-policy/schema/policy.schema.json");
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each(catalogue)("%s points at it and passes it", (_, doc) => {
    expect(doc.$schema).toBe("../schema/policy.schema.json");
    expect(ajvValidate(doc)).toBe(true);
  });
});

// Broken documents, one structural defect each: ajv (with the JSON Schema) and zod must agree that they
// are invalid. Semantic checks (ids, references, intervals, sources, contradictions) are the library's
// alone and are not part of this comparison.
const valid = () =>
  policy({
    controls: [control({ id: "setting" })],
    statements: [
      statement({ id: "s", consent: { default: "on", controls: [{ control: "setting" }] }, from: { earliest: "2024-01-01", latest: "2024-02-01" } }),
    ],
  }) as unknown as Record<string, unknown>;
type Doc = Record<string, unknown>;
const at = (doc: Doc, ...path: (string | number)[]): Doc => path.reduce<Doc>((o, k) => (o as Record<string | number, Doc>)[k] as Doc, doc);
const BROKEN: [string, (doc: Doc) => void][] = [
  ["missing formatVersion", (d) => delete d.formatVersion],
  [
    "formatVersion 2",
    (d) => {
      d.formatVersion = 2;
    },
  ],
  [
    "id not kebab-case",
    (d) => {
      d.id = "Test Platform";
    },
  ],
  [
    "homepage over http",
    (d) => {
      d.homepage = "http://example.com";
    },
  ],
  [
    "unknown top-level key",
    (d) => {
      d.extra = true;
    },
  ],
  [
    "date that does not exist",
    (d) => {
      at(d, "statements", 0).from = "2025-02-30";
    },
  ],
  [
    "date in another format",
    (d) => {
      at(d, "coverage").from = "01/02/2024";
    },
  ],
  [
    "uncertain day with an unknown key",
    (d) => {
      at(d, "statements", 0).from = { earliest: "2024-01-01", around: "2024-01-15" };
    },
  ],
  [
    "number where a string belongs",
    (d) => {
      d.lastReviewed = 20260101;
    },
  ],
  [
    "string where a number belongs",
    (d) => {
      at(d, "statements", 0).age = { below: "18" };
    },
  ],
  [
    "age not a whole number",
    (d) => {
      at(d, "statements", 0).age = { below: 17.5 };
    },
  ],
  [
    "unknown effect",
    (d) => {
      at(d, "statements", 0).effect = "sometimes";
    },
  ],
  [
    "no purposes",
    (d) => {
      at(d, "statements", 0).purposes = [];
    },
  ],
  [
    "statement without sources",
    (d) => {
      at(d, "statements", 0).sources = [];
    },
  ],
  ["citation without quote", (d) => delete at(d, "statements", 0, "sources", 0).quote],
  [
    "region in lower case with spaces",
    (d) => {
      at(d, "statements", 0).regions = { include: ["united kingdom"] };
    },
  ],
  [
    "unknown plan",
    (d) => {
      at(d, "statements", 0).plans = ["premium"];
    },
  ],
  [
    "unknown scope",
    (d) => {
      at(d, "controls", 0).scope = "forever";
    },
  ],
  [
    "unknown consent default",
    (d) => {
      at(d, "statements", 0, "consent").default = "maybe";
    },
  ],
  [
    "statements not an array",
    (d) => {
      d.statements = {};
    },
  ],
  [
    "null summary",
    (d) => {
      d.summary = null;
    },
  ],
  [
    "empty name",
    (d) => {
      d.name = "";
    },
  ],
  ["__proto__ key", (d) => Object.defineProperty(d, "__proto__", { value: { x: 1 }, enumerable: true })],
];

describe("ajv and the library agree on structure", () => {
  it("both accept a valid document", () => {
    const doc = valid();
    expect(ajvValidate(doc)).toBe(true);
    expect(PolicySchema.safeParse(doc).success).toBe(true);
  });

  it.each(BROKEN)("both reject: %s", (_, breakIt) => {
    const doc = JSON.parse(JSON.stringify(valid())) as Doc;
    breakIt(doc);
    const json = JSON.parse(JSON.stringify(doc)) as unknown; // what a file would hold
    expect(ajvValidate(json)).toBe(false);
    expect(PolicySchema.safeParse(json).success).toBe(false);
    expect(validatePolicy(JSON.stringify(doc)).valid).toBe(false);
  });

  it("agree on randomly mutated catalogue documents", () => {
    const source = JSON.stringify(catalogue[0]?.[1]);
    fc.assert(
      fc.property(mutation(), (mutate) => {
        const doc = JSON.parse(source) as unknown;
        mutate(doc);
        expect(ajvValidate(doc)).toBe(PolicySchema.safeParse(doc).success);
      }),
      { numRuns: 300 },
    );
  });
});
