import { describe, expect, it } from 'vitest';
import { StateMachine, StatesError, type TaskHandler } from '../../src/index.js';
import { offsets } from './helpers.js';

function failing(errors: string[]): TaskHandler {
  let call = 0;
  return () => {
    const error = errors[call++];
    if (error === undefined) return { done: true };
    throw new StatesError(error, `${error} happened`);
  };
}

function taskMachine(retry: unknown[], catchers: unknown[] = []) {
  return {
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: retry, Catch: catchers, Next: 'Done' },
      Done: { Type: 'Succeed' },
      // unreachable states are invalid on AWS, so the catch target exists only when a catcher uses it
      ...(catchers.length > 0 ? { Handled: { Type: 'Pass', End: true } } : {}),
    },
  };
}

describe('Retry (ASL-REFERENCE §1.11)', () => {
  it('waits IntervalSeconds × BackoffRate^(n-1): 3 s then 6 s, capped by MaxDelaySeconds', async () => {
    const plain = new StateMachine(taskMachine([{ ErrorEquals: ['E'], IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 2 }]), {
      taskHandlers: { T: failing(['E', 'E']) },
    });
    const r1 = await plain.run({});
    expect(r1.status).toBe('SUCCEEDED');
    expect(offsets(r1, 'TaskScheduled')).toEqual([0, 3, 9]);

    const capped = new StateMachine(
      taskMachine([{ ErrorEquals: ['E'], IntervalSeconds: 3, BackoffRate: 2, MaxAttempts: 2, MaxDelaySeconds: 4 }]),
      {
        taskHandlers: { T: failing(['E', 'E']) },
      },
    );
    expect(offsets(await capped.run({}), 'TaskScheduled')).toEqual([0, 3, 7]);
  });

  it('counts attempts per retrier and uses only the first matching one: A, B, C, B gives waits 1, 2, 5 and no 4th retry', async () => {
    const machine = new StateMachine(
      taskMachine(
        [
          { ErrorEquals: ['A', 'B'], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 2 },
          { ErrorEquals: ['C'], IntervalSeconds: 5, MaxAttempts: 3 },
        ],
        [{ ErrorEquals: ['States.ALL'], Next: 'Handled' }],
      ),
      { taskHandlers: { T: failing(['A', 'B', 'C', 'B']) } },
    );
    const result = await machine.run({});
    expect(offsets(result, 'TaskScheduled')).toEqual([0, 1, 3, 8]);
    expect(result.output).toEqual({ Error: 'B', Cause: 'B happened' });
    expect(result.path).toEqual(['T', 'Handled']);
  });

  it('never retries with MaxAttempts 0 and bills every retry as a transition', async () => {
    const none = new StateMachine(taskMachine([{ ErrorEquals: ['E'], MaxAttempts: 0 }]), { taskHandlers: { T: failing(['E']) } });
    const r = await none.run({});
    expect(r.status).toBe('FAILED');
    expect(r.transitions).toBe(1);
    const twice = new StateMachine(taskMachine([{ ErrorEquals: ['E'] }]), { taskHandlers: { T: failing(['E', 'E']) } });
    expect((await twice.run({})).transitions).toBe(2 + 2);
  });

  it('draws FULL jitter from the seed: same seed, same waits; each wait within the capped interval', async () => {
    const machine = new StateMachine(taskMachine([{ ErrorEquals: ['E'], IntervalSeconds: 10, MaxAttempts: 3, JitterStrategy: 'FULL' }]), {
      taskHandlers: {
        T: () => {
          throw new StatesError('E', 'x');
        },
      },
    });
    const a = offsets(await machine.run({}, { seed: 7 }), 'TaskScheduled');
    const b = offsets(await machine.run({}, { seed: 7 }), 'TaskScheduled');
    expect(a).toEqual(b);
    const gaps = a.slice(1).map((t, i) => t - (a[i] as number));
    [10, 20, 40].forEach((cap, i) => expect(gaps[i]).toBeLessThanOrEqual(cap));
  });

  it('lets States.TaskFailed match anything but States.Timeout', async () => {
    const machine = new StateMachine(taskMachine([], [{ ErrorEquals: ['States.TaskFailed'], Next: 'Handled' }]), {
      taskHandlers: { T: failing(['Custom.Error']) },
    });
    expect((await machine.run({})).path).toEqual(['T', 'Handled']);
  });
});

describe('Catch (ASL-REFERENCE §1.12)', () => {
  it('places the Error Output with ResultPath into the raw input and records TaskStateExited', async () => {
    const machine = new StateMachine(taskMachine([], [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handled' }]), {
      taskHandlers: { T: failing(['Oops']) },
    });
    const result = await machine.run({ order: 1 });
    expect(result.output).toEqual({ order: 1, error: { Error: 'Oops', Cause: 'Oops happened' } });
    expect(result.history.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('cannot catch or retry States.Runtime, even when named explicitly (Appendix A.1)', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { 'value.$': '$.missing' },
            Retry: [{ ErrorEquals: ['States.ALL'] }],
            Catch: [{ ErrorEquals: ['States.Runtime'], Next: 'H' }],
            End: true,
          },
          H: { Type: 'Pass', End: true },
        },
      },
      { taskHandlers: { T: () => 1 } },
    );
    const result = await machine.run({ a: 1 });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('States.Runtime');
    expect(result.cause).toBe(
      "An error occurred while executing the state 'T' (entered at the event id #2). The JSONPath '$.missing' specified for the field 'value.$' could not be found in the input '{\"a\":1}'",
    );
    expect(result.path).toEqual(['T']);
  });

  it("propagates a failing Parallel branch's own error and cause, not States.BranchFailed (§5.1)", async () => {
    const machine = new StateMachine({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } },
            { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'FailureType', Cause: 'Cause description' } } },
          ],
          End: true,
        },
      },
    });
    const result = await machine.run({});
    expect(result).toMatchObject({ status: 'FAILED', error: 'FailureType', cause: 'Cause description' });
    const types = result.history.map((e) => e.type);
    expect(types).toContain('WaitStateAborted');
    expect(types.slice(-2)).toEqual(['ParallelStateFailed', 'ExecutionFailed']);
  });
});
