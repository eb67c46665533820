import type { Json } from '../../asl/json.js';
import type { CompiledSucceed } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import { finishJsonata, type StateWorkResult } from './shared.js';

/** Succeed: InputPath then OutputPath (JSONata: `Output`); inside a branch or iteration it ends only that one (§1.8). */
export function* runSucceed(ex: Execution, state: CompiledSucceed, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  if (state.lang === 'JSONata') return yield* finishJsonata(ex, frame, raw, state, undefined, raw);
  return succeedJsonPath(ex, state, raw, frame);
}

export function succeedJsonPath(ex: Execution, state: CompiledSucceed, raw: Json, frame: Frame): StateWorkResult {
  const input = state.inputPath === undefined ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  return { output: state.outputPath === undefined ? input : selectPath(state.outputPath, ex.scope(frame, input)) };
}
