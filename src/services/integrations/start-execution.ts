import { toJsonText, type Json, type JsonObject } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { TaskResource } from '../resource.js';
import type { IntegrationContext } from './context.js';
import { optimizedResult } from './optimized-results.js';
import { integrationTarget } from './target.js';

/** A nested execution started by `states:startExecution`, as the engine ran it. */
export interface ChildExecution {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  readonly input: Json;
  readonly output: Json | undefined;
  readonly error: string | null;
  readonly cause: string | null;
  /** Epoch milliseconds on the virtual clock. */
  readonly startTime: number;
  /** Epoch milliseconds on the virtual clock. */
  readonly stopTime: number;
}

/**
 * The StartExecution response: the request/response result and the `TaskSubmitted` output of
 * `.sync`/`.sync:2` (ASL-REFERENCE §6.7, recorded in sfn_task_service and callback start_execution_sync).
 * `StartDate` is epoch milliseconds (the recordings normalise it, but not as an ISO date). Through
 * `aws-sdk:sfn:startExecution` the plain `{ExecutionArn, StartDate}` comes back, the date as ISO text.
 * @example
 * startExecutionResponse(parseTaskResource('arn:aws:states:::states:startExecution'), child, ctx)
 * // { ExecutionArn: '…', SdkHttpMetadata: {…}, SdkResponseMetadata: {…}, StartDate: 1699275353123 }
 */
export function startExecutionResponse(resource: TaskResource, child: ChildExecution, ctx: IntegrationContext): Json {
  const target = integrationTarget(resource);
  if (target.family === 'aws-sdk') return { ExecutionArn: child.executionArn, StartDate: new Date(child.startTime).toISOString() };
  return optimizedResult({ ...target, pattern: 'request-response' }, { ExecutionArn: child.executionArn, StartDate: child.startTime }, ctx);
}

/**
 * The task result of `states:startExecution` once the child is known (ASL-REFERENCE §6.7):
 * - request/response: the StartExecution response;
 * - `.sync`: a DescribeExecution-like object with `Input`/`Output` as JSON text;
 * - `.sync:2`: the same with `Input`/`Output` parsed.
 * A child that FAILED, TIMED_OUT or was ABORTED fails a `.sync`/`.sync:2` task: it throws
 * `States.TaskFailed` with the description's JSON text (with `Error`/`Cause` when the child has them)
 * as cause.
 * @example
 * startExecutionResult(parseTaskResource('arn:aws:states:::states:startExecution.sync'), child, ctx)
 * // { ExecutionArn, Input: '{}', InputDetails: { Included: true }, Name, Output: '{"Arg1":"argument1"}', OutputDetails: { Included: true },
 * //   RedriveCount: 0, RedriveStatus: 'NOT_REDRIVABLE', RedriveStatusReason: '…', StartDate, StateMachineArn, Status: 'SUCCEEDED', StopDate }
 */
export function startExecutionResult(resource: TaskResource, child: ChildExecution, ctx: IntegrationContext): Json {
  const { pattern } = integrationTarget(resource);
  if (pattern !== 'sync' && pattern !== 'sync:2') return startExecutionResponse(resource, child, ctx);
  const description = describeChildExecution(child, pattern === 'sync:2');
  if (child.status !== 'SUCCEEDED') throw new StatesError('States.TaskFailed', toJsonText(description));
  return description;
}

/**
 * DescribeExecution of the child in Step Functions' PascalCase, keys sorted. The Redrive members are
 * in every recording since 2024 (local_mocking, credentials start_sync_execution); a SUCCEEDED child is
 * not redrivable, a failed, timed-out or aborted one is (and then has no reason).
 */
export function describeChildExecution(child: ChildExecution, parsed: boolean): JsonObject {
  const out: JsonObject = {};
  if (child.cause !== null) out['Cause'] = child.cause;
  if (child.error !== null) out['Error'] = child.error;
  out['ExecutionArn'] = child.executionArn;
  out['Input'] = parsed ? child.input : toJsonText(child.input);
  out['InputDetails'] = { Included: true };
  out['Name'] = child.name;
  if (child.output !== undefined) {
    out['Output'] = parsed ? child.output : toJsonText(child.output);
    out['OutputDetails'] = { Included: true };
  }
  out['RedriveCount'] = 0;
  if (child.status === 'SUCCEEDED') {
    out['RedriveStatus'] = 'NOT_REDRIVABLE';
    out['RedriveStatusReason'] = 'Execution is SUCCEEDED and cannot be redriven';
  } else {
    out['RedriveStatus'] = 'REDRIVABLE';
  }
  out['StartDate'] = child.startTime;
  out['StateMachineArn'] = child.stateMachineArn;
  out['Status'] = child.status;
  out['StopDate'] = child.stopTime;
  return out;
}
