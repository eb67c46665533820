/** The partitions a Resource ARN may name: aws, aws-cn, aws-us-gov, the isolated aws-iso* and aws-eusc. */
const PARTITION = '(?:aws|aws-cn|aws-us-gov|aws-iso(?:-[a-z])?|aws-eusc)';
const ARN = new RegExp(`^arn:${PARTITION}:([a-z0-9-]+):([a-z0-9-]*):([^:]*):(.+)$`);
/** `<service>:<action>` or `aws-sdk:<service>:<action>`, with an optional integration pattern (§6.1). */
const INTEGRATION = /^[a-z0-9-]+(?::[A-Za-z0-9-]+)?:[A-Za-z0-9]+(?:\.(?:sync(?::2)?|waitForTaskToken))?$/;
const ACTIVITY = /^activity:[^\s:]+$/;
const LAMBDA_FUNCTION = /^function:[A-Za-z0-9_-]+(?::[A-Za-z0-9_$-]+)?$/;

/** What a Task's Resource names, as far as validation cares (ASL-REFERENCE §6.1). */
export type ResourceKind = 'integration' | 'activity' | 'lambda' | 'other';

/**
 * Classifies a Task Resource ARN, or returns `undefined` when it is not one AWS accepts.
 * ARNs of other services are let through: AWS's rule for them is not documented, and the most used
 * validator (asl-validator) accepts them.
 */
export function resourceKind(resource: string): ResourceKind | undefined {
  const match = ARN.exec(resource);
  if (match === null) return undefined;
  const [, service, , , rest] = match as unknown as [string, string, string, string, string];
  if (service === 'states') {
    if (ACTIVITY.test(rest)) return 'activity';
    return INTEGRATION.test(rest) ? 'integration' : undefined;
  }
  if (service === 'lambda') return LAMBDA_FUNCTION.test(rest) ? 'lambda' : undefined;
  return 'other';
}

/** The integration pattern a Resource ends with, if any (§6.1). */
export function integrationPattern(resource: string): '.sync' | '.waitForTaskToken' | undefined {
  if (/\.sync(?::2)?$/.test(resource)) return '.sync';
  if (resource.endsWith('.waitForTaskToken')) return '.waitForTaskToken';
  return undefined;
}
