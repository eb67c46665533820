import { isJsonObject, type Json, type JsonObject } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { TaskResource } from '../resource.js';
import type { IntegrationContext } from './context.js';
import { crc32 } from './crc32.js';
import { requestIdFor } from './request-ids.js';
import { httpDate, sdkMetadata, sortedKeys, type HeaderList } from './sdk-metadata.js';
import { integrationTarget, type IntegrationTarget } from './target.js';

/** Optimized integrations whose result Step Functions hands over without SDK metadata. */
const WITHOUT_METADATA = new Set([
  // AWS (recorded, events_task_service): putEvents gives only {Entries, FailedEntryCount}
  'events',
  // HTTP-style integrations build their own result ({ResponseBody, Headers, StatusCode, …})
  'apigateway',
  'http',
]);

/** Content types of the services' wire protocols (JSON 1.0: DynamoDB, SQS, Step Functions; REST-JSON: Batch, EKS, …). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  dynamodb: 'application/x-amz-json-1.0',
  sqs: 'application/x-amz-json-1.0',
  states: 'application/x-amz-json-1.0',
  sns: 'text/xml',
  batch: 'application/json',
  eks: 'application/json',
  mediaconvert: 'application/json',
  'emr-containers': 'application/json',
  'emr-serverless': 'application/json',
  bedrock: 'application/json',
};

/**
 * An optimized request/response result (ASL-REFERENCE §6.5): the API response plus `SdkHttpMetadata`
 * and `SdkResponseMetadata`, top-level keys sorted as every recorded result has them. The headers
 * follow each service's recorded set and order; `Content-Length` is the length of the body the service
 * would have sent (JSON for DynamoDB/SQS/Step Functions, the Query-protocol XML for SNS). A result that
 * already carries `SdkHttpMetadata` (a mock giving the full response) is returned unchanged.
 * @example
 * optimizedResult(integrationTarget(parseTaskResource('arn:aws:states:::dynamodb:getItem')), { Item: { id: { S: '1' } } }, ctx)
 * // { Item: {…}, SdkHttpMetadata: { AllHttpHeaders: { Server: ['Server'], … }, … }, SdkResponseMetadata: { RequestId: '…' } }
 */
export function optimizedResult(target: IntegrationTarget, returned: Json, ctx: IntegrationContext): Json {
  if (WITHOUT_METADATA.has(target.service) || !isJsonObject(returned) || 'SdkHttpMetadata' in returned) return returned;
  const requestId = requestIdFor(target.service, ctx.random);
  const date = httpDate(ctx.now);
  const contentType = CONTENT_TYPES[target.service] ?? 'application/x-amz-json-1.1';
  let headers: HeaderList;
  if (target.service === 'dynamodb') {
    const body = JSON.stringify(returned);
    // AWS (recorded, dynamodb_task_service): DynamoDB's own header set, "Server: Server" included
    headers = [
      ['Server', 'Server'],
      ['Connection', 'keep-alive'],
      ['x-amzn-RequestId', requestId],
      ['x-amz-crc32', String(crc32(body))],
      ['Content-Length', byteLength(body)],
      ['Date', date],
      ['Content-Type', contentType],
    ];
  } else {
    const body = target.service === 'sns' ? snsXmlBody(target.action, returned, requestId) : wireJson(target, returned);
    // AWS (recorded, sqs/sns/sfn task services): lower-case "connection", request id first
    headers = [
      ['x-amzn-RequestId', requestId],
      ['connection', 'keep-alive'],
      ['Content-Length', byteLength(body)],
      ['Date', date],
      ['Content-Type', contentType],
    ];
  }
  return sortedKeys({ ...returned, ...sdkMetadata(headers, 200, requestId) });
}

/**
 * The error a successful call still turns into: `events:putEvents` with failed entries fails the task
 * with `EventBridge.FailedEntry` and the response as cause (recorded, events_task_service
 * malformed_detail). `undefined` when the result stands.
 * @example
 * serviceResultError(parseTaskResource('arn:aws:states:::events:putEvents'), { Entries: [{ ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' }], FailedEntryCount: 1 })
 * // StatesError('EventBridge.FailedEntry', '{"Entries":[…],"FailedEntryCount":1}')
 */
export function serviceResultError(resource: TaskResource, returned: Json): StatesError | undefined {
  const target = integrationTarget(resource);
  if (target.family !== 'optimized' || target.service !== 'events' || target.action !== 'putEvents') return undefined;
  if (!isJsonObject(returned)) return undefined;
  const failed = returned['FailedEntryCount'];
  return typeof failed === 'number' && failed > 0 ? new StatesError('EventBridge.FailedEntry', JSON.stringify(returned)) : undefined;
}

function byteLength(text: string): string {
  return String(Buffer.byteLength(text, 'utf8'));
}

/** The JSON body on the wire; StartExecution's uses camelCase and epoch seconds (`1.699275353123E9`). */
function wireJson(target: IntegrationTarget, returned: JsonObject): string {
  const arn = returned['ExecutionArn'];
  const start = returned['StartDate'];
  if (target.service === 'states' && target.action === 'startExecution' && typeof arn === 'string' && typeof start === 'number') {
    return JSON.stringify({ executionArn: arn }).slice(0, -1) + `,"startDate":${javaEpochSeconds(start)}}`;
  }
  return JSON.stringify(returned);
}

/** Epoch milliseconds as Java prints the double seconds value (`1.699275353E9`). */
function javaEpochSeconds(ms: number): string {
  return (ms / 1000).toExponential().replace('e+', 'E');
}

/** SNS answers in Query-protocol XML; `Content-Length` 294 for a plain publish is recorded. */
function snsXmlBody(action: string, returned: JsonObject, requestId: string): string {
  const name = action.charAt(0).toUpperCase() + action.slice(1);
  const members = Object.keys(returned)
    .map((key) => {
      const value = returned[key] as Json;
      return `    <${key}>${xmlEscape(typeof value === 'string' ? value : JSON.stringify(value))}</${key}>\n`;
    })
    .join('');
  return (
    `<${name}Response xmlns="http://sns.amazonaws.com/doc/2010-03-31/">\n` +
    `  <${name}Result>\n${members}  </${name}Result>\n` +
    `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n` +
    `</${name}Response>\n`
  );
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
