import type { Json } from '../../asl/json.js';
import type { CompiledPass } from '../compiled.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import { effectiveInput, stateOutput, type StateWorkResult } from './shared.js';

/** Pass: `Result` (never evaluated for `.$` keys, §1.4) or the effective input, placed by ResultPath. */
// eslint-disable-next-line require-yield -- every handler is a generator so the life-cycle can delegate uniformly
export function* runPass(ex: Execution, state: CompiledPass, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  const input = effectiveInput(ex, frame, raw, state.inputPath, state.parameters);
  const result = state.result !== undefined ? state.result : input;
  return { output: stateOutput(ex, frame, raw, result, { resultPath: state.resultPath, outputPath: state.outputPath }) };
}
