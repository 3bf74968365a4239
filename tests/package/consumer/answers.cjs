// What a consumer of the packed package gets, as plain data. Shared by the ESM script (esm.mjs), the
// CommonJS one (cjs.cjs) and the browser bundles, which pass in the modules they imported, so every
// setting answers the same questions and the test can compare the answers.
"use strict";

const ASK = { purpose: "generative-ai-training", category: "posts", at: "2025-12-15" };

function caught(fn) {
  try {
    fn();
    return { threw: false };
  } catch (error) {
    return { threw: true, name: error.name, code: error.code, field: error.field, message: String(error.message) };
  }
}

module.exports = function answers({ core, catalog, platform, validate, schema, exampleText }) {
  const linkedin = catalog.getPolicy("linkedin");
  const out = {};

  // The README's quick-start question: a German member who opted out on 2025-10-20, her 2023 posts.
  const quickStart = core.evaluate(linkedin, {
    ...ASK,
    user: { region: "DE", age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-10-20" }] },
    data: { createdAt: "2023-06-01" },
  });
  out.quickStart = {
    answer: quickStart.answer,
    confidence: quickStart.confidence,
    reasons: quickStart.reasons.map((r) => r.code),
    cited: quickStart.reasons.every((r) => r.sources.length > 0),
    frozen: Object.isFrozen(quickStart),
  };

  // The README's example: a late objection, which the Garante reads differently.
  const disputed = core.evaluate(linkedin, {
    ...ASK,
    user: { region: "DE", age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-11-10" }] },
    data: { createdAt: "2025-11-05" },
  });
  out.disputed = { answer: disputed.answer, firstReason: disputed.reasons[0] && disputed.reasons[0].code };
  out.needs = core.evaluate(linkedin, { ...ASK, user: { region: "US" } }).needs;
  out.timeline = core
    .timeline(linkedin, { purpose: ASK.purpose, category: ASK.category, user: { region: "HK", age: 40 } })
    .map((run) => `${run.from} ${run.answer}`);

  // A platform's own entry: the same data as the catalogue's, and the same answer.
  out.platformEntry = {
    defaultIsPolicy: platform.default === platform.policy,
    sameData: JSON.stringify(platform.policy) === JSON.stringify(linkedin),
    answer: core.evaluate(platform.policy, { ...ASK, user: { region: "US", age: 30 } }).answer,
  };

  out.platforms = catalog.listPolicies().map((p) => p.id);
  out.everyPlatformAnswers = core
    .evaluateAll(Object.values(catalog.policies), { ...ASK, user: { region: "US", age: 30 } })
    .every((p) => ["used", "not-used", "unknown"].includes(p.decision.answer));

  // Errors are the library's own classes, whichever entry threw them.
  const badRegion = caught(() => core.evaluate(linkedin, { ...ASK, user: { region: "XX" } }));
  const badPlatform = caught(() => catalog.getPolicy("no-such-platform"));
  out.errors = {
    badRegion: { code: badRegion.code, field: badRegion.field, name: badRegion.name },
    badPlatform: { code: badPlatform.code, name: badPlatform.name },
  };
  try {
    catalog.getPolicy("no-such-platform");
  } catch (error) {
    out.errors.sameClassAcrossEntries = error instanceof core.InputError;
  }
  out.vocabulary = { eu: core.EU.id, euHasDE: core.EU.members.some((m) => m.member === "DE"), purposes: core.CORE_PURPOSE_IDS.length, gb: core.normalizeRegionCode("UK") };

  if (validate) {
    const broken = validate.validatePolicy(exampleText, { file: "example.json" });
    out.brokenDocument = {
      valid: broken.valid,
      issues: broken.issues.map((i) => ({
        code: i.code,
        severity: i.severity,
        path: validate.formatPath(i.path),
        at: i.location ? `${i.location.file}:${i.location.line}:${i.location.column}` : null,
      })),
      formatted: validate.formatIssues(broken.issues).split("\n")[0],
    };
    const catalogued = validate.validatePolicy(JSON.stringify(linkedin));
    out.catalogueDocument = { valid: catalogued.valid, errors: catalogued.issues.filter((i) => i.severity === "error").length };
    const parsed = validate.safeParsePolicy(JSON.parse(exampleText));
    out.safeParse = { success: parsed.success };
    out.generatedSchemaId = validate.toPolicyJsonSchema().$id;
  }
  if (schema) {
    const policy = schema.$defs && schema.$defs.Policy;
    out.schema = { id: schema.$id, draft: schema.$schema, root: schema.$ref, hasStatements: Boolean(policy && policy.properties && policy.properties.statements) };
  }
  return out;
};
