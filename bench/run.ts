// `npm run bench`: every figure the speed issue asks for, measured in one process where ratios are
// compared, printed as tables and written to bench/results.json (not committed).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { getPolicy } from "../src/catalog/index.js";
import { evaluateGeneral } from "../src/evaluate/evaluate.js";
import { CORE_CATEGORY_IDS, CORE_PURPOSE_IDS, type Question, compilePolicy, evaluate, evaluateMany, timeline } from "../src/index.js";
import { PolicySchema, validatePolicy } from "../src/validate/index.js";
import { caslAbility, caslSubject, cedarStateful, rulesEngine } from "./simple/engines.js";
import { simpleByHand, simplePolicy, simpleQuestions } from "./simple/model.js";
import { type Timing, compare, compareAsync, formatNs, formatRate, medianRatio, sinkValue, table } from "./harness.js";
import { linkedinByHand } from "./linkedinByHand.js";
import { linkedinQuestions, random } from "./questions.js";
import { generatedPolicyText, researchSizedPolicyText } from "./validationDocuments.js";

// Run from the package root (npm run bench), whatever file the runner was bundled into.
const root = pathToFileURL(`${process.cwd()}/`);
const SECTIONS = ["decisions", "alternatives", "timeline", "batch", "cold", "validation"] as const;
const only = process.argv.slice(2);
const unknownSection = only.find((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknownSection !== undefined) {
  console.error(`bench: no section "${unknownSection}"; the sections are ${SECTIONS.join(", ")}`);
  process.exit(2);
}
// With no section named, each section runs in a process of its own, one after another: a section's
// timings then do not depend on what the engine compiled (and deoptimised) for the one before, and
// the whole run is not lost to one section, as it once was to a V8 fatal error in its deoptimizer
// ("unreachable code") when the alternatives' engines followed the decisions.
if (only.length === 0) {
  const merged: Record<string, unknown> = {};
  let failedSections = 0;
  for (const name of SECTIONS) {
    const out = `${process.cwd()}/bench/.out/${name}.json`;
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, name], {
      stdio: "inherit",
      env: { ...process.env, BENCH_RESULTS: out },
    });
    if (child.status !== 0) {
      failedSections++;
      console.error(`FAIL: section ${name} exited with ${child.status ?? child.signal}`);
    }
    try {
      Object.assign(merged, JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>);
    } catch {
      // The section wrote nothing (it failed before the end): its figures are missing from the file.
    }
  }
  writeFileSync(new URL("bench/results.json", root), `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version})`);
  process.exit(failedSections > 0 ? 1 : 0);
}
const want = (section: string) => only.includes(section);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
};
let failed = false;
const fail = (message: string) => {
  console.error(`FAIL: ${message}`);
  failed = true;
};
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function section(title: string) {
  console.log(`\n## ${title}\n`);
}

