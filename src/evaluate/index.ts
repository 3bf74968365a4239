export { compilePolicy, type CompiledPolicy } from "./compile.js";
export type { Answer, Case, CitedSource, Decision, Need, Reason, ReasonCode } from "./decision.js";
export { evaluate } from "./evaluate.js";
export { InputError, type InputErrorCode } from "./InputError.js";
export { PolicyError } from "./PolicyError.js";
export type { Choice, DataFacts, DateInput, Question, QuestionWithoutDay, UserFacts } from "./question.js";
export { timeline, type TimelineRange, type TimelineSegment } from "./timeline.js";
