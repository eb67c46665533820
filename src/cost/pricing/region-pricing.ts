/**
 * Step Functions prices for one region, as data: every figure carries where it was read and when.
 * A user can pass their own (negotiated prices, a region missing from the built-in table).
 * @example
 * const paris: RegionPricing = {
 *   region: 'eu-west-3',
 *   standard: { usdPerThousandTransitions: 0.0297, freeTransitionsPerMonth: 4000, source: 'pricing page', date: '2025-01' },
 *   express: {
 *     usdPerMillionRequests: 1,
 *     durationTiers: [{ upToGbHours: 1000, usdPerGbHour: 0.06 }, { upToGbHours: 5000, usdPerGbHour: 0.03 }, { upToGbHours: null, usdPerGbHour: 0.01642 }],
 *     source: 'pricing page', date: '2025-01',
 *   },
 * };
 */
export interface RegionPricing {
  /** The AWS region code (`us-east-1`). */
  readonly region: string;
  readonly standard: StandardPricing;
  readonly express: ExpressPricing;
}

/** Standard workflows: a price per state transition and a monthly free tier (ASL-REFERENCE §11.1). */
export interface StandardPricing {
  /** USD per 1,000 state transitions. */
  readonly usdPerThousandTransitions: number;
  /** State transitions free every month, per account (4,000; it does not expire after 12 months). */
  readonly freeTransitionsPerMonth: number;
  /** Where the figures were read. */
  readonly source: string;
  /** When they were read. */
  readonly date: string;
}

/** Express workflows: a price per request and a tiered price per GB-hour of billed duration × memory (§11.2). */
export interface ExpressPricing {
  /** USD per 1,000,000 requests (executions started). */
  readonly usdPerMillionRequests: number;
  /**
   * Monthly GB-hour tiers, cheapest last. `upToGbHours` is the cumulative upper bound of the tier;
   * `null` for the last, unbounded tier.
   */
  readonly durationTiers: readonly DurationTier[];
  readonly source: string;
  readonly date: string;
}

export interface DurationTier {
  /** Cumulative GB-hours per month up to which this rate applies; `null` = no upper bound. */
  readonly upToGbHours: number | null;
  readonly usdPerGbHour: number;
}

/** Prices for several regions. */
export interface PricingTable {
  readonly regions: Readonly<Record<string, RegionPricing>>;
}
