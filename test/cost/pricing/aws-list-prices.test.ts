import { describe, expect, it } from 'vitest';
import { AWS_LIST_PRICES } from '../../../src/cost/pricing/aws-list-prices.js';

describe('AWS_LIST_PRICES', () => {
  it("holds the pricing page's transition table (ASL-REFERENCE §11.1)", () => {
    const perThousand = Object.fromEntries(
      Object.entries(AWS_LIST_PRICES.regions).map(([r, p]) => [r, p.standard.usdPerThousandTransitions]),
    );
    expect(perThousand).toMatchObject({
      'us-east-1': 0.025,
      'us-west-1': 0.0279,
      'sa-east-1': 0.0375,
      'us-gov-west-1': 0.03,
      'eu-west-3': 0.0297,
      'ap-northeast-2': 0.0271,
      'ap-south-1': 0.0285,
      'eu-north-1': 0.025,
    });
    expect(Object.keys(perThousand)).toHaveLength(18);
  });

  it('gives 4,000 free transitions a month everywhere, and us-east-1 Express rates: $1 per million requests, $0.06 / $0.03 / $0.01642 per GB-hour', () => {
    for (const pricing of Object.values(AWS_LIST_PRICES.regions)) expect(pricing.standard.freeTransitionsPerMonth).toBe(4000);
    expect(AWS_LIST_PRICES.regions['us-east-1']?.express).toMatchObject({
      usdPerMillionRequests: 1,
      durationTiers: [
        { upToGbHours: 1000, usdPerGbHour: 0.06 },
        { upToGbHours: 5000, usdPerGbHour: 0.03 },
        { upToGbHours: null, usdPerGbHour: 0.01642 },
      ],
    });
  });

  it('says where every figure comes from and when, and marks Express rates outside us-east-1 as assumed', () => {
    for (const pricing of Object.values(AWS_LIST_PRICES.regions)) {
      expect(pricing.standard.source).toContain('aws.amazon.com/step-functions/pricing');
      expect(pricing.standard.date).toMatch(/2020-07 to 2025/);
      expect(pricing.express.date).toMatch(/2020-07 to 2025/);
    }
    expect(AWS_LIST_PRICES.regions['us-east-1']?.express.source).not.toContain('ASSUMED');
    expect(AWS_LIST_PRICES.regions['eu-west-1']?.express.source).toMatch(/^ASSUMED equal to us-east-1/);
  });
});
