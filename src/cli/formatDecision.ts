import type { Answer, CitedSource, Decision, Reason } from "../evaluate/decision.js";
import type { Question, QuestionWithoutDay } from "../evaluate/question.js";
import type { TimelineSegment } from "../evaluate/timeline.js";
import type { Policy } from "../schema/types.js";
import { normalizeRegionCode } from "../vocabulary/regions.js";

const WIDTH = 100;

/** Wraps text to the width, indenting every line after the first by `hang` spaces. */
export function wrap(text: string, indent: number, hang = indent): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = " ".repeat(indent);
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(hang) + word;
    } else {
      line += (empty ? "" : " ") + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

export const ANSWER_TEXT: Record<Answer, string> = { used: "USED", "not-used": "NOT USED", unknown: "UNKNOWN" };

/** The answer in words; a use of only a part of the data (`inPart`) is marked so. */
export function answerText(decision: Decision): string {
  return decision.inPart ? "USED (IN PART)" : ANSWER_TEXT[decision.answer];
}

/** Collects the distinct cited passages of some reasons, numbered in order of first use. */
export class Footnotes {
  private readonly keys = new Map<string, number>();
  readonly list: CitedSource[] = [];

  refs(reason: Reason): string {
    return reason.sources
      .map((source) => {
        const key = `${source.id}\u0000${source.quote}`;
        let n = this.keys.get(key);
        if (n === undefined) {
          this.list.push(source);
          n = this.list.length;
          this.keys.set(key, n);
        }
        return `[${n}]`;
      })
      .join("");
  }

  render(): string {
    if (this.list.length === 0) return "";
    const lines = ["Sources"];
    this.list.forEach((source, i) => {
      const dates = [
        source.published && `published ${source.published}`,
        source.captured && `captured ${source.captured}`,
        source.accessed && `accessed ${source.accessed}`,
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(wrap(`[${i + 1}] ${source.title}. ${source.publisher}${dates ? `, ${dates}` : ""}. (${source.kind})`, 2, 6));
      lines.push(`      ${source.url}`);
      lines.push(wrap(`“${source.quote}”${source.locator ? ` (${source.locator})` : ""}`, 6));
    });
    return lines.join("\n");
  }
}

export function describeQuestion(policy: Policy, question: Question | QuestionWithoutDay): string {
  const parts = [`${policy.name}: ${question.purpose} of ${question.category}`];
  if ("at" in question) parts[0] += ` on ${String(question.at)}`;
  const user = question.user;
  const facts: string[] = [];
  // As the evaluator read it: "uk" is GB.
  if (user?.region) facts.push(`region ${normalizeRegionCode(user.region) ?? user.region}`);
  if (user?.age !== undefined) facts.push(`age ${user.age}`);
  if (user?.plan) facts.push(`plan ${user.plan}`);
  for (const c of user?.optOuts ?? []) facts.push(`opted out with ${c.control} on ${String(c.at)}${c.outcome ? ` (${c.outcome})` : ""}`);
  for (const c of user?.optIns ?? []) facts.push(`opted in with ${c.control} on ${String(c.at)}`);
  if (question.data?.createdAt) facts.push(`data created ${String(question.data.createdAt)}`);
  if (question.data?.visibility) facts.push(`data ${question.data.visibility}`);
  if (question.recipient) facts.push(`recipient ${question.recipient}`);
  if (facts.length > 0) parts.push(`Facts: ${facts.join("; ")}`);
  return parts.map((p) => wrap(p, 0, 2)).join("\n");
}

/** The human-readable form of a decision. */
export function formatDecision(policy: Policy, question: Question, decision: Decision): string {
  const notes = new Footnotes();
  const out = [describeQuestion(policy, question), "", `Answer: ${answerText(decision)} (confidence: ${decision.confidence})`, ""];
  out.push("Why");
  for (const reason of decision.reasons) out.push(wrap(`- ${reason.message} ${notes.refs(reason)}`.trimEnd(), 2, 4));
  if (decision.needs.length > 0) {
    out.push("", wrap(`Missing input that would change the answer: ${decision.needs.join(", ")}.`, 0, 2));
  }
  if (decision.cases && decision.cases.length > 0) {
    out.push("", "It depends");
    for (const c of decision.cases) out.push(wrap(`- if ${c.when.join(" and ")}: ${ANSWER_TEXT[c.answer].toLowerCase()}`, 2, 4));
  }
  const sources = notes.render();
  if (sources) out.push("", sources);
  return `${out.join("\n")}\n`;
}

function sameReason(a: Reason, b: Reason): boolean {
  return a === b || (a.code === b.code && a.message === b.message);
}

/** The human-readable form of a timeline: each run of days with its answer and reasons, then the sources cited. */
export function formatTimeline(policy: Policy, question: QuestionWithoutDay, segments: readonly TimelineSegment[]): string {
  const notes = new Footnotes();
  const out = [describeQuestion(policy, question), ""];
  let previous: TimelineSegment | undefined;
  for (const segment of segments) {
    const span = `${segment.from} to ${segment.until ?? "now (ongoing)"}`;
    out.push(`${span}: ${answerText(segment)}${segment.needs.length > 0 ? ` (depends on ${segment.needs.join(", ")})` : ""}`);
    // A run that keeps every reason of the one before and adds some (the caveat after the last review,
    // say) names the earlier run rather than printing its reasons again.
    const kept = previous ? previous.reasons.filter((r) => segment.reasons.some((s) => sameReason(r, s))) : [];
    const repeats = previous !== undefined && kept.length === previous.reasons.length && kept.length > 0 && kept.length < segment.reasons.length;
    if (repeats) out.push(wrap(`- The reasons of ${previous?.from} to ${previous?.until}, and:`, 2, 4));
    for (const reason of segment.reasons) {
      if (repeats && kept.some((r) => sameReason(r, reason))) continue;
      out.push(wrap(`- ${reason.message} ${notes.refs(reason)}`.trimEnd(), 2, 4));
    }
    previous = segment;
  }
  const sources = notes.render();
  if (sources) out.push("", sources);
  return `${out.join("\n")}\n`;
}
