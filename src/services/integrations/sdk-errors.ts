import { StatesError } from '../../asl/states-error.js';
import type { TaskResource } from '../resource.js';
import type { IntegrationContext } from './context.js';
import { requestIdFor, s3ExtendedRequestId } from './request-ids.js';
import { optimizedNames, sdkV2Prefix } from './sdk-prefixes.js';
import { integrationTarget } from './target.js';

/** A service API error, as the service reports it. */
export interface RaisedServiceError {
  /** The API error code: `ConditionalCheckFailedException`, `NoSuchKey`, `ResourceNotFoundException`, … */
  readonly code: string;
  readonly message: string;
  /** The HTTP status; by default the one the service uses for that code (404 for S3's `NoSuchKey`, else mostly 400). */
  readonly statusCode?: number;
}

/**
 * Appended by Step Functions' current SDK v2 client to every `aws-sdk` cause: present in the newest
 * recording (aws_sdk_task_service sendTaskFailure, Nov 2025), absent from those of 2023 to Jan 2025.
 */
const SDK_V2_ATTEMPT_SUFFIX = ' (SDK Attempt Count: 1)';

/**
 * Codes that name no modelled exception in most clients (protocol, auth, throttling and generic
 * validation errors): the client raises its base exception, e.g. DynamoDB's `ValidationException` is
 * `DynamoDB.AmazonDynamoDBException` (recorded) and `DynamoDb.DynamoDbException` through aws-sdk
 * (recorded), as is Secrets Manager's (recorded `SecretsManager.SecretsManagerException`).
 */
const GENERIC_CODES = new Set([
  'ValidationException',
  'ValidationError',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'RequestExpired',
  'ThrottlingException',
  'Throttling',
  'InternalFailure',
  'ServiceUnavailable',
  'OptInRequired',
]);

/** Services whose model does declare some of the generic codes. */
const MODELLED_GENERIC: Readonly<Record<string, readonly string[]>> = {
  states: ['ValidationException'],
  sfn: ['ValidationException'],
  ecs: ['AccessDeniedException'],
  bedrock: ['ValidationException', 'AccessDeniedException', 'ThrottlingException'],
  bedrockruntime: ['ValidationException', 'AccessDeniedException', 'ThrottlingException'],
  bedrockagent: ['ValidationException', 'AccessDeniedException', 'ThrottlingException'],
  bedrockagentruntime: ['ValidationException', 'AccessDeniedException', 'ThrottlingException'],
};

/** S3 models only these error codes; every other S3 error is the base exception (`S3.S3Exception`). */
const S3_MODELLED = new Set([
  'NoSuchKey',
  'NoSuchBucket',
  'NoSuchUpload',
  'BucketAlreadyExists',
  'BucketAlreadyOwnedByYou',
  'InvalidObjectState',
  'ObjectNotInActiveTierError',
  'ObjectAlreadyInActiveTierError',
  'EncryptionTypeMismatch',
  'InvalidRequest',
  'InvalidWriteOffset',
  'TooManyParts',
  'IdempotencyParameterMismatch',
]);

/**
 * A service exception as a Task error (ASL-REFERENCE §6.4): the error name Retry/Catch match and
 * AWS's cause text.
 * - Optimized integrations (and a bare Lambda ARN): `<Prefix>.<Code>Exception` with the SDK v1 prefix
 *   and cause `<msg> (Service: <v1 name>; Status Code: <n>; Error Code: <code>; Request ID: <id>; Proxy: null)`.
 * - `aws-sdk:*`: `<V2Prefix>.<Code>Exception` and cause
 *   `<msg> (Service: <V2Prefix>, Status Code: <n>, Request ID: <id>[, Extended Request ID: <id2>]) (SDK Attempt Count: 1)`.
 * `Exception` is appended only when the code lacks it (`S3.NoSuchKeyException`); unmodelled codes
 * become the client's base exception.
 * @example
 * serviceError(parseTaskResource('arn:aws:states:::dynamodb:putItem'), { code: 'ConditionalCheckFailedException', message: 'The conditional request failed' }, ctx)
 * // StatesError('DynamoDB.ConditionalCheckFailedException',
 * //   'The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: …; Proxy: null)')
 */
