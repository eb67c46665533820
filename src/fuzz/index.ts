// The public API of `sfn-sim/fuzz`: re-exports only.
export { fuzz } from './fuzz.js';
export type { FuzzOptions, FuzzReport, FuzzFailure, RunSummary } from './fuzz.js';
export { formatFuzzReport } from './format-fuzz-report.js';
export type { FormatFuzzOptions } from './format-fuzz-report.js';
export { failurePlan, errorsFor, normalisePlan, UNLISTED_ERROR } from './arbitraries/failure-plan.js';
export type { AttemptOutcome, FailurePlan, FailurePlanOptions, ErrorSet } from './arbitraries/failure-plan.js';
export { inputFromSchema } from './arbitraries/input-from-schema.js';
export type { JsonSchema } from './arbitraries/input-from-schema.js';
export { runScenario, scenarios, ScenarioRunner } from './scenario.js';
export type { Scenario, ScenarioOptions, TaskResult } from './scenario.js';
export { scenarioMocks } from './scenario-mocks.js';
export type { ScenarioMocks } from './scenario-mocks.js';
export {
  noUnhandledErrors,
  terminatesWithin,
  retriesWithinDeclaredAttempts,
  everyCatchLeadsToRunningState,
  outputMatchesSchema,
  costBelow,
} from './properties.js';
export type { NamedProperty, ScenarioProperty, PropertyVerdict } from './properties.js';
export { coverageItems, CoverageTracker } from './coverage.js';
export type { CoverageItem, CoverageReport } from './coverage.js';
export { outlineMachine } from './machine-outline.js';
export type { FuzzTarget, MachineOutline, FuzzState } from './machine-outline.js';
