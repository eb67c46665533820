import { UsageError } from '../engine/errors.js';
import type { BreakEven } from './break-even.js';
import type { CostEstimate } from './estimate.js';

/** One figure before and after. */
export interface Change {
  readonly before: number;
  readonly after: number;
  /** `after - before`. */
  readonly change: number;
  /** The change as a percentage of `before`; `null` when `before` is 0. */
  readonly changePercent: number | null;
}

/** What a change of definition does to the bill, over the same scenarios and traffic. */
export interface CostDiff {
  readonly region: string;
  readonly executionsPerMonth: number;
  readonly standard: {
    readonly monthlyUsd: Change;
    readonly transitionsPerExecution: Change;
    /** Transitions per execution by state, for states whose count changed (added and removed states included). */
    readonly byState: ReadonlyArray<{ readonly state: string } & Change>;
  };
  readonly express: {
    readonly monthlyUsd: Change;
    readonly billedDurationInMilliseconds: Change;
    readonly billedMemoryUsedInMB: Change;
    readonly runnableBefore: boolean;
    readonly runnableAfter: boolean;
  };
  readonly cheaper: { readonly before: CostEstimate['cheaper']; readonly after: CostEstimate['cheaper'] };
  readonly breakEven: { readonly before: readonly BreakEven[]; readonly after: readonly BreakEven[] };
}

/**
 * Compares two estimates of the same traffic (two definitions, or two versions of one, run over the
 * same scenarios): the monthly bill of each type, transitions per execution by state, Express's
 * billed duration and memory, and whether the cheaper type or the break-even moved.
 * @example
 * const diff = compareCosts(estimateCost(oldCosts, { executionsPerMonth: 1e6 }), estimateCost(newCosts, { executionsPerMonth: 1e6 }));
 * diff.standard.monthlyUsd; // { before: 124.9, after: 99.9, change: -25, changePercent: -20.02 }
 */
export function compareCosts(before: CostEstimate, after: CostEstimate): CostDiff {
  if (before.executionsPerMonth !== after.executionsPerMonth || before.region !== after.region) {
    throw new UsageError(
      `compareCosts: compare estimates of the same traffic; got ${before.executionsPerMonth} executions/month in ${before.region} and ${after.executionsPerMonth} in ${after.region}`,
    );
  }
  const states = new Map<string, { before: number; after: number }>();
  for (const row of before.perExecution.transitionsByState) states.set(row.state, { before: row.transitions, after: 0 });
  for (const row of after.perExecution.transitionsByState) {
    const entry = states.get(row.state) ?? { before: 0, after: 0 };
    entry.after = row.transitions;
    states.set(row.state, entry);
  }
  return {
    region: after.region,
    executionsPerMonth: after.executionsPerMonth,
    standard: {
      monthlyUsd: change(before.standard.totalUsd, after.standard.totalUsd),
      transitionsPerExecution: change(before.perExecution.transitions, after.perExecution.transitions),
      byState: [...states]
        .filter(([, v]) => Math.abs(v.after - v.before) > 1e-12)
        .map(([state, v]) => ({ state, ...change(v.before, v.after) })),
    },
    express: {
      monthlyUsd: change(before.express.totalUsd, after.express.totalUsd),
      billedDurationInMilliseconds: change(
        before.perExecution.billedDurationInMilliseconds,
        after.perExecution.billedDurationInMilliseconds,
      ),
      billedMemoryUsedInMB: change(before.perExecution.billedMemoryUsedInMB, after.perExecution.billedMemoryUsedInMB),
      runnableBefore: before.expressRunnable,
      runnableAfter: after.expressRunnable,
    },
    cheaper: { before: before.cheaper, after: after.cheaper },
    breakEven: { before: before.breakEven, after: after.breakEven },
  };
}

function change(before: number, after: number): Change {
  return { before, after, change: after - before, changePercent: before === 0 ? null : ((after - before) / before) * 100 };
}
