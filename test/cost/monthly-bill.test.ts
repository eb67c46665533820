import { describe, expect, it } from 'vitest';
import { priceMonth } from '../../src/cost/monthly-bill.js';
import { resolvePricing } from '../../src/cost/pricing/resolve-pricing.js';

const usEast1 = resolvePricing({ region: 'us-east-1' });
const cents = (usd: number): number => Math.round(usd * 100) / 100;

describe('priceMonth: Express', () => {
  it("reproduces AWS's example: 100 M executions x 10 s x 64 MB = $382.97 duration + $100.00 requests = $482.97", () => {
    // ASL-REFERENCE §11.2: 1,000,000,000 s x 64/1024 GB = 62,500,000 GB-s = 17,361.11 GB-h
    //   $60.00 (1,000 h x $0.06) + $120.00 (4,000 h x $0.03) + $202.97 (12,361.11 h x $0.01642)
    const bill = priceMonth({ transitions: 0, expressRequests: 100e6, expressGbSeconds: 100e6 * 10 * (64 / 1024) }, usEast1);
    expect(bill.gbHours).toBeCloseTo(17_361.11, 2);
    expect(bill.tiers.map((t) => cents(t.usd))).toEqual([60, 120, 202.97]);
    expect(cents(bill.durationUsd)).toBe(382.97);
    expect(cents(bill.requestsUsd)).toBe(100);
    expect(cents(bill.totalUsd)).toBe(482.97);
  });

  it('has no Express free tier', () => {
    expect(priceMonth({ transitions: 0, expressRequests: 1, expressGbSeconds: 0 }, usEast1).totalUsd).toBe(0.000001);
  });
});

describe('priceMonth: Standard', () => {
  it('charges $0.025 per 1,000 transitions beyond the 4,000 free ones', () => {
    // §11.1 rate and free tier, with its 5-transition example run 100,000 times a month:
    // 500,000 transitions - 4,000 free = 496,000 x $0.000025 = $12.40
    const bill = priceMonth({ transitions: 500_000, expressRequests: 0, expressGbSeconds: 0 }, usEast1);
    expect(bill).toMatchObject({ freeTransitions: 4000, billedTransitions: 496_000 });
    expect(cents(bill.totalUsd)).toBe(12.4);
  });

  it('charges nothing up to the free tier', () => {
    // 800 executions x 5 transitions = 4,000: all free
    expect(priceMonth({ transitions: 4000, expressRequests: 0, expressGbSeconds: 0 }, usEast1).totalUsd).toBe(0);
  });

  it('charges every transition when the free tier is used up elsewhere (freeTier: false)', () => {
    // 500,000 x $0.000025 = $12.50
    const bill = priceMonth({ transitions: 500_000, expressRequests: 0, expressGbSeconds: 0 }, usEast1, { freeTier: false });
    expect(cents(bill.totalUsd)).toBe(12.5);
  });

  it("uses the region's price: São Paulo is $0.0375 per 1,000", () => {
    // (1,004,000 - 4,000) x $0.0375 / 1,000 = $37.50
    const bill = priceMonth({ transitions: 1_004_000, expressRequests: 0, expressGbSeconds: 0 }, resolvePricing({ region: 'sa-east-1' }));
    expect(cents(bill.totalUsd)).toBe(37.5);
  });
});
