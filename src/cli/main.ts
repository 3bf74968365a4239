import { type ParseArgsConfig, parseArgs } from "node:util";
import { getPolicy, listPolicies, platformIds, policies } from "../catalog/index.js";
import { evaluate } from "../evaluate/evaluate.js";
import { controlsFor, evaluateAll } from "../evaluate/evaluateAll.js";
import { InputError } from "../evaluate/InputError.js";
import { PolicyError } from "../evaluate/PolicyError.js";
import { timeline } from "../evaluate/timeline.js";
import type { DayBoundary, Policy } from "../schema/types.js";
import { formatAll, formatControls } from "./crossPlatform.js";
import { formatDecision, formatTimeline, wrap } from "./formatDecision.js";
import { type CliIo, ExitCode, UsageError } from "./io.js";
import { QUESTION_OPTIONS, type QuestionValues, questionFromFlags, questionWithDay } from "./questionFlags.js";
import { didYouMean } from "../util/suggest.js";
import { coveredRegionsText } from "../util/coveredRegions.js";

declare const __VERSION__: string | undefined;

const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

const HELP = `ai-data-policy: is this user's data used for AI? Answers from platforms' policy histories.

Usage
  ai-data-policy check <platform> --purpose P --category C --region R --at DATE [options]
  ai-data-policy check --all --purpose P --category C --region R --at DATE [options]
  ai-data-policy controls --region R [--platform P] [--at DATE] [--json]
  ai-data-policy timeline <platform> --purpose P --category C --region R [options]
  ai-data-policy diff <platform> --from DATE --to DATE [--json]
  ai-data-policy list
  ai-data-policy show <platform> [--json]
  ai-data-policy chart <platform> [--purpose P]...
  ai-data-policy docs [--out DIR] [--format md|html] [--platform P]... [--api PATH] [--api-from REF]
  ai-data-policy validate <file|dir|->... [--format text|json] [--strict]
  ai-data-policy schema

Question options
  --purpose P              generative-ai-training, non-generative-ai-training, ai-inference, ...
  --category C             posts, profile, private-messages, ai-interactions, feedback, ...
  --region R               the user's country, ISO 3166-1 alpha-2 (DE, US, GB; UK is read as GB)
  --at DATE                the day of the use, YYYY-MM-DD (check only)
  --age N                  the user's age in years
  --plan PLAN              free, paid, business, enterprise or education
  --opt-out CONTROL@DATE   an opt-out (repeatable); add :accepted or :refused for objections
  --opt-in CONTROL@DATE    an opt-in, or switching a setting back on (repeatable)
  --created DATE           the day the data was created
  --visibility V           public or non-public
  --recipient ID           only uses by this recipient (such as microsoft)
  --from DATE --until DATE the days a timeline covers (timeline only)
  --all                    ask every platform in the catalogue (check only); name controls as
                           PLATFORM:CONTROL@DATE when ids could be ambiguous
  --json                   print JSON instead of text

<platform> is a platform of the catalogue (see: ai-data-policy list), or a policy file of your own
(a path ending in .json, or - for standard input), validated before it is asked.

Exit codes: 0 an answer was given (validate: the input is valid); 1 validate found problems;
2 bad usage or unreadable input; 3 internal error.
`;

const COMMAND_HELP: Record<string, string> = {
  check:
    "Usage: ai-data-policy check <platform> --purpose P --category C --region R --at DATE [--age N] [--opt-out CONTROL@DATE]... [--created DATE] [--recipient ID] [--json]\n" +
    "       ai-data-policy check --all --purpose P --category C --region R --at DATE [...]\n" +
    "<platform> is a platform of the catalogue, or a policy file (a path ending in .json, or - for standard input).\n",
  controls:
    "Usage: ai-data-policy controls --region R [--platform P] [--at DATE] [--json]\nLists what someone in region R can switch off, where, and what it will and will not undo.\n",
  timeline:
    "Usage: ai-data-policy timeline <platform> --purpose P --category C --region R [--age N] [--opt-out CONTROL@DATE]... [--from DATE] [--until DATE] [--json]\n",
  diff:
    "Usage: ai-data-policy diff <platform> --from DATE --to DATE [--json]\n" +
    "What changed between two days, by meaning: which answers changed (for which purposes, data categories,\n" +
    "regions and users) and which controls appeared, disappeared, were renamed or changed availability or scope.\n",
  chart:
    "Usage: ai-data-policy chart <platform> [--purpose P]...\n" +
    "Prints the platform's timeline chart as SVG: one lane per region group and purpose, used / not used / unknown.\n",
  docs:
    "Usage: ai-data-policy docs [--out DIR] [--format md|html] [--platform P]... [--api PATH] [--api-from REF]\n" +
    "Writes a page per policy (summary, timeline chart, data used and excluded, controls, age rules, recipients,\n" +
    "what changed, sources) and an index page, into DIR (default docs/site). DIR must be new, empty or made by\n" +
    "this command; only its own files are written. --api PATH links the pages to the API reference;\n" +
    "--api-from REF copies a built API reference (typedoc's output in REF) into api/ under DIR and links to it.\n",
  list: "Usage: ai-data-policy list [--json]\n",
  show: "Usage: ai-data-policy show <platform> [--json]\n",
  validate:
    "Usage: ai-data-policy validate <file|dir|->... [--format text|json] [--strict]\n" +
    "Checks policy files and reports every problem with file:line:column, JSON path and the bad value.\n" +
    "Exit codes: 0 valid, 1 problems found (warnings count only with --strict), 2 unreadable input or bad usage.\n",
  schema: "Usage: ai-data-policy schema\nPrints the JSON Schema of the policy format.\n",
};

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

