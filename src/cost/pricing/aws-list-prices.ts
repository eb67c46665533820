import type { ExpressPricing, PricingTable, RegionPricing } from './region-pricing.js';

const PRICING_PAGE = 'aws.amazon.com/step-functions/pricing';
/** The captures of the pricing page used for §11 (2020 to 2025) agree on every figure below. */
const CAPTURED = '2020-07 to 2025 (the captures agree; ASL-REFERENCE §11)';

/** us-east-1 Express rates: $1.00 per million requests; GB-hour tiers 1,000 / 4,000 / over 5,000 (§11.2). */
const US_EAST_1_EXPRESS: ExpressPricing = {
  usdPerMillionRequests: 1,
  durationTiers: [
    { upToGbHours: 1000, usdPerGbHour: 0.06 },
    { upToGbHours: 5000, usdPerGbHour: 0.03 },
    { upToGbHours: null, usdPerGbHour: 0.01642 },
  ],
  source: `${PRICING_PAGE} (Express requests and duration tiers)`,
  date: CAPTURED,
};

/** The captured page lists Express rates for us-east-1 only; other regions reuse them, and say so. */
const ASSUMED_EXPRESS: ExpressPricing = {
  ...US_EAST_1_EXPRESS,
  source:
    'ASSUMED equal to us-east-1: the captured pricing page gives Express rates for us-east-1 only; pass your own pricing for this region',
};

/** Price per 1,000 state transitions by region, from the pricing page's table (§11.1). */
const STANDARD_PER_THOUSAND: Readonly<Record<string, number>> = {
  'us-east-1': 0.025,
  'us-east-2': 0.025,
  'us-west-2': 0.025,
  'us-west-1': 0.0279,
  'ca-central-1': 0.025,
  'sa-east-1': 0.0375,
  'us-gov-east-1': 0.03,
  'us-gov-west-1': 0.03,
  'eu-west-1': 0.025,
  'eu-central-1': 0.025,
  'eu-west-2': 0.025,
  'eu-west-3': 0.0297,
  'eu-north-1': 0.025,
  'ap-southeast-1': 0.025,
  'ap-northeast-1': 0.025,
  'ap-southeast-2': 0.025,
  'ap-northeast-2': 0.0271,
  'ap-south-1': 0.0285,
};

function region(code: string, usdPerThousandTransitions: number): RegionPricing {
  return {
    region: code,
    standard: {
      usdPerThousandTransitions,
      freeTransitionsPerMonth: 4000,
      source: `${PRICING_PAGE} (state transitions table, free tier)`,
      date: CAPTURED,
    },
    express: code === 'us-east-1' ? US_EAST_1_EXPRESS : ASSUMED_EXPRESS,
  };
}

/**
 * AWS's list prices (USD) for the regions the pricing page's table covers. Newer regions are not in
 * the captured table: pass a `RegionPricing` of your own for them.
 * @example
 * AWS_LIST_PRICES.regions['eu-west-3']?.standard.usdPerThousandTransitions; // 0.0297
 */
export const AWS_LIST_PRICES: PricingTable = {
  regions: Object.fromEntries(Object.entries(STANDARD_PER_THOUSAND).map(([code, price]) => [code, region(code, price)])),
};
