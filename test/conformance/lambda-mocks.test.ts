// The conformance runner's Lambda mocks (scripts/conformance/lambda-mocks.ts), checked with a stand-in
// engine, without the shared corpus.
import { describe, expect, it } from 'vitest';
import { applyMetadataPlaceholders } from '../../scripts/conformance/actual-result.js';
import type { ConformanceCase } from '../../scripts/conformance/cases.js';
import {
  buildLambdaMocks,
  functionNotFoundCause,
  LAMBDA_HANDLERS,
  lambdaFunctionName,
  pythonRepr,
  pythonStackTrace,
  pythonStr,
  type LambdaMockEngine,
  type LambdaMockRequest,
} from '../../scripts/conformance/lambda-mocks.js';

const ARN = 'arn:<partition>:lambda:<region>:111111111111:function:<lambda_function_name>';
const HANDLERS = 'tests/aws/services/stepfunctions/templates';
const RAISE_SOURCE = 'def handler(event, context):\n    raise Exception("Some exception was raised.")\n';

class FakeLambdaError extends Error {
  constructor(
    readonly errorType: string | undefined,
    readonly errorMessage: string,
    readonly stackTrace: readonly string[] = [],
  ) {
    super(errorMessage);
  }
}
class FakeStatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string,
  ) {
    super(cause);
  }
}
type Handler = (event: unknown, request: LambdaMockRequest) => unknown;
const engine: LambdaMockEngine = {
  // the stand-in passes the Payload as the event, as sfn-sim does for lambda:invoke
  lambdaFunction: (handler) => (request: LambdaMockRequest) =>
    (handler as Handler)((request.input as { Payload?: unknown }).Payload ?? request.input, request),
  LambdaFunctionError: FakeLambdaError,
  afterSeconds: (seconds, value) => ({ seconds, value }),
  StatesError: FakeStatesError,
};

function lambdaCase(lambdas: Record<string, { handler_file: string; source?: string }>, definition: unknown = {}): ConformanceCase {
  return { id: 'x', definition, expected: {}, needs: ['lambda'], meta: { lambdas } };
}

function request(input: unknown, overrides: Partial<LambdaMockRequest> = {}): LambdaMockRequest {
  return {
    stateName: 'Invoke',
    resource: 'arn:<partition>:states:::lambda:invoke',
    input,
    invocation: 0,
    context: { Execution: { Id: 'arn:aws:states:eu-west-1:111111111111:execution:M:e' } },
    ...overrides,
  };
}

describe('Python str()/repr() of JSON values', () => {
  it('prints dicts, lists, constants and strings as Python does', () => {
    expect(pythonRepr({ a: 1, b: [true, false, null], c: 'it' })).toBe("{'a': 1, 'b': [True, False, None], 'c': 'it'}");
    expect(pythonRepr(["it's", 'say "hi"', 'both \' "', 'a\\b\n'])).toBe(`["it's", 'say "hi"', 'both \\' "', 'a\\\\b\\n']`);
    expect(pythonRepr([0.5, 1e-7, 1.5e20, -3])).toBe('[0.5, 1e-07, 1.5e+20, -3]');
    expect(pythonStr('plain')).toBe('plain');
    expect(pythonStr(['string-literal'])).toBe("['string-literal']");
  });
});

describe('lambda handler table', () => {
  it('re-enacts the corpus handlers', () => {
    expect(LAMBDA_HANDLERS['id_function.py']?.({ a: 1 })).toEqual({ kind: 'return', value: { a: 1 } });
    expect(LAMBDA_HANDLERS['return_bytes_str.py']?.(null)).toEqual({ kind: 'return', value: 'HelloWorld!' });
    expect(LAMBDA_HANDLERS['return_decorated_input.py']?.({ k: 'v' })).toEqual({ kind: 'return', value: "input-event-{'k': 'v'}" });
    expect(LAMBDA_HANDLERS['wait_60_seconds.py']?.(3)).toEqual({ kind: 'delay', seconds: 60, value: 3 });
    const large = LAMBDA_HANDLERS['large_output_string.py']?.(null);
    expect(large?.kind === 'return' && typeof large.value === 'string' && large.value.length).toBe(257 * 1024);
    expect(LAMBDA_HANDLERS['raise_custom_exception.py']?.(null)).toMatchObject({
      kind: 'raise',
      errorType: 'CustomException',
      errorMessage: '',
    });
  });

  it('words the Python runtime stack trace from the recorded source', () => {
    const statement = { line: 1, code: 'raise Exception("Some exception was raised.")', functionName: 'f' };
    expect(pythonStackTrace(statement, RAISE_SOURCE)).toEqual([
      '  File "/var/task/handler.py", line 2, in handler\n    raise Exception("Some exception was raised.")\n',
    ]);
    expect(pythonStackTrace(statement)).toEqual([
      '  File "/var/task/handler.py", line 1, in f\n    raise Exception("Some exception was raised.")\n',
    ]);
  });
});

