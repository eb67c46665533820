import { StatesError, StatesErrorName } from '../../asl/states-error.js';

/**
 * A malformed intrinsic function call found while compiling a definition: bad syntax, an unknown
 * function name, a wrong argument count, or nesting deeper than AWS allows. It is a user mistake in
 * the definition, so it is thrown at compile time and never reaches an execution.
 *
 * @example
 * ```ts
 * try { compileIntrinsic("States.Format('x'"); }
 * catch (e) { if (e instanceof IntrinsicSyntaxError) console.log(e.position); }
 * ```
 */
export class IntrinsicSyntaxError extends Error {
  override readonly name = 'IntrinsicSyntaxError';
  constructor(
    /** What is wrong, without the position. */
    readonly problem: string,
    /** The whole text of the `.$` value. */
    readonly text: string,
    /** 0-based character offset in `text` where the problem was found. */
    readonly position: number,
  ) {
    super(`Invalid intrinsic function call ${JSON.stringify(text)} at position ${position}: ${problem}`);
  }
}

/**
 * The error name AWS records when an intrinsic fails while it is evaluated.
 *
 * AWS: the SPEC and docs say `States.IntrinsicFailure` (catchable), but executions observed on AWS
 * fail with `States.Runtime` (uncatchable) and a cause such as "Invalid arguments in
 * States.MathAdd" (ASL-REFERENCE §5.1 gives IntrinsicFailure from SPEC/DOC only). Kept in one
 * constant so the choice is made in one place.
 */
export const INTRINSIC_EVALUATION_ERROR = StatesErrorName.Runtime;

/** What a cause names: the source text of the intrinsic call that failed, e.g. `States.MathAdd($.a, 1)`. */
export interface FailedCall {
  readonly name: string;
  readonly text: string;
}

/** Every evaluation cause starts by naming the call that failed. */
export function intrinsicCause(call: FailedCall, detail: string): string {
  return `There was an error while evaluating the intrinsic function: ${call.text}. ${detail}`;
}

/** AWS's cause for an argument of the wrong type or value: `Invalid arguments in States.X`. */
export function invalidArguments(call: FailedCall): StatesError {
  return new StatesError(INTRINSIC_EVALUATION_ERROR, intrinsicCause(call, `Invalid arguments in ${call.name}`));
}

/** A cause for a failure AWS has no recorded wording for: still names the function and the problem. */
export function invalidArgumentsBecause(call: FailedCall, reason: string): StatesError {
  return new StatesError(INTRINSIC_EVALUATION_ERROR, intrinsicCause(call, `Invalid arguments in ${call.name}: ${reason}`));
}

/**
 * A path argument that selects nothing. AWS: `States.Runtime`, "The JsonPath argument for the field
 * '<path>' could not be found in the input '<json>'" (the engine adds the "An error occurred while
 * executing the state ..." prefix).
 */
export function pathArgumentNotFound(call: FailedCall, pathText: string, inputText: string): StatesError {
  return new StatesError(
    StatesErrorName.Runtime,
    intrinsicCause(call, `The JsonPath argument for the field '${pathText}' could not be found in the input '${inputText}'`),
  );
}
