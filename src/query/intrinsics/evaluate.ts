import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { Random } from '../../clock/random.js';
import { evaluatePath, type CompiledPath } from '../jsonpath.js';
import type { PathScope } from '../path-scope.js';
import type { ArgumentNode, CallNode } from './ast.js';
import { invalidArguments, invalidArgumentsBecause, pathArgumentNotFound } from './errors.js';
import { arityProblem, INTRINSICS, type IntrinsicDefinition } from './registry.js';

/**
 * Evaluates a parsed call: arguments left to right (nested calls first), then the function.
 * Anything other than a `StatesError` thrown on the way is a bug or a host limit, and becomes an
 * intrinsic failure naming the call, so no `TypeError` or `RangeError` reaches the engine.
 */
export function evaluateCall(call: CallNode, scope: PathScope, random: Random, field: string): Json {
  try {
    return callFunction(call, scope, random);
  } catch (error) {
    if (error instanceof StatesError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw invalidArgumentsBecause(call, `unexpected error while evaluating the field '${field}' (${reason})`);
  }
}

function callFunction(call: CallNode, scope: PathScope, random: Random): Json {
  const values = call.args.map((arg) => argumentValue(arg, call, scope, random));
  // The parser already rejects a wrong count; this keeps a hand-built AST from reaching an implementation.
  if (arityProblem(call.name, values.length) !== undefined) throw invalidArguments(call);
  const definition: IntrinsicDefinition = INTRINSICS[call.name];
  return definition.evaluate(values, { call, random });
}

function argumentValue(arg: ArgumentNode, call: CallNode, scope: PathScope, random: Random): Json {
  switch (arg.kind) {
    case 'string':
      if (arg.badEscape) {
        const { sequence, position } = arg.badEscape;
        throw invalidArgumentsBecause(
          call,
          `unpaired backslash '${sequence}' at position ${position}; ` + `the only escapes in a string literal are \\', \\{, \\} and \\\\`,
        );
      }
      return arg.value;
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
    case 'path': {
      const result = evaluatePath(arg.path, scope);
      if (!result.found) throw pathArgumentNotFound(call, arg.path.text, rootText(arg.path, scope));
      return result.value;
    }
    case 'call':
      return callFunction(arg, scope, random);
    default: {
      const unreachable: never = arg;
      throw new TypeError(`unknown intrinsic argument ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The document a path was applied to, as the cause quotes it: compact JSON. */
function rootText(path: CompiledPath, scope: PathScope): string {
  switch (path.root) {
    case 'input':
      return JSON.stringify(scope.input);
    case 'context':
      return JSON.stringify(scope.context());
    case 'variable':
      return JSON.stringify(scope.variable(path.variableName ?? '') ?? null);
  }
}
