export { compilePolicy, type CompiledPolicy } from "./compile.js";
export type { Answer, Case, CitedSource, Decision, Need, Reason, ReasonCode } from "./decision.js";
export { evaluate } from "./evaluate.js";
export { InputError, type InputErrorCode } from "./InputError.js";
export { PolicyError } from "./PolicyError.js";
export type { Choice, DataFacts, DateInput, Question, QuestionWithoutDay, UserFacts } from "./question.js";
export { timeline, type TimelineRange, type TimelineSegment } from "./timeline.js";
export { type Action, type ControlSummary, SCOPE_EFFECTS, actionsFor } from "./actions.js";
export { type Availability, type ControlAvailability, type PlatformAnswer, controlsFor, evaluateAll } from "./evaluateAll.js";
