import { isJsonObject, toJsonText, type Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { EventDetails } from '../../history/events.js';
import { parseTaskResource } from '../../services/resource.js';
import type { CompiledTask } from '../compiled.js';
import { buildContextObject } from '../context-object.js';
import { HEARTBEAT } from '../error-handling.js';
import { UsageError } from '../errors.js';
import { DelayedOutcome } from '../task-latency.js';
import type { Execution } from '../execution.js';
import type { FiberBody, InvokeOutcome } from '../fibers.js';
import type { ActiveState, Frame } from '../runtime.js';
import { finishJsonata, finishJsonPath, resolveNumber, workInput, type StateWorkResult } from './shared.js';

const NOT_TRUNCATED = { truncated: false } as const;

/**
 * Task: one attempt. Emits the events the Resource form calls for (§7.2), asks the handler for the
 * result, then ResultSelector/ResultPath/OutputPath. Retry and Catch are the life-cycle's business.
 */
export function* runTask(ex: Execution, state: CompiledTask, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';
  // AWS: a callback task gets a fresh token per attempt, readable as $$.Task.Token in Parameters (§6.6)
  active.taskToken = state.resource.endsWith('.waitForTaskToken') ? taskToken(ex) : undefined;
  const input = yield* workInput(ex, frame, raw, state);
  const timeout = yield* resolveNumber(ex, frame, raw, state.timeoutSeconds);
  const heartbeat = yield* resolveNumber(ex, frame, raw, state.heartbeatSeconds);
  const resource = parseTaskResource(state.resource);
  const handler = ex.taskHandlers[state.name];
  if (handler === undefined) {
    throw new UsageError(
      `No task handler for the Task state "${state.name}" (${state.resource}). Pass one in the StateMachine options: { taskHandlers: { ${JSON.stringify(state.name)}: (request) => result } }.`,
    );
  }
  const inputText = toJsonText(input);
  const timing: EventDetails = {};
  if (timeout !== undefined) timing.timeoutInSeconds = timeout;
  if (heartbeat !== undefined) timing.heartbeatInSeconds = heartbeat;
  if (resource.kind === 'lambda-function') {
    ex.event(frame, 'LambdaFunctionScheduled', { resource: resource.arn, input: inputText, inputDetails: NOT_TRUNCATED, ...timing });
    ex.event(frame, 'LambdaFunctionStarted');
  } else if (resource.kind === 'activity') {
    ex.event(frame, 'ActivityScheduled', { resource: resource.arn, input: inputText, inputDetails: NOT_TRUNCATED, ...timing });
    ex.event(frame, 'ActivityStarted');
  } else {
    const where = { resourceType: resource.resourceType, resource: resource.resource };
    ex.event(frame, 'TaskScheduled', { ...where, region: ex.identity.region, parameters: inputText, ...timing });
    ex.event(frame, 'TaskStarted', where);
  }
  active.inTask = true;
  const request = {
    stateName: state.name,
    resource: state.resource,
    input,
    attempt: active.retryCount,
    context: buildContextObject(ex.identity, active, undefined),
  };
  let outcome = (yield { type: 'invoke', call: () => handler(request) }) as InvokeOutcome;
  if (outcome.ok && outcome.value instanceof DelayedOutcome) {
    const delayed = outcome.value;
    // AWS: the task times out at whichever limit comes first; a missed heartbeat is recorded as States.Timeout (§5.1)
    const limits = [timeout, heartbeat].filter((s): s is number => s !== undefined && s < delayed.seconds);
    if (limits.length > 0) {
      const at = Math.min(...limits);
      yield { type: 'sleep', ms: at * 1000 };
      active.inTask = false;
      const error = new StatesError('States.Timeout', null);
      if (heartbeat !== undefined && at === heartbeat && (timeout === undefined || heartbeat < timeout))
        Object.assign(error, { [HEARTBEAT]: true });
      const where = resource.kind === 'integration' ? { resourceType: resource.resourceType, resource: resource.resource } : {};
      ex.event(
        frame,
        resource.kind === 'lambda-function' ? 'LambdaFunctionTimedOut' : resource.kind === 'activity' ? 'ActivityTimedOut' : 'TaskTimedOut',
        { ...where, error: 'States.Timeout' },
      );
      throw error;
    }
    if (delayed.seconds > 0) yield { type: 'sleep', ms: Math.round(delayed.seconds * 1000) };
    outcome = 'result' in delayed.outcome ? { ok: true, value: delayed.outcome.result } : { ok: false, error: delayed.outcome.error };
  }
  active.inTask = false;
  if (!outcome.ok) {
    const error = taskError(outcome.error);
    const details: EventDetails = {};
    if (error.error !== null) details.error = error.error;
    if (error.causeText !== null) details.cause = error.causeText;
    if (resource.kind === 'lambda-function') ex.event(frame, 'LambdaFunctionFailed', details);
    else if (resource.kind === 'activity') ex.event(frame, 'ActivityFailed', details);
    else ex.event(frame, 'TaskFailed', { resourceType: resource.resourceType, resource: resource.resource, ...details });
    throw error;
  }
  const result = toJson(outcome.value, state.name);
  const outputText = toJsonText(result);
  if (resource.kind === 'lambda-function') ex.event(frame, 'LambdaFunctionSucceeded', { output: outputText, outputDetails: NOT_TRUNCATED });
  else if (resource.kind === 'activity') ex.event(frame, 'ActivitySucceeded', { output: outputText, outputDetails: NOT_TRUNCATED });
  else
    ex.event(frame, 'TaskSucceeded', {
      resourceType: resource.resourceType,
      resource: resource.resource,
      output: outputText,
      outputDetails: NOT_TRUNCATED,
    });
  // AWS: an oversized task result is a catchable States.DataLimitExceeded (§5.1, recorded March 2024)
  ex.checkPayload(outputText, state.name);
  if (jsonata) return yield* finishJsonata(ex, frame, raw, state, result, result);
  return finishJsonPath(ex, frame, raw, result, state, result);
}

/** An opaque token drawn from the run's seed (AWS tokens are long opaque strings). */
function taskToken(ex: Execution): string {
  return Buffer.from(`${ex.random.uuid()}:${ex.random.uuid()}`).toString('base64');
}

function taskError(thrown: unknown): StatesError {
  if (thrown instanceof StatesError) return thrown;
  if (thrown instanceof UsageError) throw thrown;
  if (thrown instanceof Error) return new StatesError(thrown.name, thrown.message);
  if (isJsonObject(thrown as Json) && typeof (thrown as { error?: unknown }).error === 'string') {
    const t = thrown as { error: string; cause?: unknown };
    return new StatesError(t.error, typeof t.cause === 'string' ? t.cause : null);
  }
  return new StatesError('Error', String(thrown));
}

/** A handler's result must be JSON: copying it through JSON text also isolates the engine from later mutation. */
function toJson(value: unknown, stateName: string): Json {
  if (value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new UsageError(`The task handler for "${stateName}" returned a value that is not JSON-serialisable: ${(e as Error).message}`);
  }
  return text === undefined ? null : (JSON.parse(text) as Json);
}
