import { describe, expect, it } from 'vitest';
import { integrationTarget } from '../../../src/services/integrations/index.js';
import { parseTaskResource } from '../../../src/services/resource.js';

describe('integrationTarget', () => {
  it('splits service, action and pattern', () => {
    expect(integrationTarget(parseTaskResource('arn:aws:states:::states:startExecution.sync:2'))).toEqual({
      family: 'optimized',
      service: 'states',
      action: 'startExecution',
      pattern: 'sync:2',
    });
    expect(integrationTarget(parseTaskResource('arn:aws:states:::sqs:sendMessage.waitForTaskToken'))).toMatchObject({
      action: 'sendMessage',
      pattern: 'waitForTaskToken',
    });
    expect(integrationTarget(parseTaskResource('arn:aws:states:::aws-sdk:s3:listObjectsV2'))).toEqual({
      family: 'aws-sdk',
      service: 's3',
      action: 'listObjectsV2',
      pattern: 'request-response',
    });
    expect(integrationTarget(parseTaskResource('arn:aws:lambda:us-east-1:123456789012:function:f')).family).toBe('lambda-function');
  });
});
