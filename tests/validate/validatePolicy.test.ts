import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssues, formatPath, parsePolicy, PolicyValidationError, safeParsePolicy, validatePolicy } from "../../src/validate/index.js";
import { control, policy, statement } from "../support/builders.js";

const base = () =>
  policy({
    controls: [control({ id: "setting" })],
    statements: [statement({ id: "s", consent: { default: "on", controls: [{ control: "setting" }] } })],
  });
const text = (value: unknown = base()) => `${JSON.stringify(value, null, 2)}\n`;
const lines = (input: unknown) => formatIssues(validatePolicy(input, { file: "p.json" }).issues);

describe("validatePolicy: reading the input", () => {
  it("accepts a valid document and returns the policy", () => {
    const result = validatePolicy(text());
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.policy?.id).toBe("test");
  });

  it("locates a JSON syntax error", () => {
    expect(lines('{\n  "id": "x",\n  "name": "y"\n  "summary": "z"\n}\n')).toMatchInlineSnapshot(`
      "p.json:4:3 error missing "," before this property [invalid_json] at (document)
      "
    `);
    expect(lines('{\n  "a": [1, 2,],\n}')).toMatchInlineSnapshot(`
      "p.json:2:13 error trailing comma before "]" (JSON does not allow one) [invalid_json] at (document)
      "
    `);
    expect(lines('{ "a": 1 // note\n}')).toMatchInlineSnapshot(`
      "p.json:1:10 error unexpected comment (comments are not allowed in JSON): expected "," or "}" after a property's value [invalid_json] at (document)
      "
    `);
    expect(lines("{ 'a': 1 }")).toMatchInlineSnapshot(`
      "p.json:1:3 error unexpected single quote (JSON strings use double quotes): expected a property name in double quotes [invalid_json] at (document)
      "
    `);
    expect(lines('{ "a": "unterminated\n}')).toMatchInlineSnapshot(`
      "p.json:1:21 error unterminated string (a line break inside a string must be written \\n) [invalid_json] at (document)
      "
    `);
    expect(lines('{ "a": 01 }')).toMatchInlineSnapshot(`
      "p.json:1:8 error numbers cannot have leading zeros [invalid_json] at (document)
      "
    `);
    expect(lines('{ "a": 1 } x')).toMatchInlineSnapshot(`
      "p.json:1:12 error unexpected "x" after the end of the JSON value [invalid_json] at (document)
      "
    `);
    expect(lines('{ "a": ')).toMatchInlineSnapshot(`
      "p.json:1:8 error unexpected end of the file: expected a value [invalid_json] at (document)
      "
    `);
  });

  it("reports an empty file, and one with only white space", () => {
    expect(lines("")).toMatchInlineSnapshot(`
      "p.json:1:1 error the file is empty: expected a JSON object [empty_input] at (document)
      "
    `);
    expect(lines(" \n\t\n")).toMatchInlineSnapshot(`
      "p.json:1:1 error the file is empty: expected a JSON object [empty_input] at (document)
      "
    `);
  });

  it("reads past a byte-order mark, with a warning", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text())]);
    const result = validatePolicy(bytes, { file: "p.json" });
    expect(result.valid).toBe(true);
    expect(formatIssues(result.issues)).toMatchInlineSnapshot(`
      "p.json:1:1 warning the file starts with a byte-order mark; JSON files should not have one [byte_order_mark] at (document)
      "
    `);
  });

  it("refuses bytes that are not UTF-8 text", () => {
    expect(lines(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]))).toMatchInlineSnapshot(`
      "p.json:1:7 error the file is not valid UTF-8 (an invalid byte 0xe9 at byte 6) [not_utf8] at (document)
      "
    `);
    // On a later line, after text with characters of several bytes: the column counts characters.
    const text = new TextEncoder().encode('{\n  "name": "Zoë",\n  "id": "');
    expect(lines(new Uint8Array([...text, 0xc3, 0x28, 0x22, 0x7d]))).toMatchInlineSnapshot(`
      "p.json:3:10 error the file is not valid UTF-8 (an invalid byte 0xc3 at byte 29) [not_utf8] at (document)
      "
    `);
    expect(lines(new Uint8Array([0x7b, 0x00, 0x7d]))).toMatchInlineSnapshot(`
      "p.json:1:2 error the file is binary, not text (a NUL byte at byte 1) [binary_input] at (document)
      "
    `);
    expect(lines(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatchInlineSnapshot(`
      "p.json:1:1 error the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 [not_utf8] at (document)
      "
    `);
    // UTF-16 without a byte-order mark, little- and big-endian: text, not binary.
    const utf16 = (text: string, littleEndian: boolean) =>
      new Uint8Array([...text].flatMap((c) => (littleEndian ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)])));
    for (const littleEndian of [true, false]) {
      expect(lines(utf16('{\n  "id": "x"\n}', littleEndian))).toBe(
        "p.json:1:1 error the file looks like UTF-16 without a byte-order mark; save it as UTF-8 [not_utf8] at (document)\n",
      );
    }
  });

  it("says when a value is written as the wrong type, and shows numbers JSON cannot", () => {
    const only = (text: string) =>
      lines(text)
        .split("\n")
        .filter((l) => l.includes("formatVersion"))
        .join("\n");
    expect(only('{"formatVersion": "1"}')).toMatchInlineSnapshot(
      `"p.json:1:19 error "1" is not allowed here; it is a string: write 1; expected one of: 1 [invalid_value] at formatVersion"`,
    );
    expect(only('{"formatVersion": 1e400}')).toMatchInlineSnapshot(
      `"p.json:1:19 error Infinity is not allowed here; expected one of: 1 [invalid_value] at formatVersion"`,
    );
  });

  it("reports at most 1,000 problems, and says how many more there are, in bounded time", () => {
    const many = JSON.stringify({ statements: Array.from({ length: 20_000 }, () => 0) });
    const started = performance.now();
    const { issues } = validatePolicy(many, { file: "p.json" });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toMatchObject({
      code: "too_many_issues",
      message: "19009 more problems not shown: only the first 1000 are reported; fix them and validate again",
    });
    // The first ones are located in the text, in order: the missing properties, then statements[0]...
    const offsets = issues.slice(0, 1000).map((i) => i.location?.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(issues.find((i) => i.path.join(".") === "statements.0")?.location).toMatchObject({ line: 1, column: 16 });
    expect(validatePolicy(many, { maxIssues: 10 }).issues).toHaveLength(11);
    // A value given as an object is capped the same way.
    expect(validatePolicy(JSON.parse(many), { maxIssues: 5 }).issues.at(-1)?.code).toBe("too_many_issues");
    // 50,000 statements with only an id: no stack overflow from spreading 400,000 issues.
    const ids = JSON.stringify({ statements: Array.from({ length: 50_000 }, (_, i) => ({ id: `s${i}` })) });
    expect(validatePolicy(ids).issues.at(-1)?.code).toBe("too_many_issues");
  });

  it("refuses a 50 MB document at once, without parsing it", () => {
    const big = `{"statements": [${'"x",'.repeat(12_500_000)}"x"]}`;
    const started = performance.now();
    expect(lines(big)).toMatchInlineSnapshot(`
      "p.json:1:1 error the input is 47.7 MiB; the limit is 16.0 MiB (a policy is usually well under 1 MiB) [too_large] at (document)
      "
    `);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("says which limit it was given is not one, rather than reading it as none", () => {
    const text = JSON.stringify(policy());
    expect(validatePolicy(text, { maxBytes: Number.NaN }).issues).toEqual([
      { code: "invalid_option", severity: "error", message: "options.maxBytes: NaN is not a limit; give a whole number from 1", path: [] },
    ]);
    expect(validatePolicy(text, { maxDepth: "x" as never, maxIssues: -1 }).issues.map((i) => i.message)).toEqual([
      'options.maxDepth: "x" is not a limit; give a whole number from 1',
      "options.maxIssues: -1 is not a limit; give a whole number from 1",
    ]);
    // A small limit is said in the unit it is in.
    expect(validatePolicy(text, { maxBytes: 10 }).issues[0]?.message).toMatch(/^the input is \d+ bytes; the limit is 10 bytes/);
    expect(validatePolicy(text, { maxBytes: 1_000_000_000 }).valid).toBe(true);
  });

  it("refuses nesting 100,000 levels deep without overflowing the stack", () => {
    expect(lines(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toMatchInlineSnapshot(`
      "p.json:1:65 error nesting deeper than 64 levels [too_deep] at (document)
      "
    `);
    expect(lines(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`)).toMatchInlineSnapshot(`
      "p.json:1:321 error nesting deeper than 64 levels [too_deep] at (document)
      "
    `);
  });

  it("reports duplicate keys, which JSON.parse would silently collapse", () => {
    const doc = text().replace('"name": "Test",', '"name": "Test",\n  "name": "Other",');
    expect(lines(doc)).toMatchInlineSnapshot(`
      "p.json:5:3 error duplicate key "name" (first at line 4, column 3); JSON parsers keep only the last one [duplicate_key] at name
      "
    `);
  });

  it("treats __proto__ and constructor as unknown properties, never as prototypes", () => {
    const doc = text().replace(
      '"name": "Test",',
      '"name": "Test",\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },',
    );
    expect(lines(doc)).toMatchInlineSnapshot(`
      "p.json:5:3 error unknown property "__proto__" (allowed: $schema, formatVersion, id, name, homepage, summary, coverage, lastReviewed, regionBasis, purposes, categories, regionGroups, recipients, minimumAge, controls, sources, statements) [unrecognized_keys] at __proto__
      p.json:6:3 error unknown property "constructor" (allowed: $schema, formatVersion, id, name, homepage, summary, coverage, lastReviewed, regionBasis, purposes, categories, regionGroups, recipients, minimumAge, controls, sources, statements) [unrecognized_keys] at constructor
      "
    `);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("reports numbers where strings belong, and strings where numbers belong", () => {
    const doc = base() as unknown as Record<string, unknown>;
    doc.lastReviewed = 20260101;
    ((doc.statements as Record<string, unknown>[])[0] as Record<string, unknown>).age = { below: "18" };
    expect(lines(text(doc))).toMatchInlineSnapshot(`
      "p.json:10:19 error expected a string, got number 20260101 [invalid_type] at lastReviewed
      p.json:56:18 error expected a number, got the string "18" [invalid_type] at statements[0].age.below
      "
    `);
  });

  it("validates parsed values too, without locations", () => {
    const result = validatePolicy({ formatVersion: 2 });
    expect(result.valid).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "invalid_value", path: ["formatVersion"] });
    expect(result.issues[0]?.location).toBeUndefined();
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "x", [], {}, () => 1, Symbol("s"), new Uint8Array(), "\u0000", "{", "[]", "null", '"s"']) {
      expect(() => validatePolicy(input)).not.toThrow();
      expect(validatePolicy(input).valid).toBe(false);
    }
  });
});

describe("validatePolicy: meaning", () => {
  it("reports every problem in one pass, each with its location", () => {
    const doc = base() as unknown as Record<string, unknown>;
    const statements = doc.statements as Record<string, unknown>[];
    statements.push(
      statement({ id: "s", from: "2025-02-30" }) as unknown as Record<string, unknown>,
      statement({ id: "t", regions: { include: ["XX", "EUU"] }, categories: ["postz"], purposes: ["genai"] }) as unknown as Record<string, unknown>,
      statement({ id: "u", from: "2025-01-01", until: "2024-01-01", consent: { default: "on", controls: [{ control: "settings" }] } }) as unknown as Record<
        string,
        unknown
      >,
      statement({ id: "v", from: { earliest: "2025-12-01", latest: "2025-01-01" }, effect: "unknown" }) as unknown as Record<string, unknown>,
      statement({ id: "w", sources: [{ source: "nowhere", quote: "q" }], confidence: "low" }) as unknown as Record<string, unknown>,
    );
    (doc.sources as Record<string, unknown>[]).push({ id: "undated", url: "https://example.com/x", title: "X", publisher: "X", kind: "news" });
    expect(lines(text(doc))).toMatchInlineSnapshot(`
      "p.json:27:5 error a source needs a date: published, captured or accessed [source_without_date] at sources[1]
      p.json:28:13 warning source "undated" is listed but no fact cites it; cite it where it is evidence, or remove it [unused_source] at sources[1].id
      p.json:72:15 error "2025-02-30" must be a real calendar day written YYYY-MM-DD [invalid_format] at statements[1].from
      p.json:80:13 error statement id "s" is already used by statements[0]; ids must be unique [duplicate_id] at statements[1].id
      p.json:86:9 error unknown purpose "genai" (known: generative-ai-training, non-generative-ai-training, ai-inference) [unknown_reference] at statements[2].purposes[0]
      p.json:89:9 error unknown category "postz"; did you mean "posts"? (known: profile, posts, private-messages, group-content, ai-interactions, usage-data, feedback, preferences, job-data, job-applications, salary-data, payment-data, credentials) [unknown_reference] at statements[2].categories[0]
      p.json:102:11 error "XX" is not an ISO 3166-1 alpha-2 code or a known region group (codes are two capital letters, such as DE, GB or US; groups: EU, EEA) [unknown_region] at statements[2].regions.include[0]
      p.json:103:11 error "EUU" is not an ISO 3166-1 alpha-2 code or a known region group; did you mean "EU"? (groups: EU, EEA) [unknown_region] at statements[2].regions.include[1]
      p.json:125:16 error until must be after from: the interval is empty [invalid_interval] at statements[3].until
      p.json:130:24 error unknown control "settings"; did you mean "setting"?; define it in "controls" [unknown_reference] at statements[3].consent.controls[0].control
      p.json:135:5 error an unknown statement needs "unknownBecause": undisclosed, ambiguous, disputed or unverified [unknown_without_reason] at statements[4]
      p.json:144:15 error earliest (2025-12-01) is after latest (2025-01-01) [invalid_uncertain_day] at statements[4].from
      p.json:168:18 warning low confidence with a single source: add a second source, or say in a note why there is none [weak_source] at statements[5].sources
      p.json:170:21 error no source with id "nowhere"; list it in "sources" [unknown_reference] at statements[5].sources[0].source
      "
    `);
  });

  it("reports statements that contradict each other", () => {
    const doc = policy({
      controls: [control({ id: "setting" })],
      statements: [
        statement({ id: "out", consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "in", consent: { default: "off", controls: [{ control: "setting" }] } }),
      ],
    });
    expect(lines(text(doc))).toMatchInlineSnapshot(`
      "p.json:75:20 error statements "out" and "in" cover the same cases, one used unless the user opts out (default on), the other only if the user opts in (default off) [contradictory_statements] at statements[1].consent.default
      "
    `);
  });

  it("checks references between controls, recipients, groups and taxonomies", () => {
    const doc = policy({
      purposes: [{ id: "ads", label: "Ads", description: "Ads.", parent: "marketing" }],
      categories: [{ id: "posts", label: "Posts", description: "Again.", parent: "profile" }],
      regionGroups: [{ id: "loop", label: "Loop", members: [{ member: "loop" }], sources: [{ source: "test-source", quote: "q" }] }],
      recipients: [
        { id: "test", label: "Test", kind: "platform" },
        { id: "partner", label: "Partner", kind: "licensee" },
      ],
      controls: [control({ id: "setting", purposes: ["ai-inference"] })],
      statements: [statement({ id: "s", recipients: ["partnr"], consent: { default: "on", controls: [{ control: "setting" }] } })],
    });
    expect(lines(text(doc))).toMatchInlineSnapshot(`
      "p.json:17:5 error every recipient but the platform itself needs sources [recipient_without_source] at recipients[1]
      p.json:53:9 error unknown recipient "partnr"; did you mean "partner"? (known: test, partner) [unknown_reference] at statements[0].recipients[0]
      p.json:59:24 error control "setting" covers ai-inference, none of this statement's purposes (generative-ai-training) [control_does_not_cover] at statements[0].consent.controls[0].control
      p.json:70:17 error unknown parent purpose "marketing" [unknown_reference] at purposes[0].parent
      p.json:75:13 error "posts" is already a core category; declare only new ones [duplicate_id] at categories[0].id
      p.json:85:18 error region group "loop" contains itself [reference_cycle] at regionGroups[0].members
      "
    `);
  });

  it("warns about a withdrawal on a control no statement needs an opt-in with", () => {
    const doc = policy({
      controls: [
        control({ id: "setting", withdrawal: "new-data-only" }),
        control({ id: "opt-in", purposes: ["ai-inference"], withdrawal: "earlier-data-undisclosed" }),
      ],
      statements: [
        statement({ id: "out", consent: { default: "on", controls: [{ control: "setting" }] } }),
        statement({ id: "in", purposes: ["ai-inference"], consent: { default: "off", controls: [{ control: "opt-in" }] } }),
      ],
    });
    expect(lines(text(doc))).toMatchInlineSnapshot(`
      "p.json:111:21 warning "withdrawal" says what switching an opt-in off again reaches, but no statement needs an opt-in with "setting" (consent default "off"), so it changes nothing [withdrawal_without_opt_in] at controls[0].withdrawal
      "
    `);
  });

  it.each([
    ["names no recipients (the platform's own use)", {}, "purposes[0]"],
    ["names the platform among its recipients", { recipients: ["test", "partner"] }, "recipients"],
    ["is about a purpose declared under one only others have", { purposes: ["resale"] }, "purposes[0]"],
  ])("refuses a use of a purpose only others have that %s", (_, rest, at) => {
    const doc = policy({
      purposes: [
        { id: "licensing", label: "Licensing", description: "Licensing content to others.", parent: "generative-ai-training", thirdPartiesOnly: true },
        { id: "resale", label: "Resale", description: "Resale of licences.", parent: "licensing" },
      ],
      recipients: [
        { id: "test", label: "Test", kind: "platform" },
        { id: "partner", label: "Partner", kind: "licensee", sources: [{ source: "test-source", quote: "q" }] },
      ],
      statements: [statement({ id: "s", purposes: ["licensing"], ...rest })],
    });
    const result = validatePolicy(text(doc));
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => [i.code, formatPath(i.path)])).toEqual([["platform_has_third_party_purpose", `statements[0].${at}`]]);
  });

  it.each<[string, { effect: "used" | "not-used"; recipients?: string[]; purposes?: string[] }]>([
    ["a use by the other recipients only", { effect: "used", recipients: ["partner"] }],
    ["an exclusion without recipients", { effect: "not-used" }],
    ["a use of a purpose above it (not only others')", { effect: "used", purposes: ["generative-ai-training"] }],
  ])("accepts %s", (_, rest) => {
    const doc = policy({
      purposes: [
        { id: "licensing", label: "Licensing", description: "Licensing content to others.", parent: "generative-ai-training", thirdPartiesOnly: true },
      ],
      recipients: [
        { id: "test", label: "Test", kind: "platform" },
        { id: "partner", label: "Partner", kind: "licensee", sources: [{ source: "test-source", quote: "q" }] },
      ],
      statements: [statement({ id: "s", purposes: ["licensing"], ...rest })],
    });
    expect(validatePolicy(text(doc)).issues.map((i) => i.code)).not.toContain("platform_has_third_party_purpose");
  });

  it("reads bytes however they come: an ArrayBuffer, a DataView, a Uint8Array", () => {
    const bytes = new TextEncoder().encode(text(policy()));
    expect(validatePolicy(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).valid).toBe(true);
    expect(validatePolicy(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).valid).toBe(true);
    const broken = new TextEncoder().encode("{");
    expect(validatePolicy(broken.buffer).issues[0]?.code).toBe("invalid_json");
  });

  it("never throws, even given options that are not an object", () => {
    expect(validatePolicy("{}", null as never).valid).toBe(false);
    expect(validatePolicy(text(policy()), 3 as never).valid).toBe(true);
  });

  it("warns about a low-confidence fact with a single source", () => {
    const result = validatePolicy(text(policy({ statements: [statement({ id: "s", confidence: "low" })] })));
    expect(result.valid).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([["warning", "weak_source"]]);
    // A note saying why there is no second source answers it.
    const noted = validatePolicy(
      text(policy({ statements: [statement({ id: "s", confidence: "low", note: "The only report; the platform never confirmed it." })] })),
    );
    expect(noted.issues).toEqual([]);
  });
});

describe("sources nothing cites", () => {
  it("are reported as warnings, at the source's id", () => {
    const base = policy();
    const first = base.sources[0] as (typeof base.sources)[number];
    const doc = { ...base, sources: [...base.sources, { ...first, id: "forgotten" }] };
    const result = validatePolicy(text(doc));
    expect(result.valid).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.code, i.path.join(".")])).toEqual([["warning", "unused_source", `sources.${base.sources.length}.id`]]);
    expect(result.issues[0]?.message).toBe('source "forgotten" is listed but no fact cites it; cite it where it is evidence, or remove it');
  });

  it("count a citation anywhere: a control's label, a region group, a dispute", () => {
    const base = policy();
    const extra = (id: string) => ({ ...(base.sources[0] as (typeof base.sources)[number]), id });
    const doc = policy({
      sources: [...base.sources, extra("label"), extra("group"), extra("dispute")],
      controls: [control({ id: "setting", labels: [{ text: "Setting", sources: [{ source: "label", quote: "q" }] }] })],
      regionGroups: [{ id: "NORDICS", label: "Nordics", members: [{ member: "SE" }], sources: [{ source: "group", quote: "q" }] }],
      statements: [
        statement({
          id: "s",
          consent: { default: "on", controls: [{ control: "setting" }] },
          disputes: [
            {
              id: "d",
              by: "A regulator",
              claim: "It is not used.",
              reading: { effect: "not-used" },
              confidence: "medium",
              sources: [{ source: "dispute", quote: "q" }],
            },
          ],
        }),
      ],
    });
    expect(validatePolicy(text(doc)).issues.filter((i) => i.code === "unused_source")).toEqual([]);
  });
});

describe("parsePolicy and safeParsePolicy", () => {
  it("return the policy, or the issues, in zod's shape", () => {
    expect(parsePolicy(text()).id).toBe("test");
    const failed = safeParsePolicy("{}");
    expect(failed.success).toBe(false);
    expect(failed.issues.length).toBeGreaterThan(1);
    expect(() => parsePolicy('{ "formatVersion": 1 }', { file: "x.json" })).toThrow(PolicyValidationError);
    try {
      parsePolicy("[", { file: "x.json" });
    } catch (error) {
      expect((error as PolicyValidationError).message).toMatchInlineSnapshot(`"x.json:1:2 unexpected end of the file: expected a value at (document)"`);
      expect((error as PolicyValidationError).issues[0].code).toBe("invalid_json");
    }
  });
});

describe("validation writes nothing", () => {
  it("leaves the file as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "adp-"));
    const file = join(dir, "p.json");
    writeFileSync(file, text());
    const before = statSync(file);
    validatePolicy(readFileSync(file), { file });
    const after = statSync(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(file, "utf8")).toBe(text());
  });
});
