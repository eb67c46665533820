import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { CompiledFail, FailField } from '../compiled.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import type { StateWorkResult } from './shared.js';

/** Fail: raises its Error/Cause (or ErrorPath/CausePath read from the raw input); it has no Exited event (§1.8). */
// eslint-disable-next-line require-yield -- see pass.ts
export function* runFail(ex: Execution, state: CompiledFail, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  throw new StatesError(resolve(ex, frame, raw, state.error), resolve(ex, frame, raw, state.cause));
}

function resolve(ex: Execution, frame: Frame, raw: Json, field: FailField): string | null {
  if (field.kind === 'literal') return field.value;
  const value = field.evaluate(ex.scope(frame, raw), ex.random);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
