import type { Answer, Question } from "../src/index.js";

// LinkedIn's rules written out by hand, as a developer without this library would write them for speed:
// no allocation, days turned into integers once, bits for categories, a set for the EEA. It is the baseline the
// generic evaluator is timed against, and an independent oracle that must agree with it on every
// question of the benchmark sets. It reads complete questions (every input given) and trusts them (it
// validates nothing), and returns the answer alone: it explains nothing.

const EEA = new Set("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO GF GP MQ RE MF YT AX".split(" "));

const GEN = 1;
const NONGEN = 2;
const INFERENCE = 3;
const PURPOSE: Record<string, number> = { "generative-ai-training": GEN, "non-generative-ai-training": NONGEN, "ai-inference": INFERENCE };

// Categories as bits, and the sets of them each statement names.
const CAT: Record<string, number> = {
  profile: 1,
  posts: 2,
  "private-messages": 4,
  "group-content": 8,
  "ai-interactions": 16,
  "usage-data": 32,
  feedback: 64,
  preferences: 128,
  "job-data": 256,
  "job-applications": 512,
  "salary-data": 1024,
  "payment-data": 2048,
  credentials: 4096,
};
const S1 = 1 | 2 | 16 | 32 | 128 | 64;
const S2 = 1 | 16 | 256 | 8 | 2 | 64;
const S3 = 1 | 16 | 8 | 2 | 256;
const EXCLUDED_2025 = 4 | 4096 | 2048 | 1024 | 512;
const N1 = 1 | 2 | 32;
const N2 = 16 | 64 | 1 | 8 | 2 | 32;
const I1 = 16 | 1 | 2;

// Undisclosed days, as bits of an assumption mask: each open one is tried both ways.
const STARTED = 1; // LinkedIn's 2024 training (and its other ML and AI features) had started
const UK_SUSPENDED = 2;
const CA_PAUSED = 4;
const CN_LISTED = 8;
const BEFORE_CUTOFF = 16; // the data is older than the undisclosed look-back cut-off (EEA and Switzerland)

/** YYYY-MM-DD as the integer YYYYMMDD, so that days compare as numbers. */
function day(text: string): number {
  return (
    (text.charCodeAt(0) - 48) * 10_000_000 +
    (text.charCodeAt(1) - 48) * 1_000_000 +
    (text.charCodeAt(2) - 48) * 100_000 +
    (text.charCodeAt(3) - 48) * 10_000 +
    (text.charCodeAt(5) - 48) * 1000 +
    (text.charCodeAt(6) - 48) * 100 +
    (text.charCodeAt(8) - 48) * 10 +
    (text.charCodeAt(9) - 48)
  );
}

// Per-question facts, read once into module-level slots (no allocation per call).
let t = 0;
let c = 0;
let r = "";
let age = 0;
let cat = 0;
let purpose = 0;
let recipient = 0; // 0 anyone, 1 linkedin, 2 microsoft
let eea = false;
let designated = false;
let europe = false;
let settingOff = false;
let formOff = false;
let garanteOff = false;

/** The User Agreement's "Minimum Age". */
const MINIMUM_AGE = 16;

const USED = 2;
const UNKNOWN = 1;
const NOT_USED = 0;

