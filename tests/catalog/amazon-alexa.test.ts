import { describe } from "vitest";
import type { Question } from "../../src/index.js";
import { loadPolicy } from "../support/catalogPolicy.js";
import { type Row, decisionTable } from "../support/decisionTable.js";
const policy = loadPolicy("amazon-alexa"); // validates the file and fails with file:line:col issues if invalid

// Amazon Alexa's rules (US) as questions and answers: requests processed in Amazon's cloud; voice
// recordings train Alexa's speech recognition and language understanding unless "Help Improve Amazon
// Services and Develop New Features" is off or they are deleted; generative training on requests from
// Alexa's language model of September 2023; "Do Not Send Voice Recordings" kept recordings on three
// Echo models until it was removed on 28 March 2025; children's recordings used to improve Alexa.

function ask(
  at: string,
  purpose: string,
  category: string,
  extra: { age?: number; region?: string; optOut?: string; control?: string; created?: string } = {},
): Question {
  return {
    purpose,
    category,
    at,
    user: {
      region: extra.region ?? "US",
      age: extra.age ?? 30,
      ...(extra.optOut !== undefined && { optOuts: [{ control: extra.control ?? "help-improve-setting", at: extra.optOut }] }),
    },
    ...(extra.created !== undefined && { data: { createdAt: extra.created } }),
  };
}

const SPEECH = "alexa-speech-language-training";
const VOICE = "alexa-voice-recordings";
const table = (rows: readonly Row[]) => decisionTable(policy, rows);

describe("Amazon Alexa", () => {
  table([
    { why: "voice recordings train its speech models, on by default", q: ask("2025-06-01", SPEECH, VOICE), answer: "used", confidence: "high" },
    {
      why: "after switching the setting off: later recordings not used",
      q: ask("2025-06-01", SPEECH, VOICE, { optOut: "2024-01-01", created: "2025-05-01" }),
      answer: "not-used",
      confidence: "high",
    },
    {
      why: "generative training on recordings from Alexa's language model of September 2023",
      q: ask("2025-06-01", "generative-ai-training", VOICE),
      answer: "used",
      confidence: "medium",
    },
    { why: "generative training before it: not said", q: ask("2023-06-01", "generative-ai-training", VOICE), answer: "unknown" },
    {
      why: "a recording kept on the device before 28 March 2025 never reached the cloud",
      q: ask("2025-06-01", SPEECH, VOICE, { optOut: "2024-01-01", control: "do-not-send-voice-recordings", created: "2025-01-01" }),
      answer: "not-used",
    },
    {
      why: "after the option was removed, recordings go to the cloud, under a setting whose reach is not said",
      q: ask("2025-06-01", SPEECH, VOICE, { optOut: "2024-01-01", control: "do-not-send-voice-recordings", created: "2025-05-01" }),
      answer: "unknown",
    },
    { why: "a child's recordings and generative training: not said", q: ask("2025-06-01", "generative-ai-training", VOICE, { age: 8 }), answer: "unknown" },
    { why: "requests answered in Amazon's cloud", q: ask("2025-06-01", "ai-inference", VOICE), answer: "used", confidence: "high" },
    { why: "outside the US: outside the coverage", q: ask("2025-06-01", "ai-inference", VOICE, { region: "DE" }), answer: "unknown", code: "outside-coverage" },
  ]);
});
