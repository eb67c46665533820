import type { TaskResource } from '../resource.js';

/** How Step Functions talks to the service behind a Task resource (ASL-REFERENCE §6.1). */
export type IntegrationFamily =
  /** `arn:aws:states:::<service>:<action>`: Step Functions' own client (SDK v1 shapes and error names). */
  | 'optimized'
  /** `arn:aws:states:::aws-sdk:<service>:<action>`: the generic SDK v2 integration. */
  | 'aws-sdk'
  /** A bare Lambda function ARN. */
  | 'lambda-function'
  /** An activity ARN. */
  | 'activity';

/** The integration pattern a resource's suffix selects (ASL-REFERENCE §6.1). */
export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

/** A Task resource taken apart: which service, which API action, which pattern. */
export interface IntegrationTarget {
  readonly family: IntegrationFamily;
  /** The service id as written in the ARN (`dynamodb`, `sqs`, `states`, `s3`, …); `lambda` for a bare function ARN. */
  readonly service: string;
  /** The API action without the pattern suffix (`putItem`, `startExecution`); `invoke` for a bare function ARN. */
  readonly action: string;
  readonly pattern: IntegrationPattern;
}

/**
 * Splits a parsed Task resource into service, action and pattern.
 * @example
 * integrationTarget(parseTaskResource('arn:aws:states:::states:startExecution.sync:2'))
 * // { family: 'optimized', service: 'states', action: 'startExecution', pattern: 'sync:2' }
 */
export function integrationTarget(resource: TaskResource): IntegrationTarget {
  switch (resource.kind) {
    case 'lambda-function':
      return { family: 'lambda-function', service: 'lambda', action: 'invoke', pattern: 'request-response' };
    case 'activity':
      return { family: 'activity', service: 'states', action: 'activity', pattern: 'waitForTaskToken' };
    case 'integration': {
      const sdk = resource.resourceType.startsWith('aws-sdk:');
      const service = sdk ? resource.resourceType.slice('aws-sdk:'.length) : resource.resourceType;
      const { action, pattern } = splitPattern(resource.resource);
      return { family: sdk ? 'aws-sdk' : 'optimized', service, action, pattern };
    }
    default:
      return assertNever(resource);
  }
}

function splitPattern(resource: string): { action: string; pattern: IntegrationPattern } {
  const suffixes: ReadonlyArray<[string, IntegrationPattern]> = [
    ['.sync:2', 'sync:2'],
    ['.sync', 'sync'],
    ['.waitForTaskToken', 'waitForTaskToken'],
  ];
  for (const [suffix, pattern] of suffixes) {
    if (resource.endsWith(suffix)) return { action: resource.slice(0, -suffix.length), pattern };
  }
  return { action: resource, pattern: 'request-response' };
}

function assertNever(value: never): never {
  throw new TypeError(`unexpected task resource ${JSON.stringify(value)}`);
}
