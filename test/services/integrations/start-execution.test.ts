import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/asl/json.js';
import { StatesError } from '../../../src/asl/states-error.js';
import { startExecutionResponse, startExecutionResult, type ChildExecution } from '../../../src/services/integrations/index.js';
import { parseTaskResource } from '../../../src/services/resource.js';
import { context, NOW } from './helpers.js';

const resource = (arn: string) => parseTaskResource(`arn:aws:states:::${arn}`);
const child: ChildExecution = {
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:TestStartTarget',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child',
  name: 'TestStartTarget',
  status: 'SUCCEEDED',
  input: {},
  output: { Arg1: 'argument1' },
  error: null,
  cause: null,
  startTime: NOW,
  stopTime: NOW + 250,
};

describe('states:startExecution', () => {
  // AWS (recorded: services/sfn_task_service.test_start_execution_input_json)
  it('answers request/response with the StartExecution response and SDK metadata', () => {
    const result = startExecutionResult(resource('states:startExecution'), child, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['ExecutionArn', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StartDate']);
    expect(result['StartDate']).toBe(NOW);
    const headers = (result['SdkHttpMetadata'] as JsonObject)['HttpHeaders'] as JsonObject;
    expect(Object.keys(headers)).toEqual(['connection', 'Content-Length', 'Content-Type', 'Date', 'x-amzn-RequestId']);
    // the wire body: {"executionArn":"…","startDate":1.762432553123E9}
    const body = `{"executionArn":"${child.executionArn}","startDate":1.762432553123E9}`;
    expect(headers['Content-Length']).toBe(String(body.length));
  });

  // AWS (recorded: services/aws_sdk_task_service.test_sfn_start_execution): plain response, ISO date
  it('answers aws-sdk:sfn:startExecution with the plain response', () => {
    expect(startExecutionResponse(resource('aws-sdk:sfn:startExecution'), child, context())).toEqual({
      ExecutionArn: child.executionArn,
      StartDate: '2025-11-06T12:35:53.123Z',
    });
  });

  // AWS (recorded: local_mocking base_callbacks SFN_SYNC, credentials start_sync_execution; 2023 recordings lack the Redrive members)
  it('describes the child for .sync with Input/Output as JSON text', () => {
    const result = startExecutionResult(resource('states:startExecution.sync'), child, context());
    expect(result).toEqual({
      ExecutionArn: child.executionArn,
      Input: '{}',
      InputDetails: { Included: true },
      Name: 'TestStartTarget',
      Output: '{"Arg1":"argument1"}',
      OutputDetails: { Included: true },
      RedriveCount: 0,
      RedriveStatus: 'NOT_REDRIVABLE',
      RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
      StartDate: NOW,
      StateMachineArn: child.stateMachineArn,
      Status: 'SUCCEEDED',
      StopDate: NOW + 250,
    });
    expect(Object.keys(result as JsonObject)).toEqual([...Object.keys(result as JsonObject)].sort());
  });

  // AWS (recorded: callback.test_start_execution_sync2, local_mocking SFN_SYNC2)
  it('parses Input/Output for .sync:2', () => {
    const result = startExecutionResult(resource('states:startExecution.sync:2'), child, context()) as JsonObject;
    expect(result['Input']).toEqual({});
    expect(result['Output']).toEqual({ Arg1: 'argument1' });
  });

  // ASL-REFERENCE §6.7: a failed child fails the parent task with States.TaskFailed and the description as cause
  it('fails .sync with States.TaskFailed when the child failed', () => {
    const failed: ChildExecution = { ...child, status: 'FAILED', output: undefined, error: 'MyError', cause: 'It broke' };
    let thrown: unknown;
    try {
      startExecutionResult(resource('states:startExecution.sync'), failed, context());
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StatesError);
    const error = thrown as StatesError;
    expect(error.error).toBe('States.TaskFailed');
    expect(JSON.parse(error.causeText ?? '')).toEqual({
      Cause: 'It broke',
      Error: 'MyError',
      ExecutionArn: child.executionArn,
      Input: '{}',
      InputDetails: { Included: true },
      Name: 'TestStartTarget',
      RedriveCount: 0,
      RedriveStatus: 'REDRIVABLE',
      StartDate: NOW,
      StateMachineArn: child.stateMachineArn,
      Status: 'FAILED',
      StopDate: NOW + 250,
    });
  });

  it('fails .sync:2 on a timed-out child, parsed input in the cause', () => {
    const timedOut: ChildExecution = {
      ...child,
      status: 'TIMED_OUT',
      output: undefined,
      input: { a: 1 },
      error: 'States.Timeout',
      cause: null,
    };
    expect(() => startExecutionResult(resource('states:startExecution.sync:2'), timedOut, context())).toThrowError(StatesError);
    try {
      startExecutionResult(resource('states:startExecution.sync:2'), timedOut, context());
    } catch (e) {
      const cause = JSON.parse((e as StatesError).causeText ?? '') as JsonObject;
      expect(cause['Input']).toEqual({ a: 1 });
      expect(cause['Error']).toBe('States.Timeout');
      expect('Cause' in cause).toBe(false);
    }
  });

  it('does not fail request/response on a failed child: it only started it', () => {
    const failed: ChildExecution = { ...child, status: 'FAILED', output: undefined, error: 'E', cause: 'C' };
    expect(Object.keys(startExecutionResult(resource('states:startExecution'), failed, context()) as JsonObject)).toContain('ExecutionArn');
  });
});
