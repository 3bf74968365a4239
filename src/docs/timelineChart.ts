import type { Policy } from "../schema/types.js";
import type { Answer, CitedSource, Reason } from "../evaluate/decision.js";
import type { QuestionWithoutDay } from "../evaluate/question.js";
import { type TimelineSegment, timeline } from "../evaluate/timeline.js";
import { InputError } from "../evaluate/InputError.js";
import { didYouMean, showValue } from "../util/suggest.js";
import { addDays, dayNumber } from "./days.js";
import { escapeXml } from "./escape.js";
import {
  type RegionChoice,
  categoryLabel,
  mainCategory,
  mentionedPurposes,
  purposeLabel,
  representativeFacts,
  representativeRegions,
} from "./representatives.js";

/**
 * One lane of a timeline chart: the history of one answer for one region and purpose.
 *
 * @category Docs
 */
export interface ChartLane {
  readonly purpose: string;
  readonly purposeLabel: string;
  readonly category: string;
  readonly categoryLabel: string;
  readonly region: RegionChoice;
  /** The question asked of {@link timeline} (without its day). */
  readonly question: QuestionWithoutDay;
  /** What {@link timeline} answered for the question over the chart's range. */
  readonly segments: readonly TimelineSegment[];
}

/**
 * A day on which some lane's answer changes, with the source of the reason that changed.
 *
 * @category Docs
 */
export interface ChartBoundary {
  /** The first day of the new run, `YYYY-MM-DD`. */
  readonly day: string;
  /** The source of the reason that appeared (or, if none did, ended) on that day. */
  readonly source?: CitedSource;
}

/**
 * What a policy's timeline chart draws: its lanes, the days they span, and the facts asked about.
 *
 * @category Docs
 */
export interface TimelineChartModel {
  readonly platform: string;
  readonly name: string;
  /** First day drawn (the policy's coverage start). */
  readonly from: string;
  /** Day after the last day drawn: the end of coverage, or the day after the last review. */
  readonly until: string;
  /** The user and data asked about, in words. */
  readonly facts: string;
  readonly lanes: readonly ChartLane[];
  /** Every day on which a lane changes, oldest first. */
  readonly boundaries: readonly ChartBoundary[];
}

/** The range a policy's chart covers: its coverage, ending at the last review when open. @internal */
export function chartRange(policy: Policy): { from: string; until: string } {
  return { from: policy.coverage.from, until: policy.coverage.until ?? addDays(policy.lastReviewed, 1) };
}

/** The source behind a change from one run to the next. @internal */
export function changeSource(previous: TimelineSegment | undefined, next: TimelineSegment): CitedSource | undefined {
  if (!previous) return undefined;
  const appeared = next.reasons.filter((r) => !previous.reasons.includes(r));
  const ended = previous.reasons.filter((r) => !next.reasons.includes(r));
  const withSource = (list: readonly Reason[]) => list.find((r) => r.sources.length > 0)?.sources[0];
  return withSource(appeared) ?? withSource(ended);
}

/**
 * Lays out a policy's timeline chart: one lane per purpose its statements name and per representative
 * region, each asked of {@link timeline} for the category most of the purpose's statements name.
 *
 * @param policy - A policy.
 * @param options - `purposes`: draw only lanes for these purposes (by default, every purpose the statements name).
 * @returns The lanes, the range and the boundaries; {@link timelineChart} draws it.
 * @throws `InputError` (from `ai-data-policy`) for a purpose no statement is about, or if the policy itself is inconsistent.
 * @example
 * ```ts
 * import { timelineChartModel } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const model = timelineChartModel(getPolicy("linkedin"));
 * model.lanes[0]?.segments.map((s) => s.from); //=> ["2024-01-01", "2024-09-18", "2025-11-03"]
 * model.lanes.length; //=> 21
 * ```
 * @category Docs
 */
export function timelineChartModel(policy: Policy, options: { readonly purposes?: readonly string[] } = {}): TimelineChartModel {
  const mentioned = mentionedPurposes(policy);
  // A purpose no statement is about would leave its lanes out without a word: an empty chart.
  options.purposes?.forEach((purpose, i) => {
    if (!mentioned.includes(purpose))
      throw new InputError(
        "unknown-purpose",
        `purposes[${i}]`,
        purpose,
        `${showValue(purpose)}: no statement of ${policy.name}'s policy is about it${typeof purpose === "string" ? didYouMean(purpose, mentioned) : ""} (its purposes: ${mentioned.join(", ")})`,
      );
  });
  const range = chartRange(policy);
  const facts = representativeFacts(policy);
  const lanes: ChartLane[] = [];
  for (const purpose of mentioned.filter((p) => options.purposes === undefined || options.purposes.includes(p))) {
    const category = mainCategory(policy, purpose);
    for (const region of representativeRegions(policy)) {
      const question: QuestionWithoutDay = { purpose, category, user: { ...facts.user, region: region.code }, data: facts.data };
      lanes.push({
        purpose,
        purposeLabel: purposeLabel(policy, purpose),
        category,
        categoryLabel: categoryLabel(policy, category),
        region,
        question,
        segments: timeline(policy, question, range),
      });
    }
  }
  const sources = new Map<string, CitedSource | undefined>();
  for (const lane of lanes) {
    lane.segments.forEach((segment, i) => {
      if (i === 0) return;
      const source = changeSource(lane.segments[i - 1], segment);
      if (!sources.has(segment.from) || (sources.get(segment.from) === undefined && source)) sources.set(segment.from, source);
    });
  }
  const boundaries = [...sources.keys()].sort().map((day) => {
    const source = sources.get(day);
    return source ? { day, source } : { day };
  });
  return { platform: policy.id, name: policy.name, ...range, facts: facts.text, lanes, boundaries };
}

