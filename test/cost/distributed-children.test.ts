import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/cost/cost-of.js';
import { StateMachine } from '../../src/index.js';

function fanOut(executionType: 'STANDARD' | 'EXPRESS', maxConcurrency: number, items: number, seconds: number) {
  return new StateMachine(
    {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Map',
          MaxConcurrency: maxConcurrency,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: executionType },
            StartAt: 'Work',
            States: {
              Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'w' }, Next: 'Done' },
              Done: { Type: 'Succeed' },
            },
          },
          End: true,
        },
      },
    },
    { mocks: { Work: Array.from({ length: items }, () => ({ returns: {}, afterSeconds: seconds })) } },
  );
}

describe('billChildren', () => {
  it('bills Standard children per transition, on top of the parent whatever its type', async () => {
    const machine = fanOut('STANDARD', 0, 3, 1);
    const cost = costOf(await machine.run([1, 2, 3]), machine);
    // 3 children x (Work + Done) = 6 transitions; the parent: Fan = 1
    expect(cost.children).toMatchObject([{ executionType: 'STANDARD', executions: 3, transitions: 6, billingDetails: undefined }]);
    expect(cost.standard.usage.transitions).toBe(7);
    expect(cost.express.usage.transitions).toBe(6);
  });

  it("estimates an Express child's duration as the Map Run's span over its waves", async () => {
    // 4 items of 3 s, 2 at a time: 2 waves in a 6 s span -> each child 3,000 ms x 64 MB = 0.1875 GB-s, 0.75 GB-s in all
    const machine = fanOut('EXPRESS', 2, 4, 3);
    const cost = costOf(await machine.run([1, 2, 3, 4]), machine);
    expect(cost.durationMs).toBe(6000);
    expect(cost.children[0]?.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 3000 });
    expect(cost.children[0]?.usage).toEqual({ transitions: 0, expressRequests: 4, expressGbSeconds: 0.75 });
    expect(cost.children[0]?.durationEstimate).toMatchInlineSnapshot(
      `"each Express child is billed the Map Run's span divided by its waves of up to 2 children (an upper bound: sfn-sim records no per-child times)"`,
    );
  });
});