export function serviceError(resource: TaskResource, raised: RaisedServiceError, ctx: IntegrationContext): StatesError {
  const target = integrationTarget(resource);
  if (target.family === 'activity') return new StatesError(raised.code, raised.message);
  const status = raised.statusCode ?? defaultStatus(target.service, raised.code);
  if (target.family === 'aws-sdk') {
    const prefix = sdkV2Prefix(target.service);
    const modelled = target.service === 's3' ? S3_MODELLED.has(raised.code) : isModelled(target.service, raised.code);
    const name = modelled ? withExceptionSuffix(raised.code) : `${prefix}Exception`;
    const details = [`Service: ${prefix}`, `Status Code: ${status}`, `Request ID: ${requestIdFor(target.service, ctx.random)}`];
    if (target.service === 's3') details.push(`Extended Request ID: ${s3ExtendedRequestId(ctx.random)}`);
    return new StatesError(`${prefix}.${name}`, `${raised.message} (${details.join(', ')})${SDK_V2_ATTEMPT_SUFFIX}`);
  }
  const names = optimizedNames(target.service);
  const code = sqsLegacyCode(target.service, raised.code);
  // AWS SDK v1's S3 client has no modelled exceptions: every S3 error is an AmazonS3Exception
  const modelled = target.service !== 's3' && isModelled(target.service, code);
  const name = modelled ? withExceptionSuffix(code) : names.baseException;
  const details = [
    `Service: ${names.serviceName}`,
    `Status Code: ${status}`,
    `Error Code: ${raised.code}`,
    `Request ID: ${requestIdFor(target.service, ctx.random)}`,
  ];
  if (target.service === 's3') details.push(`S3 Extended Request ID: ${s3ExtendedRequestId(ctx.random)}`);
  details.push('Proxy: null');
  return new StatesError(`${names.prefix}.${name}`, `${raised.message} (${details.join('; ')})`);
}

/**
 * The exception class name for an error code: AWS appends `Exception` when the code lacks it
 * (`NoSuchKey` → `NoSuchKeyException`, `StateMachineDoesNotExist` → `StateMachineDoesNotExistException`).
 */
export function withExceptionSuffix(code: string): string {
  return code.endsWith('Exception') ? code : `${code}Exception`;
}

function isModelled(service: string, code: string): boolean {
  if (!GENERIC_CODES.has(code)) return true;
  return MODELLED_GENERIC[service]?.includes(code) ?? false;
}

/** SQS's query-protocol codes (`AWS.SimpleQueueService.NonExistentQueue`) map onto its modelled exceptions. */
function sqsLegacyCode(service: string, code: string): string {
  if (service !== 'sqs' || !code.startsWith('AWS.SimpleQueueService.')) return code;
  const rest = code.slice('AWS.SimpleQueueService.'.length);
  return rest === 'NonExistentQueue' ? 'QueueDoesNotExist' : rest;
}

/** The HTTP status a service answers an error code with, when the caller does not say. */
function defaultStatus(service: string, code: string): number {
  if (service === 's3') {
    if (code.startsWith('NoSuch') || code === 'NotFound') return 404;
    if (code === 'AccessDenied' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') return 403;
    if (code === 'BucketAlreadyExists' || code === 'BucketAlreadyOwnedByYou') return 409;
  }
  if (service === 'lambda') {
    if (code === 'ResourceNotFoundException') return 404;
    if (code === 'TooManyRequestsException') return 429;
    if (code === 'ResourceConflictException') return 409;
    if (code === 'ResourceNotReadyException') return 502;
  }
  if (service === 'sns') {
    if (code === 'NotFound') return 404;
    if (code === 'AuthorizationError') return 403;
  }
  if (/^(InternalServerError|InternalFailure|InternalError|ServiceException|InternalServerException|InternalServiceError)$/.test(code))
    return 500;
  if (code === 'ServiceUnavailable' || code === 'ServiceUnavailableException') return 503;
  return 400;
}
