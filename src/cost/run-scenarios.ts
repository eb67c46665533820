import type { ExecutionResult } from '../engine/execution-result.js';
import type { RunOptions, StateMachineOptions } from '../engine/options.js';
import { StateMachine } from '../engine/state-machine.js';
import type { TaskMock } from '../services/mocks/task-mock.js';
import { compareCosts, type CostDiff } from './compare-costs.js';
import { costOf, type ExecutionCost } from './cost-of.js';
import { estimateCost, type CostEstimate } from './estimate.js';
import type { BillOptions } from './monthly-bill.js';
import { resolvePricing, type PricingOptions } from './pricing/resolve-pricing.js';

/** An execution result with its cost as Standard and as Express. */
export interface CostedExecution extends ExecutionResult {
  readonly cost: ExecutionCost;
}

/**
 * Runs the machine and attaches the execution's cost for both workflow types.
 * @example
 * const result = await runWithCost(machine, { orderId: 'o-1' });
 * result.status;                        // 'SUCCEEDED'
 * result.cost.standard.transitions;     // 5
 * result.cost.express.billingDetails;   // { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 2100 }
 */
export async function runWithCost(
  machine: StateMachine,
  input?: unknown,
  runOptions: RunOptions = {},
  costOptions: PricingOptions = {},
): Promise<CostedExecution> {
  const result = await machine.run(input, runOptions);
  return { ...result, cost: costOf(result, machine, costOptions) };
}

/** One kind of execution to run: its input and mocks, and its share of the traffic. */
export interface ScenarioRun {
  /** @defaultValue `"scenario 1"`, … */
  readonly name?: string;
  /** Share of the traffic, relative to the other scenarios. @defaultValue `1` */
  readonly weight?: number;
  /** @defaultValue `{}` */
  readonly input?: unknown;
  /** This scenario's mocks, on top of `machineOptions.mocks` (a throttled call, say). */
  readonly mocks?: Readonly<Record<string, TaskMock>>;
  /** @defaultValue `0` */
  readonly seed?: number;
}

/** Options for running scenarios and estimating their cost. */
export interface ScenarioCostOptions extends PricingOptions, BillOptions {
  readonly executionsPerMonth: number;
  /** Options for the state machines (mocks shared by all scenarios, nested machines…). */
  readonly machineOptions?: StateMachineOptions;
}

/**
 * Runs each scenario on the definition and estimates a month of that traffic.
 * @example
 * await estimateScenarios(definition, [
 *   { name: 'happy', weight: 9, input, mocks: { Charge: { returns: { ok: true } } } },
 *   { name: 'throttled', weight: 1, input, mocks: { Charge: [{ throws: { error: 'Throttled' } }, { returns: { ok: true } }] } },
 * ], { executionsPerMonth: 100_000 });
 */
export async function estimateScenarios(
  definition: unknown,
  scenarios: readonly ScenarioRun[],
  options: ScenarioCostOptions,
): Promise<CostEstimate> {
  const pricing = resolvePricing(options);
  const costs = [];
  for (const [i, scenario] of scenarios.entries()) {
    const machine = new StateMachine(definition, {
      ...options.machineOptions,
      mocks: { ...options.machineOptions?.mocks, ...scenario.mocks },
    });
    const result = await machine.run(scenario.input ?? {}, { seed: scenario.seed ?? 0 });
    costs.push({ name: scenario.name ?? `scenario ${i + 1}`, weight: scenario.weight ?? 1, cost: costOf(result, machine, { pricing }) });
  }
  return estimateCost(costs, {
    executionsPerMonth: options.executionsPerMonth,
    pricing,
    ...(options.freeTier === undefined ? {} : { freeTier: options.freeTier }),
  });
}

/**
 * Runs the same scenarios on two definitions (or two versions of one) and reports the cost change.
 * @example
 * const { diff } = await compareDefinitions(v1, v2, scenarios, { executionsPerMonth: 1_000_000 });
 * diff.standard.transitionsPerExecution; // { before: 12, after: 9, change: -3, changePercent: -25 }
 */
export async function compareDefinitions(
  before: unknown,
  after: unknown,
  scenarios: readonly ScenarioRun[],
  options: ScenarioCostOptions,
): Promise<{ readonly before: CostEstimate; readonly after: CostEstimate; readonly diff: CostDiff }> {
  const b = await estimateScenarios(before, scenarios, options);
  const a = await estimateScenarios(after, scenarios, options);
  return { before: b, after: a, diff: compareCosts(b, a) };
}
