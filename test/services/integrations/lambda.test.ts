import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/asl/json.js';
import { lambdaFunctionError, lambdaInvokeResult, shapeServiceResult } from '../../../src/services/integrations/index.js';
import { parseTaskResource } from '../../../src/services/resource.js';
import { context, UUID } from './helpers.js';

const invoke = parseTaskResource('arn:aws:states:::lambda:invoke');
const bareArn = parseTaskResource('arn:aws:lambda:us-east-1:123456789012:function:fn');

describe('lambda:invoke result', () => {
  // AWS (recorded: assign_reference_variables BASE_ASSIGN_FROM_LAMBDA_TASK_RESULT, lambda_task_service.test_invoke; ASL-REFERENCE §6.2)
  it('wraps the function output in the Invoke response with SDK metadata, keys and header order as recorded', () => {
    const result = shapeServiceResult(invoke, { FunctionName: 'fn', Payload: {} }, 'HelloWorld!', context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(result['ExecutedVersion']).toBe('$LATEST');
    expect(result['Payload']).toBe('HelloWorld!');
    expect(result['StatusCode']).toBe(200);
    const http = result['SdkHttpMetadata'] as JsonObject;
    expect(Object.keys(http)).toEqual(['AllHttpHeaders', 'HttpHeaders', 'HttpStatusCode']);
    expect(http['HttpStatusCode']).toBe(200);
    const all = http['AllHttpHeaders'] as JsonObject;
    expect(Object.keys(all)).toEqual([
      'X-Amz-Executed-Version',
      'x-amzn-Remapped-Content-Length',
      'Connection',
      'x-amzn-RequestId',
      'Content-Length',
      'Date',
      'X-Amzn-Trace-Id',
      'Content-Type',
    ]);
    const headers = http['HttpHeaders'] as JsonObject;
    expect(Object.keys(headers)).toEqual([
      'Connection',
      'Content-Length',
      'Content-Type',
      'Date',
      'X-Amz-Executed-Version',
      'x-amzn-Remapped-Content-Length',
      'x-amzn-RequestId',
      'X-Amzn-Trace-Id',
    ]);
    // "HelloWorld!" is 13 bytes of JSON text (recorded Content-Length 13)
    expect(all['Content-Length']).toEqual(['13']);
    expect(headers).toMatchObject({
      'Content-Length': '13',
      'Content-Type': 'application/json',
      Connection: 'keep-alive',
      'x-amzn-Remapped-Content-Length': '0',
    });
    expect(headers['Date']).toBe('Thu, 06 Nov 2025 12:35:53 GMT');
    const requestId = (result['SdkResponseMetadata'] as JsonObject)['RequestId'];
    expect(requestId).toMatch(UUID);
    expect(headers['x-amzn-RequestId']).toBe(requestId);
    expect(all['x-amzn-RequestId']).toEqual([requestId]);
    expect(headers['X-Amzn-Trace-Id']).toMatch(/^root=1-[0-9a-f]{8}-[0-9a-f]{24};sampled=0$/);
  });

  // AWS (recorded: mixed_query_language TASK_LAMBDA_SDK_RESOURCE_JSONPATH_TO_JSONATA): {"foo":"foo-1"} → 16, Python's spacing
  it("counts Content-Length on the Python runtime's JSON text", () => {
    const result = lambdaInvokeResult({ FunctionName: 'fn' }, { foo: 'foo-1' }, context()) as JsonObject;
    const headers = (result['SdkHttpMetadata'] as JsonObject)['HttpHeaders'] as JsonObject;
    expect(headers['Content-Length']).toBe('16');
  });

  it('is deterministic for a seed', () => {
    expect(lambdaInvokeResult({ FunctionName: 'fn' }, 1, context(3))).toEqual(lambdaInvokeResult({ FunctionName: 'fn' }, 1, context(3)));
    expect(lambdaInvokeResult({ FunctionName: 'fn' }, 1, context(3))).not.toEqual(
      lambdaInvokeResult({ FunctionName: 'fn' }, 1, context(4)),
    );
  });

  it('reports a numeric qualifier as ExecutedVersion', () => {
    expect((lambdaInvokeResult({ FunctionName: 'fn', Qualifier: '3' }, null, context()) as JsonObject)['ExecutedVersion']).toBe('3');
    expect(
      (lambdaInvokeResult({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:fn:7' }, null, context()) as JsonObject)[
        'ExecutedVersion'
      ],
    ).toBe('7');
    expect((lambdaInvokeResult({ FunctionName: 'fn:live' }, null, context()) as JsonObject)['ExecutedVersion']).toBe('$LATEST');
  });

  // ASL-REFERENCE §6.2: StatusCode 202 for Event, 204 for DryRun; the Invoke API returns no body for them
  it('answers an Event invocation with 202 and an empty Payload', () => {
    const result = lambdaInvokeResult({ FunctionName: 'fn', InvocationType: 'Event' }, null, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(result['StatusCode']).toBe(202);
    expect(result['Payload']).toBe('');
    expect((result['SdkHttpMetadata'] as JsonObject)['HttpStatusCode']).toBe(202);
    expect((lambdaInvokeResult({ FunctionName: 'fn', InvocationType: 'DryRun' }, null, context()) as JsonObject)['StatusCode']).toBe(204);
  });

  it('returns a bare Lambda ARN result and a callback result as is', () => {
    expect(shapeServiceResult(bareArn, {}, { a: 1 }, context())).toEqual({ a: 1 });
    expect(shapeServiceResult(parseTaskResource('arn:aws:states:::lambda:invoke.waitForTaskToken'), {}, { ok: true }, context())).toEqual({
      ok: true,
    });
  });
});

describe('Lambda function errors', () => {
  const raised = {
    errorType: 'Exception',
    errorMessage: 'Some exception was raised.',
    stackTrace: ['  File "/var/task/handler.py", line 2, in handler\n    raise Exception("Some exception was raised.")\n'],
  };

  // AWS (recorded: error_output TASK_CATCH_ERROR_OUTPUT, lambda:invoke): compact cause, keys in this order
  it('names the error after errorType with a compact JSON cause for lambda:invoke', () => {
    const error = lambdaFunctionError(invoke, raised, context());
    expect(error.error).toBe('Exception');
    const id = JSON.parse(error.causeText ?? '').requestId as string;
    expect(id).toMatch(UUID);
    expect(error.causeText).toBe(
      `{"errorMessage":"Some exception was raised.","errorType":"Exception","requestId":"${id}","stackTrace":["  File \\"/var/task/handler.py\\", line 2, in handler\\n    raise Exception(\\"Some exception was raised.\\")\\n"]}`,
    );
  });

  // AWS (recorded: task_lambda.test_raise_exception_catch, base_scenarios lambda_invoke_with_retry_base: bare ARN)
  it('keeps the runtime\'s ", " / ": " spacing for a bare Lambda ARN', () => {
    const error = lambdaFunctionError(bareArn, raised, context());
    const id = JSON.parse(error.causeText ?? '').requestId as string;
    expect(error.causeText).toBe(
      `{"errorMessage": "Some exception was raised.", "errorType": "Exception", "requestId": "${id}", "stackTrace": ["  File \\"/var/task/handler.py\\", line 2, in handler\\n    raise Exception(\\"Some exception was raised.\\")\\n"]}`,
    );
  });

  // AWS (recorded: task_service_lambda.test_raise_custom_exception): `raise CustomException()` has an empty message
  it('writes an empty errorMessage when the function gave none', () => {
    const error = lambdaFunctionError(invoke, { errorType: 'CustomException' }, context());
    expect(error.error).toBe('CustomException');
    expect(JSON.parse(error.causeText ?? '')).toMatchObject({ errorMessage: '', errorType: 'CustomException', stackTrace: [] });
  });

  // ASL-REFERENCE §6.3; wording as in aws-samples/amazon-textract-idp-cdk-constructs#80
  it("is Lambda.Unknown with AWS's sentence when the payload has no errorType", () => {
    const error = lambdaFunctionError(
      invoke,
      { errorMessage: '2023-06-12T19:54:02.822Z 0f6ddd4e Task timed out after 3.01 seconds' },
      context(),
    );
    expect(error.error).toBe('Lambda.Unknown');
    expect(error.causeText).toMatchInlineSnapshot(
      `"The cause could not be determined because Lambda did not return an error type. Returned payload: {"errorMessage":"2023-06-12T19:54:02.822Z 0f6ddd4e Task timed out after 3.01 seconds"}"`,
    );
  });
});
