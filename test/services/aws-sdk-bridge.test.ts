import {
  ConditionalCheckFailedException,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient, ResourceNotFoundException as LambdaResourceNotFound } from '@aws-sdk/client-lambda';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Json } from '../../src/asl/json.js';
import { AwsSdkPackageMissingError, callAwsSdk, sdkPackageName, type AwsSdkBridgeOptions } from '../../src/services/aws-sdk-bridge.js';
import { sdkOutputToJson } from '../../src/services/aws-sdk/sdk-values.js';
import { integrationTarget, shapeServiceResult } from '../../src/services/integrations/index.js';
import type { TaskAnswer } from '../../src/services/mocks/task-mock.js';
import { parseTaskResource } from '../../src/services/resource.js';
import { context } from './integrations/helpers.js';

const ddb = mockClient(DynamoDBClient);
const sqs = mockClient(SQSClient);
const lambda = mockClient(LambdaClient);
beforeEach(() => {
  ddb.reset();
  sqs.reset();
  lambda.reset();
});
afterAll(() => {
  ddb.restore();
  sqs.restore();
  lambda.restore();
});

const options: AwsSdkBridgeOptions = { region: 'us-east-1' };
const KEY = { TableName: 't', Key: { id: { S: '1' } } };

function call(arn: string, parameters: Json, opts: AwsSdkBridgeOptions = options): Promise<TaskAnswer> {
  const answer = callAwsSdk(parseTaskResource(arn), parameters, opts, context());
  if (answer === undefined) throw new Error(`${arn} was not routed to the SDK`);
  return answer;
}

