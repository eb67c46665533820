import { describe, expect, it } from 'vitest';
import { genericSubstitution } from '../../../src/asl/load/generic-substitution.js';

const fill = (name: string, field = 'Field', whole = true) => genericSubstitution({ name, location: `/${field}`, field, whole });

describe('genericSubstitution', () => {
  it('gives pseudo parameters the values of a stack in us-east-1', () => {
    expect(['AWS::Partition', 'AWS::Region', 'AWS::AccountId', 'AWS::StackName', 'AWS::URLSuffix'].map((n) => fill(n))).toEqual([
      'aws',
      'us-east-1',
      '123456789012',
      'stack',
      'amazonaws.com',
    ]);
  });

  it('gives a whole-string Resource a Lambda function ARN', () => {
    expect(fill('self:custom.charge', 'Resource')).toBe('arn:aws:lambda:us-east-1:123456789012:function:self-custom-charge');
    expect(fill('Charge', 'Resource', false)).toBe('Charge');
  });

  it('guesses the service of an ARN from its name', () => {
    expect(
      [
        'OrderStateMachineArn',
        'OrdersTopicArn',
        'snsArn',
        'DeadLetterQueueArn',
        'WorkerRoleArn',
        'OrderTable.Arn',
        'EventBusARN',
        'Fn.Arn',
      ].map((n) => fill(n)),
    ).toEqual([
      'arn:aws:states:us-east-1:123456789012:stateMachine:OrderStateMachine',
      'arn:aws:sns:us-east-1:123456789012:OrdersTopic',
      'arn:aws:sns:us-east-1:123456789012:sns',
      'arn:aws:sqs:us-east-1:123456789012:DeadLetterQueue',
      'arn:aws:iam::123456789012:role/WorkerRole',
      'arn:aws:dynamodb:us-east-1:123456789012:table/OrderTable',
      'arn:aws:events:us-east-1:123456789012:event-bus/EventBus',
      'arn:aws:lambda:us-east-1:123456789012:function:Fn',
    ]);
  });

  it('gives URLs and endpoints an https URL', () => {
    expect([fill('sqsQueueUrl'), fill('ApiEndpoint')]).toEqual(['https://example.com/sqsQueueUrl', 'https://example.com/ApiEndpoint']);
  });

  it('gives numeric fields numeric text, as CloudFormation would put a numeric string there', () => {
    expect(['Seconds', 'MaxAttempts', 'MaxConcurrency'].map((field) => fill('Whatever', field))).toEqual(['1', '1', '1']);
  });

  it('keeps a HeartbeatSeconds stand-in below the TimeoutSeconds one, as AWS requires', () => {
    expect([fill('Timeout', 'TimeoutSeconds'), fill('Heartbeat', 'HeartbeatSeconds')]).toEqual(['300', '60']);
  });

  it('gives partition, region and account placeholders a real partition, region and account', () => {
    expect(['Partition', 'AWSPartition', 'DeployRegion', 'AccountId'].map((name) => fill(name, 'Resource', false))).toEqual([
      'aws',
      'aws',
      'us-east-1',
      '123456789012',
    ]);
  });

  it('reduces any other name to letters, digits, - and _', () => {
    expect([fill('DDBTable'), fill("opt:stage, 'dev'"), fill('var.bucket[0]')]).toEqual(['DDBTable', 'opt-stage-dev', 'var-bucket-0']);
  });
});
