import { describe, expect, it } from 'vitest';
import { resolvePricing } from '../../../src/cost/pricing/resolve-pricing.js';
import type { RegionPricing } from '../../../src/cost/pricing/region-pricing.js';

const own: RegionPricing = {
  region: 'eu-south-2',
  standard: { usdPerThousandTransitions: 0.03, freeTransitionsPerMonth: 4000, source: 'our AWS invoice', date: '2025-06' },
  express: {
    usdPerMillionRequests: 1.1,
    durationTiers: [
      { upToGbHours: 1000, usdPerGbHour: 0.07 },
      { upToGbHours: null, usdPerGbHour: 0.02 },
    ],
    source: 'our AWS invoice',
    date: '2025-06',
  },
};

describe('resolvePricing', () => {
  it('uses us-east-1 list prices by default', () => {
    expect(resolvePricing().region).toBe('us-east-1');
  });

  it("accepts a user's prices for one region, or a table of them", () => {
    expect(resolvePricing({ pricing: own })).toBe(own);
    expect(resolvePricing({ region: 'eu-south-2', pricing: { regions: { 'eu-south-2': own } } })).toBe(own);
  });

  it('names the known regions and the way out for a region the table lacks', () => {
    expect(() => resolvePricing({ region: 'mars-north-1' })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: no Step Functions prices for region 'mars-north-1'; known regions: ap-northeast-1, ap-northeast-2, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-gov-east-1, us-gov-west-1, us-west-1, us-west-2. Pass your own prices for it (a RegionPricing, or --pricing <file.json>)]`,
    );
  });

  it('refuses a region that differs from the prices given', () => {
    expect(() => resolvePricing({ region: 'us-east-1', pricing: own })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: the pricing given is for region 'eu-south-2', not 'us-east-1'; pass a table with both, or drop the region]`,
    );
  });

  it('points at the malformed field of a user table', () => {
    const noDate = { ...own, standard: { ...own.standard, date: undefined } } as unknown as RegionPricing;
    expect(() => resolvePricing({ pricing: noDate })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: pricing.standard.date: say where and when the prices were read, as a string; got nothing]`,
    );
    const unbounded = { ...own, express: { ...own.express, durationTiers: [{ upToGbHours: 10, usdPerGbHour: 0.06 }] } };
    expect(() => resolvePricing({ pricing: unbounded })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: pricing.express.durationTiers[0].upToGbHours: the last tier has no upper bound; write null (got number 10)]`,
    );
    const negative = { ...own, standard: { ...own.standard, usdPerThousandTransitions: -1 } };
    expect(() => resolvePricing({ pricing: { regions: { x: negative } } })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: pricing.regions["x"].standard.usdPerThousandTransitions: expected a number >= 0; got number -1]`,
    );
  });
});
