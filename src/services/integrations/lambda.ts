import { isJsonObject, type Json, type JsonObject } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { TaskResource } from '../resource.js';
import type { IntegrationContext } from './context.js';
import { pythonJsonText } from './python-json.js';
import { traceId } from './request-ids.js';
import { httpDate, sdkMetadata, type HeaderList } from './sdk-metadata.js';

/**
 * The result of an optimized `lambda:invoke` (ASL-REFERENCE §6.2): the Invoke response with the
 * function's output parsed into `Payload`, plus the SDK metadata Step Functions' client adds.
 * Header names, their order and `Content-Length` follow AWS's recordings, which come from Python
 * functions: the length is that of Python's `json.dumps` text of the result.
 *
 * `InvocationType: "Event"` (202) and `"DryRun"` (204) get an empty body: `Payload` is `""` and there
 * is no `ExecutedVersion` nor `Content-Type` (the Invoke API returns no body for them; not recorded).
 * @example
 * lambdaInvokeResult({ FunctionName: 'f', Payload: {} }, 'HelloWorld!', ctx)
 * // { ExecutedVersion: '$LATEST', Payload: 'HelloWorld!', SdkHttpMetadata: {…}, SdkResponseMetadata: {…}, StatusCode: 200 }
 */
export function lambdaInvokeResult(parameters: Json, returned: Json, ctx: IntegrationContext): JsonObject {
  const requestId = ctx.random.uuid();
  const date = httpDate(ctx.now);
  const trace = traceId(ctx.now, ctx.random);
  const invocationType = isJsonObject(parameters) ? parameters['InvocationType'] : undefined;
  if (invocationType === 'Event' || invocationType === 'DryRun') {
    const status = invocationType === 'Event' ? 202 : 204;
    const headers: HeaderList = [
      ['Connection', 'keep-alive'],
      ['x-amzn-RequestId', requestId],
      ['Content-Length', '0'],
      ['Date', date],
      ['X-Amzn-Trace-Id', trace],
    ];
    return { Payload: '', ...sdkMetadata(headers, status, requestId), StatusCode: status };
  }
  const version = executedVersion(parameters);
  const body = pythonJsonText(returned);
  // AWS (recorded): AllHttpHeaders keeps this arrival order; x-amzn-Remapped-Content-Length is always "0"
  const headers: HeaderList = [
    ['X-Amz-Executed-Version', version],
    ['x-amzn-Remapped-Content-Length', '0'],
    ['Connection', 'keep-alive'],
    ['x-amzn-RequestId', requestId],
    ['Content-Length', String(Buffer.byteLength(body, 'utf8'))],
    ['Date', date],
    ['X-Amzn-Trace-Id', trace],
    ['Content-Type', 'application/json'],
  ];
  return { ExecutedVersion: version, Payload: returned, ...sdkMetadata(headers, 200, requestId), StatusCode: 200 };
}

/**
 * The version that ran: a numeric `Qualifier` (or a numeric qualifier on `FunctionName`) is reported
 * as is; no qualifier means `$LATEST`. An alias resolves to a version sfn-sim cannot know, so it also
 * reports `$LATEST`.
 */
function executedVersion(parameters: Json): string {
  if (!isJsonObject(parameters)) return '$LATEST';
  const qualifier = parameters['Qualifier'];
  if (typeof qualifier === 'string') return /^\d+$/.test(qualifier) ? qualifier : '$LATEST';
  const name = parameters['FunctionName'];
  if (typeof name !== 'string') return '$LATEST';
  const parts = name.split(':');
  // name[:qualifier] | account:function:name[:qualifier] | arn:aws:lambda:region:account:function:name[:qualifier]
  const fromName = parts[0] === 'arn' ? parts[7] : parts[1] === 'function' ? parts[3] : parts.length === 2 ? parts[1] : undefined;
  return fromName !== undefined && /^\d+$/.test(fromName) ? fromName : '$LATEST';
}

/** What a Lambda function raised, as its runtime reports it. */
export interface RaisedLambdaError {
  readonly errorType?: string;
  readonly errorMessage?: string;
  readonly stackTrace?: readonly string[];
}

/**
 * The task error for a Lambda function that raised (ASL-REFERENCE §6.3).
 * - With an `errorType`, the error name is that type and the cause is the runtime's error payload
 *   `{errorMessage, errorType, requestId, stackTrace}` as JSON text: compact for `lambda:invoke`
 *   (Step Functions re-serialises it), Python's `", "`/`": "` spacing for a bare function ARN (the
 *   runtime's own text passes through), both as recorded.
 * - Without one (timeouts, out of memory, crashes), `Lambda.Unknown` with AWS's fixed sentence and
 *   the payload Lambda returned.
 * @example
 * lambdaFunctionError(parseTaskResource('arn:aws:states:::lambda:invoke'), { errorType: 'Exception', errorMessage: 'boom' }, ctx)
 * // StatesError('Exception', '{"errorMessage":"boom","errorType":"Exception","requestId":"…","stackTrace":[]}')
 */
export function lambdaFunctionError(resource: TaskResource, raised: RaisedLambdaError, ctx: IntegrationContext): StatesError {
  const errorType = raised.errorType;
  if (errorType === undefined || errorType === '') return new StatesError('Lambda.Unknown', lambdaUnknownCause(unknownPayload(raised)));
  const payload: JsonObject = {
    errorMessage: raised.errorMessage ?? '',
    errorType,
    requestId: ctx.random.uuid(),
    stackTrace: [...(raised.stackTrace ?? [])],
  };
  const cause = resource.kind === 'lambda-function' ? pythonJsonText(payload) : JSON.stringify(payload);
  return new StatesError(errorType, cause);
}

/**
 * AWS's cause for an error payload without `errorType` (documented wording, seen verbatim in user
 * reports of Lambda timeouts).
 * @example
 * lambdaUnknownCause('{"errorMessage":"Task timed out after 3.00 seconds"}')
 */
export function lambdaUnknownCause(payloadText: string): string {
  return `The cause could not be determined because Lambda did not return an error type. Returned payload: ${payloadText}`;
}

/** The payload Lambda itself writes for a timeout or crash: compact, with only the fields it has. */
function unknownPayload(raised: RaisedLambdaError): string {
  const payload: JsonObject = {};
  if (raised.errorMessage !== undefined) payload['errorMessage'] = raised.errorMessage;
  if (raised.stackTrace !== undefined && raised.stackTrace.length > 0) payload['stackTrace'] = [...raised.stackTrace];
  return JSON.stringify(payload);
}
