/**
 * The `States.*` intrinsic functions of JSONPath states (ASL-REFERENCE §2.4): parsed once when a
 * definition is compiled, evaluated on every state visit.
 *
 * Failure names, as recorded on AWS: a path argument that selects nothing, and a call whose
 * arguments are wrong (type, range, template, size limits), both fail with `States.Runtime`, which
 * Catch cannot catch. The SPEC's `States.IntrinsicFailure` is never emitted; see
 * `INTRINSIC_EVALUATION_ERROR` in errors.ts.
 */
import type { Json } from '../../asl/json.js';
import type { Random } from '../../clock/random.js';
import type { PathScope } from '../path-scope.js';
import type { CallNode } from './ast.js';
import { evaluateCall } from './evaluate.js';
import { parseIntrinsic } from './parser.js';

export type { ArgumentNode, CallNode } from './ast.js';
export { IntrinsicSyntaxError, INTRINSIC_EVALUATION_ERROR } from './errors.js';
export { INTRINSIC_NAMES, type IntrinsicName } from './names.js';
export { MAX_NESTING_DEPTH } from './parser.js';
export { JavaRandom } from './java-random.js';

/** A parsed intrinsic call, ready to evaluate any number of times. */
export interface CompiledIntrinsic {
  /** The `.$` value as written in the definition. */
  readonly text: string;
  /** The top-level call. */
  readonly call: CallNode;
}

const CALL_START = /^\s*States\.[A-Za-z0-9_]*\s*\(/;

/**
 * Whether a `.$` value is an intrinsic call (it starts with `States.` and a name, then `(`) rather
 * than a path. Unknown names still count, so that `compileIntrinsic` can report them.
 *
 * @example
 * ```ts
 * isIntrinsicCall("States.Format('{}', $.a)"); // true
 * isIntrinsicCall('$.a');                      // false
 * ```
 */
export function isIntrinsicCall(text: string): boolean {
  return CALL_START.test(text);
}

/**
 * Parses an intrinsic call once, at definition-compile time.
 *
 * @throws IntrinsicSyntaxError for malformed text, an unknown function name, a wrong argument
 * count, a bad path, or nesting deeper than 10 calls; the message names the problem and position.
 * @example
 * ```ts
 * const fn = compileIntrinsic('States.MathAdd($.count, 1)');
 * ```
 */
export function compileIntrinsic(text: string): CompiledIntrinsic {
  let call = parsedCalls.get(text);
  if (call === undefined) {
    call = parseIntrinsic(text);
    if (parsedCalls.size >= PARSED_CALLS_LIMIT) parsedCalls.clear();
    parsedCalls.set(text, call);
  }
  return { text, call };
}

/** Parsed calls by text, shared by every definition in the process (a call tree is immutable). Bounded. */
const parsedCalls = new Map<string, CallNode>();
const PARSED_CALLS_LIMIT = 20_000;

/**
 * Evaluates a compiled call against the state's data. The result may share structure with the
 * scope's data; treat it as immutable.
 *
 * @param field The template key holding the call, e.g. `"value.$"`, named in unexpected-error causes.
 * @throws StatesError `States.Runtime` when a path argument selects nothing ("The JsonPath argument
 * for the field '$.x' could not be found in the input '{}'") or when the arguments are invalid
 * ("Invalid arguments in States.X"). Each cause starts "There was an error while evaluating the
 * intrinsic function: <call>."; the engine adds the "An error occurred while executing the state"
 * prefix.
 * @example
 * ```ts
 * evaluateIntrinsic(compileIntrinsic('States.MathAdd($.n, 1)'), scope, random, 'next.$'); // n + 1
 * ```
 */
export function evaluateIntrinsic(fn: CompiledIntrinsic, scope: PathScope, random: Random, field: string): Json {
  return evaluateCall(fn.call, scope, random, field);
}