/** One reading, under the assumptions in `mask`: 0 not used, 1 unknown, 2 used. */
function decide(mask: number): number {
  let excluded = false;
  let undisclosed = false;
  // Per recipient: 0 nothing said, 1 switched off, 2 unknown (disputed), 3 used; and an unknown statement.
  let linkedin = 0;
  let microsoft = 0;
  let microsoftUnknown = false;
  if (purpose === GEN) {
    const started = t >= 20240918 || (mask & STARTED) !== 0;
    if (designated && t >= 20240101 && t < 20251103) excluded = true;
    else if (r === "GB" && t < 20251103 && (t >= 20240920 || (t >= 20240918 && (mask & UK_SUSPENDED) !== 0))) excluded = true;
    else if (r === "HK" && t >= 20241011 && t < 20251103) excluded = true;
    else if (r === "CA" && t < 20251103 && (t >= 20241210 || (t >= 20241015 && (mask & CA_PAUSED) !== 0))) excluded = true;
    else if (r === "CN" && (t >= 20250122 || (t >= 20241015 && (mask & CN_LISTED) !== 0))) excluded = true;
    if (cat === 4 && t < 20250917) excluded = true;
    if ((cat & EXCLUDED_2025) !== 0 && t >= 20250917) excluded = true;
    if (age < 18 && t >= 20250917) excluded = true;
    // The undisclosed look-back cut-off: the Designated Countries (LinkedIn Ireland's members).
    if (designated && t >= 20251103 && (c < 20030505 || (c < 20251103 && (mask & BEFORE_CUTOFF) !== 0))) excluded = true;
    if (excluded) return NOT_USED;
    if (age < 18 && t < 20250917) undisclosed = true;
    if (cat === 64 && europe && t >= 20251103) undisclosed = true;
    if ((cat === 32 || cat === 128) && t >= 20250917) undisclosed = true;
    const off = settingOff ? 1 : 3;
    if ((cat & S1) !== 0 && started && t < 20250917) linkedin = microsoft = off;
    if ((cat & S2) !== 0 && !europe && t >= 20250917) linkedin = microsoft = off;
    if ((cat & S3) !== 0 && europe && t >= 20251103) {
      const out = settingOff || formOff;
      linkedin = microsoft = eea && out !== garanteOff ? 2 : out ? 1 : 3;
    }
    // Sharing with Microsoft for its training (UK): the setting or an objection with the form.
    if (cat === 2 && r === "GB" && t >= 20251103) microsoft = Math.max(microsoft, settingOff || formOff ? 1 : 3);
  } else if (purpose === NONGEN) {
    const started = t >= 20240918 || (mask & STARTED) !== 0;
    const off = formOff ? 1 : 3;
    if ((cat & N1) !== 0 && started) linkedin = off;
    if ((cat & N2) !== 0 && europe && t >= 20250227) linkedin = off;
    if ((cat === 256 && europe && t >= 20251103) || (cat === 4 && europe && t >= 20250227)) linkedin = off;
    if (cat === 2 && r === "GB" && t >= 20251103) microsoftUnknown = true;
  } else if (purpose === INFERENCE) {
    if ((cat & I1) !== 0 && (t >= 20240918 || (mask & STARTED) !== 0)) linkedin = 3;
  }
  // Members younger than LinkedIn's minimum age (16): nothing the policy says of members speaks of them,
  // so only an exclusion (returned above) answers for them.
  if (age < MINIMUM_AGE) return UNKNOWN;
  // Precedence per recipient, then "used if anyone uses it".
  // LinkedIn itself always takes part when anyone is asked about: its silence is an unknown.
  const a = recipient === 2 ? -1 : verdict(linkedin, false, true, undisclosed);
  const b = recipient === 1 ? -1 : verdict(microsoft, microsoftUnknown, recipient === 2, undisclosed);
  const best = Math.max(a, b);
  if (a === -1 && b === -1) return UNKNOWN; // nothing said
  if (best === USED) return USED;
  return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : NOT_USED;
}

/** One recipient's answer (-1: nothing is said about it, so it takes no part). */
function verdict(state: number, unknownStatement: boolean, asked: boolean, undisclosed: boolean): number {
  if (unknownStatement) return UNKNOWN;
  if (state === 0) return asked ? UNKNOWN : -1;
  if (undisclosed) return UNKNOWN;
  return state === 3 ? USED : state === 2 ? UNKNOWN : NOT_USED;
}

const ANSWERS: Answer[] = ["not-used", "unknown", "used"];

/** The answer LinkedIn's history gives to a complete question, written out by hand. */
export function linkedinByHand(q: Question): Answer {
  t = day(q.at as string);
  if (t < 20240101) return "unknown";
  c = day(q.data?.createdAt as string);
  if (c > t) return "not-used";
  r = q.user?.region as string;
  age = q.user?.age as number;
  cat = CAT[q.category] as number;
  purpose = PURPOSE[q.purpose] as number;
  recipient = q.recipient === "linkedin" ? 1 : q.recipient === "microsoft" ? 2 : 0;
  eea = EEA.has(r);
  designated = eea || r === "CH";
  europe = designated || r === "GB";
  settingOff = false;
  formOff = false;
  garanteOff = false;
  for (const o of q.user?.optOuts ?? []) {
    const chosen = day(o.at as string);
    const setting = o.control === "data-for-generative-ai-improvement";
    if (!setting && o.outcome === "refused") continue;
    // The setting was not offered in Europe (the designated countries and the UK) before 18 September 2025.
    if (setting && europe && chosen < 20250918) continue;
    if (chosen <= t) {
      if (setting) settingOff = true;
      else formOff = true;
      // The Garante: in the EEA, a choice from 3 November 2025 reaches only data created after it.
      if (chosen < 20251103 || c >= chosen) garanteOff = true;
    }
  }
  // The undisclosed days still open on this day, each tried both ways.
  let open = 0;
  if (t < 20240918) open |= STARTED;
  if (r === "GB" && t >= 20240918 && t < 20240920) open |= UK_SUSPENDED;
  if (r === "CA" && t >= 20241015 && t < 20241210) open |= CA_PAUSED;
  if (r === "CN" && t >= 20241015 && t < 20250122) open |= CN_LISTED;
  if (designated && c >= 20030505 && c < 20251103) open |= BEFORE_CUTOFF;
  const first = decide(0);
  if (open !== 0) {
    // Every subset of the open assumptions must agree.
    for (let mask = open; mask > 0; mask = (mask - 1) & open) if (decide(mask) !== first) return "unknown";
  }
  return ANSWERS[first] as Answer;
}