/** Request ids are random; only their place in the cause is specified. */
function failure(answer: TaskAnswer): { error: string | null; cause: string } {
  if (answer.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(answer.value)}`);
  return { error: answer.error.error, cause: (answer.error.causeText ?? '').replace(/Request ID: [^,;)]+/, 'Request ID: <id>') };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('which resources go to the SDK', () => {
  it.each([
    'arn:aws:states:::states:startExecution.sync',
    'arn:aws:states:::states:startExecution.sync:2',
    'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    'arn:aws:states:::aws-sdk:ecs:runTask.waitForTaskToken',
    'arn:aws:states:us-east-1:123456789012:activity:work',
    'arn:aws:states:::apigateway:invoke',
    'arn:aws:states:::http:invoke',
    'arn:aws:states:::eks:call',
  ])('leaves %s to sfn-sim (undefined)', (arn) => {
    expect(callAwsSdk(parseTaskResource(arn), {}, options, context())).toBeUndefined();
  });

  it.each([
    ['arn:aws:states:::aws-sdk:dynamodb:getItem', '@aws-sdk/client-dynamodb'],
    ['arn:aws:states:::dynamodb:getItem', '@aws-sdk/client-dynamodb'],
    ['arn:aws:states:::sqs:sendMessage', '@aws-sdk/client-sqs'],
    ['arn:aws:states:::sns:publish', '@aws-sdk/client-sns'],
    ['arn:aws:states:::aws-sdk:s3:getObject', '@aws-sdk/client-s3'],
    ['arn:aws:states:::states:startExecution', '@aws-sdk/client-sfn'],
    ['arn:aws:states:::aws-sdk:sfn:startExecution', '@aws-sdk/client-sfn'],
    ['arn:aws:states:::events:putEvents', '@aws-sdk/client-eventbridge'],
    ['arn:aws:states:::aws-sdk:eventbridge:putEvents', '@aws-sdk/client-eventbridge'],
    ['arn:aws:states:::lambda:invoke', '@aws-sdk/client-lambda'],
    ['arn:aws:lambda:us-east-1:123456789012:function:f', '@aws-sdk/client-lambda'],
    ['arn:aws:states:::aws-sdk:secretsmanager:getSecretValue', '@aws-sdk/client-secretsmanager'],
    ['arn:aws:states:::aws-sdk:cloudwatchlogs:putLogEvents', '@aws-sdk/client-cloudwatch-logs'],
    ['arn:aws:states:::aws-sdk:bedrockruntime:invokeModel', '@aws-sdk/client-bedrock-runtime'],
    ['arn:aws:states:::bedrock:invokeModel', '@aws-sdk/client-bedrock-runtime'],
    ['arn:aws:states:::elasticmapreduce:addStep', '@aws-sdk/client-emr'],
  ])('calls %s with %s', (arn, packageName) => {
    expect(sdkPackageName(integrationTarget(parseTaskResource(arn)))).toBe(packageName);
  });
});

describe('DynamoDB', () => {
  it('resolves aws-sdk:dynamodb:getItem to the command output, without $metadata', async () => {
    ddb.on(GetItemCommand, { TableName: 't' }).resolves({ Item: { id: { S: '1' } }, $metadata: { httpStatusCode: 200 } });
    const answer = await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY);
    expect(answer).toEqual({ kind: 'result', value: { Item: { id: { S: '1' } } }, wrap: true, afterSeconds: 0 });
    expect(ddb.commandCalls(GetItemCommand)[0]?.args[0].input).toEqual(KEY);
  });

  it('resolves optimized dynamodb:getItem to the Item, which sfn-sim then wraps with SDK metadata', async () => {
    ddb.on(GetItemCommand, { TableName: 't' }).resolves({ Item: { id: { S: '1' } } });
    const resource = parseTaskResource('arn:aws:states:::dynamodb:getItem');
    const answer = await callAwsSdk(resource, KEY, options, context());
    expect(answer).toMatchObject({ kind: 'result', value: { Item: { id: { S: '1' } } }, wrap: true });
    const shaped = shapeServiceResult(resource, KEY, answer?.kind === 'result' ? answer.value : null, context());
    expect(Object.keys(shaped as object)).toEqual(['Item', 'SdkHttpMetadata', 'SdkResponseMetadata']);
  });

  it('fails aws-sdk:dynamodb with DynamoDb.<Exception> and the SDK v2 cause', async () => {
    ddb
      .on(PutItemCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400 } }));
    expect(failure(await call('arn:aws:states:::aws-sdk:dynamodb:putItem', { TableName: 't', Item: {} }))).toMatchInlineSnapshot(`
      {
        "cause": "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: <id>) (SDK Attempt Count: 1)",
        "error": "DynamoDb.ConditionalCheckFailedException",
      }
    `);
  });

  it('fails optimized dynamodb with DynamoDB.<Exception> and the SDK v1 cause', async () => {
    ddb
      .on(PutItemCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400 } }));
    expect(failure(await call('arn:aws:states:::dynamodb:putItem', { TableName: 't', Item: {} }))).toMatchInlineSnapshot(`
      {
        "cause": "The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: <id>; Proxy: null)",
        "error": "DynamoDB.ConditionalCheckFailedException",
      }
    `);
  });

  it("takes the status code from the exception's $metadata", async () => {
    ddb
      .on(GetItemCommand)
      .rejects(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: { httpStatusCode: 418 } }));
    expect(failure(await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY)).cause).toContain('Status Code: 418');
  });

  it('treats a named error without $metadata as a service error (the aws-sdk-client-mock README style)', async () => {
    const throttled = new Error('Rate exceeded');
    throttled.name = 'ThrottlingException';
    ddb.on(GetItemCommand).rejects(throttled);
    expect(failure(await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY)).error).toBe('DynamoDb.DynamoDbException');
  });

  it('reports an error raised before any response as <Prefix>.SdkClientException', async () => {
    ddb.on(GetItemCommand).rejects('connect ECONNREFUSED 127.0.0.1:8000');
    expect(failure(await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY))).toEqual({
      error: 'DynamoDb.SdkClientException',
      cause: 'connect ECONNREFUSED 127.0.0.1:8000',
    });
    expect(failure(await call('arn:aws:states:::dynamodb:getItem', KEY)).error).toBe('DynamoDB.SdkClientException');
  });

  it('rejects an action the package has no command for, naming the command it looked for', async () => {
    await expect(call('arn:aws:states:::aws-sdk:dynamodb:getItm', KEY)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: @aws-sdk/client-dynamodb has no command for action "getItm" (looked for GetItmCommand) in Resource arn:aws:states:::aws-sdk:dynamodb:getItm; check the action name: AWS writes it as the API operation in camelCase, e.g. getItem]`,
    );
  });
});

