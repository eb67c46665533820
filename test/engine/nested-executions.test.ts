import { describe, expect, it } from 'vitest';
import { StateMachine } from '../../src/index.js';

const child = new StateMachine(
  {
    StartAt: 'Work',
    States: {
      Work: { Type: 'Wait', Seconds: 30, Next: 'Decide' },
      Decide: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Broken' },
      Done: { Type: 'Pass', Parameters: { 'echo.$': '$.value' }, End: true },
      Broken: { Type: 'Fail', Error: 'ChildError', Cause: 'child failed' },
    },
  },
  { stateMachineName: 'Child' },
);

function parent(resource: string) {
  return new StateMachine(
    {
      StartAt: 'Start',
      States: {
        Start: {
          Type: 'Task',
          Resource: resource,
          Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', 'Input.$': '$' },
          End: true,
        },
      },
    },
    { stateMachines: { Child: child } },
  );
}

describe('nested executions (ASL-REFERENCE §6.7)', () => {
  it('.sync waits for the child in virtual time and returns its description with Output as a JSON string', async () => {
    const result = await parent('arn:aws:states:::states:startExecution.sync').run({ ok: true, value: 7 });
    expect(result.status).toBe('SUCCEEDED');
    const output = result.output as Record<string, unknown>;
    expect(output['Status']).toBe('SUCCEEDED');
    expect(output['Output']).toBe('{"echo":7}');
    expect(output['Input']).toBe('{"ok":true,"value":7}');
    expect(Date.parse(result.stopTime) - Date.parse(result.startTime)).toBe(30_000);
    expect(result.history.map((e) => e.type)).toContain('TaskSubmitted');
  });

  it('.sync:2 returns the child Output as parsed JSON', async () => {
    const output = (await parent('arn:aws:states:::states:startExecution.sync:2').run({ ok: true, value: 1 })).output as Record<
      string,
      unknown
    >;
    expect(output['Output']).toEqual({ echo: 1 });
  });

  it('fails the parent task with States.TaskFailed carrying the child description when the child fails', async () => {
    const result = await parent('arn:aws:states:::states:startExecution.sync').run({ ok: false });
    expect(result.error).toBe('States.TaskFailed');
    expect(JSON.parse(result.cause ?? '{}')).toMatchObject({ Status: 'FAILED', Error: 'ChildError', Cause: 'child failed' });
  });

  it('request-response answers at once with ExecutionArn and StartDate', async () => {
    const result = await parent('arn:aws:states:::states:startExecution').run({ ok: true, value: 1 });
    const output = result.output as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(expect.arrayContaining(['ExecutionArn', 'StartDate']));
    expect(String(output['ExecutionArn'])).toContain(':execution:Child:');
    expect(result.stopTime).toBe(result.startTime);
  });
});
