import type { RegionPricing } from './pricing/region-pricing.js';

/** Billable quantities: state transitions (Standard) and requests + GB-seconds (Express). */
export interface Usage {
  readonly transitions: number;
  readonly expressRequests: number;
  readonly expressGbSeconds: number;
}

/** One Express duration tier as billed. */
export interface BilledTier {
  readonly gbHours: number;
  readonly usdPerGbHour: number;
  readonly usd: number;
}

/** A month's bill for some usage: the free tier and the duration tiers applied once, to the month's totals. */
export interface MonthlyBill {
  readonly transitions: number;
  /** Transitions covered by the free tier. */
  readonly freeTransitions: number;
  readonly billedTransitions: number;
  readonly transitionsUsd: number;
  readonly requests: number;
  readonly requestsUsd: number;
  readonly gbSeconds: number;
  readonly gbHours: number;
  /** The GB-hours falling in each tier (tiers with none are left out). */
  readonly tiers: readonly BilledTier[];
  readonly durationUsd: number;
  readonly totalUsd: number;
}

/** Options for a month's bill. */
export interface BillOptions {
  /**
   * Apply Standard's 4,000 free transitions. Turn off when other state machines in the account already use them.
   * @defaultValue `true`
   */
  readonly freeTier?: boolean;
}

/**
 * Prices a month of usage: Standard transitions beyond the free tier, Express requests, and Express
 * GB-hours through the tiers, cheapest last (§11.1, §11.2). Totals are not rounded.
 * @example
 * // AWS's example: 100 M Express executions x 10 s x 64 MB
 * priceMonth({ transitions: 0, expressRequests: 100e6, expressGbSeconds: 100e6 * 10 * (64 / 1024) }, pricing).totalUsd; // 482.97…
 */
export function priceMonth(usage: Usage, pricing: RegionPricing, options: BillOptions = {}): MonthlyBill {
  const free = options.freeTier === false ? 0 : Math.min(usage.transitions, pricing.standard.freeTransitionsPerMonth);
  const billedTransitions = usage.transitions - free;
  const transitionsUsd = (billedTransitions * pricing.standard.usdPerThousandTransitions) / 1000;
  const requestsUsd = (usage.expressRequests * pricing.express.usdPerMillionRequests) / 1e6;
  const gbHours = usage.expressGbSeconds / 3600;
  const tiers: BilledTier[] = [];
  let below = 0;
  for (const tier of pricing.express.durationTiers) {
    if (gbHours <= below) break;
    const top = tier.upToGbHours ?? Infinity;
    const inTier = Math.min(gbHours, top) - below;
    tiers.push({ gbHours: inTier, usdPerGbHour: tier.usdPerGbHour, usd: inTier * tier.usdPerGbHour });
    below = top;
  }
  const durationUsd = tiers.reduce((sum, t) => sum + t.usd, 0);
  return {
    transitions: usage.transitions,
    freeTransitions: free,
    billedTransitions,
    transitionsUsd,
    requests: usage.expressRequests,
    requestsUsd,
    gbSeconds: usage.expressGbSeconds,
    gbHours,
    tiers,
    durationUsd,
    totalUsd: transitionsUsd + requestsUsd + durationUsd,
  };
}

/** The usage of `n` executions. */
export function scaleUsage(usage: Usage, n: number): Usage {
  return { transitions: usage.transitions * n, expressRequests: usage.expressRequests * n, expressGbSeconds: usage.expressGbSeconds * n };
}

/** Usage added up. */
export function addUsage(...usages: readonly Usage[]): Usage {
  return usages.reduce(
    (a, b) => ({
      transitions: a.transitions + b.transitions,
      expressRequests: a.expressRequests + b.expressRequests,
      expressGbSeconds: a.expressGbSeconds + b.expressGbSeconds,
    }),
    NO_USAGE,
  );
}

export const NO_USAGE: Usage = { transitions: 0, expressRequests: 0, expressGbSeconds: 0 };

/** The price of usage at the margin: no free tier, Express duration at the first tier's rate. */
export function marginalPrice(usage: Usage, pricing: RegionPricing): number {
  const firstTier = pricing.express.durationTiers[0]?.usdPerGbHour ?? 0;
  return (
    (usage.transitions * pricing.standard.usdPerThousandTransitions) / 1000 +
    (usage.expressRequests * pricing.express.usdPerMillionRequests) / 1e6 +
    (usage.expressGbSeconds / 3600) * firstTier
  );
}