// 1. Decisions on the real LinkedIn policy, against LinkedIn's rules written by hand.
if (want("decisions")) {
  section("Decisions: evaluate() on LinkedIn's real policy vs the same rules written by hand (1,000 questions)");
  const questions = linkedinQuestions();
  const raw = getPolicy("linkedin");
  const linkedin = compilePolicy(raw);
  const disagree = questions.filter((q) => evaluate(linkedin, q).answer !== linkedinByHand(q));
  if (disagree.length > 0) fail(`${disagree.length} questions where evaluate() and the hand-written rules disagree`);
  // A repeated question gets the very same (frozen, shared) decision: no per-call allocation of reasons.
  // biome-ignore lint/suspicious/noSelfCompare: two calls, compared for identity
  const shared = questions.every((q) => evaluate(linkedin, q) === evaluate(linkedin, q));
  const timings = compare([
    {
      name: "hand-written",
      ops: questions.length,
      pass: () => {
        let n = 0;
        for (const q of questions) n += linkedinByHand(q).length;
        return n;
      },
    },
    {
      name: "evaluate (compiled policy)",
      ops: questions.length,
      pass: () => {
        let n = 0;
        for (const q of questions) n += evaluate(linkedin, q).reasons.length;
        return n;
      },
    },
    {
      name: "evaluate (raw policy, cached preparation)",
      ops: questions.length,
      pass: () => {
        let n = 0;
        for (const q of questions) n += evaluate(raw, q).reasons.length;
        return n;
      },
    },
    {
      name: "general path (no fast path)",
      ops: questions.length,
      pass: () => {
        let n = 0;
        for (const q of questions) n += evaluateGeneral(linkedin, q).reasons.length;
        return n;
      },
    },
  ]);
  const base = (timings[0] as { best: number }).best;
  console.log(
    table(
      ["", "per decision", "median round", "decisions/s", "× hand-written"],
      timings.map((t) => [t.name, formatNs(t.best), formatNs(t.median), formatRate(t.best), ratio(t.best, base)]),
    ),
  );
  const compiled = (timings[1] as { best: number }).best / base;
  console.log(
    `\nagreement: ${questions.length - disagree.length}/${questions.length}; decisions shared between calls: ${shared}; goal: within 3× → ${compiled <= 3 ? "met" : "NOT MET"} (${compiled.toFixed(2)}×)`,
  );
  // The same questions as a page or a batch job often asks them: without the age, the opt-outs or the
  // data's creation day (each left out of about half of them, by turns). The hand-written function
  // cannot answer them; the cost is against the general path's, and the share that shares a decision
  // (answered without the general path) is counted.
  const incomplete = questions.map((q, i): Question => {
    const full = q.user as NonNullable<Question["user"]>;
    const { age, optOuts, ...user } = full;
    return {
      ...q,
      user: { ...user, ...(i % 2 === 0 && age !== undefined && { age }), ...(i % 3 === 0 && optOuts && { optOuts }) },
      ...(i % 4 === 0 && q.data !== undefined && { data: q.data }),
    };
  });
  // biome-ignore lint/suspicious/noSelfCompare: two calls, compared for identity
  const incompleteShared = incomplete.filter((q) => evaluate(linkedin, q) === evaluate(linkedin, q)).length;
  const incompleteTimings = compare([
    {
      name: "evaluate, questions with inputs left out",
      ops: incomplete.length,
      pass: () => {
        let n = 0;
        for (const q of incomplete) n += evaluate(linkedin, q).reasons.length;
        return n;
      },
    },
    {
      name: "general path, the same questions",
      ops: incomplete.length,
      pass: () => {
        let n = 0;
        for (const q of incomplete) n += evaluateGeneral(linkedin, q).reasons.length;
        return n;
      },
    },
  ]);
  const generalBest = (incompleteTimings[1] as { best: number }).best;
  console.log(
    `\n${table(
      ["", "per decision", "median round", "decisions/s", "× general path"],
      incompleteTimings.map((t) => [t.name, formatNs(t.best), formatNs(t.median), formatRate(t.best), ratio(t.best, generalBest)]),
    )}`,
  );
  console.log(`\nquestions with inputs left out answered from shared decisions: ${incompleteShared}/${incomplete.length}`);
  results.decisions = {
    questions: questions.length,
    agreement: questions.length - disagree.length,
    sharedDecisions: shared,
    timings,
    ratio: compiled,
    goal: 3,
    incomplete: { questions: incomplete.length, shared: incompleteShared, timings: incompleteTimings },
  };
}

