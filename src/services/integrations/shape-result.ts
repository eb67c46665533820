import type { Json } from '../../asl/json.js';
import type { TaskResource } from '../resource.js';
import type { IntegrationContext } from './context.js';
import { lambdaInvokeResult } from './lambda.js';
import { optimizedResult } from './optimized-results.js';
import { integrationTarget } from './target.js';

/**
 * The task result for a successful call, as AWS hands it to the Task state (ASL-REFERENCE §6.2, §6.5):
 * `returned` is what the service API returned (for Lambda: what the function returned).
 * - `lambda:invoke`: the Invoke response (`ExecutedVersion`, parsed `Payload`, SDK metadata, `StatusCode`);
 * - a bare Lambda ARN, `aws-sdk:*`, an activity: `returned` as is;
 * - other optimized request/response integrations: `returned` plus `SdkHttpMetadata`/`SdkResponseMetadata`
 *   (not for `events:putEvents`, recorded without them);
 * - `.waitForTaskToken`: `returned` as is (it is the SendTaskSuccess output);
 * - `.sync`/`.sync:2`: `returned` as is (the job's Describe* output; see `startExecutionResult` for nested executions).
 * @example
 * shapeServiceResult(parseTaskResource('arn:aws:states:::sqs:sendMessage'), params, { MD5OfMessageBody: '…', MessageId: '…' }, ctx)
 * // { MD5OfMessageBody, MessageId, SdkHttpMetadata: {…}, SdkResponseMetadata: { RequestId } }
 */
export function shapeServiceResult(resource: TaskResource, parameters: Json, returned: Json, ctx: IntegrationContext): Json {
  const target = integrationTarget(resource);
  if (target.family !== 'optimized' || target.pattern !== 'request-response') return returned;
  return submittedShape(resource, parameters, returned, ctx);
}

/**
 * The API response of the call that starts a `.waitForTaskToken` or `.sync` task, shaped as the
 * request/response form of the same action: the `output` of `TaskSubmitted` (ASL-REFERENCE §6.6;
 * recorded for sqs:sendMessage, sns:publish and states:startExecution).
 * @example
 * shapeSubmittedResult(parseTaskResource('arn:aws:states:::sqs:sendMessage.waitForTaskToken'), params, { MD5OfMessageBody: '…', MessageId: '…' }, ctx)
 */
export function shapeSubmittedResult(resource: TaskResource, parameters: Json, returned: Json, ctx: IntegrationContext): Json {
  const target = integrationTarget(resource);
  if (target.family !== 'optimized') return returned;
  return submittedShape(resource, parameters, returned, ctx);
}

function submittedShape(resource: TaskResource, parameters: Json, returned: Json, ctx: IntegrationContext): Json {
  const target = { ...integrationTarget(resource), pattern: 'request-response' as const };
  if (target.service === 'lambda' && target.action === 'invoke') return lambdaInvokeResult(parameters, returned, ctx);
  return optimizedResult(target, returned, ctx);
}
