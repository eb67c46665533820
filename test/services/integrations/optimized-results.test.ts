import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../src/asl/json.js';
import { serviceResultError, shapeServiceResult, shapeSubmittedResult } from '../../../src/services/integrations/index.js';
import { crc32 } from '../../../src/services/integrations/crc32.js';
import { parseTaskResource } from '../../../src/services/resource.js';
import { context, UUID } from './helpers.js';

const resource = (arn: string) => parseTaskResource(`arn:aws:states:::${arn}`);
const headersOf = (result: JsonObject) => (result['SdkHttpMetadata'] as JsonObject)['HttpHeaders'] as JsonObject;
const allHeadersOf = (result: JsonObject) => (result['SdkHttpMetadata'] as JsonObject)['AllHttpHeaders'] as JsonObject;

describe('optimized request/response results', () => {
  // AWS (recorded: services/dynamodb_task_service DYNAMODB_PUT_GET_ITEM)
  it('adds DynamoDB metadata: its header set, CRC32 and body length', () => {
    const item = { Item: { data: { S: 'HelloWorld' }, id: { S: 'id1' } } };
    const result = shapeServiceResult(resource('dynamodb:getItem'), {}, item, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['Item', 'SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(Object.keys(allHeadersOf(result))).toEqual([
      'Server',
      'Connection',
      'x-amzn-RequestId',
      'x-amz-crc32',
      'Content-Length',
      'Date',
      'Content-Type',
    ]);
    expect(Object.keys(headersOf(result))).toEqual([
      'Connection',
      'Content-Length',
      'Content-Type',
      'Date',
      'Server',
      'x-amz-crc32',
      'x-amzn-RequestId',
    ]);
    expect(headersOf(result)).toMatchObject({ 'Content-Length': '53', 'Content-Type': 'application/x-amz-json-1.0', Server: 'Server' });
    expect(headersOf(result)['x-amz-crc32']).toBe(String(crc32(JSON.stringify(item))));
    expect((result['SdkResponseMetadata'] as JsonObject)['RequestId']).toMatch(/^[0-9A-V]{52}$/);
  });

  // AWS (recorded: dynamodb_task_service DYNAMODB_PUT_DELETE_ITEM): putItem returns {} → metadata only
  it('gives an empty DynamoDB answer metadata only', () => {
    const result = shapeServiceResult(resource('dynamodb:putItem'), {}, {}, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(headersOf(result)['Content-Length']).toBe('2');
  });

  // AWS (recorded: services/sqs_task_service.test_send_message_attributes): body {MD5…, MessageId} is 106 bytes
  it('adds SQS metadata and sorts the top-level keys', () => {
    const sent = { MessageId: '0e9a5c2e-3c8a-4b8e-9d8a-1e6f0c7b2a41', MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592' };
    const result = shapeServiceResult(resource('sqs:sendMessage'), {}, sent, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['MD5OfMessageBody', 'MessageId', 'SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(Object.keys(allHeadersOf(result))).toEqual(['x-amzn-RequestId', 'connection', 'Content-Length', 'Date', 'Content-Type']);
    expect(Object.keys(headersOf(result))).toEqual(['connection', 'Content-Length', 'Content-Type', 'Date', 'x-amzn-RequestId']);
    expect(headersOf(result)).toMatchObject({ 'Content-Length': '106', 'Content-Type': 'application/x-amz-json-1.0' });
    expect((result['SdkResponseMetadata'] as JsonObject)['RequestId']).toMatch(UUID);
  });

  // AWS (recorded: services/sns_task_service.test_publish_base): XML body of 294 bytes, text/xml
  it('adds SNS metadata measured on the XML answer', () => {
    const result = shapeServiceResult(
      resource('sns:publish'),
      {},
      { MessageId: '567910cd-659e-55d4-8ccb-5aaf14679dc0' },
      context(),
    ) as JsonObject;
    expect(Object.keys(result)).toEqual(['MessageId', 'SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(headersOf(result)).toMatchObject({ 'Content-Length': '294', 'Content-Type': 'text/xml' });
  });

  // AWS (recorded: services/events_task_service.test_put_events_base)
  it('hands events:putEvents over without metadata', () => {
    const answer = { Entries: [{ EventId: '1' }], FailedEntryCount: 0 };
    expect(shapeServiceResult(resource('events:putEvents'), {}, answer, context())).toEqual(answer);
    expect(serviceResultError(resource('events:putEvents'), answer)).toBeUndefined();
  });

  // AWS (recorded: services/events_task_service.test_put_events_malformed_detail)
  it('fails events:putEvents with failed entries as EventBridge.FailedEntry', () => {
    const answer = { Entries: [{ ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' }], FailedEntryCount: 1 };
    const error = serviceResultError(resource('events:putEvents'), answer);
    expect(error?.error).toBe('EventBridge.FailedEntry');
    expect(error?.causeText).toBe(
      '{"Entries":[{"ErrorCode":"MalformedDetail","ErrorMessage":"Detail is malformed."}],"FailedEntryCount":1}',
    );
  });

  it('leaves a result that already has SDK metadata alone', () => {
    const full = { MessageId: 'x', SdkHttpMetadata: {}, SdkResponseMetadata: {} };
    expect(shapeServiceResult(resource('sqs:sendMessage'), {}, full, context())).toBe(full);
  });

  // AWS (recorded: services/aws_sdk_task_service.*): aws-sdk results are the plain API response
  it('returns aws-sdk results as is', () => {
    const got = { Item: { id: { S: 'id1' }, data: { S: 'HelloWorld' } } };
    expect(shapeServiceResult(resource('aws-sdk:dynamodb:getItem'), {}, got, context())).toEqual(got);
  });

  // AWS (recorded: callback.test_multiple_executions_and_heartbeat_notifications, test_sns_publish_wait_for_task_token)
  it('returns the SendTaskSuccess output of a callback task as is, and shapes its submission', () => {
    const sqs = resource('sqs:sendMessage.waitForTaskToken');
    expect(shapeServiceResult(sqs, {}, { Message: 'txt' }, context())).toEqual({ Message: 'txt' });
    const submitted = shapeSubmittedResult(sqs, {}, { MD5OfMessageBody: 'm', MessageId: 'id' }, context()) as JsonObject;
    expect(Object.keys(submitted)).toEqual(['MD5OfMessageBody', 'MessageId', 'SdkHttpMetadata', 'SdkResponseMetadata']);
  });

  it('uses the x-amz-json-1.1 protocol for other JSON services', () => {
    const result = shapeServiceResult(resource('glue:startJobRun'), {}, { JobRunId: 'jr_1' }, context()) as JsonObject;
    expect(Object.keys(result)).toEqual(['JobRunId', 'SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(headersOf(result)['Content-Type']).toBe('application/x-amz-json-1.1');
  });
});
