import type { ExecutionStatus } from '../engine/execution-result.js';
import { UsageError } from '../engine/errors.js';
import { breakEvenVolumes, type BreakEven } from './break-even.js';
import type { ExecutionCost } from './cost-of.js';
import type { BillingDetails, MemoryEstimate } from './express-billing.js';
import type { ExpressLimitation } from './express-limits.js';
import { addUsage, priceMonth, scaleUsage, marginalPrice, type BillOptions, type MonthlyBill, type Usage } from './monthly-bill.js';
import type { RegionPricing } from './pricing/region-pricing.js';
import { checkPricing } from './pricing/resolve-pricing.js';

/** One kind of execution in the monthly traffic. */
export interface CostScenario {
  /** Its name in reports. @defaultValue `"scenario 1"`, `"scenario 2"`, … */
  readonly name?: string;
  /** Its share of the traffic, relative to the other scenarios' weights (90 and 10, or 0.9 and 0.1). @defaultValue `1` */
  readonly weight?: number;
  readonly cost: ExecutionCost;
}

/** Options for `estimateCost`. */
export interface EstimateOptions extends BillOptions {
  /** Executions started per month, all scenarios together. */
  readonly executionsPerMonth: number;
  /** The prices to use. @defaultValue the prices the scenarios' costs were computed with */
  readonly pricing?: RegionPricing;
}

/** A month of traffic priced as Standard and as Express, and which is cheaper. */
export interface CostEstimate {
  readonly region: string;
  readonly executionsPerMonth: number;
  readonly scenarios: readonly ScenarioSummary[];
  /** The weighted average execution. */
  readonly perExecution: AverageExecution;
  /** Standard: the month's transitions, the free tier applied once, and the bill. */
  readonly standard: MonthlyBill;
  /** Express: the month's requests and GB-hours through the tiers, and the bill. */
  readonly express: MonthlyBill;
  readonly cheaper: 'STANDARD' | 'EXPRESS' | 'EQUAL';
  /** How much less the cheaper type costs per month (USD). */
  readonly savingsUsd: number;
  /** `savingsUsd` as a percentage of the dearer type's bill. */
  readonly savingsPercent: number;
  /** Traffic levels where the cheaper type changes. */
  readonly breakEven: readonly BreakEven[];
  /** `false` when any scenario cannot run as Express. */
  readonly expressRunnable: boolean;
  readonly expressLimitations: readonly ExpressLimitation[];
  /** The cheaper type that can run the workflow. */
  readonly recommended: 'STANDARD' | 'EXPRESS';
  /** Caveats: assumed prices, estimated durations, nested executions not included. */
  readonly notes: readonly string[];
  readonly pricing: RegionPricing;
}

export interface ScenarioSummary {
  readonly name: string;
  /** Share of the traffic, 0 to 1. */
  readonly share: number;
  readonly status: ExecutionStatus;
  readonly durationMs: number;
  readonly transitions: number;
  readonly billingDetails: BillingDetails;
  /** The Express memory estimate behind `billingDetails.billedMemoryUsedInMB`. */
  readonly memory: MemoryEstimate;
  /** Price of one such execution as Standard, beyond the free tier. */
  readonly standardUsd: number;
  /** Price of one such execution as Express, at the first duration tier. */
  readonly expressUsd: number;
}

/** The weighted average execution. */
export interface AverageExecution {
  readonly transitions: number;
  /** Transitions by state (Standard), averaged over the scenarios. */
  readonly transitionsByState: ReadonlyArray<{ readonly state: string; readonly transitions: number }>;
  readonly billedDurationInMilliseconds: number;
  readonly billedMemoryUsedInMB: number;
  readonly standardUsage: Usage;
  readonly expressUsage: Usage;
  readonly standardUsd: number;
  readonly expressUsd: number;
}

/**
 * Projects a month: N executions, one kind or a weighted mix (90% happy path, 10% retried), priced as
 * Standard and as Express with the free tier and the duration tiers applied once to the month's
 * totals; which type is cheaper and by how much; the break-even volumes; Express's limits.
 * @example
 * const estimate = estimateCost(
 *   [{ name: 'happy', weight: 90, cost: costOf(happy, machine) }, { name: 'retried', weight: 10, cost: costOf(retried, machine) }],
 *   { executionsPerMonth: 1_000_000 },
 * );
 * estimate.cheaper;    // 'EXPRESS'
 * estimate.breakEven;  // [{ executionsPerMonth: 943, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' }]
 */
