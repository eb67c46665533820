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
export type { MockRequest, TaskMock } from './services/mocks/task-mock.js';
export type { MockError, MockResponse, MockTiming } from './services/mocks/types.js';
export { lambdaFunction, LambdaFunctionError } from './services/mocks/lambda-function.js';
export { MockConfigError } from './services/mock-config-file.js';
export type { Diagnostic, DiagnosticCode } from './asl/diagnostics.js';
export type { HistoryEvent, HistoryEventType, EventDetails, PayloadDetails } from './history/events.js';
export type { Json, JsonObject } from './asl/json.js';
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