// 2. The alternatives, on the simplified model (they answer only allow/deny).
if (want("alternatives")) {
  section("Alternatives: the research's simplified model in each engine (1,000 questions, all inputs given)");
  const questions = simpleQuestions();
  const policy = compilePolicy(simplePolicy);
  const cedar = cedarStateful();
  const jre = rulesEngine();
  const abilities = questions.map(caslAbility);
  const subjects = questions.map(caslSubject);
  const ours = questions.map((q) => evaluate(policy, q.question).answer === "used");
  const checks: [string, (i: number) => boolean][] = [
    ["hand-written", (i) => simpleByHand((questions[i] as { question: Question }).question)],
    ["Cedar", (i) => cedar(questions[i] as never)],
    ["CASL", (i) => (abilities[i] as ReturnType<typeof caslAbility>).can((questions[i] as { purpose: string }).purpose, subjects[i] as never)],
  ];
  for (const [name, answer] of checks) {
    const wrong = questions.filter((_, i) => answer(i) !== ours[i]).length;
    if (wrong > 0) fail(`${name} disagrees with evaluate() on ${wrong} questions of the simplified model`);
  }
  const jreAnswers = await Promise.all(questions.map((q) => jre(q)));
  const jreWrong = jreAnswers.filter((a, i) => a !== ours[i]).length;
  if (jreWrong > 0) fail(`json-rules-engine disagrees on ${jreWrong} questions`);
  const used = ours.filter(Boolean).length;
  const timings = compare(
    [
      {
        name: "hand-written",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (const q of questions) n += simpleByHand(q.question) ? 1 : 0;
          return n;
        },
      },
      {
        name: "ai-data-policy evaluate",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (const q of questions) n += evaluate(policy, q.question).reasons.length;
          return n;
        },
      },
      {
        name: "CASL can() (abilities built beforehand)",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (let i = 0; i < questions.length; i++)
            n += (abilities[i] as ReturnType<typeof caslAbility>).can((questions[i] as { purpose: string }).purpose, subjects[i] as never) ? 1 : 0;
          return n;
        },
      },
      {
        name: "CASL (ability built per decision)",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (const q of questions) n += caslAbility(q).can(q.purpose, caslSubject(q) as never) ? 1 : 0;
          return n;
        },
      },
      {
        name: "Cedar statefulIsAuthorized",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (const q of questions) n += cedar(q) ? 1 : 0;
          return n;
        },
      },
    ],
    { rounds: 7 },
  );
  const [jreTiming] = await compareAsync(
    [
      {
        name: "json-rules-engine run()",
        ops: questions.length,
        pass: async () => {
          let n = 0;
          for (const q of questions) n += (await jre(q)) ? 1 : 0;
          return n;
        },
      },
    ],
    { rounds: 5 },
  );
  const all = [...timings, jreTiming as (typeof timings)[number]];
  const oursNs = (timings[1] as { best: number }).best;
  const handNs = (timings[0] as { best: number }).best;
  console.log(
    table(
      ["", "per decision", "decisions/s", "× hand-written", "× ai-data-policy"],
      all.map((t) => [t.name, formatNs(t.best), formatRate(t.best), ratio(t.best, handNs), ratio(t.best, oursNs)]),
    ),
  );
  const cedarRatio = (timings[4] as { best: number }).best / oursNs;
  const caslRatio = (timings[2] as { best: number }).best / oursNs;
  console.log(
    `\nall engines agree with evaluate() on every question (${used} used); margins kept: Cedar ${cedarRatio.toFixed(0)}× (goal ≥ 1,900×) ${cedarRatio >= 1900 ? "met" : "NOT MET"}, CASL ${caslRatio.toFixed(1)}× (goal ≥ 11×) ${caslRatio >= 11 ? "met" : "NOT MET"}`,
  );
  results.alternatives = { questions: questions.length, used, timings: all, cedarRatio, caslRatio, jreRatio: (jreTiming as { best: number }).best / oursNs };
}

