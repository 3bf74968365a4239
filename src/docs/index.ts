/**
 * Documentation from policies: timeline charts (SVG), semantic changelogs, and pages per policy in
 * Markdown or HTML. Pure functions that return strings; the CLI's `docs` and `diff` commands write them.
 * This entry point uses the evaluator; it loads neither zod nor the catalogue.
 *
 * @packageDocumentation
 */
export { escapeMarkdown, escapeXml } from "./escape.js";
export { type RegionChoice, representativeFacts, representativeRegions } from "./representatives.js";
export {
  type ChartBoundary,
  type ChartLane,
  type TimelineChartModel,
  type TimelineChartOptions,
  timelineChart,
  timelineChartModel,
} from "./timelineChart.js";
export { type AnswerChange, type ControlChange, type PolicyChanges, changes, describeChanges } from "./changes.js";
export { type PageOptions, renderPolicyPage } from "./renderPolicyPage.js";
export { policyPageFile, renderIndexPage } from "./renderIndexPage.js";