function parse<const O extends OptionSpec>(argv: readonly string[], options: O) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP_OPTION; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "invalid arguments";
    // Node's parser reads `--age -3` as an option followed by another option; say how to write it.
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) throw new UsageError(`${ambiguous[1]}: a value that starts with "-" must be written ${ambiguous[1]}=VALUE`);
    // Node's own message for a misspelt option is about positionals; name the closest option instead.
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message);
    if (unknown) {
      const names = Object.keys(options).map((name) => `--${name}`);
      throw new UsageError(`unknown option ${unknown[1]}${didYouMean(unknown[1] as string, names)} (--help lists this command's options)`);
    }
    throw new UsageError(message);
  }
  // Node's parser keeps the last of a repeated flag silently: `--region US --region DE` would ask
  // about DE alone. A flag that takes one value must be given once; a repeatable one is read once per
  // distinct value (`--platform x --platform x` lists x once).
  const seen = new Map<string, string[]>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || token.name === "help") continue;
    const list = seen.get(token.name) ?? [];
    list.push(token.value ?? "");
    seen.set(token.name, list);
  }
  const values = parsed.values as Record<string, unknown>;
  for (const [name, given] of seen) {
    const spec = (options as OptionSpec)[name];
    if (spec?.multiple) values[name] = [...new Set(values[name] as string[])];
    else if (given.length > 1) {
      const shown = spec?.type === "boolean" ? "" : ` (${given.map((v) => JSON.stringify(v)).join(", ")})`;
      throw new UsageError(`--${name} is given ${given.length} times${shown}; give it once`);
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** The regions a history covers, when not every one: ` (US)`, or ` for users in US` with that prefix. */
function regionsNote(coverage: Policy["coverage"], prefix?: string): string {
  const text = coveredRegionsText(coverage.regions);
  return text === undefined ? "" : prefix === undefined ? ` (${text})` : ` ${prefix}${text}`;
}

/**
 * The one platform a command is about: a platform of the catalogue, or a policy file of one's own (a
 * path ending in .json or naming a folder, or - for standard input), which is validated first.
 */
async function onePlatform(positionals: readonly string[], command: string, io: CliIo): Promise<Policy> {
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one platform id, such as linkedin (see: ai-data-policy list), or a policy file`);
  const given = positionals[0] as string;
  if (given === "-" || /\.json$/i.test(given) || /[\\/]/.test(given)) {
    const { loadPolicyFile } = await import("./validateCommand.js");
    return loadPolicyFile(io, given);
  }
  return getPolicy(given);
}

/** The policies `--platform` names, each once however it is written (LinkedIn, linkedin), or all of them. */
function chosenPolicies(ids: readonly string[] | undefined): Policy[] {
  const chosen = new Map<string, Policy>();
  for (const id of ids ?? platformIds()) {
    const policy = getPolicy(id);
    chosen.set(policy.id, policy);
  }
  return [...chosen.values()];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { ...QUESTION_OPTIONS, json: { type: "boolean" }, all: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.check as string);
    return ExitCode.Ok;
  }
  if (values.all) {
    if (positionals.length > 0) throw new UsageError("check --all takes no platform: it asks every platform in the catalogue");
    const question = questionWithDay(values as QuestionValues);
    const answers = evaluateAll(Object.values(policies), question);
    io.stdout(values.json ? json(answers) : formatAll(question, answers));
    return ExitCode.Ok;
  }
  const policy = await onePlatform(positionals, "check", io);
  const question = questionWithDay(values as QuestionValues);
  const decision = evaluate(policy, question);
  io.stdout(values.json ? json(decision) : formatDecision(policy, question, decision));
  return ExitCode.Ok;
}

function controls(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(argv, {
    region: { type: "string" },
    platform: { type: "string", multiple: true },
    at: { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(COMMAND_HELP.controls as string);
    return ExitCode.Ok;
  }
  if (positionals.length > 0) throw new UsageError("controls takes no arguments; use --platform to choose platforms");
  if (values.region === undefined) throw new UsageError("--region is required: the person's country, such as DE or US");
  const at = values.at ?? io.today();
  const list = chosenPolicies(values.platform).map((policy) => {
    return { platform: policy.id, name: policy.name, controls: controlsFor(policy, { region: values.region as string, at }) };
  });
  io.stdout(values.json ? json(list) : formatControls(values.region, at, list));
  return ExitCode.Ok;
}

async function timelineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { ...QUESTION_OPTIONS, from: { type: "string" }, until: { type: "string" }, json: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.timeline as string);
    return ExitCode.Ok;
  }
  const policy = await onePlatform(positionals, "timeline", io);
  if (values.at !== undefined) throw new UsageError("timeline takes no --at; use --from and --until to limit the days");
  const question = questionFromFlags(values as QuestionValues);
  const range = {
    ...(typeof values.from === "string" && { from: values.from }),
    ...(typeof values.until === "string" && { until: values.until }),
  };
  let segments: ReturnType<typeof timeline>;
  try {
    segments = timeline(policy, question, range);
  } catch (error) {
    // The flags' names, not the library's: --from defaults to the start of the policy's coverage.
    if (error instanceof InputError && error.code === "invalid-range" && error.field === "range.until")
      throw new UsageError(
        `--until ${values.until} must be after --from ${values.from ?? `(by default the start of ${policy.id}'s history, ${policy.coverage.from})`}`,
      );
    if (error instanceof InputError && error.field.startsWith("range."))
      throw new UsageError(`--${error.field.slice(6)}: ${error.message.slice(error.field.length + 2)}`);
    throw error;
  }
  io.stdout(values.json ? json(segments) : formatTimeline(policy, question, segments));
  return ExitCode.Ok;
}

function list(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(argv, { json: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.list as string);
    return ExitCode.Ok;
  }
  if (positionals.length > 0) throw new UsageError("list takes no arguments");
  const rows = listPolicies();
  if (values.json) {
    io.stdout(json(rows));
    return ExitCode.Ok;
  }
  const table = [
    ["platform", "name", "covers", "last reviewed", "statements"],
    ...rows.map((r) => [r.id, r.name, `${r.coverage.from} to ${r.coverage.until ?? "now"}${regionsNote(r.coverage)}`, r.lastReviewed, String(r.statements)]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] as string).length))) ?? [];
  io.stdout(
    `${table
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] as number))
          .join("  ")
          .trimEnd(),
      )
      .join("\n")}\n`,
  );
  return ExitCode.Ok;
}

async function show(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.show as string);
    return ExitCode.Ok;
  }
  const policy = await onePlatform(positionals, "show", io);
  if (values.json) {
    io.stdout(json(policy));
    return ExitCode.Ok;
  }
  const out = [
    `${policy.name} (${policy.id})`,
    wrap(policy.summary, 0),
    "",
    `Covers ${policy.coverage.from} to ${policy.coverage.until ?? "now"}${regionsNote(policy.coverage, "for users in ")}; last reviewed ${policy.lastReviewed}.`,
  ];
  if (policy.minimumAge?.length) {
    out.push("", "Minimum age (a younger user's data is unknown unless a statement that applies to them excludes it)");
    for (const rule of policy.minimumAge) {
      const where = rule.regions
        ? `${rule.regions.include ? ` in ${rule.regions.include.join(", ")}` : ""}${rule.regions.exclude ? ` except ${rule.regions.exclude.join(", ")}` : ""}`
        : "";
      const plans = rule.plans ? `; plans ${rule.plans.join(", ")}` : "";
      const day = (b: DayBoundary) => (typeof b === "string" ? b : `${b.earliest ?? "?"}..${b.latest ?? "?"}`);
      const days = `${rule.from === undefined ? "" : `; from ${day(rule.from)}`}${rule.until === undefined ? "" : `; until ${day(rule.until)}`}`;
      out.push(wrap(`- ${rule.age}${where}${plans}${days} (${rule.confidence}): ${rule.summary}`, 2, 4));
    }
  }
  if (policy.controls?.length) {
    out.push("", "Controls");
    for (const c of policy.controls) {
      const label = c.labels[c.labels.length - 1]?.text ?? c.id;
      out.push(
        wrap(
          `- ${c.id}: “${label}” (${c.kind}, ${c.scope}${c.withdrawal && c.withdrawal !== "future-only" ? `, switching off: ${c.withdrawal}` : ""}${c.mayBeRefused ? ", may be refused" : ""}${c.enforcement === "advisory" ? ", advisory" : ""}); covers ${c.purposes.join(", ")}${c.location ? `; ${c.location}` : ""}`,
          2,
          4,
        ),
      );
    }
  }
  out.push("", "Statements");
  for (const s of policy.statements) {
    const until = s.until === undefined ? "now" : typeof s.until === "string" ? s.until : `≤${s.until.latest ?? "?"}`;
    const from = typeof s.from === "string" ? s.from : `${s.from.earliest ?? "?"}..${s.from.latest ?? "?"}`;
    out.push(wrap(`- [${s.effect}] ${s.id} (${from} to ${until}; ${s.confidence}): ${s.summary}`, 2, 4));
  }
  out.push("", `${policy.sources.length} sources. Run with --json for the full history.`);
  io.stdout(`${out.join("\n")}\n`);
  return ExitCode.Ok;
}

// validate and schema load zod, which the questions never need, and docs, diff and chart the page
// renderers: each is imported when its command runs, so that a question does not pay to load them
// (zod alone was most of what starting the CLI cost).

async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: "string", default: "text" }, strict: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.validate as string);
    return ExitCode.Ok;
  }
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format ${JSON.stringify(values.format)}: expected text or json`);
  const { runValidate } = await import("./validateCommand.js");
  return runValidate(positionals, { format: values.format, strict: values.strict === true }, io);
}

