import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';
import { shape } from './helpers.js';

describe('execution history (ASL-REFERENCE §7)', () => {
  it('records the Pass → lambda:invoke example with AWS ids, previousEventIds and details (§7.5)', async () => {
    const machine = new StateMachine(
      {
        StartAt: 'Prepare',
        States: {
          Prepare: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.p', Next: 'Call' },
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'fn', 'Payload.$': '$' },
            OutputPath: '$.Payload',
            End: true,
          },
        },
      },
      { taskHandlers: { Call: () => ({ ExecutedVersion: '$LATEST', Payload: { ok: true }, StatusCode: 200 }) } },
    );
    const result = await machine.run({});
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ ok: true });
    expect(shape(result)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'TaskStateEntered'],
      [5, 4, 'TaskScheduled'],
      [6, 5, 'TaskStarted'],
      [7, 6, 'TaskSucceeded'],
      [8, 7, 'TaskStateExited'],
      [9, 8, 'ExecutionSucceeded'],
    ]);
    expect(result.history[2]?.['stateExitedEventDetails']).toEqual({
      name: 'Prepare',
      output: '{"p":{"n":1}}',
      outputDetails: { truncated: false },
    });
    expect(result.history[4]?.['taskScheduledEventDetails']).toEqual({
      resourceType: 'lambda',
      resource: 'invoke',
      region: 'us-east-1',
      parameters: '{"FunctionName":"fn","Payload":{"p":{"n":1}}}',
    });
    expect(result.history[5]?.['taskStartedEventDetails']).toEqual({ resourceType: 'lambda', resource: 'invoke' });
    expect(result.history[8]?.['executionSucceededEventDetails']).toEqual({ output: '{"ok":true}', outputDetails: { truncated: false } });
  });

  it('chains sequential Map iterations as AWS does: the next iteration points at the last inner event (§7.4)', async () => {
    const machine = new StateMachine({
      StartAt: 'MapState',
      States: {
        MapState: {
          Type: 'Map',
          MaxConcurrency: 1,
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    });
    const result = await machine.run([1, 2]);
    expect(shape(result)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 2, 'MapStateStarted'],
      [4, 3, 'MapIterationStarted'],
      [5, 4, 'PassStateEntered'],
      [6, 5, 'PassStateExited'],
      [7, 6, 'MapIterationSucceeded'],
      [8, 6, 'MapIterationStarted'],
      [9, 8, 'PassStateEntered'],
      [10, 9, 'PassStateExited'],
      [11, 10, 'MapIterationSucceeded'],
      [12, 11, 'MapStateSucceeded'],
      [13, 11, 'MapStateExited'],
      [14, 13, 'ExecutionSucceeded'],
    ]);
    expect(result.history[3]?.['mapIterationStartedEventDetails']).toEqual({ name: 'MapState', index: 0 });
    expect(result.history[2]?.['mapStateStartedEventDetails']).toEqual({ length: 2 });
    expect(result.path).toEqual(['MapState', 'MapState[0].P', 'MapState[1].P']);
  });

  it('emits only FailStateEntered for a Fail state, then ExecutionFailed without absent fields (§7.2)', async () => {
    const machine = new StateMachine({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom' } } });
    const result = await machine.run({});
    expect(shape(result)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'FailStateEntered'],
      [3, 2, 'ExecutionFailed'],
    ]);
    expect(result.history[2]?.['executionFailedEventDetails']).toEqual({ error: 'Boom' });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Boom', cause: null });
  });

  it('uses LambdaFunction* events for a bare Lambda ARN (§7.2)', async () => {
    const machine = new StateMachine(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } } },
      { taskHandlers: { T: () => 1 } },
    );
    const result = await machine.run({ a: 1 });
    expect(result.history.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(result.history[2]?.['lambdaFunctionScheduledEventDetails']).toMatchObject({
      resource: 'arn:aws:lambda:us-east-1:123456789012:function:f',
      input: '{"a":1}',
    });
  });
});
