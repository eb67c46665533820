import { describe, expect, it } from 'vitest';
import { breakEvenVolumes } from '../../src/cost/break-even.js';
import { resolvePricing } from '../../src/cost/pricing/resolve-pricing.js';

const pricing = resolvePricing();
// a trivial Pass -> Succeed run: 2 transitions; as Express 1 request and 64 MB x 100 ms = 0.00625 GB-s
const standard = { transitions: 2, expressRequests: 0, expressGbSeconds: 0 };
const express = { transitions: 0, expressRequests: 1, expressGbSeconds: 0.00625 };

describe('breakEvenVolumes', () => {
  it('finds where the free tier stops hiding Standard’s higher price per execution', () => {
    // Standard is free up to 2,000 executions, then 0.00005 N - 0.1; Express 0.0000011042 N (first tier)
    //   0.00005 N - 0.1 = 0.0000011042 N  ->  N = 0.1 / 0.0000488958 = 2,045.18
    expect(breakEvenVolumes(standard, express, pricing)).toEqual([
      { executionsPerMonth: 2046, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' },
    ]);
  });

  it('finds none when one type is cheaper at every volume', () => {
    expect(breakEvenVolumes(standard, express, pricing, { freeTier: false })).toEqual([]);
  });

  it('finds a break-even inside a GB-hour tier', () => {
    // 1 transition ($0.000025) vs a 30 s Express run: 1.875 GB-s, $0.0000321 at $0.06/GB-h, $0.0000166 at $0.03, $0.00000955 past 5,000 GB-h
    //   Express passes below Standard in the second tier: 0.000025 N - 0.1 = 0.000001 N + 60 + 0.03 (N x 1.875 / 3600 - 1,000)
    //   -> 0.000025 N - 0.1 = 0.000016625 N + 30 -> N = 30.1 / 0.000008375 = 3,594,029.85
    const long = { transitions: 0, expressRequests: 1, expressGbSeconds: 1.875 };
    expect(breakEvenVolumes({ transitions: 1, expressRequests: 0, expressGbSeconds: 0 }, long, pricing)).toEqual([
      { executionsPerMonth: 3_594_030, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' },
    ]);
  });

  it('finds a break-even past the last tier corner', () => {
    // 1 transition vs a 60 s Express run (3.75 GB-s): Express only undercuts $0.000025 past 5,000 GB-h (4.8 M executions)
    //   0.000025 N - 0.1 = 0.000001 N + $60 + $120 + 0.01642 (N x 3.75 / 3600 - 5,000)
    //   -> 0.000025 N - 0.1 = 0.0000181042 N + 97.9 -> N = 98 / 0.0000068958 = 14,211,480.36
    const minute = { transitions: 0, expressRequests: 1, expressGbSeconds: 3.75 };
    expect(breakEvenVolumes({ transitions: 1, expressRequests: 0, expressGbSeconds: 0 }, minute, pricing)).toEqual([
      { executionsPerMonth: 14_211_481, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' },
    ]);
  });
});