/**
 * Options for {@link timelineChart}.
 *
 * @category Docs
 */
export interface TimelineChartOptions {
  /** Where a boundary's date links to; by default the source's URL. Pages link to their footnotes. */
  readonly sourceHref?: (source: CitedSource) => string;
  /** The chart's width in SVG units (default 1000). */
  readonly width?: number;
  /** Draw only lanes for these purposes (by default, every purpose the statements name). */
  readonly purposes?: readonly string[];
}

const COLOURS: Record<Answer, { fill: string; text: string; label: string; short: string }> = {
  used: { fill: "#b8400b", text: "#ffffff", label: "used", short: "U" },
  "not-used": { fill: "#1f5fbf", text: "#ffffff", label: "not used", short: "N" },
  unknown: { fill: "url(#unknown-hatch)", text: "#1a1a1a", label: "unknown", short: "?" },
};

const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"`;

/**
 * Draws a policy's timeline as an SVG image: one lane per region group and purpose, each run coloured
 * and labelled used, not used or unknown, every day the answer changes marked with its date, linked to
 * the source of the change. No browser is needed; the result is a standalone, well-formed SVG document.
 *
 * @param policy - A policy.
 * @param options - Where dates link to, and the width.
 * @returns The SVG text.
 * @throws `InputError` (from `ai-data-policy`) for a purpose no statement is about, or if the policy itself is inconsistent.
 * @example
 * ```ts
 * import { timelineChart } from "ai-data-policy/docs";
 * import { getPolicy } from "ai-data-policy/catalog";
 * const svg = timelineChart(getPolicy("linkedin"));
 * svg.startsWith("<svg"); //=> true
 * svg.includes('data-date="2025-11-03"'); //=> true
 * ```
 * @category Docs
 */
export function timelineChart(policy: Policy, options: TimelineChartOptions = {}): string {
  return drawChart(timelineChartModel(policy, options.purposes === undefined ? {} : { purposes: options.purposes }), options);
}