describe('SQS', () => {
  it('sends optimized sqs:sendMessage with a JSON MessageBody serialised, as Step Functions does', async () => {
    sqs.on(SendMessageCommand).resolves({ MD5OfMessageBody: 'abc', MessageId: 'm-1' });
    const answer = await call('arn:aws:states:::sqs:sendMessage', { QueueUrl: 'https://q', MessageBody: { orderId: 7 } });
    expect(answer).toMatchObject({ kind: 'result', value: { MD5OfMessageBody: 'abc', MessageId: 'm-1' }, wrap: true });
    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input).toEqual({ QueueUrl: 'https://q', MessageBody: '{"orderId":7}' });
  });

  it('passes aws-sdk:sqs:sendMessage parameters through unchanged', async () => {
    sqs.on(SendMessageCommand, { MessageBody: 'hello' }).resolves({ MessageId: 'm-2' });
    const parameters = { QueueUrl: 'https://q', MessageBody: 'hello', DelaySeconds: 5 };
    expect(await call('arn:aws:states:::aws-sdk:sqs:sendMessage', parameters)).toMatchObject({ value: { MessageId: 'm-2' } });
    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input).toEqual(parameters);
  });
});

describe('Lambda', () => {
  const FN = 'arn:aws:lambda:us-east-1:123456789012:function:greet';
  /** The bridge sends bytes; the SDK's input type also admits strings. */
  const sentPayload = (n: number) => new TextDecoder().decode(lambda.commandCalls(InvokeCommand)[n]?.args[0].input.Payload as Uint8Array);

  it('invokes lambda:invoke with the JSON-encoded Payload and resolves to the decoded return value', async () => {
    lambda.on(InvokeCommand).resolves({ StatusCode: 200, Payload: bytes('{"greeting":"hi"}') as never });
    const answer = await call('arn:aws:states:::lambda:invoke', { FunctionName: 'greet', Payload: { name: 'Ada' } });
    expect(answer).toEqual({ kind: 'result', value: { greeting: 'hi' }, wrap: true, afterSeconds: 0 });
    expect(lambda.commandCalls(InvokeCommand)[0]?.args[0].input.FunctionName).toBe('greet');
    expect(sentPayload(0)).toBe('{"name":"Ada"}');
  });

  it('invokes a bare function ARN with the state input as the payload', async () => {
    lambda.on(InvokeCommand, { FunctionName: FN }).resolves({ StatusCode: 200, Payload: bytes('"HelloWorld!"') as never });
    expect(await call(FN, { who: 'world' })).toMatchObject({ kind: 'result', value: 'HelloWorld!' });
    expect(sentPayload(0)).toBe('{"who":"world"}');
  });

  it('fails with the errorType when Invoke reports a FunctionError', async () => {
    const payload = { errorType: 'CustomError', errorMessage: 'no greeting', stackTrace: ['at handler'] };
    lambda.on(InvokeCommand).resolves({ StatusCode: 200, FunctionError: 'Unhandled', Payload: bytes(JSON.stringify(payload)) as never });
    const { error, cause } = failure(await call('arn:aws:states:::lambda:invoke', { FunctionName: 'greet' }));
    expect(error).toBe('CustomError');
    expect(JSON.parse(cause)).toMatchObject({ errorMessage: 'no greeting', errorType: 'CustomError', stackTrace: ['at handler'] });
  });

  it('fails with Lambda.Unknown when the error payload has no errorType', async () => {
    lambda
      .on(InvokeCommand)
      .resolves({ FunctionError: 'Unhandled', Payload: bytes('{"errorMessage":"Task timed out after 3.00 seconds"}') as never });
    expect(failure(await call(FN, {}))).toEqual({
      error: 'Lambda.Unknown',
      cause:
        'The cause could not be determined because Lambda did not return an error type. Returned payload: {"errorMessage":"Task timed out after 3.00 seconds"}',
    });
  });

  it('maps a Lambda service exception to Lambda.<Exception>', async () => {
    lambda.on(InvokeCommand).rejects(new LambdaResourceNotFound({ message: 'Function not found', $metadata: { httpStatusCode: 404 } }));
    expect(failure(await call('arn:aws:states:::lambda:invoke', { FunctionName: 'nope' }))).toMatchInlineSnapshot(`
      {
        "cause": "Function not found (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: <id>; Proxy: null)",
        "error": "Lambda.ResourceNotFoundException",
      }
    `);
  });
});

