import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { CompiledFail, FailField } from '../compiled.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import type { StateWorkResult } from './shared.js';

/** Fail: raises its Error/Cause (ErrorPath/CausePath read the raw input; JSONata may compute them); no Exited event (§1.8). */
export function* runFail(ex: Execution, state: CompiledFail, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  const error = yield* resolve(ex, frame, raw, state.error);
  const cause = yield* resolve(ex, frame, raw, state.cause);
  throw new StatesError(error, cause);
}

/** JSONPath Fail: Error/Cause literals or ErrorPath/CausePath, no waiting. */
export function failJsonPath(ex: Execution, state: CompiledFail, raw: Json, frame: Frame): never {
  throw new StatesError(resolveSync(ex, frame, raw, state.error), resolveSync(ex, frame, raw, state.cause));
}

function resolveSync(ex: Execution, frame: Frame, raw: Json, field: FailField): string | null {
  if (field.kind === 'literal') return field.value;
  if (field.kind === 'jsonata') throw new Error('a JSONata Fail field on the JSONPath path');
  const value = field.evaluate(ex.scope(frame, raw), ex.random);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function* resolve(ex: Execution, frame: Frame, raw: Json, field: FailField): FiberBody<string | null> {
  if (field.kind === 'literal') return field.value;
  const value =
    field.kind === 'jsonata'
      ? yield* ex.jsonata(field.value, frame, ex.statesBinding(frame, raw))
      : field.evaluate(ex.scope(frame, raw), ex.random);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
