import { describe, expect, it } from 'vitest';
import { afterSeconds, StateMachine, StatesError } from '../../src/index.js';
import { offsets } from './helpers.js';

function task(extra: Record<string, unknown>, catchers: unknown[] = []) {
  return {
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ...extra, Catch: catchers, End: true },
      ...(catchers.length > 0 ? { Caught: { Type: 'Pass', End: true } } : {}),
    },
  };
}

describe('Task timeouts (ASL-REFERENCE §1.5, §5.1)', () => {
  it('times a slow task out at TimeoutSeconds: TaskTimedOut with no cause, then ExecutionFailed States.Timeout', async () => {
    const machine = new StateMachine(task({ TimeoutSeconds: 10 }), { taskHandlers: { T: () => afterSeconds(60, { late: true }) } });
    const result = await machine.run({});
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout', cause: null });
    expect(result.history.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskTimedOut',
      'ExecutionFailed',
    ]);
    expect(result.history[4]?.['taskTimedOutEventDetails']).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      error: 'States.Timeout',
    });
    expect(result.history[2]?.['taskScheduledEventDetails']?.timeoutInSeconds).toBe(10);
    expect(offsets(result, 'TaskTimedOut')).toEqual([10]);
  });

  it('gives a caught timeout the Error Output {"Error":"States.Timeout","Cause":""}', async () => {
    const machine = new StateMachine(task({ TimeoutSeconds: 10 }, [{ ErrorEquals: ['States.Timeout'], Next: 'Caught' }]), {
      taskHandlers: { T: () => afterSeconds(60, {}) },
    });
    expect((await machine.run({})).output).toEqual({ Error: 'States.Timeout', Cause: '' });
  });

  it('records a missed heartbeat as States.Timeout that States.HeartbeatTimeout also catches', async () => {
    const machine = new StateMachine(
      task({ TimeoutSeconds: 100, HeartbeatSeconds: 5 }, [{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'Caught' }]),
      {
        taskHandlers: { T: () => afterSeconds(30, {}) },
      },
    );
    const result = await machine.run({});
    expect(result.output).toEqual({ Error: 'States.Timeout', Cause: '' });
    expect(offsets(result, 'TaskTimedOut')).toEqual([5]);
  });

  it('lets a task that answers in time succeed after its latency', async () => {
    const machine = new StateMachine(task({ TimeoutSecondsPath: '$.limit' }), { taskHandlers: { T: () => afterSeconds(30, { ok: 1 }) } });
    const result = await machine.run({ limit: 45 });
    expect(result.output).toEqual({ ok: 1 });
    expect(offsets(result, 'TaskSucceeded')).toEqual([30]);
    expect(result.history[2]?.['taskScheduledEventDetails']?.timeoutInSeconds).toBe(45);
  });

  it('aborts a running sibling task when a Parallel branch fails (TaskStateAborted)', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [
              { StartAt: 'Slow', States: { Slow: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
              { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'E' } } },
            ],
          },
        },
      },
      { taskHandlers: { Slow: () => afterSeconds(100, {}) } },
    );
    const result = await machine.run({});
    expect(result.error).toBe('E');
    const types = result.history.map((e) => e.type);
    expect(types).toContain('TaskStateAborted');
    expect(types.indexOf('TaskStateAborted')).toBeLessThan(types.indexOf('ParallelStateFailed'));
    expect(result.stopTime).toBe(result.startTime);
  });
});

describe('Context object in a Task (ASL-REFERENCE §2.3)', () => {
  it('gives a .waitForTaskToken task a $$.Task.Token per attempt and $$.State.RetryCount', async () => {
    const seen: unknown[] = [];
    const machine = new StateMachine(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            Parameters: { 'token.$': '$$.Task.Token', 'retry.$': '$$.State.RetryCount' },
            Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 1 }],
            End: true,
          },
        },
      },
      {
        taskHandlers: {
          T: ({ input, attempt }) => {
            seen.push(input);
            if (attempt === 0) throw new StatesError('E', 'once');
            return 'done';
          },
        },
      },
    );
    await machine.run({});
    const [first, second] = seen as Array<{ token: string; retry: number }>;
    expect(first?.retry).toBe(0);
    expect(second?.retry).toBe(1);
    expect(typeof first?.token).toBe('string');
    expect(first?.token).not.toBe(second?.token);
  });

  it('has no Task node for a request-response task', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'ctx.$': '$$' }, End: true } },
      },
      { taskHandlers: { T: ({ input }) => input } },
    );
    const output = (await machine.run({})).output as { ctx: Record<string, unknown> };
    expect(Object.keys(output.ctx).sort()).toEqual(['Execution', 'State', 'StateMachine']);
  });
});
