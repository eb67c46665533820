import { integrationPattern } from '../../asl/resource-arn.js';
import { isJsonObject, toJsonText, type Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { EventDetails } from '../../history/events.js';
import {
  shapeServiceResult,
  serviceResultError,
  shapeSubmittedResult,
  startExecutionResponse,
  startExecutionResult,
  type ChildExecution,
} from '../../services/integrations/index.js';
import type { TaskAnswer } from '../../services/mocks/task-mock.js';
import type { TaskResource } from '../../services/resource.js';
import type { CompiledTask } from '../compiled.js';
import { buildContextObject } from '../context-object.js';
import { HEARTBEAT } from '../error-handling.js';
import { UsageError } from '../errors.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import { taskDeadline } from '../task-deadline.js';
import type { FiberBody, InvokeOutcome } from '../fibers.js';
import type { ActiveState, Frame } from '../runtime.js';
import { finishJsonata, finishJsonPath, resolveNumber, workInput, type StateWorkResult } from './shared.js';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Task: one attempt. Emits the events the Resource form calls for (§7.2), asks the mock for the
 * answer, applies latency, timeouts and heartbeats in virtual time, shapes the result as the
 * integration returns it, then ResultSelector/ResultPath/OutputPath. Retry and Catch are the
 * life-cycle's business.
 */
export function* runTask(ex: Execution, state: CompiledTask, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';

  // AWS: callback and .sync tasks get a fresh token per attempt, readable as $$.Task.Token (§6.6;
  // a recorded startExecution.sync task was completed early through it)
  active.taskToken = state.waits ? taskToken(ex) : undefined;
  const input = yield* workInput(ex, frame, raw, state);
  const timeout = yield* resolveNumber(ex, frame, raw, state.timeoutSeconds);
  const heartbeat = yield* resolveNumber(ex, frame, raw, state.heartbeatSeconds);
  const resource = state.target;
  const inputText = toJsonText(input);
  const roleArn = taskRoleArn(ex, frame, raw, state);
  scheduled(ex, frame, resource, inputText, timeout, heartbeat, roleArn);
  active.inTask = true;
  const started = ex.clock.now();
  const request = {
    stateName: state.name,
    resource: state.resource,
    input,
    attempt: active.retryCount,
    invocation: ex.services.nextInvocation(state.name),
    context: buildContextObject(ex.identity, active, undefined),
    time: new Date(started).toISOString(),
  };
  const child = childRun(ex, resource, input);
  const answered = (yield {
    type: 'invoke',
    call: () => (child === undefined ? ex.services.answer(request, ex.integrationContext()) : child()),
  }) as InvokeOutcome;
  if (!answered.ok) throw answered.error;
  const answer = answered.value as TaskAnswer | undefined;
  if (answer === undefined) {
    if (!ex.services.passthrough) throw noMock(state);
  }
  const latency = answer?.afterSeconds ?? 0;
  if (resource.kind === 'integration' && state.waits) {
    // AWS: the start call's response is recorded as TaskSubmitted, then the task waits for completion (§6.6, §6.7)
    const submitted = shapeSubmittedResult(resource, input, answer?.submitted ?? {}, ex.integrationContext());
    ex.event(frame, 'TaskSubmitted', { ...where(resource), output: toJsonText(submitted), outputDetails: NOT_TRUNCATED });
  }
  // AWS: the task times out at whichever limit comes first; a missed heartbeat is recorded as States.Timeout (§5.1)
  const deadline = taskDeadline(latency, timeout, heartbeat, answer?.heartbeats);
  if (deadline !== undefined) {
    yield { type: 'sleep', ms: Math.round(deadline.at * 1000) };
    active.inTask = false;
    const error = new StatesError('States.Timeout', null);
    if (deadline.heartbeat) Object.assign(error, { [HEARTBEAT]: true });
    ex.event(frame, timedOutType(resource), { ...where(resource), error: 'States.Timeout' });
    ex.services.record({ ...request, outcome: 'timedOut', error: 'States.Timeout', cause: null });
    throw error;
  }
  if (latency > 0) yield { type: 'sleep', ms: Math.round(latency * 1000) };
  active.inTask = false;
  // AWS: some successful calls still fail the task (EventBridge PutEvents with failed entries, §6.5)
  const error =
    answer?.kind === 'error' ? answer.error : answer?.kind === 'result' ? serviceResultError(resource, answer.value) : undefined;
  if (error !== undefined) {
    const details: EventDetails = {};
    if (error.error !== null) details.error = error.error;
    if (error.causeText !== null) details.cause = error.causeText;
    ex.event(frame, failedType(resource), { ...where(resource), ...details });
    ex.services.record({ ...request, outcome: 'failed', error: error.error, cause: error.causeText });
    throw error;
  }
  const result =
    answer?.kind !== 'result'
      ? input
      : answer.wrap
        ? shapeServiceResult(resource, input, answer.value, ex.integrationContext())
        : answer.value;
  const outputText = toJsonText(result);
  // AWS: an oversized task result fails the task itself (TaskFailed / LambdaFunctionFailed), catchably,
  // naming the integration (`lambda`) or the function ARN (§5.1, recorded March 2024)
  const tooLarge = ex.payloadError(outputText, resource.kind === 'integration' ? resource.resourceType : resource.arn);
  if (tooLarge !== undefined) {
    ex.event(frame, failedType(resource), { ...where(resource), error: tooLarge.error ?? '', cause: tooLarge.causeText ?? '' });
    ex.services.record({ ...request, outcome: 'failed', error: tooLarge.error, cause: tooLarge.causeText });
    throw tooLarge;
  }
  ex.event(frame, succeededType(resource), { ...where(resource), output: outputText, outputDetails: NOT_TRUNCATED });
  ex.services.record({ ...request, outcome: 'succeeded', result });
  if (jsonata) return yield* finishJsonata(ex, frame, raw, state, result, result);
  return finishJsonPath(ex, frame, raw, result, state, result);
}

/**
 * A `states:startExecution` task whose StateMachineArn names a registered machine: the child runs in
 * this simulator from the parent's current virtual time. Request-response answers at once with
 * {ExecutionArn, StartDate}; `.sync`/`.sync:2` answer when the child ends, with its description (§6.7).
 */
function childRun(ex: Execution, resource: TaskResource, input: Json): (() => Promise<TaskAnswer>) | undefined {
  if (resource.kind !== 'integration' || resource.resourceType !== 'states' || !resource.resource.startsWith('startExecution'))
    return undefined;
  const params = isJsonObject(input) ? input : {};
  const arn = params['StateMachineArn'];
  const machine = typeof arn === 'string' ? ex.services.childMachine(arn) : undefined;
  if (machine === undefined || typeof arn !== 'string') return undefined;
  const ctx = ex.integrationContext();
  const rawInput = params['Input'];
  const name = params['Name'];
  const seed = ex.random.int(0, 2 ** 31 - 1);
  return async () => {
    const childInput = typeof rawInput === 'string' ? (JSON.parse(rawInput) as Json) : (rawInput ?? {});
    const result = await machine.run(childInput, {
      startTime: ctx.now,
      seed,
      ...(typeof name === 'string' ? { executionName: name } : {}),
    });
    const execution: ChildExecution = {
      executionArn: result.executionArn,
      stateMachineArn: arn,
      name: result.executionArn.split(':').pop() ?? '',
      status: result.status,
      input: childInput,
      output: result.output,
      error: result.error,
      cause: result.cause,
      startTime: Date.parse(result.startTime),
      stopTime: Date.parse(result.stopTime),
    };
    const waits = integrationPattern(resource.resource) === '.sync';
    const afterSeconds = waits ? (execution.stopTime - execution.startTime) / 1000 : 0;
    const submitted = startExecutionResponse(resource, execution, ctx);
    try {
      return { kind: 'result', value: startExecutionResult(resource, execution, ctx), wrap: false, afterSeconds, submitted };
    } catch (e) {
      if (e instanceof StatesError) return { kind: 'error', error: e, afterSeconds, submitted };
      throw e;
    }
  };
}

/** The role of `Credentials.RoleArn` (or `RoleArn.$`), recorded as `taskCredentials` (§1.5). */
function taskRoleArn(ex: Execution, frame: Frame, raw: Json, state: CompiledTask): string | undefined {
  if (state.credentials === undefined) return undefined;
  const input = state.inputPath === undefined ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  const credentials = state.credentials(ex.scope(frame, input), ex.random);
  const role = isJsonObject(credentials) ? credentials['RoleArn'] : undefined;
  return typeof role === 'string' ? role : undefined;
}

function scheduled(
  ex: Execution,
  frame: Frame,
  resource: TaskResource,
  inputText: string,
  timeout: number | undefined,
  heartbeat: number | undefined,
  roleArn: string | undefined,
): void {
  const timing: EventDetails = {};
  if (timeout !== undefined) timing.timeoutInSeconds = timeout;
  if (heartbeat !== undefined) timing.heartbeatInSeconds = heartbeat;
  if (roleArn !== undefined) timing.taskCredentials = { roleArn };
  if (resource.kind === 'lambda-function') {
    ex.event(frame, 'LambdaFunctionScheduled', { resource: resource.arn, input: inputText, inputDetails: NOT_TRUNCATED, ...timing });
    ex.event(frame, 'LambdaFunctionStarted');
  } else if (resource.kind === 'activity') {
    ex.event(frame, 'ActivityScheduled', { resource: resource.arn, input: inputText, inputDetails: NOT_TRUNCATED, ...timing });
    ex.event(frame, 'ActivityStarted');
  } else {
    ex.event(frame, 'TaskScheduled', { ...where(resource), region: ex.identity.region, parameters: inputText, ...timing });
    ex.event(frame, 'TaskStarted', where(resource));
  }
}

function where(resource: TaskResource): EventDetails {
  return resource.kind === 'integration' ? { resourceType: resource.resourceType, resource: resource.resource } : {};
}

function succeededType(resource: TaskResource) {
  return resource.kind === 'lambda-function'
    ? 'LambdaFunctionSucceeded'
    : resource.kind === 'activity'
      ? 'ActivitySucceeded'
      : 'TaskSucceeded';
}

function failedType(resource: TaskResource) {
  return resource.kind === 'lambda-function' ? 'LambdaFunctionFailed' : resource.kind === 'activity' ? 'ActivityFailed' : 'TaskFailed';
}

function timedOutType(resource: TaskResource) {
  return resource.kind === 'lambda-function'
    ? 'LambdaFunctionTimedOut'
    : resource.kind === 'activity'
      ? 'ActivityTimedOut'
      : 'TaskTimedOut';
}

function noMock(state: CompiledTask): UsageError {
  return new UsageError(
    `The Task state "${state.name}" (${state.resource}) has no mock. Declare what the service answers, e.g.\n` +
      `  new StateMachine(definition, { mocks: { ${JSON.stringify(state.name)}: { returns: { /* service response */ } } } })\n` +
      `or run with { unmockedTasks: 'passthrough' } to pass the task's input through as its result.`,
  );
}

/** An opaque token drawn from the run's seed (AWS tokens are long opaque strings). */
function taskToken(ex: Execution): string {
  return Buffer.from(`${ex.random.uuid()}:${ex.random.uuid()}`).toString('base64');
}
