import { describe, expect, it } from 'vitest';
import { billedDurationMs, estimateExpressMemory, gbSeconds } from '../../src/cost/express-billing.js';
import { costOf } from '../../src/cost/cost-of.js';
import { StateMachine } from '../../src/index.js';

describe('estimateExpressMemory', () => {
  it("reproduces AWS's memory example: 50 KB definition, 400 Map steps of 32 KB = 62.85 MB, billed 64 MB", () => {
    // ASL-REFERENCE §11.2: 50 MB + 50 KB + 400 x 32 KB = 50 + 0.05 + 12.8 = 62.85 MB (KB -> MB by /1000) -> one 64 MB chunk
    const memory = estimateExpressMemory({ definitionBytes: 50_000, payloadBytes: 32_000, steps: 400 });
    expect(memory.memoryUsedInMB).toBe(62.85);
    expect(memory.billedMemoryUsedInMB).toBe(64);
  });

  it('bills the next 64 MB chunk once the estimate passes 64 MB', () => {
    // 50 MB + 0.05 MB + 500 x 0.032 MB = 66.05 MB -> two chunks
    expect(estimateExpressMemory({ definitionBytes: 50_000, payloadBytes: 32_000, steps: 500 }).billedMemoryUsedInMB).toBe(128);
  });

  it('counts the payload once when the execution runs no Map or Parallel step', () => {
    expect(estimateExpressMemory({ definitionBytes: 0, payloadBytes: 1_000_000, steps: 0 })).toMatchObject({
      steps: 1,
      memoryUsedInMB: 51,
    });
  });
});

describe('billedDurationMs', () => {
  it('rounds up to the next 100 ms, with 100 ms the minimum (the observed {64, 100} for a trivial machine)', () => {
    expect(billedDurationMs(0)).toBe(100);
    expect(billedDurationMs(1)).toBe(100);
    expect(billedDurationMs(100)).toBe(100);
    expect(billedDurationMs(10_001)).toBe(10_100);
  });
});

describe('gbSeconds', () => {
  it('is billed MB / 1024 x billed seconds: the minimum charge is 64 MB x 100 ms = 0.00625 GB-s', () => {
    expect(gbSeconds({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 100 })).toBe(0.00625);
  });
});

describe('billingDetails of a run', () => {
  it('reports what StartSyncExecution returns for a trivial Pass machine: 64 MB and 100 ms', async () => {
    const machine = new StateMachine({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, { type: 'EXPRESS' });
    const cost = costOf(await machine.run({}), machine);
    expect(cost.express.billingDetails).toEqual({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 100 });
  });

  it('counts inline Map iterations and Parallel branches as memory steps', async () => {
    const machine = new StateMachine({
      StartAt: 'Each',
      States: {
        Each: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, ResultPath: null, Next: 'Both' },
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
          ],
          End: true,
        },
      },
    });
    const cost = costOf(await machine.run([1, 2, 3]), machine);
    // 3 Map iterations + 2 Parallel branches
    expect(cost.express.memory.steps).toBe(5);
    expect(cost.express.memory.definitionBytes).toBe(JSON.stringify(machine.definition).length);
  });
});
