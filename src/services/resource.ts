/** How a Task's `Resource` ARN decides the history events it emits (ASL-REFERENCE §6.1, §7.2). */
export type TaskResource =
  /** `arn:aws:states:::service:action[.pattern]`: Task* events with `resourceType`/`resource`. */
  | { readonly kind: 'integration'; readonly arn: string; readonly resourceType: string; readonly resource: string }
  /** A bare Lambda function ARN: LambdaFunction* events. */
  | { readonly kind: 'lambda-function'; readonly arn: string }
  /** An activity ARN: Activity* events. */
  | { readonly kind: 'activity'; readonly arn: string };

/**
 * Parses a Task resource. `arn:aws:states:::aws-sdk:dynamodb:getItem` gives resourceType
 * `aws-sdk:dynamodb` and resource `getItem`; `arn:aws:states:::lambda:invoke` gives `lambda`/`invoke`.
 */
export function parseTaskResource(arn: string): TaskResource {
  const parts = arn.split(':');
  if (parts[2] === 'lambda' && parts[5] === 'function') return { kind: 'lambda-function', arn };
  if (parts[2] === 'states' && parts[5] === 'activity') return { kind: 'activity', arn };
  if (parts[2] === 'states' && parts[3] === '' && parts[4] === '') {
    const rest = parts.slice(5);
    if (rest[0] === 'aws-sdk' && rest.length >= 3) {
      return { kind: 'integration', arn, resourceType: `aws-sdk:${rest[1]}`, resource: rest.slice(2).join(':') };
    }
    if (rest.length >= 2) return { kind: 'integration', arn, resourceType: rest[0] as string, resource: rest.slice(1).join(':') };
  }
  return { kind: 'integration', arn, resourceType: parts[2] ?? 'unknown', resource: parts.slice(3).join(':') };
}
