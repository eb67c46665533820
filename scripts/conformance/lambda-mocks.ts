// Lambda mocks for the corpus's `needs: ["lambda"]` cases. Each case lists the functions its test
// deployed in `meta.lambdas` (`{<function ARN as written in the definition>: {handler_file, runtime,
// source}}`); the handler sources are a handful of tiny Python functions, re-enacted here by file name.
// The table is engine-neutral (a behaviour says what the function returns or raises); `buildLambdaMocks`
// turns it into sfn-sim mocks with the engine's `lambdaFunction`, `LambdaFunctionError` and `afterSeconds`.
import type { ConformanceCase } from './cases.js';

/** What one invocation of a function does. */
export type LambdaOutcome =
  | { readonly kind: 'return'; readonly value: unknown }
  /** The function answers after `seconds` (virtual time). */
  | { readonly kind: 'delay'; readonly seconds: number; readonly value: unknown }
  /** The function raises: the Python runtime reports `errorType`, `errorMessage` and a stack trace. */
  | { readonly kind: 'raise'; readonly errorType: string; readonly errorMessage: string; readonly raiseStatement: RaiseStatement };

/** Where the handler raises (for the runtime's stack trace), as in the recorded source. */
export interface RaiseStatement {
  readonly line: number;
  readonly code: string;
  readonly functionName: string;
}

/** A function's behaviour: its code, re-enacted on the event it receives. */
export type LambdaBehaviour = (event: unknown) => LambdaOutcome;

const raise = (errorType: string, errorMessage: string, line: number, code: string): LambdaOutcome => ({
  kind: 'raise',
  errorType,
  errorMessage,
  raiseStatement: { line, code, functionName: 'handler' },
});

/** The Python handlers of the corpus, by file name (`meta.lambdas[arn].handler_file`'s last segment). */
export const LAMBDA_HANDLERS: Readonly<Record<string, LambdaBehaviour>> = {
  // def handler(event, context): return event
  'id_function.py': (event) => ({ kind: 'return', value: event }),
  // def handler(event, ctx): return {"Return": "HelloWorld"}
  'echo_function.py': () => ({ kind: 'return', value: { Return: 'HelloWorld' } }),
  // raise Exception("Some exception was raised.")
  'raise_exception.py': () => raise('Exception', 'Some exception was raised.', 2, 'raise Exception("Some exception was raised.")'),
  // class CustomException(Exception) whose __init__ sets only self.message: str() of it is '', which
  // the runtime reports as errorMessage
  'raise_custom_exception.py': () => raise('CustomException', '', 9, 'raise CustomException()'),
  // return b'"HelloWorld!"': the bytes are the response body as is, i.e. the JSON text of "HelloWorld!"
  'return_bytes_str.py': () => ({ kind: 'return', value: 'HelloWorld!' }),
  // returns 257 KiB of "a" (as UTF-8 bytes): a result over the 256 KiB payload limit
  'large_output_string.py': () => ({ kind: 'return', value: 'a'.repeat(257 * 1024) }),
  // return f"input-event-{event}": str() of the event, i.e. Python's repr for containers
  'return_decorated_input.py': (event) => ({ kind: 'return', value: `input-event-${pythonStr(event)}` }),
  // time.sleep(60); return event
  'wait_60_seconds.py': (event) => ({ kind: 'delay', seconds: 60, value: event }),
};

/** `tests/…/lambdafunctions/id_function.py` → `id_function.py`. */
export function handlerFileName(handlerFile: string): string {
  return handlerFile.split('/').pop() ?? handlerFile;
}

/**
 * The Python runtime's `stackTrace` for an exception raised by a handler: one frame, in the file the
 * function was deployed as (`/var/task/handler.py`). The raise line is looked up in the recorded
 * source when there is one (line number and text as deployed), else taken from the table.
 */
