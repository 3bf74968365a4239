import { describe } from "vitest";
import type { Question, Visibility } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("midjourney"); // validates the file and fails with file:line:col issues if invalid

// Midjourney's rules as questions and answers: prompts and images are public and remixable by default,
// except under Stealth Mode (Pro and Mega; from August 2024 the promise names images only); whether
// Midjourney trains on prompts and images is not said; ratings help improve its models; personalization
// is an opt-in. Minimum age 13.

function ask(
  at: string,
  purpose: string,
  category: string,
  extra: { stealth?: string; personalization?: string; created?: string; visibility?: Visibility } = {},
): Question {
  return {
    purpose,
    category,
    at,
    user: {
      region: "US",
      age: 30,
      ...(extra.stealth !== undefined && { optOuts: [{ control: "stealth-mode", at: extra.stealth }] }),
      ...(extra.personalization !== undefined && { optIns: [{ control: "personalization", at: extra.personalization }] }),
    },
    ...((extra.created !== undefined || extra.visibility !== undefined) && {
      data: { ...(extra.created !== undefined && { createdAt: extra.created }), ...(extra.visibility !== undefined && { visibility: extra.visibility }) },
    }),
  };
}

const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Midjourney", () => {
  table([
    {
      why: "training on prompts, their visibility not given: the answer turns on it",
      q: ask("2024-06-01", "generative-ai-training", "midjourney-prompts"),
      answer: "unknown",
      needs: ["data.visibility"],
    },
    {
      why: "public prompts: scraped into others' training sets (low: dataset cards)",
      q: ask("2024-06-01", "generative-ai-training", "midjourney-prompts", { visibility: "public" }),
      answer: "used",
      confidence: "low",
    },
    {
      why: "prompts kept from public view: Midjourney's own training not said",
      q: ask("2024-06-01", "generative-ai-training", "midjourney-prompts", { visibility: "non-public" }),
      answer: "unknown",
    },
    { why: "Midjourney generates from the prompts", q: ask("2025-01-01", "ai-inference", "midjourney-prompts"), answer: "used", confidence: "high" },
    { why: "images are public and remixable by default", q: ask("2024-06-01", "public-remix", "midjourney-images"), answer: "used", confidence: "high" },
    {
      why: "images made under Stealth Mode",
      q: ask("2024-06-01", "public-remix", "midjourney-images", { stealth: "2024-01-01", created: "2024-03-01" }),
      answer: "not-used",
      confidence: "high",
    },
    {
      why: "prompts under Stealth Mode after August 2024: the promise names images only",
      q: ask("2025-01-01", "public-remix", "midjourney-prompts", { stealth: "2024-01-01", created: "2024-10-01" }),
      answer: "unknown",
    },
    { why: "image ratings help improve its models", q: ask("2025-01-01", "generative-ai-training", "image-ratings"), answer: "used", confidence: "medium" },
    { why: "personalization without the opt-in", q: ask("2025-01-01", "ai-inference", "image-ratings"), answer: "not-used" },
    { why: "personalization after opting in", q: ask("2025-01-01", "ai-inference", "image-ratings", { personalization: "2024-08-01" }), answer: "used" },
  ]);
});
