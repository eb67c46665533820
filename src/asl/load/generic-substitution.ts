import type { Placeholder } from './substitutions.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

/** CloudFormation's pseudo parameters, with the values of a made-up stack in us-east-1. */
const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::StackName': 'stack',
  'AWS::StackId': `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/stack/00000000-0000-0000-0000-000000000000`,
  'AWS::URLSuffix': 'amazonaws.com',
};

/**
 * Fields AWS reads as numbers. CloudFormation substitutes text inside a JSON string, so a whole
 * `"${Timeout}"` there yields the string `"1"`, not the number 1: the same is done here.
 */
const NUMERIC_FIELDS = new Set([
  'Seconds',
  'TimeoutSeconds',
  'HeartbeatSeconds',
  'MaxConcurrency',
  'MaxAttempts',
  'IntervalSeconds',
  'MaxItemsPerBatch',
  'ToleratedFailureCount',
  'MaxItems',
]);

/**
 * A plausible value for any placeholder, to load a real-world definition without its stack:
 * pseudo parameters (and names ending in Partition, Region or AccountId) get a us-east-1 account's
 * values, a whole-string `Resource` gets a Lambda ARN,
 * names ending in `Arn` get an ARN of the service the name suggests, `Url`/`Endpoint` names get an
 * https URL, numeric fields get `"1"` (TimeoutSeconds `"300"`, HeartbeatSeconds `"60"`), and anything else gets the name reduced to letters, digits,
 * `-` and `_`.
 *
 * @example
 * ```ts
 * const loaded = await loadDefinitionFile('template.yaml', { substitutions: genericSubstitution });
 * genericSubstitution({ name: 'OrdersTopicArn', location: '/States/Notify/Parameters/TopicArn', field: 'TopicArn', whole: true });
 * // 'arn:aws:sns:us-east-1:123456789012:OrdersTopic'
 * ```
 */
export function genericSubstitution(placeholder: Placeholder): string {
  const { name, field, whole } = placeholder;
  const pseudo = Object.prototype.hasOwnProperty.call(PSEUDO_PARAMETERS, name) ? PSEUDO_PARAMETERS[name] : undefined;
  if (pseudo !== undefined) return pseudo;
  // Stacks often pass their own partition, region and account (`arn:${Partition}:states:::…`)
  if (/partition$/i.test(name)) return 'aws';
  if (/region$/i.test(name)) return REGION;
  if (/account(id)?$/i.test(name)) return ACCOUNT;
  if (whole && field === 'Resource') return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${sanitize(name)}`;
  if (/(Arn|ARN)$/.test(name) || name.includes('.Arn')) return arnFor(name);
  if (/(Url|URL|Endpoint)$/.test(name)) return `https://example.com/${sanitize(name)}`;
  // distinct values keep HeartbeatSeconds below TimeoutSeconds, as AWS requires
  if (field === 'TimeoutSeconds') return '300';
  if (field === 'HeartbeatSeconds') return '60';
  if (NUMERIC_FIELDS.has(field)) return '1';
  return sanitize(name);
}

/** An ARN of the service the name hints at (`OrdersTopicArn` -> SNS), a Lambda function otherwise. */
function arnFor(name: string): string {
  const base = sanitize(name.replace(/\.Arn$/, '').replace(/(Arn|ARN)$/, '')) || 'resource';
  const hint = name.toLowerCase();
  if (hint.includes('statemachine') || hint.includes('state-machine') || hint.includes('workflow')) {
    return `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${base}`;
  }
  if (hint.includes('topic') || hint.includes('sns')) return `arn:aws:sns:${REGION}:${ACCOUNT}:${base}`;
  if (hint.includes('queue') || hint.includes('sqs')) return `arn:aws:sqs:${REGION}:${ACCOUNT}:${base}`;
  if (hint.includes('role')) return `arn:aws:iam::${ACCOUNT}:role/${base}`;
  if (hint.includes('table')) return `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${base}`;
  if (hint.includes('bus')) return `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${base}`;
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${base}`;
}

/** Letters, digits, `-` and `_` only: what every AWS resource name accepts. */
function sanitize(name: string): string {
  return name
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