describe('clients', () => {
  it("creates clients on demand with the options' region, which mockClient(Class) intercepts", async () => {
    ddb.on(GetItemCommand).callsFake(async (_input, getClient) => ({ Item: { region: { S: await getClient().config.region() } } }));
    const answer = await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY, { region: 'eu-west-3' });
    expect(answer).toMatchObject({ value: { Item: { region: { S: 'eu-west-3' } } } });
  });

  it('uses a bare function ARN’s own region', async () => {
    lambda
      .on(InvokeCommand)
      .callsFake(async (_input, getClient) => ({ Payload: bytes(JSON.stringify(await getClient().config.region())) }));
    expect(await call('arn:aws:lambda:ap-south-1:123456789012:function:f', {})).toMatchObject({ value: 'ap-south-1' });
  });

  it('reuses one created client per options object and package', async () => {
    ddb.on(GetItemCommand).resolves({});
    const opts: AwsSdkBridgeOptions = { region: 'us-east-1' };
    await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY, opts);
    await call('arn:aws:states:::dynamodb:getItem', KEY, opts);
    expect(ddb.call(0).thisValue).toBe(ddb.call(1).thisValue);
  });

  it('uses a client instance given in options.clients, by service id', async () => {
    const client = new DynamoDBClient({ region: 'us-west-2' });
    const instance = mockClient(client);
    instance.on(GetItemCommand).resolves({ Item: { from: { S: 'instance' } } });
    try {
      const answer = await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY, { region: 'us-east-1', clients: { dynamodb: client } });
      expect(answer).toMatchObject({ value: { Item: { from: { S: 'instance' } } } });
      expect(ddb.calls()).toHaveLength(0);
    } finally {
      instance.restore();
    }
  });

  it('uses any object with send() given in options.clients (a hand-written fake)', async () => {
    const sent: unknown[] = [];
    const fake = { send: async (command: unknown) => (sent.push(command), { MessageId: 'fake-1' }) };
    const answer = await call(
      'arn:aws:states:::sqs:sendMessage',
      { QueueUrl: 'https://q', MessageBody: { a: 1 } },
      { ...options, clients: { sqs: fake } },
    );
    expect(answer).toMatchObject({ value: { MessageId: 'fake-1' } });
    expect(sent[0]).toBeInstanceOf(SendMessageCommand);
    expect(sent[0]).toMatchObject({ input: { QueueUrl: 'https://q', MessageBody: '{"a":1}' } });
    expect(sqs.calls()).toHaveLength(0);
  });

  it('rejects a clients entry that is not an SDK v3 client', async () => {
    await expect(
      call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY, { ...options, clients: { dynamodb: { region: 'x' } } }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: options.clients.dynamodb must be an AWS SDK v3 client (an object with send()), e.g. new DynamoDBClient({ region: 'us-east-1' })]`,
    );
  });

  it('names the package to install when a client package is missing', async () => {
    const attempt = call('arn:aws:states:::aws-sdk:nosuchservice:doThing', {});
    await expect(attempt).rejects.toBeInstanceOf(AwsSdkPackageMissingError);
    await expect(attempt).rejects.toThrowErrorMatchingInlineSnapshot(
      `[AwsSdkPackageMissingError: sfn-sim needs @aws-sdk/client-nosuchservice to call arn:aws:states:::aws-sdk:nosuchservice:doThing through the AWS SDK, and it is not installed. Install it next to sfn-sim: npm install -D @aws-sdk/client-nosuchservice]`,
    );
  });
});

describe('response values', () => {
  it('turns blobs into strings: UTF-8 text, else base64', async () => {
    ddb.on(GetItemCommand).resolves({ Item: { text: { B: bytes('hello') }, raw: { B: new Uint8Array([0xff, 0x00]) } } });
    expect(await call('arn:aws:states:::aws-sdk:dynamodb:getItem', KEY)).toMatchObject({
      value: { Item: { text: { B: 'hello' }, raw: { B: '/wA=' } } },
    });
  });

  it('writes dates as ISO text through aws-sdk:*', async () => {
    ddb.on(DescribeTableCommand).resolves({ Table: { TableName: 't', CreationDateTime: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) } });
    expect(await call('arn:aws:states:::aws-sdk:dynamodb:describeTable', { TableName: 't' })).toMatchObject({
      value: { Table: { TableName: 't', CreationDateTime: '2025-01-02T03:04:05.000Z' } },
    });
  });

  it('drops undefined members, reads streaming bodies, and turns Sets into arrays', async () => {
    const body = { transformToByteArray: async () => bytes('{"ok":true}') };
    expect(await sdkOutputToJson({ a: undefined, Body: body, SS: new Set(['x', 'y']), when: new Date(5) }, 'epoch-ms')).toEqual({
      Body: '{"ok":true}',
      SS: ['x', 'y'],
      when: 5,
    });
  });
});
