import type { DayBoundary } from "../schema/types.js";
import { formatDay, toDayNumber } from "../time/calendarDay.js";

/** A day number from `YYYY-MM-DD`. @internal */
export function dayNumber(day: string): number {
  return toDayNumber(day) as number;
}

/** The day after, or before, a day. @internal */
export function addDays(day: string, n: number): string {
  return formatDay(dayNumber(day) + n);
}

/** A boundary in words: `2024-09-18`, `no later than 2024-09-18`, `between 2024-09-18 and 2024-12-10`. @internal */
export function boundaryText(boundary: DayBoundary | undefined, open = "now"): string {
  if (boundary === undefined) return open;
  if (typeof boundary === "string") return boundary;
  if (boundary.earliest && boundary.latest) return `between ${boundary.earliest} and ${boundary.latest}`;
  if (boundary.latest) return `no later than ${boundary.latest}`;
  if (boundary.earliest) return `no earlier than ${boundary.earliest}`;
  return "an undisclosed day";
}

/** The exact days a boundary names (one, or its two bounds). @internal */
export function boundaryDays(boundary: DayBoundary | undefined): string[] {
  if (boundary === undefined) return [];
  if (typeof boundary === "string") return [boundary];
  return [boundary.earliest, boundary.latest].filter((d): d is string => d !== undefined);
}

/** Whether a day lies in `[from, until)` where either end may be uncertain (read at its latest start, earliest end). @internal */
export function inWindow(day: string, from: DayBoundary | undefined, until: DayBoundary | undefined): boolean {
  const start = from === undefined ? undefined : typeof from === "string" ? from : (from.latest ?? from.earliest);
  const end = until === undefined ? undefined : typeof until === "string" ? until : (until.earliest ?? until.latest);
  return (start === undefined || start <= day) && (end === undefined || day < end);
}