/** Draws a laid-out chart. @internal */
export function drawChart(model: TimelineChartModel, options: TimelineChartOptions = {}): string {
  const href = options.sourceHref ?? ((s: CitedSource) => s.url);
  const width = options.width ?? 1000;
  const labelWidth = 270;
  const x0 = labelWidth + 10;
  const x1 = width - 20;
  const start = dayNumber(model.from);
  const end = dayNumber(model.until);
  const x = (day: string) => x0 + ((dayNumber(day) - start) / (end - start)) * (x1 - x0);
  const legendHeight = 56;
  const datesHeight = 82;
  const laneHeight = 24;
  const laneGap = 6;
  const headingHeight = 22;
  const out: string[] = [];
  let y = legendHeight + datesHeight;
  const purposes = [...new Set(model.lanes.map((l) => l.purpose))];
  const laneY: number[] = [];
  const body: string[] = [];
  for (const purpose of purposes) {
    const lanes = model.lanes.filter((l) => l.purpose === purpose);
    const first = lanes[0] as ChartLane;
    y += headingHeight;
    body.push(`<text x="10" y="${y - 6}" font-size="13" font-weight="600" fill="#1a1a1a">${escapeXml(`${first.purposeLabel}: ${first.categoryLabel}`)}</text>`);
    for (const lane of lanes) {
      laneY.push(y);
      const cells = lane.segments.map((s) => {
        // biome-ignore lint/complexity/useMathMinMax: the days are ISO strings, not numbers
        const from = s.from < model.from ? model.from : s.from;
        const until = s.until ?? model.until;
        const left = x(from);
        const w = Math.max(0.5, x(until) - left);
        const c = COLOURS[s.answer];
        const label = w >= 62 ? c.label : w >= 14 ? c.short : "";
        const title = `${lane.region.label}: ${s.answer} from ${s.from} until ${s.until ?? "now"}${s.needs.length ? ` (depends on ${s.needs.join(", ")})` : ""}`;
        return (
          `<g class="segment" data-from="${s.from}" data-until="${s.until ?? ""}" data-answer="${s.answer}">` +
          `<title>${escapeXml(title)}</title>` +
          `<rect x="${r(left)}" y="${y}" width="${r(w)}" height="${laneHeight}" fill="${c.fill}" stroke="#ffffff" stroke-width="1"/>` +
          (label ? `<text x="${r(left + w / 2)}" y="${y + 16}" font-size="11" text-anchor="middle" fill="${c.text}">${label}</text>` : "") +
          `</g>`
        );
      });
      body.push(
        `<g class="lane" data-purpose="${escapeXml(lane.purpose)}" data-category="${escapeXml(lane.category)}" data-region="${escapeXml(lane.region.code)}">` +
          `<text x="${labelWidth}" y="${y + 16}" font-size="12" text-anchor="end" fill="#1a1a1a">${escapeXml(shorten(lane.region.label, 40))}<title>${escapeXml(lane.region.label)}</title></text>` +
          cells.join("") +
          `</g>`,
      );
      y += laneHeight + laneGap;
    }
  }
  const plotTop = legendHeight + datesHeight;
  const plotBottom = y;
  // Boundaries: a dashed line through the lanes, and the date above, linked to its source.
  const marks: string[] = [];
  let lastLabel = -Infinity;
  for (const b of model.boundaries) {
    const bx = x(b.day);
    const lx = Math.max(bx, lastLabel + 12);
    lastLabel = lx;
    const text = `<text x="${r(lx + 4)}" y="${plotTop - 8}" font-size="11" transform="rotate(-90 ${r(lx + 4)} ${plotTop - 8})" fill="#1a1a1a">${b.day}</text>`;
    const link = b.source
      ? `<a href="${escapeXml(href(b.source))}"><title>${escapeXml(`${b.day}: ${b.source.title} (${b.source.publisher})`)}</title>${text}</a>`
      : text;
    marks.push(
      `<g class="boundary" data-date="${b.day}">` +
        `<line x1="${r(bx)}" y1="${plotTop - 4}" x2="${r(bx)}" y2="${plotBottom}" stroke="#555555" stroke-width="1" stroke-dasharray="3 2"/>` +
        (lx !== bx ? `<line x1="${r(bx)}" y1="${plotTop - 4}" x2="${r(lx)}" y2="${plotTop - 8}" stroke="#555555" stroke-width="1"/>` : "") +
        link +
        `</g>`,
    );
  }
  // Years along the bottom.
  const ticks: string[] = [];
  const firstYear = Number(model.from.slice(0, 4)) + 1;
  const lastYear = Number(model.until.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const day = `${year}-01-01`;
    if (day >= model.until) break;
    const tx = x(day);
    ticks.push(
      `<line x1="${r(tx)}" y1="${plotBottom}" x2="${r(tx)}" y2="${plotBottom + 6}" stroke="#1a1a1a"/>` +
        `<text x="${r(tx)}" y="${plotBottom + 20}" font-size="12" text-anchor="middle" fill="#1a1a1a">${year}</text>`,
    );
  }
  const height = plotBottom + 56;
  const legend = (["used", "not-used", "unknown"] as const)
    .map((a, i) => {
      const lx = 10 + i * 130;
      const c = COLOURS[a];
      return `<rect x="${lx}" y="30" width="36" height="16" fill="${c.fill}" stroke="#555555" stroke-width="0.5"/><text x="${lx + 18}" y="42" font-size="10" text-anchor="middle" fill="${c.text}">${c.short}</text><text x="${lx + 42}" y="43" font-size="12" fill="#1a1a1a">${c.label}</text>`;
    })
    .join("");
  const title = `${model.name}: is the data used? One lane per region and purpose`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title-${escapeXml(model.platform)}" ${FONT}>`,
    `<title id="chart-title-${escapeXml(model.platform)}">${escapeXml(`${title}, ${model.from} to ${model.until}, for ${model.facts}.`)}</title>`,
    `<defs><pattern id="unknown-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="18" font-size="14" font-weight="700" fill="#1a1a1a">${escapeXml(title)}</text>`,
    legend,
    `<text x="410" y="43" font-size="12" fill="#1a1a1a">${escapeXml(`Asked for ${model.facts}.`)}</text>`,
    ...marks,
    ...body,
    `<line x1="${x0}" y1="${plotBottom}" x2="${x1}" y2="${plotBottom}" stroke="#1a1a1a"/>`,
    ...ticks,
    `<text x="${x0}" y="${plotBottom + 40}" font-size="11" fill="#555555">${escapeXml(`${model.from} to ${addDays(model.until, -1)}. Dates mark the days an answer changes; each links to its source.`)}</text>`,
    `</svg>`,
  );
  return `${out.join("\n")}\n`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}