async function schema(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values.help) {
    io.stdout(COMMAND_HELP.schema as string);
    return ExitCode.Ok;
  }
  if (positionals.length > 0) throw new UsageError("schema takes no arguments");
  const { toPolicyJsonSchema } = await import("../validate/toPolicyJsonSchema.js");
  io.stdout(`${JSON.stringify(toPolicyJsonSchema(), null, 2)}\n`);
  return ExitCode.Ok;
}

async function diff(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } });
  if (values.help) {
    io.stdout(COMMAND_HELP.diff as string);
    return ExitCode.Ok;
  }
  const policy = await onePlatform(positionals, "diff", io);
  if (values.from === undefined || values.to === undefined)
    throw new UsageError("diff needs --from DATE and --to DATE, such as --from 2025-11-02 --to 2025-11-03");
  const [{ changes }, { formatChanges }] = await Promise.all([import("../docs/changes.js"), import("./docsCommand.js")]);
  const result = changes(policy, values.from, values.to);
  io.stdout(values.json ? json(result) : formatChanges(policy, result));
  return ExitCode.Ok;
}

async function chart(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { purpose: { type: "string", multiple: true } });
  if (values.help) {
    io.stdout(COMMAND_HELP.chart as string);
    return ExitCode.Ok;
  }
  const policy = await onePlatform(positionals, "chart", io);
  for (const purpose of values.purpose ?? []) {
    if (!policy.statements.some((s) => s.purposes.includes(purpose)))
      throw new UsageError(`--purpose ${JSON.stringify(purpose)}: no statement of ${policy.id} is about it`);
  }
  const { timelineChart } = await import("../docs/timelineChart.js");
  io.stdout(timelineChart(policy, values.purpose === undefined ? {} : { purposes: values.purpose }));
  return ExitCode.Ok;
}