export function estimateCost(scenarios: ExecutionCost | readonly (ExecutionCost | CostScenario)[], options: EstimateOptions): CostEstimate {
  const list = (Array.isArray(scenarios) ? scenarios : [scenarios]) as readonly (ExecutionCost | CostScenario)[];
  const named = list
    .map((s) => ('cost' in s ? s : { cost: s }))
    .map((s, i) => ({ name: s.name ?? `scenario ${i + 1}`, weight: s.weight ?? 1, cost: s.cost }));
  if (named.length === 0) throw new UsageError('estimateCost: give at least one execution cost (from costOf) to project');
  const n = options.executionsPerMonth;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`estimateCost: executionsPerMonth must be a number >= 0; got ${String(n)}`);
  }
  for (const s of named) {
    if (typeof s.weight !== 'number' || !Number.isFinite(s.weight) || s.weight < 0) {
      throw new UsageError(`estimateCost: the weight of "${s.name}" must be a number >= 0; got ${String(s.weight)}`);
    }
  }
  const totalWeight = named.reduce((sum, s) => sum + s.weight, 0);
  if (totalWeight === 0) throw new UsageError('estimateCost: the scenario weights add up to 0; give at least one a positive weight');
  const pricing = options.pricing ?? samePricing(named.map((s) => s.cost));
  if (options.pricing !== undefined) checkPricing(options.pricing, 'estimateCost: pricing');

  const shares = named.map((s) => ({ ...s, share: s.weight / totalWeight }));
  const average = (pick: (c: ExecutionCost) => number): number => shares.reduce((sum, s) => sum + s.share * pick(s.cost), 0);
  const averageUsage = (pick: (c: ExecutionCost) => Usage): Usage => addUsage(...shares.map((s) => scaleUsage(pick(s.cost), s.share)));
  const standardUsage = averageUsage((c) => c.standard.usage);
  const expressUsage = averageUsage((c) => c.express.usage);
  const billOptions = options.freeTier === undefined ? {} : { freeTier: options.freeTier };
  const standard = priceMonth(scaleUsage(standardUsage, n), pricing, billOptions);
  const express = priceMonth(scaleUsage(expressUsage, n), pricing, billOptions);
  const difference = standard.totalUsd - express.totalUsd;
  const cheaper = Math.abs(difference) < 1e-9 ? 'EQUAL' : difference < 0 ? 'STANDARD' : 'EXPRESS';
  const dearer = Math.max(standard.totalUsd, express.totalUsd);
  const limitations = dedupe(shares.flatMap((s) => s.cost.express.limitations));

  return {
    region: pricing.region,
    executionsPerMonth: n,
    scenarios: shares.map((s) => ({
      name: s.name,
      share: s.share,
      status: s.cost.status,
      durationMs: s.cost.durationMs,
      transitions: s.cost.standard.transitions,
      billingDetails: s.cost.express.billingDetails,
      memory: s.cost.express.memory,
      standardUsd: marginalPrice(s.cost.standard.usage, pricing),
      expressUsd: marginalPrice(s.cost.express.usage, pricing),
    })),
    perExecution: {
      transitions: average((c) => c.standard.transitions),
      transitionsByState: averageByState(shares),
      billedDurationInMilliseconds: average((c) => c.express.billingDetails.billedDurationInMilliseconds),
      billedMemoryUsedInMB: average((c) => c.express.billingDetails.billedMemoryUsedInMB),
      standardUsage,
      expressUsage,
      standardUsd: marginalPrice(standardUsage, pricing),
      expressUsd: marginalPrice(expressUsage, pricing),
    },
    standard,
    express,
    cheaper,
    savingsUsd: Math.abs(difference),
    savingsPercent: dearer === 0 ? 0 : (Math.abs(difference) / dearer) * 100,
    breakEven: breakEvenVolumes(standardUsage, expressUsage, pricing, billOptions),
    expressRunnable: limitations.length === 0,
    expressLimitations: limitations,
    recommended: limitations.length > 0 || cheaper !== 'EXPRESS' ? 'STANDARD' : 'EXPRESS',
    notes: notes(
      shares.map((s) => s.cost),
      pricing,
    ),
    pricing,
  };
}

function samePricing(costs: readonly ExecutionCost[]): RegionPricing {
  const first = (costs[0] as ExecutionCost).pricing;
  for (const cost of costs) {
    if (JSON.stringify(cost.pricing) !== JSON.stringify(first)) {
      throw new UsageError(
        `estimateCost: the scenarios were priced differently (${first.region} and ${cost.pricing.region}); pass the prices to use as options.pricing`,
      );
    }
  }
  return first;
}

function averageByState(shares: ReadonlyArray<{ share: number; cost: ExecutionCost }>): Array<{ state: string; transitions: number }> {
  const totals = new Map<string, number>();
  for (const { share, cost } of shares) {
    for (const row of cost.standard.byState) totals.set(row.state, (totals.get(row.state) ?? 0) + share * row.transitions);
  }
  return [...totals].map(([state, transitions]) => ({ state, transitions }));
}

function dedupe(limitations: readonly ExpressLimitation[]): ExpressLimitation[] {
  const seen = new Map<string, ExpressLimitation>();
  for (const l of limitations) if (!seen.has(l.message)) seen.set(l.message, l);
  return [...seen.values()];
}

function notes(costs: readonly ExecutionCost[], pricing: RegionPricing): string[] {
  const found = new Set<string>();
  if (pricing.express.source.startsWith('ASSUMED')) found.add(`Express prices for ${pricing.region}: ${pricing.express.source}.`);
  for (const cost of costs) {
    for (const child of cost.children) {
      if (child.durationEstimate !== undefined) found.add(`${child.mapState}: ${child.durationEstimate}.`);
    }
    for (const nested of cost.nestedExecutions) {
      found.add(
        `${nested.state} starts nested executions${nested.stateMachineArn === undefined ? '' : ` of ${nested.stateMachineArn}`}: billed by their own type, not included (cost them with costOf on their own runs).`,
      );
    }
  }
  return [...found];
}
