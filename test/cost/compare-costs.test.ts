import { describe, expect, it } from 'vitest';
import { compareCosts } from '../../src/cost/compare-costs.js';
import { costOf } from '../../src/cost/cost-of.js';
import { estimateCost } from '../../src/cost/estimate.js';
import { formatCostDiff } from '../../src/cost/format-cost.js';
import { StateMachine } from '../../src/index.js';
import { cents, reportExport } from './helpers.js';

// v2 polls every 60 s instead of 120 s and records the export in a Pass state before finishing
const v2 = JSON.parse(reportExport.definition) as { States: Record<string, Record<string, unknown>> };
v2.States['WaitForExport'] = { Type: 'Wait', Seconds: 60, Next: 'GetExportStatus' };
v2.States['NotifyRequester'] = { ...v2.States['NotifyRequester'], Next: 'RecordExport' };
v2.States['RecordExport'] = { Type: 'Pass', Next: 'Done' };

async function estimate(definition: unknown) {
  const machine = new StateMachine(definition, { mocks: reportExport.mocks });
  return estimateCost(costOf(await machine.run(reportExport.input), machine), { executionsPerMonth: 1_000_000 });
}

describe('compareCosts', () => {
  it('reports the change of each bill, of transitions by state and of billed duration', async () => {
    const diff = compareCosts(await estimate(reportExport.definition), await estimate(v2));
    // Standard: 10 transitions: 9,996,000 x $0.000025 = $249.90 (was $224.90)
    expect(diff.standard.transitionsPerExecution).toMatchObject({ before: 9, after: 10, change: 1 });
    expect(cents(diff.standard.monthlyUsd.after)).toBe(249.9);
    expect(cents(diff.standard.monthlyUsd.change)).toBe(25);
    expect(diff.standard.byState).toEqual([{ state: 'RecordExport', before: 0, after: 1, change: 1, changePercent: null }]);
    // Express: 2 s + 2 x 61 s + 0.5 s = 124.5 s -> 7.78125 GB-s -> 2,161.46 GB-h: $60 + 1,161.46 x $0.03 + $1 = $95.84 (was $158.34)
    expect(diff.express.billedDurationInMilliseconds).toMatchObject({ before: 244_500, after: 124_500 });
    expect(cents(diff.express.monthlyUsd.after)).toBe(95.84);
    expect(formatCostDiff(diff)).toMatchInlineSnapshot(`
      "Cost change in us-east-1, 1,000,000 executions a month:
        Standard: $224.90 -> $249.90 (+$25.00, +11.1%) a month; 9 -> 10 transitions per execution
        Express:  $158.34 -> $95.84 (-$62.50, -39.5%) a month; 244,500 -> 124,500 ms x 64 MB billed
          RecordExport: 0 -> 1 transitions per execution"
    `);
  });

  it('refuses estimates of different traffic', async () => {
    const a = await estimate(reportExport.definition);
    expect(() => compareCosts(a, { ...a, executionsPerMonth: 5 })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: compareCosts: compare estimates of the same traffic; got 1000000 executions/month in us-east-1 and 5 in us-east-1]`,
    );
  });
});
