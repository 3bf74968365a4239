import type { Choice, Question } from "../src/index.js";

/** mulberry32: a small seeded PRNG, so that every run asks the same questions. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Regions chosen to hit every rule of LinkedIn's history: the EU and EEA, Switzerland, the UK, Hong
// Kong, Canada, mainland China, and places no rule names.
export const REGIONS = ["US", "IN", "BR", "AU", "JP", "DE", "FR", "IT", "NL", "IE", "PL", "NO", "IS", "LI", "CH", "GB", "HK", "CA", "CN", "RE"] as const;
export const CATEGORIES = [
  "profile",
  "posts",
  "private-messages",
  "group-content",
  "ai-interactions",
  "usage-data",
  "feedback",
  "preferences",
  "job-data",
  "job-applications",
  "salary-data",
  "payment-data",
  "credentials",
] as const;

/**
 * A fixed set of varied, complete questions about LinkedIn (every input given), from a seed: uses
 * from December 2023 to August 2026, every region class, ages 13 to 70, opt-outs with the setting and
 * the objection form, data created before the use.
 */
export function linkedinQuestions(count = 1000, seed = 20240918): Question[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.UTC(2023, 11, 1);
  const span = Date.UTC(2026, 7, 1) - start;
  const questions: Question[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(next() * (span / DAY)) * DAY;
    const created = at - Math.floor(next() * 900) * DAY;
    const optOuts: Choice[] = [];
    if (next() < 0.45) optOuts.push({ control: "data-for-generative-ai-improvement", at: iso(start + Math.floor(next() * (span / DAY)) * DAY) });
    if (next() < 0.2) {
      optOuts.push({
        control: "data-processing-objection-form",
        at: iso(start + Math.floor(next() * (span / DAY)) * DAY),
        outcome: next() < 0.7 ? "accepted" : "refused",
      });
    }
    const r = next();
    const purpose = r < 0.6 ? "generative-ai-training" : r < 0.85 ? "non-generative-ai-training" : "ai-inference";
    const recipient = next() < 0.1 ? pick(["linkedin", "microsoft"] as const) : undefined;
    questions.push({
      purpose,
      category: pick(CATEGORIES),
      at: iso(at),
      user: { region: pick(REGIONS), age: 13 + Math.floor(next() * 58), optOuts },
      data: { createdAt: iso(created) },
      ...(recipient !== undefined && { recipient }),
    });
  }
  return questions;
}

/**
 * Questions on both sides of every day LinkedIn's history changes, for every region class, category and
 * purpose, with and without an opt-out, for a minor and an adult, and for old and new data.
 */
export function linkedinBoundaryQuestions(): Question[] {
  const days = [
    "2023-12-31",
    "2024-01-01",
    "2024-09-17",
    "2024-09-18",
    "2024-09-19",
    "2024-09-20",
    "2024-10-10",
    "2024-10-11",
    "2024-10-14",
    "2024-10-15",
    "2024-12-09",
    "2024-12-10",
    "2025-01-21",
    "2025-01-22",
    "2025-02-26",
    "2025-02-27",
    "2025-09-16",
    "2025-09-17",
    "2025-11-02",
    "2025-11-03",
    "2025-11-04",
    "2026-06-01",
  ];
  const regions = ["US", "DE", "NO", "CH", "GB", "HK", "CA", "CN"];
  const users = [
    { age: 30, optOuts: [] as Choice[] },
    { age: 17, optOuts: [] as Choice[] },
    { age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-10-20" }] },
    { age: 30, optOuts: [{ control: "data-for-generative-ai-improvement", at: "2025-11-03" }] },
    { age: 30, optOuts: [{ control: "data-processing-objection-form", at: "2024-09-18", outcome: "accepted" as const }] },
  ];
  const questions: Question[] = [];
  for (const at of days) {
    for (const region of regions) {
      for (const category of CATEGORIES) {
        for (const purpose of ["generative-ai-training", "non-generative-ai-training", "ai-inference"]) {
          for (const user of users) {
            for (const createdAt of ["2003-01-01", "2023-06-01", at]) {
              questions.push({ purpose, category, at, user: { region, ...user }, data: { createdAt } });
            }
          }
        }
      }
    }
  }
  return questions;
}
