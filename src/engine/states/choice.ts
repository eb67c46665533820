import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { CompiledChoice } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import { evaluateChoiceRule } from './choice-rule.js';
import type { StateWorkResult } from './shared.js';

/** Choice: the first rule that holds wins, in array order; else Default; else States.NoChoiceMatched (§1.6). */
// eslint-disable-next-line require-yield -- see pass.ts
export function* runChoice(ex: Execution, state: CompiledChoice, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  const input = selectPath(state.inputPath, ex.scope(frame, raw));
  const scope = ex.scope(frame, input);
  let next = state.defaultNext;
  for (const choice of state.choices) {
    if (evaluateChoiceRule(choice.rule, scope)) {
      next = choice.next;
      break;
    }
  }
  if (next === undefined) {
    throw new StatesError('States.NoChoiceMatched', `No Matches!`);
  }
  return { output: selectPath(state.outputPath, ex.scope(frame, input)), next };
}
