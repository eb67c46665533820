import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/cost/cost-of.js';
import { estimateCost } from '../../src/cost/estimate.js';
import { StateMachine } from '../../src/index.js';

const lambda = 'arn:aws:states:::lambda:invoke';
const throttled = { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } };
const cents = (usd: number): number => Math.round(usd * 100) / 100;

describe('costOf: Standard', () => {
  const workedExample = new StateMachine(
    {
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Pass', Next: 'Call' },
        Call: {
          Type: 'Task',
          Resource: lambda,
          Parameters: { FunctionName: 'f' },
          Retry: [{ ErrorEquals: ['States.ALL'] }],
          Next: 'Check',
        },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.StatusCode', NumericEquals: 200, Next: 'Done' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    { mocks: { Call: [throttled, { returns: { ok: true } }] } },
  );

  it("prices AWS's worked example at 5 transitions = $0.000125 beyond the free tier", async () => {
    // ASL-REFERENCE §11.1: Pass -> Task (1 retry, then success) -> Choice -> Succeed = 4 entries + 1 retry = 5 x $0.000025
    const cost = costOf(await workedExample.run({}), workedExample);
    expect(cost.standard.transitions).toBe(5);
    expect(cost.standard.usd).toBeCloseTo(0.000125, 12);
  });

  it('applies the 4,000 free transitions once a month: 800 such executions are free, 100,000 cost $12.40', async () => {
    const cost = costOf(await workedExample.run({}), workedExample);
    // 800 x 5 = 4,000 transitions, all free
    expect(estimateCost(cost, { executionsPerMonth: 800 }).standard.totalUsd).toBe(0);
    // 100,000 x 5 = 500,000 - 4,000 free = 496,000 x $0.000025 = $12.40; without the free tier $12.50
    expect(cents(estimateCost(cost, { executionsPerMonth: 100_000 }).standard.totalUsd)).toBe(12.4);
    expect(cents(estimateCost(cost, { executionsPerMonth: 100_000, freeTier: false }).standard.totalUsd)).toBe(12.5);
  });
});

describe('costOf: Express', () => {
  it("reproduces AWS's example from a run: 10 s x 64 MB, 100 M executions a month = $482.97", async () => {
    const machine = new StateMachine({ StartAt: 'Work', States: { Work: { Type: 'Wait', Seconds: 10, End: true } } }, { type: 'EXPRESS' });
    const cost = costOf(await machine.run({}), machine);
    expect(cost.express.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 10_000 });
    // ASL-REFERENCE §11.2: $100.00 requests + $382.97 duration
    const month = estimateCost(cost, { executionsPerMonth: 100_000_000 }).express;
    expect(cents(month.requestsUsd)).toBe(100);
    expect(cents(month.durationUsd)).toBe(382.97);
    expect(cents(month.totalUsd)).toBe(482.97);
  });

  it('prices one execution at the first tier: the order example, 1 h 2 s as Express', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Charge',
        States: {
          Charge: {
            Type: 'Task',
            Resource: lambda,
            Parameters: { FunctionName: 'c' },
            Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2 }],
            Next: 'Hold',
          },
          Hold: { Type: 'Wait', Seconds: 3600, End: true },
        },
      },
      { mocks: { Charge: [throttled, { returns: {} }] } },
    );
    const cost = costOf(await machine.run({}), machine);
    // 3,602 s x 64/1024 GB = 225.125 GB-s = 0.0625347 GB-h x $0.06 = $0.00375208 + $0.000001 request
    expect(cost.express.gbSeconds).toBe(225.125);
    expect(cost.express.usd).toBeCloseTo(0.00375308, 8);
    // Charge 1 + 1 retry, Hold 1 = 3 x $0.000025
    expect(cost.standard.usd).toBeCloseTo(0.000075, 12);
    expect(cost.express.runnable).toBe(false);
    expect(cost.express.limitations.map((l) => l.message)).toEqual([
      'the run took 01:00:02.000 of virtual time; Express executions stop at 5 minutes (States.Timeout)',
    ]);
  });
});

describe('costOf: distributed Map and nested executions', () => {
  it('bills Express children per request and estimated duration, whatever the parent type', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Fan',
        States: {
          Fan: {
            Type: 'Map',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
              StartAt: 'Work',
              States: { Work: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'w' }, End: true } },
            },
            End: true,
          },
        },
      },
      { mocks: { Work: [1, 2, 3].map(() => ({ returns: 1, afterSeconds: 2 })) } },
    );
    const cost = costOf(await machine.run([1, 2, 3]), machine);
    // the parent: Fan 1 transition; the Map Run spans 2 s; 3 children in one wave -> each 2,000 ms x 64 MB = 0.125 GB-s
    expect(cost.standard.transitions).toBe(1);
    expect(cost.children).toMatchObject([
      {
        mapState: 'Fan',
        executionType: 'EXPRESS',
        executions: 3,
        transitions: 3,
        billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 2000 },
      },
    ]);
    expect(cost.standard.usage).toEqual({ transitions: 1, expressRequests: 3, expressGbSeconds: 0.375 });
    // as Express the parent adds its own request and 2,000 ms x 64 MB
    expect(cost.express.usage).toEqual({ transitions: 0, expressRequests: 4, expressGbSeconds: 0.5 });
    expect(cost.express.limitations.map((l) => l.kind)).toEqual(['distributedMap']);
  });

  it('lists nested executions, which are billed separately by their own type', async () => {
    const child = new StateMachine({ StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } }, { stateMachineName: 'Child' });
    const parent = new StateMachine(
      {
        StartAt: 'Start',
        States: {
          Start: {
            Type: 'Task',
            Resource: 'arn:aws:states:::states:startExecution',
            Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', Input: {} },
            End: true,
          },
        },
      },
      { stateMachines: { Child: child } },
    );
    const cost = costOf(await parent.run({}), parent);
    expect(cost.nestedExecutions).toEqual([
      {
        state: 'Start',
        resource: 'arn:aws:states:::states:startExecution',
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child',
      },
    ]);
    expect(estimateCost(cost, { executionsPerMonth: 1 }).notes).toEqual([
      'Start starts nested executions of arn:aws:states:us-east-1:123456789012:stateMachine:Child: billed by their own type, not included (cost them with costOf on their own runs).',
    ]);
  });
});

describe('costOf: arguments', () => {
  it('takes the definition as JSON text, an object or the StateMachine, and counts its size in UTF-8 bytes', async () => {
    const text = '{ "StartAt": "É", "States": { "É": { "Type": "Pass", "End": true } } }';
    const machine = new StateMachine(text);
    const result = await machine.run({});
    expect(costOf(result, text).express.memory.definitionBytes).toBe(Buffer.byteLength(text));
    expect(costOf(result, machine).express.memory.definitionBytes).toBe(Buffer.byteLength(JSON.stringify(machine.definition)));
  });

  it('says what it expected when given something else', async () => {
    const machine = new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
    const result = await machine.run({});
    expect(() => costOf(result, { nope: true })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: costOf: expected a state machine definition (an object with StartAt and States), its JSON text, or a StateMachine]`,
    );
  });
});
