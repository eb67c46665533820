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
  if (state.lang !== 'JSONata') return choiceJsonPath(ex, state, raw, frame);
  let chosen: CompiledChoiceBranch | undefined;
  for (const choice of state.choices) {
    if (yield* holds(ex, choice, raw, frame)) {
      chosen = choice;
      break;
    }
  }
  ex.observer?.choice?.(state.name, chosen === undefined ? -1 : state.choices.indexOf(chosen));
  const next = target(state, chosen);
  const effects = chosen === undefined ? state : { assign: chosen.assign, output: chosen.output };
  return { ...(yield* finishJsonata(ex, frame, raw, effects, undefined, raw)), next };
}

/** JSONPath Choice: rule trees over the effective input, no waiting. */
export function choiceJsonPath(ex: Execution, state: CompiledChoice, raw: Json, frame: Frame): StateWorkResult {
  const input = state.inputPath === undefined ? raw : selectPath(state.inputPath, ex.scope(frame, raw));
  const scope = ex.scope(frame, input);
  const chosen = state.choices.find((choice) => choice.rule !== undefined && evaluateChoiceRule(choice.rule, scope));
  ex.observer?.choice?.(state.name, chosen === undefined ? -1 : state.choices.indexOf(chosen));
  const next = target(state, chosen);
  const output = state.outputPath === undefined ? input : selectPath(state.outputPath, ex.scope(frame, input));
  return { output, next, assigned: ex.assignJsonPath(chosen === undefined ? state.assign : chosen.assign, frame, input) };
}

function target(state: CompiledChoice, chosen: CompiledChoiceBranch | undefined): string {
  const next = chosen?.next ?? state.defaultNext;
  if (next === undefined) throw new StatesError('States.NoChoiceMatched', 'No Matches!');
  return next;
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
