import type { ControlAvailability, PlatformAnswer } from "../evaluate/evaluateAll.js";
import type { QuestionWithoutDay } from "../evaluate/question.js";
import { answerText, wrap } from "./formatDecision.js";

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** `check --all`: one row per platform, and one per action the user can still take. */
export function formatAll(question: QuestionWithoutDay & { at: string | Date }, answers: readonly PlatformAnswer[]): string {
  const facts = [
    question.user?.region && `region ${question.user.region}`,
    question.user?.age !== undefined && `age ${question.user.age}`,
    question.user?.plan && `plan ${question.user.plan}`,
    ...(question.user?.optOuts ?? []).map((c) => `opted out with ${c.control} on ${String(c.at)}`),
    ...(question.user?.optIns ?? []).map((c) => `opted in with ${c.control} on ${String(c.at)}`),
    question.data?.createdAt !== undefined && `data created ${String(question.data.createdAt)}`,
    question.data?.visibility && `data ${question.data.visibility}`,
  ]
    .filter(Boolean)
    .join(", ");
  const rows: string[][] = [["platform", "answer", "confidence", "needs", "what you can still do"]];
  for (const a of answers) {
    const first = [a.platform, answerText(a.decision), a.decision.confidence, a.decision.needs.join(", ") || "-"];
    if (a.actions.length === 0) rows.push([...first, "-"]);
    a.actions.forEach((action, i) => {
      const deadline = action.deadline ? `, before ${action.deadline}` : "";
      const cell = `${action.control.id} (${action.control.kind}, ${action.control.scope}${deadline})`;
      rows.push(i === 0 ? [...first, cell] : ["", "", "", "", cell]);
    });
  }
  return [
    `${question.purpose} of ${question.category} on ${String(question.at)}${facts ? `; ${facts}` : ""}`,
    "",
    table(rows),
    "",
    wrap(
      "For the reasons and sources, run `ai-data-policy check <platform>` with the same flags; `ai-data-policy controls --region R` says where each control is and what it undoes.",
      0,
    ),
    "",
  ].join("\n");
}

const AVAILABILITY_TEXT = {
  available: "available",
  "not-available": "not available",
  unknown: "availability unknown (not recorded, or on an undisclosed day)",
} as const;

/** `controls`: per platform, each control with where it is, what it covers and what it undoes. */
export function formatControls(region: string, at: string, list: readonly { name: string; controls: readonly ControlAvailability[] }[]): string {
  const out = [`Controls for someone in ${region} on ${at}`, ""];
  for (const { name, controls } of list) {
    out.push(`${name}`);
    if (controls.length === 0) out.push("  (no controls)");
    for (const c of controls) {
      out.push(wrap(`- “${c.label}” (${c.kind}, ${c.id}): ${AVAILABILITY_TEXT[c.availability]}`, 2, 4));
      const where = [c.location, c.url, c.contact && `e-mail ${c.contact.email}${c.contact.subject ? ` with the subject “${c.contact.subject}”` : ""}`]
        .filter(Boolean)
        .join("; ");
      if (where) out.push(wrap(`Where: ${where}`, 4, 6));
      out.push(wrap(`Covers: ${c.purposes.join(", ")}`, 4, 6));
      out.push(wrap(`What it does: ${c.effect}`, 4, 6));
    }
    out.push("");
  }
  return out.join("\n");
}
