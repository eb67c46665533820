import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/cost/cost-of.js';
import { estimateCost } from '../../src/cost/estimate.js';
import { StateMachine } from '../../src/index.js';
import { cents, reportExport } from './helpers.js';

async function exportCost(mocks = reportExport.mocks) {
  const machine = new StateMachine(reportExport.definition, { mocks });
  return costOf(await machine.run(reportExport.input), reportExport.definition);
}

// The report export, by hand: StartExport, (WaitForExport, GetExportStatus, IsExportReady) x 2, NotifyRequester, Done
//   = 9 transitions = $0.000225 as Standard;
//   2 s + 2 x (120 s + 1 s) + 0.5 s = 244.5 s -> 244,500 ms x 64 MB = 15.28125 GB-s = 0.0042448 GB-h as Express.
describe('estimateCost', () => {
  it('finds Standard cheaper at 100,000 executions a month', async () => {
    const estimate = estimateCost(await exportCost(), { executionsPerMonth: 100_000 });
    // Standard: 900,000 - 4,000 free = 896,000 x $0.000025 = $22.40
    // Express: 100,000 x $0.000001 = $0.10 + 424.479 GB-h x $0.06 = $25.47 -> $25.57
    expect(cents(estimate.standard.totalUsd)).toBe(22.4);
    expect(cents(estimate.express.totalUsd)).toBe(25.57);
    expect(estimate.cheaper).toBe('STANDARD');
    expect(cents(estimate.savingsUsd)).toBe(3.17);
    expect(estimate.recommended).toBe('STANDARD');
  });

  it('finds Express cheaper at 1,000,000 a month, once most GB-hours fall in the second tier', async () => {
    const estimate = estimateCost(await exportCost(), { executionsPerMonth: 1_000_000 });
    // Standard: 8,996,000 x $0.000025 = $224.90
    // Express: $1.00 + 1,000 GB-h x $0.06 + 3,244.79 GB-h x $0.03 = $1.00 + $60.00 + $97.34 = $158.34
    expect(cents(estimate.standard.totalUsd)).toBe(224.9);
    expect(estimate.express.tiers.map((t) => cents(t.usd))).toEqual([60, 97.34]);
    expect(cents(estimate.express.totalUsd)).toBe(158.34);
    expect(estimate.cheaper).toBe('EXPRESS');
    expect(cents(estimate.savingsUsd)).toBe(66.56);
    expect(estimate.savingsPercent).toBeCloseTo((66.55625 / 224.9) * 100, 6);
    expect(estimate.recommended).toBe('EXPRESS');
  });

  it('prices the break-even exactly: 311,413 executions a month', async () => {
    // In Express's second tier: Standard 0.000225 N - 0.1 = Express 0.000001 N + 60 + 0.03 (0.0042448 N - 1,000)
    //   0.000225 N - 0.1 = 0.00012834375 N + 30  ->  N = 30.1 / 0.00009665625 = 311,412.87
    const estimate = estimateCost(await exportCost(), { executionsPerMonth: 1 });
    expect(estimate.breakEven).toEqual([{ executionsPerMonth: 311_413, cheaperBelow: 'STANDARD', cheaperAbove: 'EXPRESS' }]);
  });

  it('weighs a mix of results: 90% on the happy path, 10% throttled once', async () => {
    const happy = await exportCost();
    const throttled = await exportCost({
      ...reportExport.mocks,
      StartExport: [
        { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } },
        { returns: { exportId: 'exp-7' }, afterSeconds: 2 },
      ],
    });
    // the throttled run: 1 retry more (10 transitions) and 2 s of back-off (246.5 s)
    expect(throttled.standard.transitions).toBe(10);
    expect(throttled.express.billingDetails.billedDurationInMilliseconds).toBe(246_500);
    const estimate = estimateCost(
      [
        { name: 'happy', weight: 90, cost: happy },
        { name: 'throttled', weight: 10, cost: throttled },
      ],
      { executionsPerMonth: 1_000_000 },
    );
    // 9.1 transitions on average: 9,100,000 - 4,000 = 9,096,000 x $0.000025 = $227.40
    expect(estimate.perExecution.transitions).toBeCloseTo(9.1, 12);
    expect(cents(estimate.standard.totalUsd)).toBe(227.4);
    // 0.9 x 15.28125 + 0.1 x 15.40625 = 15.29375 GB-s -> 4,248.26 GB-h: $60 + 3,248.26 x $0.03 + $1 requests = $158.45
    expect(cents(estimate.express.totalUsd)).toBe(158.45);
    expect(estimate.scenarios.map((s) => [s.name, s.share])).toEqual([
      ['happy', 0.9],
      ['throttled', 0.1],
    ]);
    expect(estimate.perExecution.transitionsByState.find((s) => s.state === 'StartExport')?.transitions).toBeCloseTo(1.1, 12);
  });

  it('recommends Standard when Express is cheaper but cannot run the workflow', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Approve',
        States: {
          Approve: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            Parameters: { QueueUrl: 'q', MessageBody: 'm' },
            Next: 'Each',
          },
          Each: { Type: 'Map', ItemProcessor: { StartAt: 'Line', States: { Line: { Type: 'Pass', End: true } } }, End: true },
        },
      },
      { mocks: { Approve: { returns: Array.from({ length: 20 }, (_, i) => i) } } },
    );
    // 22 transitions ($0.00055) as Standard; 100 ms x 64 MB as Express ($0.0000011)
    const estimate = estimateCost(costOf(await machine.run({}), machine), { executionsPerMonth: 100_000 });
    expect(estimate.cheaper).toBe('EXPRESS');
    expect(estimate.expressRunnable).toBe(false);
    expect(estimate.recommended).toBe('STANDARD');
  });

  it('rejects traffic and weights that are not counts', async () => {
    const cost = await exportCost();
    expect(() => estimateCost(cost, { executionsPerMonth: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: estimateCost: executionsPerMonth must be a number >= 0; got -1]`,
    );
    expect(() => estimateCost([{ name: 'none', weight: 0, cost }], { executionsPerMonth: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: estimateCost: the scenario weights add up to 0; give at least one a positive weight]`,
    );
    expect(() => estimateCost([], { executionsPerMonth: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: estimateCost: give at least one execution cost (from costOf) to project]`,
    );
  });
});
