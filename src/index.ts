// The public API of `sfn-sim`: re-exports only.
export { StateMachine } from './engine/state-machine.js';
export type { ExecutionResult, ExecutionStatus, ServiceCall } from './engine/execution-result.js';
export type {
  ChildStateMachine,
  MockConfigSelection,
  RunOptions,
  StateMachineOptions,
  TaskHandler,
  TaskRequest,
} from './engine/options.js';
export { afterSeconds, DelayedOutcome } from './engine/task-latency.js';
export { DefinitionError, UsageError, StatesError } from './engine/errors.js';
export type { MockRequest, TaskMock } from './services/mocks/task-mock.js';
export type { MockError, MockResponse, MockTiming } from './services/mocks/types.js';
export { lambdaFunction, LambdaFunctionError } from './services/mocks/lambda-function.js';
export { MockConfigError } from './services/mock-config-file.js';
export type { Diagnostic, DiagnosticCode } from './asl/diagnostics.js';
export type { HistoryEvent, HistoryEventType, EventDetails, PayloadDetails } from './history/events.js';
export type { Json, JsonObject } from './asl/json.js';
export type * from './asl/types.js';