// 3. timeline(): cost in decisions, proportional to boundaries, not days.
if (want("timeline")) {
  section("timeline(): one user, 2024-2026, every purpose and category of LinkedIn");
  const linkedin = compilePolicy(getPolicy("linkedin"));
  const users = [
    { region: "DE", age: 30 },
    { region: "US", age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-01-10" }] },
  ];
  const asks = users.flatMap((user) =>
    CORE_PURPOSE_IDS.flatMap((purpose) => CORE_CATEGORY_IDS.map((category) => ({ purpose, category, user, data: { createdAt: "2023-06-01" } }))),
  );
  const three = { from: "2024-01-01", until: "2027-01-01" };
  const century = { from: "2024-01-01", until: "2124-01-01" };
  const segments = asks.reduce((n, q) => n + timeline(linkedin, q, three).length, 0);
  const questions = linkedinQuestions();
  const timings = compare(
    [
      {
        name: "evaluate (one decision, average of the question set)",
        ops: questions.length,
        pass: () => {
          let n = 0;
          for (const q of questions) n += evaluate(linkedin, q).reasons.length;
          return n;
        },
      },
      {
        name: "timeline 2024-2026",
        ops: asks.length,
        pass: () => {
          let n = 0;
          for (const q of asks) n += timeline(linkedin, q, three).length;
          return n;
        },
      },
      {
        name: "timeline 2024-2123 (100 years, same boundaries)",
        ops: asks.length,
        pass: () => {
          let n = 0;
          for (const q of asks) n += timeline(linkedin, q, century).length;
          return n;
        },
      },
    ],
    { rounds: 7 },
  );
  const one = (timings[0] as { best: number }).best;
  console.log(
    table(
      ["", "per call", "× one decision"],
      timings.map((t) => [t.name, formatNs(t.best), ratio(t.best, one)]),
    ),
  );
  const t3 = (timings[1] as { best: number }).best;
  const t100 = (timings[2] as { best: number }).best;
  console.log(
    `\n${asks.length} timelines, ${(segments / asks.length).toFixed(1)} runs each on average; 100 years cost ${(t100 / t3).toFixed(2)}× 3 years (proportional to boundaries, not days)`,
  );
  results.timeline = { timelines: asks.length, averageRuns: segments / asks.length, timings, decisionsWorth: t3 / one, hundredYearsOverThree: t100 / t3 };
}

// 4. Batch: a million generated users, streamed.
if (want("batch")) {
  section("Batch: evaluateMany over 1,000,000 generated LinkedIn members, streamed");
  const linkedin = compilePolicy(getPolicy("linkedin"));
  const count = 1_000_000;
  const regions = ["US", "IN", "BR", "DE", "FR", "IT", "NL", "GB", "CH", "HK", "CA", "JP", "NO", "PL", "ES"];
  const categories = ["profile", "posts", "group-content", "private-messages", "ai-interactions"];
  function* members(): Generator<Question> {
    const next = random(7);
    for (let i = 0; i < count; i++) {
      const optOut =
        next() < 0.3 ? [{ control: "data-for-generative-ai-improvement", at: `2025-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-15` }] : [];
      yield {
        purpose: "generative-ai-training",
        category: categories[Math.floor(next() * categories.length)] as string,
        at: "2025-12-15",
        user: { region: regions[Math.floor(next() * regions.length)] as string, age: 16 + Math.floor(next() * 60), optOuts: optOut },
        data: { createdAt: `202${Math.floor(next() * 6)}-06-01` },
      };
    }
  }
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const counts = { used: 0, "not-used": 0, unknown: 0 };
  const start = process.hrtime.bigint();
  let i = 0;
  for (const decision of evaluateMany(linkedin, members())) {
    counts[decision.answer]++;
    if (++i % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const growthMiB = (peak - heapBefore) / 2 ** 20;
  console.log(
    table(
      ["members", "seconds", "members/s", "heap growth (peak)", "used", "not used", "unknown"],
      [
        [
          count.toLocaleString("en"),
          seconds.toFixed(2),
          formatRate((seconds * 1e9) / count),
          `${growthMiB.toFixed(1)} MiB`,
          String(counts.used),
          String(counts["not-used"]),
          String(counts.unknown),
        ],
      ],
    ),
  );
  results.batch = { members: count, seconds, perSecond: count / seconds, heapGrowthMiB: growthMiB, counts };
}

// 5. Cold start: import the library and the catalogue, answer one question.
if (want("cold")) {
  section("Cold start: node -e '' vs importing ai-data-policy and its catalogue and answering one question (built dist/)");
  const dist = new URL("dist/", root).pathname;
  // process.hrtime rather than performance.now(): the first use of `performance` loads node:perf_hooks,
  // which a bare node never does, and which is the measurement's cost, not the library's.
  const answer = `const t0 = process.hrtime.bigint(); const { evaluate } = await import("${dist}index.js"); const { getPolicy } = await import("${dist}catalog.js");
const d = evaluate(getPolicy("linkedin"), { purpose: "generative-ai-training", category: "posts", at: "2025-12-15", user: { region: "DE", age: 30 } });
const t1 = process.hrtime.bigint(); const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6, cpu: (u.user + u.system) / 1000, answer: d.answer }));`;
  // The same with the platform's own entry, which reads one policy's text instead of the catalogue's.
  const alone = answer.replace(
    `const { getPolicy } = await import("${dist}catalog.js");`,
    `const { policy } = await import("${dist}catalog/linkedin.js"); const getPolicy = () => policy;`,
  );
  // Ten varied questions rather than one (a page that asks about several purposes and regions): each new
  // combination is answered by the general path once, cold, and the fast path's tables are built.
  const ten = answer.replace(
    "const t1 = ",
    `for (const [purpose, category, region] of [["generative-ai-training", "posts", "FR"], ["generative-ai-training", "profile", "US"], ["non-generative-ai-training", "posts", "DE"], ["ai-inference", "profile", "GB"], ["generative-ai-training", "posts", "CH"], ["non-generative-ai-training", "usage-data", "IN"], ["generative-ai-training", "ai-interactions", "CA"], ["ai-inference", "posts", "HK"], ["generative-ai-training", "private-messages", "IT"]]) evaluate(getPolicy("linkedin"), { purpose, category, at: "2025-12-15", user: { region, age: 30 } });
const t1 = `,
  );
  const bare = `const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ ms: 0, cpu: (u.user + u.system) / 1000 }));`;
  // What Node's ES module loader costs before any of the library runs: importing an empty module
  // (the loader, fs/promises and the rest that a bare node never loads).
  const emptyModule = new URL("bench/.out/empty.mjs", root);
  writeFileSync(emptyModule, "export {};\n");
  const empty = `const t0 = process.hrtime.bigint(); await import("${emptyModule.pathname}"); const t1 = process.hrtime.bigint(); const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6, cpu: (u.user + u.system) / 1000 }));`;
  // The same question through require (the CommonJS build), which Node loads without that loader.
  const required = `const t0 = process.hrtime.bigint(); const { evaluate } = require("${dist}index.cjs"); const { policy } = require("${dist}catalog/linkedin.cjs");
const d = evaluate(policy, { purpose: "generative-ai-training", category: "posts", at: "2025-12-15", user: { region: "DE", age: 30 } });
const t1 = process.hrtime.bigint(); const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6, cpu: (u.user + u.system) / 1000, answer: d.answer }));`;
  const runCommonJs = (code: string) => {
    const child = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout) as { ms: number; cpu: number };
  };
  const run = (code: string) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(child.stderr);
    return { wall, ...(JSON.parse(child.stdout) as { ms: number; cpu: number; answer?: string }) };
  };
  const base: { wall: number; cpu: number }[] = [];
  const lib: { wall: number; cpu: number; ms: number }[] = [];
  const libAlone: { wall: number; cpu: number; ms: number }[] = [];
  const libTen: { wall: number; cpu: number; ms: number }[] = [];
  const emptyImport: { cpu: number }[] = [];
  const commonJs: { cpu: number; ms: number }[] = [];
  const bareCommonJs: { cpu: number }[] = [];
  for (let i = 0; i < 15; i++) {
    base.push(run(bare));
    lib.push(run(answer));
    libAlone.push(run(alone));
    libTen.push(run(ten));
    emptyImport.push(run(empty));
    commonJs.push(runCommonJs(required));
    bareCommonJs.push(runCommonJs(bare));
  }
  // The CLI answering one question, as a person runs it: the whole process, against a bare node.
  const cliArgs = [`${dist}cli.js`, ..."check linkedin --purpose generative-ai-training --category posts --region DE --age 30 --at 2025-12-15".split(" ")];
  const processTime = (args: string[]) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const bareWall: number[] = [];
  const cliWall: number[] = [];
  for (let i = 0; i < 9; i++) {
    bareWall.push(processTime(["-e", ""]));
    cliWall.push(processTime(cliArgs));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const cliOverBare = median(cliWall) - median(bareWall);
  const inProcess = median(lib.map((x) => x.ms));
  const cpuDelta = median(lib.map((x) => x.cpu)) - median(base.map((x) => x.cpu));
  const wallDelta = median(lib.map((x) => x.wall)) - median(base.map((x) => x.wall));
  const aloneInProcess = median(libAlone.map((x) => x.ms));
  const aloneCpuDelta = median(libAlone.map((x) => x.cpu)) - median(base.map((x) => x.cpu));
  const tenInProcess = median(libTen.map((x) => x.ms));
  const emptyImportCpu = median(emptyImport.map((x) => x.cpu)) - median(base.map((x) => x.cpu));
  const commonJsCpu = median(commonJs.map((x) => x.cpu)) - median(bareCommonJs.map((x) => x.cpu));
  const commonJsInProcess = median(commonJs.map((x) => x.ms));
  // zod must not be on this path: walk the static import graph of the two entries.
  const seen = new Set<string>();
  const walk = (file: string): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    if (/from\s*["']zod["']|import\(["']zod["']\)/.test(text)) return true;
    return [...text.matchAll(/from\s*["'](\.\/[^"']+)["']/g)].some((m) => walk(new URL(m[1] as string, `file://${file}`).pathname));
  };
  const zod = walk(`${dist}index.js`) || walk(`${dist}catalog.js`) || walk(`${dist}catalog/linkedin.js`);
  console.log(
    table(
      ["", "median"],
      [
        ["import + catalogue + first answer, timed inside the process", `${inProcess.toFixed(2)} ms`],
        ["process CPU time over a bare node -e ''", `${cpuDelta.toFixed(2)} ms`],
        ["wall time over a bare node -e ''", `${wallDelta.toFixed(2)} ms`],
        ["ten varied questions instead of one, timed inside the process", `${tenInProcess.toFixed(2)} ms`],
        ["with ai-data-policy/catalog/linkedin instead, timed inside the process", `${aloneInProcess.toFixed(2)} ms`],
        ["with ai-data-policy/catalog/linkedin instead, process CPU time over a bare node", `${aloneCpuDelta.toFixed(2)} ms`],
        ["with require (CommonJS) and ai-data-policy/catalog/linkedin, timed inside the process", `${commonJsInProcess.toFixed(2)} ms`],
        ["with require (CommonJS) and ai-data-policy/catalog/linkedin, process CPU time over a bare node", `${commonJsCpu.toFixed(2)} ms`],
        ["Node's ES module loader alone: importing an empty module, process CPU time over a bare node", `${emptyImportCpu.toFixed(2)} ms`],
        ["the CLI: ai-data-policy check linkedin …, wall time over a bare node", `${cliOverBare.toFixed(2)} ms`],
      ],
    ),
  );
  console.log(`\nzod on that path: ${zod ? "YES" : "no"}; goal: under 5 ms of process time → ${cpuDelta < 5 ? "met" : "NOT MET"}`);
  if (zod) fail("zod is imported by the evaluator or the catalogue entry");
  results.coldStart = {
    inProcessMs: inProcess,
    cpuOverBareMs: cpuDelta,
    wallOverBareMs: wallDelta,
    platformEntry: { inProcessMs: aloneInProcess, cpuOverBareMs: aloneCpuDelta },
    commonJsPlatformEntry: { inProcessMs: commonJsInProcess, cpuOverBareMs: commonJsCpu },
    emptyEsmImportCpuOverBareMs: emptyImportCpu,
    tenQuestionsInProcessMs: tenInProcess,
    cliCheckWallOverBareMs: cliOverBare,
    zodOnPath: zod,
    goalMs: 5,
  };
}

// 6. Validation of policy documents, against plain zod and ajv on the same documents.
if (want("validation")) {
  section("Validation: validatePolicy (with line:column) vs zod safeParse and ajv, same documents");
  const files = readdirSync(new URL("policies/", root)).filter((f) => f.endsWith(".json"));
  const largest = files.map((f) => ({ f, text: readFileSync(new URL(`policies/${f}`, root), "utf8") })).sort((a, b) => b.text.length - a.text.length)[0] as {
    f: string;
    text: string;
  };
  const generated = generatedPolicyText(readFileSync(new URL("policies/linkedin.json", root), "utf8"), 200);
  const research = researchSizedPolicyText(200);
  const kb = (text: string) => `${(text.length / 1024).toFixed(0)} KB`;
  // `family`: research-sized documents are the size of the research's 200-rule one, which the 1 ms goal was set on.
  const docs = [
    { name: `largest catalogue policy (${largest.f}, ${kb(largest.text)})`, text: largest.text, valid: true, family: "catalogue" },
    { name: `200 statements, research-sized (${kb(research.valid)}, one line), valid`, text: research.valid, valid: true, family: "research" },
    { name: "200 statements, research-sized, a bad region deep inside", text: research.badRegion, valid: false, family: "research" },
    { name: "200 statements, research-sized, an impossible date deep inside", text: research.badDate, valid: false, family: "research" },
    { name: `200 statements made from LinkedIn's (${kb(generated.valid)}), valid`, text: generated.valid, valid: true, family: "linkedin" },
    { name: "200 statements made from LinkedIn's, a bad region deep inside", text: generated.badRegion, valid: false, family: "linkedin" },
    { name: "200 statements made from LinkedIn's, an impossible date deep inside", text: generated.badDate, valid: false, family: "linkedin" },
  ];
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export arrives as the module object under Node16 resolution.
  const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(new URL("schema/policy.schema.json", root), "utf8")));
  const rows: string[][] = [];
  const out: unknown[] = [];
  for (const doc of docs) {
    const value: unknown = JSON.parse(doc.text);
    const ours = validatePolicy(doc.text);
    if (ours.valid !== doc.valid) fail(`validatePolicy says ${ours.valid ? "valid" : "invalid"} for: ${doc.name}`);
    if (!doc.valid && !ours.issues.some((i) => i.location?.line)) fail(`no located issue for: ${doc.name}`);
    const timings = compare(
      [
        { name: "validatePolicy(text)", ops: 1, pass: () => validatePolicy(doc.text).issues.length },
        { name: "zod safeParse(value)", ops: 1, pass: () => (PolicySchema.safeParse(value).success ? 1 : 0) },
        { name: "JSON.parse + zod safeParse", ops: 1, pass: () => (PolicySchema.safeParse(JSON.parse(doc.text)).success ? 1 : 0) },
        { name: "ajv (allErrors)", ops: 1, pass: () => (ajvValidate(value) ? 1 : 0) },
      ],
      // Many short rounds: on a shared machine some of them run undisturbed.
      { rounds: 41, minMs: 8, warmupMs: 200 },
    );
    const [mine, zod, , a] = timings as unknown as [Timing, Timing, Timing, Timing];
    // The ratios: medians over rounds of the two times in a round, which a busy machine disturbs far
    // less than the ratio of the fastest rounds (shown beside them, as the figures before were).
    const toZod = medianRatio(mine, zod);
    const toAjv = medianRatio(mine, a);
    rows.push([
      doc.name,
      formatNs(mine.best),
      formatRate(mine.best),
      formatNs(zod.best),
      formatNs(a.best),
      `${toZod.toFixed(2)}×`,
      `${toAjv.toFixed(2)}×`,
      ratio(mine.best, zod.best),
    ]);
    out.push({
      document: doc.name,
      bytes: doc.text.length,
      valid: doc.valid,
      family: doc.family,
      timings,
      ratioToZod: toZod,
      ratioToAjv: toAjv,
      ratioToZodOfFastestRounds: mine.best / zod.best,
    });
  }
  console.log(table(["document", "validatePolicy", "docs/s", "zod safeParse", "ajv", "× zod", "× ajv", "(fastest rounds × zod)"], rows));
  type Row = { document: string; family: string; timings: { best: number }[]; ratioToZod: number };
  const measured = out as Row[];
  const ours = (o: Row) => (o.timings[0] as { best: number }).best;
  const worstRatio = Math.max(...measured.map((o) => o.ratioToZod));
  const over3 = measured.filter((o) => o.ratioToZod > 3).map((o) => o.document);
  // The 1 ms goal was set on the research's 77 KB document: stated against the research-sized rows,
  // and, so that no row is hidden, against the 341 KB ones too (JSON.parse alone of those takes most of it).
  const worstSmall = Math.max(...measured.filter((o) => o.family === "research").map(ours));
  const worstLarge = Math.max(...measured.filter((o) => o.family === "linkedin").map(ours));
  console.log(
    `\ngoals: within 3× of plain zod safeParse → ${over3.length === 0 ? "met by every document" : `NOT MET by ${over3.join("; ")}`} (worst ${worstRatio.toFixed(2)}×)`,
  );
  // Valid and invalid apart: a valid document is accepted without zod, an invalid one is reported by it.
  const validSmall = Math.max(...measured.filter((o) => o.family === "research" && (o as unknown as { valid: boolean }).valid).map(ours));
  const met = (ns: number) => (ns < 1e6 ? "met" : "NOT MET");
  console.log(
    `       under 1 ms for a 200-statement document of the research's size (${kb(research.valid)}): valid → ${met(validSmall)} (${formatNs(validSmall)}), with problems → ${met(worstSmall)} (worst ${formatNs(worstSmall)}); for the ${kb(generated.valid)} ones made from LinkedIn's → ${met(worstLarge)} (worst ${formatNs(worstLarge)})`,
  );
  results.validation = {
    documents: out,
    worstRatioToZod: worstRatio,
    researchSized200ValidNs: validSmall,
    worstResearchSized200Ns: worstSmall,
    worstLinkedIn200Ns: worstLarge,
  };
}

// Run as one section of `npm run bench`, the figures go to the file the parent merges; run by hand
// (`node bench/.out/run.mjs cold`), to bench/results.json.
const resultsFile = process.env.BENCH_RESULTS ?? new URL("bench/results.json", root).pathname;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (process.env.BENCH_RESULTS === undefined) {
  console.log(`\nwrote bench/results.json (${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}); sink ${sinkValue() > 0 ? "ok" : "empty"}`);
}
if (failed) process.exit(1);
