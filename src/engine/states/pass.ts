import type { Json } from '../../asl/json.js';
import type { CompiledPass } from '../compiled.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import { effectiveInput, finishJsonata, finishJsonPath, type StateWorkResult } from './shared.js';

/** Pass: `Result` (never evaluated for `.$` keys, §1.4) or the effective input, placed by ResultPath; JSONata: `Output`. */
export function* runPass(ex: Execution, state: CompiledPass, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  if (state.lang === 'JSONata') return yield* finishJsonata(ex, frame, raw, state, undefined, raw);
  return passJsonPath(ex, state, raw, frame);
}

export function passJsonPath(ex: Execution, state: CompiledPass, raw: Json, frame: Frame): StateWorkResult {
  const input = effectiveInput(ex, frame, raw, state.inputPath, state.parameters);
  const result = state.result !== undefined ? state.result : input;
  return finishJsonPath(ex, frame, raw, result, state, result);
}
