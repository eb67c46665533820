export { StateMachine } from './engine/state-machine.js';
export type { ExecutionResult, ExecutionStatus } from './engine/execution-result.js';
export type { RunOptions, StateMachineOptions, TaskHandler, TaskRequest } from './engine/options.js';
export { afterSeconds, DelayedOutcome } from './engine/task-latency.js';
export { DefinitionError, UsageError, StatesError } from './engine/errors.js';
export type { Diagnostic, DiagnosticCode } from './asl/diagnostics.js';
export type { HistoryEvent, HistoryEventType, EventDetails } from './history/events.js';
export type { Json, JsonObject } from './asl/json.js';
export type * from './asl/types.js';
