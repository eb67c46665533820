import type { Json } from '../../asl/json.js';
import type { CompiledSucceed } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import type { StateWorkResult } from './shared.js';

/** Succeed: InputPath then OutputPath; inside a branch or iteration it ends only that one (§1.8). */
// eslint-disable-next-line require-yield -- see pass.ts
export function* runSucceed(ex: Execution, state: CompiledSucceed, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  const input = selectPath(state.inputPath, ex.scope(frame, raw));
  return { output: selectPath(state.outputPath, ex.scope(frame, input)) };
}
