import type { Choice, Question, QuestionWithoutDay } from "../evaluate/question.js";
import type { Plan, Visibility } from "../schema/types.js";
import { UsageError } from "./io.js";

/** The flags that describe a question, shared by `check`, `timeline` and `controls`. */
export const QUESTION_OPTIONS = {
  purpose: { type: "string" },
  category: { type: "string" },
  region: { type: "string" },
  at: { type: "string" },
  age: { type: "string" },
  plan: { type: "string" },
  "opt-out": { type: "string", multiple: true },
  "opt-in": { type: "string", multiple: true },
  created: { type: "string" },
  visibility: { type: "string" },
  recipient: { type: "string" },
} as const;

export type QuestionValues = {
  purpose?: string | undefined;
  category?: string | undefined;
  region?: string | undefined;
  at?: string | undefined;
  age?: string | undefined;
  plan?: string | undefined;
  "opt-out"?: string[] | undefined;
  "opt-in"?: string[] | undefined;
  created?: string | undefined;
  visibility?: string | undefined;
  recipient?: string | undefined;
};

/** Parses `CONTROL@DATE` or `CONTROL@DATE:accepted|refused`. */
function choice(text: string, flag: string): Choice {
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(`--${flag} ${JSON.stringify(text)}: expected CONTROL@DATE, such as data-for-generative-ai-improvement@2025-10-20`);
  }
  const control = text.slice(0, at);
  let date = text.slice(at + 1);
  let outcome: Choice["outcome"];
  const colon = date.lastIndexOf(":");
  if (colon > 0 && /^(accepted|refused)$/.test(date.slice(colon + 1))) {
    outcome = date.slice(colon + 1) as "accepted" | "refused";
    date = date.slice(0, colon);
  }
  return outcome === undefined ? { control, at: date } : { control, at: date, outcome };
}

function required(values: QuestionValues, name: "purpose" | "category"): string {
  const value = values[name];
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

/** Builds a question (without its day) from parsed flags. Bad values are left for the evaluator to report. */
export function questionFromFlags(values: QuestionValues): QuestionWithoutDay {
  let age: number | undefined;
  if (values.age !== undefined) {
    if (!/^\d+$/.test(values.age)) throw new UsageError(`--age ${JSON.stringify(values.age)}: expected a whole number of years`);
    age = Number(values.age);
  }
  const optOuts = (values["opt-out"] ?? []).map((text) => choice(text, "opt-out"));
  const optIns = (values["opt-in"] ?? []).map((text) => choice(text, "opt-in"));
  const user = {
    ...(values.region !== undefined && { region: values.region }),
    ...(age !== undefined && { age }),
    ...(values.plan !== undefined && { plan: values.plan as Plan }),
    ...(optOuts.length > 0 && { optOuts }),
    ...(optIns.length > 0 && { optIns }),
  };
  const data = {
    ...(values.created !== undefined && { createdAt: values.created }),
    ...(values.visibility !== undefined && { visibility: values.visibility as Visibility }),
  };
  return {
    purpose: required(values, "purpose"),
    category: required(values, "category"),
    ...(Object.keys(user).length > 0 && { user }),
    ...(Object.keys(data).length > 0 && { data }),
    ...(values.recipient !== undefined && { recipient: values.recipient }),
  };
}

/** Builds a full question: `--at` is required. */
export function questionWithDay(values: QuestionValues): Question {
  const base = questionFromFlags(values);
  if (values.at === undefined) throw new UsageError("--at is required: the day of the use, YYYY-MM-DD");
  return { ...base, at: values.at };
}
