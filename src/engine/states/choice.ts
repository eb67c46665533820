import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { CompiledChoice, CompiledChoiceBranch } from '../compiled.js';
import { selectPath } from '../dataflow.js';
import type { Execution } from '../execution.js';
import type { FiberBody } from '../fibers.js';
import type { Frame } from '../runtime.js';
import { jsonataUnexpectedType } from '../../query/jsonata.js';
import { evaluateChoiceRule } from './choice-rule.js';
import { finishJsonata, type StateWorkResult } from './shared.js';

/**
 * Choice: the first rule that holds wins, in array order; else Default; else States.NoChoiceMatched
 * (§1.6). The chosen rule's Assign (and JSONata Output) replace the state's; the Default path uses the state's.
 */
export function* runChoice(ex: Execution, state: CompiledChoice, raw: Json, frame: Frame): FiberBody<StateWorkResult> {
  const jsonata = state.lang === 'JSONata';
  const input = jsonata ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  let chosen: CompiledChoiceBranch | undefined;
  for (const choice of state.choices) {
    if (yield* holds(ex, choice, input, frame)) {
      chosen = choice;
      break;
    }
  }
  const next = chosen?.next ?? state.defaultNext;
  if (next === undefined) throw new StatesError('States.NoChoiceMatched', 'No Matches!');
  const effects = chosen === undefined ? state : { assign: chosen.assign, output: chosen.output };
  if (jsonata) return { ...(yield* finishJsonata(ex, frame, raw, effects, undefined, raw)), next };
  const output = selectPath(state.outputPath, ex.scope(frame, input));
  const assigned = yield* ex.evaluateAssign(effects.assign, frame, input, () => ({}));
  return { output, next, assigned };
}

function* holds(ex: Execution, choice: CompiledChoiceBranch, input: Json, frame: Frame): FiberBody<boolean> {
  if (choice.rule !== undefined) return evaluateChoiceRule(choice.rule, ex.scope(frame, input));
  if (choice.condition === undefined) return false;
  const value = yield* ex.jsonata(choice.condition, frame, ex.statesBinding(frame, input));
  if (typeof value !== 'boolean') {
    throw jsonataUnexpectedType(choice.condition, 'boolean', value);
  }
  return value;
}
