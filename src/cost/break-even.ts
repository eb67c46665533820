import { priceMonth, scaleUsage, type BillOptions, type Usage } from './monthly-bill.js';
import type { RegionPricing } from './pricing/region-pricing.js';

/** A traffic level at which the cheaper workflow type changes. */
export interface BreakEven {
  /** Executions per month, rounded up to a whole execution: from here on, `cheaperAbove` costs less (or the same). */
  readonly executionsPerMonth: number;
  readonly cheaperBelow: 'STANDARD' | 'EXPRESS';
  readonly cheaperAbove: 'STANDARD' | 'EXPRESS';
}

/**
 * The traffic levels where Standard and Express cost the same. Both monthly bills are piecewise linear
 * in the number of executions (the free tier and the GB-hour tiers are the corners), so their
 * difference is solved exactly on each piece. Usually one level: below it Standard (free tier,
 * cheap short runs), above it Express, or the reverse for long runs that reach Express's cheap tiers.
 * @example
 * breakEvenVolumes(cost.standard.usage, cost.express.usage, pricing); // [{ executionsPerMonth: 311_512, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' }]
 */
export function breakEvenVolumes(standard: Usage, express: Usage, pricing: RegionPricing, options: BillOptions = {}): BreakEven[] {
  const difference = (n: number): number =>
    priceMonth(scaleUsage(standard, n), pricing, options).totalUsd - priceMonth(scaleUsage(express, n), pricing, options).totalUsd;
  const corners = new Set<number>();
  for (const usage of [standard, express]) {
    if (usage.transitions > 0 && options.freeTier !== false) corners.add(pricing.standard.freeTransitionsPerMonth / usage.transitions);
    if (usage.expressGbSeconds > 0) {
      for (const tier of pricing.express.durationTiers)
        if (tier.upToGbHours !== null) corners.add((tier.upToGbHours * 3600) / usage.expressGbSeconds);
    }
  }
  const points = [...corners].filter((n) => n > 0 && Number.isFinite(n)).sort((a, b) => a - b);
  const last = points.at(-1) ?? 1;
  points.push(last * 2);
  // past the last corner both bills are straight lines: extend to where they meet, if they do
  const beyond = points.at(-1) as number;
  const slope = difference(beyond) - difference(beyond / 2);
  const atBeyond = difference(beyond);
  if (slope !== 0 && Math.sign(slope) !== Math.sign(atBeyond) && atBeyond !== 0)
    points.push(beyond + (-atBeyond / slope) * (beyond / 2) + 1);

  const found: BreakEven[] = [];
  let previous: { n: number; d: number } | undefined;
  let zeroAt: number | undefined;
  for (const n of points) {
    const d = difference(n);
    if (Math.abs(d) < 1e-9) {
      zeroAt ??= n;
      continue;
    }
    if (previous !== undefined && Math.sign(d) !== Math.sign(previous.d)) {
      const root = zeroAt ?? previous.n + ((n - previous.n) * previous.d) / (previous.d - d);
      found.push({
        executionsPerMonth: Math.ceil(root - 1e-6),
        cheaperBelow: previous.d < 0 ? 'STANDARD' : 'EXPRESS',
        cheaperAbove: d < 0 ? 'STANDARD' : 'EXPRESS',
      });
    }
    previous = { n, d };
    zeroAt = undefined;
  }
  return found;
}
