import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/cost/cost-of.js';
import { estimateCost } from '../../src/cost/estimate.js';
import { formatCostEstimate } from '../../src/cost/format-cost.js';
import { StateMachine } from '../../src/index.js';
import { reportExport } from './helpers.js';

describe('formatCostEstimate', () => {
  it('shows each scenario of a mix with its share', async () => {
    const machine = new StateMachine(reportExport.definition, { mocks: reportExport.mocks });
    const happy = costOf(await machine.run(reportExport.input), machine);
    const failing = new StateMachine(reportExport.definition, {
      mocks: { StartExport: { throws: { error: 'Lambda.ServiceException', cause: 'boom' } } },
    });
    const failed = costOf(await failing.run(reportExport.input), failing);
    const text = formatCostEstimate(
      estimateCost(
        [
          { name: 'ready', weight: 3, cost: happy },
          { name: 'start fails', weight: 1, cost: failed },
        ],
        { executionsPerMonth: 20_000 },
      ),
    );
    expect(text).toMatchInlineSnapshot(`
      "Cost in us-east-1, 20,000 executions a month
      ready (75%): SUCCEEDED in 00:04:04.500 of virtual time, 9 state transitions
      start fails (25%): FAILED in 00:00:00.000 of virtual time, 1 state transition

                                      Standard         Express
      Billed per execution (average)  7 transitions    183,400 ms x 64 MB
      Price per execution             $0.000175        $0.000192
      Per month                       $3.40            $3.84

      Standard is cheaper at 20,000 executions a month, by $0.44 a month (11.5% less than Express).
      Break-even: 383,542 executions a month; Standard is cheaper below, Express from there up.
      Express limits: none found (under 5 minutes; no .sync, callbacks, activities or distributed Map).

      Standard per month: 140,000 transitions - 4,000 free = 136,000 x $0.025 per 1,000 = $3.40
      Express per month:  20,000 requests x $1.00 per million = $0.02; 63.68 GB-hours: 63.68 x $0.06 = $3.82

      Transitions by state, per execution:
        StartExport      1
        WaitForExport    1.5
        GetExportStatus  1.5
        IsExportReady    1.5
        NotifyRequester  0.75
        Done             0.75
      Express memory (ready): 50 MB + 1,396 B definition + 888 B payload x 1 step = 50.0023 MB, billed 64 MB (AWS's estimate).
      Express memory (start fails): 50 MB + 1,396 B definition + 56 B payload x 1 step = 50.0015 MB, billed 64 MB (AWS's estimate).
      Prices for us-east-1, read 2020-07 to 2025 (the captures agree; ASL-REFERENCE §11):
        Standard: aws.amazon.com/step-functions/pricing (state transitions table, free tier)
        Express:  aws.amazon.com/step-functions/pricing (Express requests and duration tiers)"
    `);
  });

  it('lists why the workflow cannot run as Express, and says so when Express is cheaper anyway', async () => {
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
    const text = formatCostEstimate(estimateCost(costOf(await machine.run({}), machine), { executionsPerMonth: 1_000_000 }), {
      subject: 'approval.asl.json',
    });
    expect(text).toMatchInlineSnapshot(`
      "Cost of approval.asl.json in us-east-1, 1,000,000 executions a month
      Run: SUCCEEDED in 00:00:00.000 of virtual time, 22 state transitions

                            Standard          Express
      Billed per execution  22 transitions    100 ms x 64 MB
      Price per execution   $0.00055          $0.0000011
      Per month             $549.90           $1.10

      Express is cheaper at 1,000,000 executions a month, by $548.80 a month (99.8% less than Standard), but this workflow cannot run as Express (below).
      Break-even: 183 executions a month; Standard is cheaper below, Express from there up.
      Cannot run as Express:
        - Approve uses arn:aws:states:::sqs:sendMessage.waitForTaskToken (wait for a callback); Express workflows support Request Response only

      Standard per month: 22,000,000 transitions - 4,000 free = 21,996,000 x $0.025 per 1,000 = $549.90
      Express per month:  1,000,000 requests x $1.00 per million = $1.00; 1.74 GB-hours: 1.74 x $0.06 = $0.10

      Transitions by state, per execution:
        Approve       1
        Each          1
        Each[*].Line  20
      Express memory: 50 MB + 296 B definition + 538 B payload x 20 steps = 50.0111 MB, billed 64 MB (AWS's estimate).
      Prices for us-east-1, read 2020-07 to 2025 (the captures agree; ASL-REFERENCE §11):
        Standard: aws.amazon.com/step-functions/pricing (state transitions table, free tier)
        Express:  aws.amazon.com/step-functions/pricing (Express requests and duration tiers)"
    `);
  });
});
