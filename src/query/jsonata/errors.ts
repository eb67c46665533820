import { StatesError, StatesErrorName } from '../../asl/states-error.js';
import type { Json } from '../../asl/json.js';

/**
 * A `{% %}` string in a definition that JSONata cannot parse. It is a mistake in the definition, so it
 * is thrown while the definition is compiled and never reaches an execution.
 *
 * @example
 * ```ts
 * try { compileJsonata('{% $states.input. %}', 'Output'); }
 * catch (e) { if (e instanceof JsonataSyntaxError) console.log(e.field, e.code, e.position); }
 * ```
 */
export class JsonataSyntaxError extends Error {
  override readonly name = 'JsonataSyntaxError';
  constructor(
    /** AWS's field path, e.g. `Output/result`. */
    readonly field: string,
    /** The expression between `{%` and `%}`, trimmed. */
    readonly expression: string,
    /** JSONata's error code, e.g. `S0202`. */
    readonly code: string,
    /** 1-based character position JSONata reports, counted in `expression`. */
    readonly position: number | undefined,
    /** JSONata's message, e.g. `Expected ")", got "]"`. */
    readonly detail: string,
  ) {
    const at = position === undefined ? '' : ` at position ${position}`;
    super(
      `The JSONata expression '${expression}' specified for the field '${field}' is not valid JSONata: ` +
        `${code}${at}: ${detail}. Check the expression's brackets, quotes (strings use single quotes) and operators.`,
    );
  }
}

/**
 * `States.QueryEvaluationError` raised while a JSONata field is evaluated. It carries the field path AWS
 * records as `location` in the `EvaluationFailed` history event (ASL-REFERENCE §3.7).
 */
export class QueryEvaluationError extends StatesError {
  constructor(
    causeText: string,
    /** AWS's field path, e.g. `Output/result`. */
    readonly location: string,
  ) {
    super(StatesErrorName.QueryEvaluationError, causeText);
  }
}

/**
 * The field path of a `States.QueryEvaluationError` raised by JSONata evaluation, or `undefined` for any
 * other error. The engine puts it in the `EvaluationFailed` event as `location`.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof StatesError) event.location = queryEvaluationLocation(e); }
 * ```
 */
export function queryEvaluationLocation(error: StatesError): string | undefined {
  return error instanceof QueryEvaluationError ? error.location : undefined;
}

/** Every AWS cause names the expression and the field it was specified for. */
function subject(expression: string, field: string): string {
  return `The JSONata expression '${expression}' specified for the field '${field}'`;
}

/** AWS: `... returned nothing (undefined).` for a missing value at the top of a field (ASL-REFERENCE §3.7). */
export function returnedNothing(expression: string, field: string): QueryEvaluationError {
  return new QueryEvaluationError(`${subject(expression, field)} returned nothing (undefined).`, field);
}

/** AWS: `... returned an unsupported result type.` for a function value. */
export function unsupportedResultType(expression: string, field: string): QueryEvaluationError {
  return new QueryEvaluationError(`${subject(expression, field)} returned an unsupported result type.`, field);
}

/** AWS: `... threw an error during evaluation. T1006: Attempted to invoke a non-function`. */
export function threwDuringEvaluation(expression: string, field: string, error: unknown): QueryEvaluationError {
  return new QueryEvaluationError(`${subject(expression, field)} threw an error during evaluation. ${describeJsonataError(error)}`, field);
}

/** The JSON type name AWS prints in "Expected 'array', but was 'number'". */
export type JsonTypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** The JSON type name of a value, as AWS words it. */
export function jsonTypeName(value: Json): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'boolean' | 'number' | 'string' | 'object';
}

/**
 * AWS: `... returned an unexpected result type. Expected 'array', but was 'number' for value: 1` — raised by
 * the engine when a field's value has the wrong JSON type (Items not an array, Arguments not an object).
 */
export function unexpectedResultType(expression: string, field: string, expected: string, value: Json): QueryEvaluationError {
  return new QueryEvaluationError(
    `${subject(expression, field)} returned an unexpected result type. ` +
      `Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${JSON.stringify(value)}`,
    field,
  );
}

/** `CODE: message`, as AWS prints a JSONata error; a host error without a code prints its message only. */
export function describeJsonataError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(error);
    return typeof code === 'string' ? `${code}: ${text}` : text;
  }
  return String(error);
}

/**
 * An error in JSONata's own shape (`{code, message}`), thrown by the functions AWS added and by the
 * evaluation guards, so it prints like any JSONata error.
 */
export interface JsonataRuntimeError {
  readonly code: string;
  readonly message: string;
}

export function jsonataError(code: string, message: string): JsonataRuntimeError {
  return { code, message };
}
