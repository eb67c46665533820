import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { evaluatePath } from '../../query/jsonpath.js';
import { parseTimestamp } from '../../query/timestamp.js';
import type { CompiledWait } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { ActiveState, Frame } from '../runtime.js';
import { finishJsonata, finishJsonPath, type StateWorkResult } from './shared.js';

/** AWS refuses delays of 2^31 seconds or more (§1.7). */
const MAX_DELAY_SECONDS = 2 ** 31;

/** Wait: advances virtual time only; a timestamp in the past proceeds at once (§1.7). */
export function* runWait(ex: Execution, state: CompiledWait, raw: Json, frame: Frame, active: ActiveState): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';
  const input = jsonata ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  const now = ex.clock.now();
  const until = yield* wakeTime(ex, state, input, frame, now);
  if (until - now >= MAX_DELAY_SECONDS * 1000) throw new StatesError('States.Runtime', 'Wait state delay is too long.');
  if (until > now) {
    active.waiting = true;
    yield { type: 'sleep', ms: until - now };
    active.waiting = false;
  }
  if (jsonata) return yield* finishJsonata(ex, frame, raw, state, undefined, raw);
  return finishJsonPath(ex, frame, input, input, { resultPath: null, outputPath: state.outputPath, assign: state.assign }, input);
}

function* wakeTime(ex: Execution, state: CompiledWait, input: Json, frame: Frame, now: number): FiberBody<number> {
  const wait = state.wait;
  switch (wait.kind) {
    case 'jsonataSeconds': {
      const value = yield* ex.jsonata(wait.value, frame, ex.statesBinding(frame, input));
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Seconds field must be a non-negative integer, but was: ${JSON.stringify(value)}`,
        );
      }
      return now + value * 1000;
    }
    case 'jsonataTimestamp': {
      const value = yield* ex.jsonata(wait.value, frame, ex.statesBinding(frame, input));
      const epochMs = typeof value === 'string' ? parseTimestamp(value) : undefined;
      if (epochMs === undefined) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${show(value)}`,
        );
      }
      return epochMs;
    }
    case 'seconds':
      return now + wait.value * 1000;
    case 'timestamp':
      return wait.epochMs;
    case 'secondsPath': {
      const r = evaluatePath(wait.path, ex.scope(frame, input));
      if (!r.found)
        throw new StatesError('States.Runtime', `The SecondsPath parameter does not reference an input value: ${wait.path.text}`);
      const value = r.value;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw new StatesError(
          'States.Runtime',
          `The SecondsPath parameter cannot be parsed as a long value: ${wait.path.text} == ${show(value)}`,
        );
      }
      if (value < 0)
        throw new StatesError(
          'States.Runtime',
          `The SecondsPath parameter references a negative value: ${wait.path.text} == ${show(value)}`,
        );
      return now + value * 1000;
    }
    case 'timestampPath': {
      const r = evaluatePath(wait.path, ex.scope(frame, input));
      if (!r.found)
        throw new StatesError('States.Runtime', `The TimestampPath parameter does not reference an input value: ${wait.path.text}`);
      const epochMs = typeof r.value === 'string' ? parseTimestamp(r.value) : undefined;
      if (epochMs === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${wait.path.text} == ${show(r.value)}`,
        );
      }
      return epochMs;
    }
    default: {
      const never: never = wait;
      return never;
    }
  }
}

function show(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