export function pythonStackTrace(statement: RaiseStatement, source?: string): string[] {
  let { line, code, functionName } = statement;
  if (source !== undefined) {
    const lines = source.split('\n');
    const index = lines.findIndex((l) => l.trim() === code);
    if (index >= 0) {
      line = index + 1;
      for (let i = index; i >= 0; i--) {
        const def = /^\s*def\s+(\w+)\s*\(/.exec(lines[i] ?? '');
        if (def !== null) {
          functionName = def[1] ?? functionName;
          break;
        }
      }
    }
  }
  return [`  File "/var/task/handler.py", line ${line}, in ${functionName}\n    ${code}\n`];
}

// ---------------------------------------------------------------------------------------------
// Python's str()/repr() of a JSON value (what an f-string prints)

/** `str(value)` in Python for a value `json.loads` produced: strings as they are, the rest as repr. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

/**
 * `repr(value)` in Python for a value `json.loads` produced: `{'a': 1, 'b': [True, None]}`.
 * (JSON numbers written with a fraction but an integral value, e.g. `1.0`, are floats in Python but
 * cannot be told apart once parsed here: they print as ints. Object keys that look like array indexes
 * come first in a JS object, so their order may differ from the JSON text's.)
 */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`);
    return `{${members.join(', ')}}`;
  }
  return String(value);
}

function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  // a JSON integer is a Python int; beyond 2^53 it was most likely written as a float (1.5e20)
  if (Number.isSafeInteger(n)) return String(n);
  // float repr: the shortest round-trip digits (as JS), positional for exponents -4..15, else d.ddde±XX
  const [mantissa = '0', expText = '0'] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const text = String(n);
  return text.includes('.') ? text : `${text}.0`;
}

/** Python's str repr: single quotes unless the text has one and no double quote. */
function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

// ---------------------------------------------------------------------------------------------
// sfn-sim mocks

/** The slice of the engine the mocks are built with (loaded dynamically, see sim-engine.ts). */
export interface LambdaMockEngine {
  readonly lambdaFunction: (handler: (event: unknown, request: LambdaMockRequest) => unknown) => unknown;
  readonly LambdaFunctionError: new (errorType: string | undefined, errorMessage: string, stackTrace?: readonly string[]) => Error;
  readonly afterSeconds: (seconds: number, value: unknown) => unknown;
  readonly StatesError: new (error: string, cause: string) => Error;
}

/** What sfn-sim passes a function mock (the fields used here). */
export interface LambdaMockRequest {
  readonly stateName: string;
  readonly resource: string;
  readonly input: unknown;
  readonly invocation: number;
  readonly context: unknown;
}

/** One deployed function of a case. */
export interface DeployedFunction {
  readonly arn: string;
  readonly handlerFile: string;
  readonly behaviour: LambdaBehaviour;
  readonly source?: string;
}

export type LambdaMocksBuild =
  | { readonly ok: true; readonly mocks: Record<string, unknown>; readonly functions: readonly DeployedFunction[] }
  | { readonly ok: false; readonly reason: string };

/** The functions `meta.lambdas` lists, each with its behaviour; an unknown handler file is a reason not to run the case. */
export function deployedFunctions(c: ConformanceCase): { functions: DeployedFunction[]; unsupported: string[] } {
  const lambdas = c.meta?.['lambdas'];
  const functions: DeployedFunction[] = [];
  const unsupported: string[] = [];
  if (typeof lambdas !== 'object' || lambdas === null) return { functions, unsupported };
  for (const [arn, entry] of Object.entries(lambdas as Record<string, unknown>)) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as { handler_file?: unknown; source?: unknown };
    const handlerFile = typeof e.handler_file === 'string' ? e.handler_file : '(no handler_file)';
    const behaviour = LAMBDA_HANDLERS[handlerFileName(handlerFile)];
    if (behaviour === undefined) {
      unsupported.push(handlerFileName(handlerFile));
      continue;
    }
    functions.push({ arn, handlerFile, behaviour, ...(typeof e.source === 'string' ? { source: e.source } : {}) });
  }
  return { functions, unsupported };
}

/** `arn:…:function:name[:qualifier]`, `account:function:name`, `name[:qualifier]` → `name`. */
export function lambdaFunctionName(nameOrArn: string): string {
  const m = /function:([^:]+)/.exec(nameOrArn);
  return m !== null ? (m[1] ?? nameOrArn) : (nameOrArn.split(':')[0] ?? nameOrArn);
}

/** Every `Resource` string of a definition (nested states included). */
function resources(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) resources(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Resource' && typeof v === 'string') out.add(v);
      else resources(v, out);
    }
  }
  return out;
}

const LAMBDA_INVOKE = /^arn:[^:]+:states:::lambda:invoke$/;

/**
 * The mocks of one case: each deployed function under its ARN (as the definition writes it), and
 * under each `lambda:invoke` resource a dispatcher for the calls that name a function otherwise (by
 * name or a qualified ARN, often taken from the input): it runs the deployed function of that name,
 * or fails as AWS does for a function the test never deployed (`Lambda.ResourceNotFoundException`).
 */
export function buildLambdaMocks(c: ConformanceCase, engine: LambdaMockEngine): LambdaMocksBuild {
  const { functions, unsupported } = deployedFunctions(c);
  if (unsupported.length > 0) return { ok: false, reason: `unsupported lambda handler ${[...new Set(unsupported)].join(', ')}` };

  const invoke = (fn: DeployedFunction, event: unknown): unknown => {
    const outcome = fn.behaviour(event);
    switch (outcome.kind) {
      case 'return':
        return outcome.value;
      case 'delay':
        return engine.afterSeconds(outcome.seconds, outcome.value);
      case 'raise':
        throw new engine.LambdaFunctionError(outcome.errorType, outcome.errorMessage, pythonStackTrace(outcome.raiseStatement, fn.source));
    }
  };

  const mocks: Record<string, unknown> = {};
  for (const fn of functions) mocks[fn.arn] = engine.lambdaFunction((event) => invoke(fn, event));

  const byName = new Map(functions.map((fn) => [lambdaFunctionName(fn.arn), fn]));
  for (const resource of resources(c.definition)) {
    if (!LAMBDA_INVOKE.test(resource)) continue;
    mocks[resource] = engine.lambdaFunction((event, request) => {
      const parameters = (typeof request.input === 'object' && request.input !== null ? request.input : {}) as Record<string, unknown>;
      const name = parameters['FunctionName'];
      const fn = typeof name === 'string' ? byName.get(lambdaFunctionName(name)) : undefined;
      if (fn !== undefined) return invoke(fn, event);
      throw new engine.StatesError('Lambda.ResourceNotFoundException', functionNotFoundCause(parameters, request));
    });
  }
  return { ok: true, mocks, functions };
}

/**
 * AWS's cause for an Invoke of a function that does not exist (recorded in
 * error_handling/task_service_lambda.test_no_such_function): the function's qualified ARN, then the
 * SDK's error details.
 */
export function functionNotFoundCause(parameters: Record<string, unknown>, request: LambdaMockRequest): string {
  const name = typeof parameters['FunctionName'] === 'string' ? parameters['FunctionName'] : String(parameters['FunctionName']);
  const { partition, region, account } = executionArnParts(request.context);
  const qualifier = typeof parameters['Qualifier'] === 'string' ? parameters['Qualifier'] : null;
  const arn = name.startsWith('arn:')
    ? name
    : /^\d{12}:function:/.test(name)
      ? `arn:${partition}:lambda:${region}:${name}`
      : `arn:${partition}:lambda:${region}:${account}:function:${name}`;
  const qualified = qualifier !== null ? `${arn}:${qualifier}` : arn.split(':').length > 7 ? arn : `${arn}:$LATEST`;
  const requestId = pseudoUuid(`${request.stateName}/${request.invocation}/${name}`);
  return (
    `Function not found: ${qualified} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; ` +
    `Request ID: ${requestId}; Proxy: null)`
  );
}

/** Partition, region and account of the execution (from `$$.Execution.Id`), with AWS-like defaults. */
function executionArnParts(context: unknown): { partition: string; region: string; account: string } {
  const execution = typeof context === 'object' && context !== null ? (context as Record<string, unknown>)['Execution'] : undefined;
  const id = typeof execution === 'object' && execution !== null ? (execution as Record<string, unknown>)['Id'] : undefined;
  const parts = typeof id === 'string' ? id.split(':') : [];
  return { partition: parts[1] ?? 'aws', region: parts[3] ?? 'us-east-1', account: parts[4] ?? '123456789012' };
}

/** A UUID-shaped id derived from a text (FNV-1a), so reports are reproducible. */
function pseudoUuid(seed: string): string {
  let hex = '';
  let h = 0x811c9dc5;
  for (let round = 0; hex.length < 32; round++) {
    for (const ch of `${round}:${seed}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
