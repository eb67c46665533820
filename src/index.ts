// The public API of `sfn-sim`: re-exports only.
export { StateMachine } from './engine/state-machine.js';
export type { ExecutionResult, ExecutionStatus, ServiceCall } from './engine/execution-result.js';
export type {
  ChildStateMachine,
  ExecutionObserver,
  MockConfigSelection,
  RunOptions,
  StateMachineOptions,
  TaskHandler,
  TaskRequest,
} from './engine/options.js';
export { afterSeconds, DelayedOutcome } from './services/mocks/after-seconds.js';
export { DefinitionError, UsageError, StatesError } from './engine/errors.js';
export { validateStateMachine } from './engine/validate-state-machine.js';
export type { ValidationReport, ValidateStateMachineOptions } from './engine/validate-state-machine.js';
export type { MockRequest, TaskMock } from './services/mocks/task-mock.js';
export type { MockError, MockResponse, MockTiming } from './services/mocks/types.js';
export { lambdaFunction, LambdaFunctionError } from './services/mocks/lambda-function.js';
export { MockConfigError } from './services/mock-config-file.js';
export type { Diagnostic, DiagnosticCode } from './asl/diagnostics.js';
export type { HistoryEvent, HistoryEventType, EventDetails, PayloadDetails } from './history/events.js';
export { TASK_FAILURE_EVENTS } from './history/events.js';
export type { Json, JsonObject } from './asl/json.js';
export { loadDefinitionFile, listStateMachines } from './asl/load/load-definition-file.js';
export { validateDefinitionFile } from './engine/validate-definition-file.js';
export type { FileValidationReport, LocatedDiagnostic, ValidateFileOptions } from './engine/validate-definition-file.js';
export type { LoadOptions, LoadedDefinition } from './asl/load/load-definition-file.js';
export { LoadError } from './asl/load/load-error.js';
export type { LoadErrorCode } from './asl/load/load-error.js';
export { genericSubstitution } from './asl/load/generic-substitution.js';
export { applySubstitutions } from './asl/load/substitutions.js';
export type {
  Placeholder,
  PlaceholderUse,
  SubstitutionOptions,
  SubstitutionResult,
  Substitutions,
  SubstitutionValue,
} from './asl/load/substitutions.js';
export type { DefinitionSourceKind, StateMachineEntry, StateMachineKind } from './asl/load/state-machine-source.js';
export type { SourcePosition } from './asl/load/source-document.js';
export type * from './asl/types.js';
export { costOf } from './cost/cost-of.js';
export type { ExecutionCost, StandardExecutionCost, ExpressExecutionCost, NestedExecution } from './cost/cost-of.js';
export { estimateCost } from './cost/estimate.js';
export type { CostEstimate, CostScenario, EstimateOptions, ScenarioSummary, AverageExecution } from './cost/estimate.js';
export { compareCosts } from './cost/compare-costs.js';
export type { CostDiff, Change } from './cost/compare-costs.js';
export { runWithCost, estimateScenarios, compareDefinitions } from './cost/run-scenarios.js';
export type { CostedExecution, ScenarioRun, ScenarioCostOptions } from './cost/run-scenarios.js';
export { breakEvenVolumes } from './cost/break-even.js';
export type { BreakEven } from './cost/break-even.js';
export { priceMonth } from './cost/monthly-bill.js';
export type { Usage, MonthlyBill, BilledTier, BillOptions } from './cost/monthly-bill.js';
export { estimateExpressMemory, billedDurationMs } from './cost/express-billing.js';
export type { BillingDetails, MemoryEstimate } from './cost/express-billing.js';
export type { ExpressLimitation } from './cost/express-limits.js';
export type { StateTransitions } from './cost/transitions.js';
export type { ChildExecutionsCost } from './cost/distributed-children.js';
export type { DefinitionSource } from './cost/definition-outline.js';
export { formatCostEstimate, formatCostDiff } from './cost/format-cost.js';
export type { FormatCostOptions } from './cost/format-cost.js';
export { AWS_LIST_PRICES } from './cost/pricing/aws-list-prices.js';
export { resolvePricing } from './cost/pricing/resolve-pricing.js';
export type { PricingOptions } from './cost/pricing/resolve-pricing.js';
export type { RegionPricing, PricingTable, StandardPricing, ExpressPricing, DurationTier } from './cost/pricing/region-pricing.js';
export { formatExecutionResult, formatOffset } from './report/format-result.js';
