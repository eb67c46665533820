import type { ExecutionResult, ExecutionStatus } from '../engine/execution-result.js';
import { outlineDefinition, type DefinitionSource } from './definition-outline.js';
import { billChildren, type ChildExecutionsCost } from './distributed-children.js';
import { durationMs, expressMemoryOf, billedDurationMs, gbSeconds, type BillingDetails, type MemoryEstimate } from './express-billing.js';
import { expressLimitations, type ExpressLimitation } from './express-limits.js';
import { addUsage, marginalPrice, NO_USAGE, type Usage } from './monthly-bill.js';
import type { RegionPricing } from './pricing/region-pricing.js';
import { resolvePricing, type PricingOptions } from './pricing/resolve-pricing.js';
import { countTransitions, totalTransitions, type StateTransitions } from './transitions.js';

/** What one execution costs as a Standard and as an Express workflow. */
export interface ExecutionCost {
  readonly status: ExecutionStatus;
  /** Virtual duration of the run. */
  readonly durationMs: number;
  readonly standard: StandardExecutionCost;
  readonly express: ExpressExecutionCost;
  /** Distributed Map children: billed by their own type whatever the parent's (§11.1). Included in both `usage`s. */
  readonly children: readonly ChildExecutionsCost[];
  /** `states:startExecution` calls: separate executions, billed by their own type and NOT included here. */
  readonly nestedExecutions: readonly NestedExecution[];
  /** The prices used (region, figures, source and date). */
  readonly pricing: RegionPricing;
}

/** The execution billed as a Standard workflow. */
export interface StandardExecutionCost {
  /** State transitions of the execution itself: every state entered plus every retry (§11.1). */
  readonly transitions: number;
  /** The same, by state, in the order first entered. */
  readonly byState: readonly StateTransitions[];
  /** What one execution bills: its transitions and its distributed Map children's usage. */
  readonly usage: Usage;
  /** The price of `usage` beyond the free tier (USD). */
  readonly usd: number;
}

/** The execution billed as an Express workflow. */
export interface ExpressExecutionCost {
  /** One request per execution started. */
  readonly requests: number;
  /** The `billingDetails` StartSyncExecution would return. */
  readonly billingDetails: BillingDetails;
  /** AWS's memory estimate behind `billedMemoryUsedInMB`. */
  readonly memory: MemoryEstimate;
  /** Billed GB-seconds of the execution itself. */
  readonly gbSeconds: number;
  /** What one execution bills: its request and GB-seconds and its distributed Map children's usage. */
  readonly usage: Usage;
  /** The price of `usage` with duration at the first tier's rate (USD). */
  readonly usd: number;
  /** `false` when the workflow cannot run as Express: see `limitations`. */
  readonly runnable: boolean;
  readonly limitations: readonly ExpressLimitation[];
}

/** A nested execution a Task started. */
export interface NestedExecution {
  readonly state: string;
  readonly resource: string;
  /** The `StateMachineArn` parameter, when it was a string. */
  readonly stateMachineArn: string | undefined;
}

/**
 * What an execution costs as Standard and as Express, from its recorded result: transitions as AWS
 * bills them (by state), and Express's request, billed duration and estimated memory (`billingDetails`),
 * with the reasons it could not run as Express. The engine does not compute costs itself (it never
 * depends on `cost/`): call this on any `ExecutionResult`.
 * @example
 * const machine = new StateMachine(definition, { mocks });
 * const result = await machine.run(input);
 * const cost = costOf(result, machine); // or costOf(result, definition, { region: 'eu-west-1' })
 * cost.standard.transitions;            // 5
 * cost.express.billingDetails;          // { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 2100 }
 */
export function costOf(result: ExecutionResult, definition: DefinitionSource, options: PricingOptions = {}): ExecutionCost {
  const pricing = resolvePricing(options);
  const outline = outlineDefinition(definition);
  const ledger = countTransitions(result, outline);
  const children = billChildren(result, ledger);
  const childUsage = addUsage(...children.map((c) => c.usage));
  const transitions = totalTransitions(ledger.own);
  const standardUsage = addUsage({ ...NO_USAGE, transitions }, childUsage);

  const ms = durationMs(result);
  const memory = expressMemoryOf(result, outline, ledger.parallelBranchRuns);
  const billingDetails = { billedMemoryUsedInMB: memory.billedMemoryUsedInMB, billedDurationInMilliseconds: billedDurationMs(ms) };
  const ownGbSeconds = gbSeconds(billingDetails);
  const expressUsage = addUsage({ transitions: 0, expressRequests: 1, expressGbSeconds: ownGbSeconds }, childUsage);
  const limitations = expressLimitations(result, outline);

  return {
    status: result.status,
    durationMs: ms,
    standard: { transitions, byState: ledger.own, usage: standardUsage, usd: marginalPrice(standardUsage, pricing) },
    express: {
      requests: 1,
      billingDetails,
      memory,
      gbSeconds: ownGbSeconds,
      usage: expressUsage,
      usd: marginalPrice(expressUsage, pricing),
      runnable: limitations.length === 0,
      limitations,
    },
    children,
    nestedExecutions: nestedExecutions(result),
    pricing,
  };
}

function nestedExecutions(result: ExecutionResult): NestedExecution[] {
  const nested: NestedExecution[] = [];
  for (const call of result.calls) {
    if (!/:states:startExecution|:aws-sdk:sfn:startExecution/.test(call.resource)) continue;
    const input = call.input;
    const arn = typeof input === 'object' && input !== null && !Array.isArray(input) ? input['StateMachineArn'] : undefined;
    nested.push({ state: call.stateName, resource: call.resource, stateMachineArn: typeof arn === 'string' ? arn : undefined });
  }
  return nested;
}