async function docs(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: "string", default: "docs/site" },
    format: { type: "string", default: "html" },
    platform: { type: "string", multiple: true },
    api: { type: "string" },
    "api-from": { type: "string" },
  });
  if (values.help) {
    io.stdout(COMMAND_HELP.docs as string);
    return ExitCode.Ok;
  }
  if (positionals.length > 0) throw new UsageError("docs takes no arguments; use --platform to choose platforms");
  if (values.format !== "md" && values.format !== "html") throw new UsageError(`--format ${JSON.stringify(values.format)}: expected md or html`);
  if (values.out === "") throw new UsageError("--out must name a directory");
  const chosen = chosenPolicies(values.platform);
  const { runDocs } = await import("./docsCommand.js");
  io.stdout(runDocs(chosen, { out: values.out, format: values.format, api: values.api, apiFrom: values["api-from"] }, io));
  return ExitCode.Ok;
}

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => number | Promise<number>> = {
  check,
  controls,
  timeline: timelineCommand,
  diff,
  chart,
  list,
  show,
  validate,
  schema,
  docs,
};

/**
 * Runs the CLI with arguments (without the node and script paths) and returns the exit code. Only
 * `bin.ts` touches the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    // Asked for, the help is the output; without a command it explains a usage error, on stderr.
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? ExitCode.UsageError : ExitCode.Ok;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Ok;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")}; see ai-data-policy --help)`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof PolicyError) {
      io.stderr(`ai-data-policy: ${error.message}\n`);
      return ExitCode.UsageError;
    }
    throw error;
  }
}