describe('buildLambdaMocks', () => {
  it('reports an unknown handler file instead of building mocks', () => {
    const built = buildLambdaMocks(lambdaCase({ [ARN]: { handler_file: `${HANDLERS}/x/mystery.py` } }), engine);
    expect(built).toEqual({ ok: false, reason: 'unsupported lambda handler mystery.py' });
  });

  it('mocks each function under its ARN; errors carry the runtime stack trace', () => {
    const built = buildLambdaMocks(
      lambdaCase({ [ARN]: { handler_file: `${HANDLERS}/errorhandling/lambdafunctions/raise_exception.py`, source: RAISE_SOURCE } }),
      engine,
    );
    if (!built.ok) throw new Error(built.reason);
    const mock = built.mocks[ARN] as (r: LambdaMockRequest) => unknown;
    let thrown: unknown;
    try {
      mock(request({}, { resource: ARN }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeLambdaError);
    expect(thrown).toMatchObject({
      errorType: 'Exception',
      errorMessage: 'Some exception was raised.',
      stackTrace: ['  File "/var/task/handler.py", line 2, in handler\n    raise Exception("Some exception was raised.")\n'],
    });
  });

  it('dispatches lambda:invoke calls by function name, and fails for functions never deployed', () => {
    const invoke = 'arn:<partition>:states:::lambda:invoke';
    const definition = { StartAt: 'Invoke', States: { Invoke: { Type: 'Task', Resource: invoke, End: true } } };
    const built = buildLambdaMocks(
      lambdaCase({ [ARN.replace('<lambda_function_name>', 'fn1')]: { handler_file: `${HANDLERS}/services/id_function.py` } }, definition),
      engine,
    );
    if (!built.ok) throw new Error(built.reason);
    const dispatcher = built.mocks[invoke] as (r: LambdaMockRequest) => unknown;
    expect(dispatcher(request({ FunctionName: 'fn1', Payload: { a: 1 } }))).toEqual({ a: 1 });
    expect(dispatcher(request({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:fn1:$LATEST', Payload: 2 }))).toBe(2);
    expect(() => dispatcher(request({ FunctionName: 'nope', Payload: null }))).toThrow(FakeStatesError);
    expect(functionNotFoundCause({ FunctionName: 'no_such_fn' }, request({})).replace(/Request ID: [0-9a-f-]+/, 'Request ID: <id>')).toBe(
      'Function not found: arn:aws:lambda:eu-west-1:111111111111:function:no_such_fn:$LATEST (Service: AWSLambda; Status Code: 404; ' +
        'Error Code: ResourceNotFoundException; Request ID: <id>; Proxy: null)',
    );
    expect(lambdaFunctionName('arn:aws:lambda:r:1:function:f:prod')).toBe('f');
  });
});

describe('SDK metadata placeholders', () => {
  it('applies LocalStack literals under SdkHttpMetadata/SdkResponseMetadata where the expected value is the literal', () => {
    const expected = {
      Date: 'date',
      SdkHttpMetadata: {
        AllHttpHeaders: { Date: 'date', 'x-amzn-RequestId': ['<uuid:1>'] },
        HttpHeaders: { 'X-Amzn-Trace-Id': 'X-Amzn-Trace-Id' },
      },
      SdkResponseMetadata: { RequestId: 'RequestId' },
    };
    const actual = {
      Date: 'Wed',
      SdkHttpMetadata: { AllHttpHeaders: { Date: ['Wed'], 'x-amzn-RequestId': ['r-1'] }, HttpHeaders: { 'X-Amzn-Trace-Id': 'root=1' } },
      SdkResponseMetadata: { RequestId: 'r-1' },
    };
    expect(applyMetadataPlaceholders(expected, actual)).toEqual({
      Date: 'Wed',
      SdkHttpMetadata: {
        AllHttpHeaders: { Date: 'date', 'x-amzn-RequestId': ['r-1'] },
        HttpHeaders: { 'X-Amzn-Trace-Id': 'X-Amzn-Trace-Id' },
      },
      SdkResponseMetadata: { RequestId: 'RequestId' },
    });
    expect(actual.SdkHttpMetadata.AllHttpHeaders.Date).toEqual(['Wed']);
  });
});
