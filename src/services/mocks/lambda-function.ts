import type { Json } from '../../asl/json.js';
import type { MockRequest } from './task-mock.js';

/** An error a mocked Lambda function raises, as the Lambda runtime reports it. */
export class LambdaFunctionError extends Error {
  override readonly name = 'LambdaFunctionError';
  constructor(
    /** The runtime's `errorType` (a Python exception class, `Error` for Node…); AWS uses it as the error name. */
    readonly errorType: string | undefined,
    /** The runtime's `errorMessage`. */
    readonly errorMessage: string,
    readonly stackTrace: readonly string[] = [],
  ) {
    super(`${errorType ?? 'Lambda.Unknown'}: ${errorMessage}`);
  }
}

/** Marks a function mock as a Lambda function's code: it receives the event, and its errors are Lambda errors. */
export const LAMBDA_FUNCTION = Symbol('sfn-sim.lambda-function');

export type LambdaMock = ((request: MockRequest) => unknown) & { readonly [LAMBDA_FUNCTION]: true };

/**
 * Mocks a Lambda function by its code: `handler(event)` gets the event the function would get (the
 * `Payload` of `lambda:invoke`, or the state's effective input for a bare function ARN) and returns
 * what the function returns. A thrown `Error` becomes a Lambda error named by its `name` (or throw a
 * `LambdaFunctionError` to set errorType/errorMessage exactly); sfn-sim then words the error and its
 * cause as AWS does. Use it under the state's name, the function's name or its ARN.
 * @example
 * const mocks = {
 *   'charge-card': lambdaFunction((event) => ({ chargeId: `ch_${event.orderId}` })),
 *   Flaky: lambdaFunction(() => { throw new LambdaFunctionError('TimeoutError', 'upstream timed out'); }),
 * };
 */
export function lambdaFunction(handler: (event: Json, request: MockRequest) => unknown): LambdaMock {
  const mock = (request: MockRequest): unknown => handler(lambdaEvent(request), request);
  return Object.assign(mock, { [LAMBDA_FUNCTION]: true as const });
}

export function isLambdaMock(value: unknown): value is LambdaMock {
  return typeof value === 'function' && (value as Partial<LambdaMock>)[LAMBDA_FUNCTION] === true;
}

/**
 * The event a function receives. A bare function ARN sends the whole input. `lambda:invoke` sends
 * `Payload`: a string is sent as the request body as it is, so JSON text arrives parsed, and no
 * payload (absent or null) arrives as `{}` (recorded on AWS with a Python function).
 */
export function lambdaEvent(request: MockRequest): Json {
  if (!/^arn:[^:]+:states:::lambda:invoke/.test(request.resource)) return request.input;
  const input = request.input;
  const payload = typeof input === 'object' && input !== null && !Array.isArray(input) ? input['Payload'] : undefined;
  if (payload === undefined || payload === null) return {};
  if (typeof payload !== 'string') return payload;
  try {
    return JSON.parse(payload) as Json;
  } catch {
    return payload;
  }
}

/** The names a Lambda call can be mocked under besides its state name: the function name and ARN. */
export function lambdaKeys(resource: string, input: Json): string[] {
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(resource)) return [resource, functionName(resource)];
  if (/^arn:[^:]+:states:::lambda:invoke/.test(resource) && typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const name = input['FunctionName'];
    if (typeof name === 'string') return [name, functionName(name)];
  }
  return [];
}

/** `arn:aws:lambda:us-east-1:123:function:charge:prod` and `charge:prod` → `charge`. */
export function functionName(nameOrArn: string): string {
  const m = /function:([^:]+)/.exec(nameOrArn);
  if (m !== null) return m[1] as string;
  return nameOrArn.split(':')[0] as string;
}
