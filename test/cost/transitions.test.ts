import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineDefinition } from '../../src/cost/definition-outline.js';
import { countTransitions } from '../../src/cost/transitions.js';
import { StateMachine, type TaskMock } from '../../src/index.js';

const lambda = 'arn:aws:states:::lambda:invoke';
const throttled = { throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } };

async function ledgerOf(definition: object, mocks: Record<string, TaskMock> = {}, input: unknown = {}) {
  const machine = new StateMachine(definition, { mocks });
  const result = await machine.run(input);
  return { result, ledger: countTransitions(result, outlineDefinition(machine.definition)) };
}

const rows = (ledger: { own: readonly { state: string; entries: number; retries: number }[] }) =>
  ledger.own.map((r) => `${r.state} ${r.entries}+${r.retries}`);

describe('countTransitions', () => {
  it("counts AWS's worked example: Pass -> Task (1 retry) -> Choice -> Succeed = 4 entries + 1 retry = 5", async () => {
    // ASL-REFERENCE §11.1 worked example
    const { result, ledger } = await ledgerOf(
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
      { Call: [throttled, { returns: { ok: true } }] },
    );
    expect(rows(ledger)).toEqual(['Prepare 1+0', 'Call 1+1', 'Check 1+0', 'Done 1+0']);
    expect(result.transitions).toBe(5);
  });

  it('counts every state inside inline Map iterations and Parallel branches (the order example: 12)', async () => {
    const dir = 'fixtures/order-workflow';
    const definition = JSON.parse(readFileSync(`${dir}/definition.asl.json`, 'utf8')) as object;
    const mocks = JSON.parse(readFileSync(`${dir}/mocks.json`, 'utf8')) as Record<string, TaskMock>;
    const input = JSON.parse(readFileSync(`${dir}/input.json`, 'utf8')) as unknown;
    const { ledger } = await ledgerOf(definition, mocks, input);
    // Choice 1, Map 1 + 3 items x Pass 1, Task 1 + 1 retry, Wait 1, Parallel 1 + 2 branches x Pass 1, Succeed 1 = 12
    expect(rows(ledger)).toEqual([
      'ValidateOrder 1+0',
      'ReserveStock 1+0',
      'ReserveStock[*].Reserve 3+0',
      'ChargeCard 1+1',
      'WaitForWarehouseWindow 1+0',
      'ShipAndNotify 1+0',
      'ShipAndNotify#0.Ship 1+0',
      'ShipAndNotify#1.Notify 1+0',
      'OrderComplete 1+0',
    ]);
  });

  it('bills a retried Parallel once for the retry and again for every state its branches re-run', async () => {
    const { result, ledger } = await ledgerOf(
      {
        StartAt: 'Both',
        States: {
          Both: {
            Type: 'Parallel',
            Branches: [
              { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
              { StartAt: 'Right', States: { Right: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'r' }, End: true } } },
            ],
            Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1 }],
            End: true,
          },
        },
      },
      { Right: [throttled, { returns: 1 }] },
    );
    // Both: 1 entry + 1 retry; each branch runs twice: Left 2, Right 2 -> 6
    expect(rows(ledger)).toEqual(['Both 1+1', 'Both#0.Left 2+0', 'Both#1.Right 2+0']);
    expect(result.transitions).toBe(6);
  });

  it('bills a retried Map once for the retry and again for every iteration it re-runs', async () => {
    const { result, ledger } = await ledgerOf(
      {
        StartAt: 'Each',
        States: {
          Each: {
            Type: 'Map',
            MaxConcurrency: 1,
            ItemProcessor: {
              StartAt: 'Work',
              States: { Work: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'w' }, End: true } },
            },
            Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1 }],
            End: true,
          },
        },
      },
      // item 0 succeeds, item 1 is throttled: the whole Map is retried and both items run again
      { Work: [{ returns: 1 }, throttled, { returns: 1 }, { returns: 1 }] },
      ['a', 'b'],
    );
    // Each: 1 entry + 1 retry; Work: 2 items x 2 runs = 4 -> 6
    expect(rows(ledger)).toEqual(['Each 1+1', 'Each[*].Work 4+0']);
    expect(result.transitions).toBe(6);
  });

  it('keeps distributed Map children apart: the parent pays for the Map state only', async () => {
    const { result, ledger } = await ledgerOf(
      {
        StartAt: 'Fan',
        States: {
          Fan: {
            Type: 'Map',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
              StartAt: 'Work',
              States: {
                Work: {
                  Type: 'Task',
                  Resource: lambda,
                  Parameters: { FunctionName: 'w' },
                  Retry: [{ ErrorEquals: ['States.ALL'] }],
                  Next: 'Tidy',
                },
                Tidy: { Type: 'Pass', End: true },
              },
            },
            End: true,
          },
        },
      },
      { Work: [throttled, { returns: 1 }, { returns: 1 }, { returns: 1 }] },
      [1, 2, 3],
    );
    expect(rows(ledger)).toEqual(['Fan 1+0']);
    const children = [...ledger.children.values()];
    // 3 children x (Work 1 + Tidy 1) + 1 retry = 7
    expect(children).toHaveLength(1);
    expect(children[0]?.executions).toBe(3);
    expect(children[0]?.rows.map((r) => `${r.state} ${r.entries}+${r.retries}`)).toEqual(['Fan[*].Work 3+1', 'Fan[*].Tidy 3+0']);
    expect(result.transitions).toBe(8);
  });

  it('reads state names holding dots, brackets and hashes', async () => {
    const { ledger } = await ledgerOf(
      {
        StartAt: 'Step 1.a',
        States: {
          'Step 1.a': {
            Type: 'Map',
            ItemProcessor: { StartAt: 'x[0].y', States: { 'x[0].y': { Type: 'Pass', Next: '#1.z' }, '#1.z': { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      },
      {},
      [1],
    );
    expect(rows(ledger)).toEqual(['Step 1.a 1+0', 'Step 1.a[*].x[0].y 1+0', 'Step 1.a[*].#1.z 1+0']);
  });
});
